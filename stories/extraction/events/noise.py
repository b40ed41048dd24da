"""Lines of a news page that are no part of the story: bylines, credits, captions, links.

Scraped article text keeps them ("By Jane Doe", "John Roe contributed to this report",
"(AP Photo/…)", "Read more: …"), and the parser reads them as clauses like any other: a credit
line becomes an event "contributed", a caption a second copy of the picture's event. Their shape
is the same in every outlet, so a few patterns recognise them.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from stories.extraction.entities import PLACE_LABELS
from stories.extraction.events.assistance import gives_abstract_help
from stories.extraction.events.candidacies import files_for_office
from stories.extraction.events.caused_complements import caused_by_done_deed
from stories.extraction.events.charges import alleged_offence, charged_with_offence
from stories.extraction.events.counted_under_way import counted, deed_under_way_in_lead
from stories.extraction.events.dated_infinitives import dated_decided_act
from stories.extraction.events.deed_marks import a_trend, progressive, taken_to_a_body
from stories.extraction.events.deliberations import weighs_a_deed
from stories.extraction.events.formal_acts import body_formal_act
from stories.extraction.events.governed_deeds import completes
from stories.extraction.events.hazard_threats import threatened_consequence
from stories.extraction.events.hires import announced_hire
from stories.extraction.events.inquiries_under_way import inquiry_under_way
from stories.extraction.events.instruments import instrument_acts
from stories.extraction.events.lexicon import (
    ATTRIBUTION_VERBS,
    IMPLICATIVE_VERBS,
    LOCATIVE_PREPOSITIONS,
    MOTION_VERBS,
    VERB_CLASSES,
)
from stories.extraction.events.performative_positions import taken_when_said
from stories.extraction.events.praised_deeds import praised_deed
from stories.extraction.events.reported_progressives import reported_under_way
from stories.extraction.events.site_places import places_its_site
from stories.extraction.events.told_deeds import asks_only
from stories.extraction.sentence_breaks import lead_sentence_number
from stories.literal_gate import fold, may_match, required_strings

_SIDE_DEPS = frozenset({"advcl", "xcomp", "acl", "pcomp", "conj", "ccomp"})
_REPORTING = ATTRIBUTION_VERBS | {"warn", "fear", "suggest", "allege"}
_SPEAKERS = frozenset({"i", "we", "you", "me", "us"})
# "already" too: "troops have already massed" tells a deed done by now, the news so far.
_RECENT = frozenset({"now", "just", "recently", "newly", "already"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "PRODUCT", "FAC", "LOC"})
_NAME = r"[A-Z][\w.'’\-]+(?:\s+(?:[A-Z][\w.'’\-]+|de|van|von|al|bin|and|&))*"
_NOISE_LINES = (
    # bylines: "By Jane Doe", "By Jane Doe and John Roe, Associated Press"
    re.compile(rf"^\s*[Bb][Yy]\s+{_NAME}(?:\s*[,|/]\s*{_NAME})*\s*$"),
    # bylines without "By": "Staff Reports", "The Associated Press"
    re.compile(
        r"^\s*(?:staff\s+reports?|staff\s+writers?|(?:the\s+)?associated\s+press|reuters|afp)\s*$",
        re.IGNORECASE,
    ),
    # credit and contribution lines
    re.compile(
        r"contribut\w*\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)"
        r"|contributed\s+reporting|additional\s+reporting"
        r"|^\s*(?:reporting|writing|editing|compiled|produced)\s+by\b",
        re.IGNORECASE,
    ),
    # photo and video captions and credits
    re.compile(
        r"\((?:AP|AFP|Reuters|EPA|Getty|File|Photo|Image)\b[^)]*(?:photo|images?|file)[^)]*\)"
        r"|\b(?:photo|image|picture|video)\s*(?:credit|courtesy|by)\b"
        r"|^\s*(?:file\s+)?(?:photo|image|caption)\s*[:|–—-]"
        r"|^\s*(?:in\s+this|this)\s+(?:file\s+)?(?:photo|image|picture)\b",
        re.IGNORECASE,
    ),
    # republication, update and correction notes: "This article was reprinted on …",
    # "An earlier version of this story misstated …", "Correction: …", "The caption below the
    # photograph originally said …"
    re.compile(
        r"^\s*this\s+(?:article|story|post|report|piece)\s+(?:was|has\s+been|is|originally)"
        r"\s+(?:\w+\s+)?(?:reprinted|republished|adapted|updated|corrected|published|appeared|"
        r"produced|excerpted)\b"
        r"|^\s*an?\s+(?:earlier|previous)\s+version\s+of\s+this\b"
        r"|^\s*(?:correction|clarification|update|editor['’]s\s+note)\s*[:|–—-]"
        r"|^\s*the\s+caption\b[^\n]{0,80}\boriginally\b",
        re.IGNORECASE,
    ),
    # embedded social media posts: "pic.twitter.com/…", "— Name (@handle) November 20, 2019"
    re.compile(r"pic\.twitter\.com/|^\s*[—–-]\s*[^\n]{0,80}\(@\w+\)", re.MULTILINE),
    # navigation: links to other pages, sign-up calls
    re.compile(
        r"^\s*(?:read\s+more|related\s*:|more\s+from|see\s+also|click\s+here|sign\s+up|subscribe"
        r"|follow\s+(?:us|him|her)|watch|listen|copyright|©)\b",
        re.IGNORECASE,
    ),
)


_LONGEST_NOISE = 400  # credits and captions are short; a long line is prose


# What each pattern cannot match without (stories/literal_gate.py): "photo", "contribut…".
_NOISE_NEEDS = [required_strings(pattern) for pattern in _NOISE_LINES]


def is_noise_line(text: str) -> bool:
    """Whether a sentence or line is a byline, credit, caption or navigation link."""
    if len(text) > _LONGEST_NOISE:
        return False
    folded = fold(text)
    return any(
        may_match(need, folded) and pattern.search(text)
        for pattern, need in zip(_NOISE_LINES, _NOISE_NEEDS, strict=True)
    )


def describes_rather_than_reports(verb: Token, *, dated: bool) -> bool:
    """Whether a clause headed by a verb outside the lexicon describes a state instead of
    reporting a happening.

    Without a date of its own such a clause reports nothing when it is a present state ("the
    base is located near the border", "the company employs 450 people"), an activity going on
    ("people are talking about it", "the agency has been holding people longer"), a present
    perfect summing up ("relations have cooled", "the fight has prolonged the pain") unless it
    says where it happened ("in Lyon"), opens the article or counts what it did ("have filed
    lawsuits"), or a negation
    ("officials did not immediately provide details"): news prose uses these for colour, not
    for what happened.
    """
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    if any(c.dep_ == "neg" or c.lower_ in ("not", "n't", "never") for c in verb.children):
        return not refused(verb)
    if dated:
        return False
    if gives_abstract_help(verb):
        return True  # "police received help from the public" (events.assistance)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in IMPLICATIVE_VERBS:
        # "revenues continue to decline": the governor's tense says whether it happened
        return describes_rather_than_reports(verb.head, dated=dated)
    if not auxiliaries and verb.tag_ in ("VBZ", "VBP"):
        # "said it rejects the proposals": the position taken when said (performative_positions)
        return not instrument_acts(verb) and not taken_when_said(verb)
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.lower_ != "being" for a in auxiliaries):
        placed = states_where(verb) or places_its_site(verb)  # events.site_places
        if progressive(verb) and placed and not a_trend(verb):
            return False  # "the show is running in Lisbon": under way somewhere (deed_marks)
        if weighs_a_deed(verb):
            return False  # "is considering selling the unit": a deed weighed (deliberations)
        if deed_under_way_in_lead(verb):
            return False  # the lead's "is drafting policies" (counted_under_way)
        if reported_under_way(verb):
            return False  # "says its staff are delivering food" (reported_progressives)
        return not acts_on_something_now(verb, auxiliaries)  # "are talking", "has been holding"
    tenses = {a.tag_ for a in auxiliaries}
    only_be_have = all(a.lemma_ in ("be", "have") and a.lower_ != "being" for a in auxiliaries)
    present = verb.tag_ == "VBN" and only_be_have and bool(tenses & {"VBZ", "VBP"})
    if not present or states_where(verb) or places_its_site(verb):
        return False
    if in_lead(verb) or completes(verb):
        return False
    if taken_to_a_body(verb):
        return False  # "has been referred to the Senate": a step of a procedure (deed_marks)
    if charged_with_offence(verb):
        return False  # "has been charged with murder": a step of a prosecution (charges)
    if files_for_office(verb):
        return False  # "have filed for the seat": a step of an election (candidacies)
    if body_formal_act(verb):
        return False  # "the district has passed a resolution": a body's act (formal_acts)
    named = names_its_object(verb) or names_its_patient(verb)
    return not counts_things(verb) and not named and not hot_news(verb)


def refused(verb: Token) -> bool:
    """ "Customs and Border Protection did not accept the offer": a named actor's plain past
    refusal of a definite thing the story told of is news, a happening denied; "officials did
    not immediately provide details", "X didn't specifically address the use" (no name, or a
    manner adverb saying how far it went) are colour."""
    past = any(c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ == "VBD" for c in verb.children)
    named = any(c.dep_ == "nsubj" and _proper(c) for c in verb.children)
    plain = not any(c.dep_ == "advmod" for c in verb.children)
    definite = any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
        for c in verb.children
    )
    return past and named and plain and definite


# Verbs that keep what their object measures: "has held 40 percent of the market".
_KEEPING_VERBS = frozenset({"hold", "keep", "retain"})


def counts_things(verb: Token) -> bool:
    """ "have filed lawsuits", "have pledged millions", "has lost thirty percent of its
    value": a perfect whose object is things counted or measured (a plural, a number, a sum,
    a share) reports deeds; "has brought his love of show business", "have lost a source of
    pressure" sum up, and so does a measure kept ("has held 40 percent of the market"): a
    standing, not a deed."""
    measured = verb.lemma_.lower() not in _KEEPING_VERBS
    return any(
        c.dep_ == "dobj"
        and (c.tag_ in ("NNS", "NNPS", "CD") or c.like_num or (measured and counted(c)))
        for c in verb.children
    )


def acts_on_something_now(verb: Token, auxiliaries: list[Token]) -> bool:
    """ "the attorney general is investigating Acme", "the US is seeking Smith's extradition":
    a present progressive aimed at something named is an act under way; "the bar is offering
    oxygen", "people are talking about it" and "the agency has been holding people longer" (a
    perfect progressive) describe how things go."""
    aimed = names_its_object(verb) or fresh_inquiry(verb)
    return not any(a.lower_ == "been" for a in auxiliaries) and aimed


def fresh_inquiry(verb: Token) -> bool:
    """ "Inspectors are now checking whether the two leaks are connected": an inquiry into an
    open question under way is news in the lead or marked as now; later and unmarked ("are
    examining whether") it is background to what the story reports. An authority's inquiry
    into what happened ("police are investigating the death") is news wherever it is told
    (events.inquiries_under_way)."""
    return (asks_only(verb) and (in_lead(verb) or hot_news(verb))) or inquiry_under_way(verb)


def names_its_object(verb: Token) -> bool:
    """ "has bought CloudCo", "is seeking Smith's extradition": an object that is a name, or
    a name's, makes the clause a deed done to one known thing; a summing up or a habit acts on
    an abstraction or a kind ("has prolonged the pain", "is offering oxygen")."""
    return any(
        c.dep_ == "dobj"
        and (_proper(c) or any(p.dep_ == "poss" and _proper(p) for p in c.children))
        for c in verb.children
    )


def names_its_patient(verb: Token) -> bool:
    """ "Chad Wolf has been named secretary", "CloudCo has been bought": the passive of a deed
    done to one known thing, its subject a name, as "has bought CloudCo" is."""
    return any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "nsubjpass" and _proper(c) for c in verb.children
    )


def _proper(noun: Token) -> bool:
    return noun.tag_ in ("NNP", "NNPS") or noun.ent_type_ in _NAMED


def hot_news(verb: Token) -> bool:
    """ "have now detected", "has just signed", "has recently opened", "have already massed",
    "for the first time": the perfect of recent past (hot news) carries an adverb that dates
    the deed to now."""
    if any(c.dep_ == "advmod" and c.lower_ in _RECENT for c in verb.children):
        return True
    return any(
        c.dep_ == "prep"
        and (
            (c.lower_ == "for" and any(_first_time(o) for o in c.children))
            or (c.lower_ in ("in", "over") and any(_recent_span(o) for o in c.children))
            or (c.lower_ == "to" and any(_record(o) for o in c.children))
        )
        for c in verb.children
    )


def _recent_span(noun: Token) -> bool:
    """ "in recent days", "over the past week": a span reaching up to now."""
    return (
        noun.dep_ == "pobj"
        and noun.lemma_.lower() in ("day", "week", "hour", "month")
        and any(a.lower_ in ("recent", "past", "last") for a in noun.children)
    )


def _record(noun: Token) -> bool:
    """ "has slowed to its lowest rate in decades": a change that reaches a record is news."""
    return noun.dep_ == "pobj" and any(a.tag_ == "JJS" for a in noun.children)


def _first_time(noun: Token) -> bool:
    return noun.lower_ == "time" and any(a.lower_ == "first" for a in noun.children)


def in_lead(token: Token) -> bool:
    """Whether a token lies in the lead, the first two sentences: there a present perfect is
    the news itself ("Prosecutors have dropped the case"); later it sums up. A line without a
    verb ("LIMA, Peru (AP)_", the dateline the parser makes a sentence of), or a
    headline or byline line above the story, is no sentence of the lead."""
    return lead_sentence_number(token) is not None


def states_where(verb: Token) -> bool:
    """ "filed lawsuits in Lyon", "met at the airport": the clause says where it happened."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in LOCATIVE_PREPOSITIONS
        and any(o.dep_ == "pobj" and o.ent_type_ in PLACE_LABELS for o in c.children)
        for c in verb.children
    )


def general_report(verb: Token, certainty: str) -> bool:
    """Whether a verb outside the lexicon, with this certainty, still reports a happening.

    Lexicon verbs ("attack", "arrive") are events under any modality; any other verb is one
    only when the article states it or plans it: "the deal could raise $12bn", "to compromise"
    (an infinitive no plan governs) and "no details were provided" are commentary.
    """
    own_news = threatened_consequence(verb)  # "a fire threatens to close the road"
    if certainty == "speculated" and not _reported(verb) and not own_news:
        return False  # the writer's own "could": commentary; a source's is news
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and any(c.lower_ == "no" for c in subject.children):
        return False
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    implied = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in IMPLICATIVE_VERBS
    implied = implied or dated_decided_act(verb)  # "the decision to cut rates last month"
    implied = implied or own_news or caused_by_done_deed(verb)  # "forced X to close"
    return not infinitive or implied or certainty in ("planned", "expected")


def side_clause(verb: Token, certainty: str, *, dated: bool) -> bool:
    """A participle or infinitive hung on another clause, with no date of its own: "hitting
    him with a helmet", "visiting the conference", "to leave the camp". The clause it hangs on
    is the report; these describe how or why. An infinitive a plan governs ("plans to leave")
    and one an implicative verb takes ("managed to leave") stay."""
    if dated:
        return False
    own = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBG" and not own and verb.dep_ in _SIDE_DEPS:
        if praised_deed(verb):
            return False  # "hailed for stopping the gunman": the deed praised was done
        if alleged_offence(verb):
            return False  # "accused of killing his neighbour": the crime (events.charges)
        return absolute_subject(verb) is None and not counted_result(verb) and not lead_result(verb)
    infinitive = any(c.lower_ == "to" for c in own)
    implied = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in IMPLICATIVE_VERBS
    # "is thrilled to welcome X as its new CEO": the announcement is the deed
    implied = implied or announced_hire(verb) or threatened_consequence(verb)
    implied = implied or caused_by_done_deed(verb)  # "had to cut" (events.caused_complements)
    return infinitive and not implied and certainty not in ("planned", "expected")


def counted_result(verb: Token) -> bool:
    """ "banned firecrackers, arresting 210 people", "exploded, killing 12": a participle after
    its clause whose object is counted tells a further deed with its own tally, not how the
    first was done ("looked strong, stopping shots" has no tally)."""
    if verb.dep_ != "advcl" or verb.head.i > verb.i:
        return False
    return any(
        c.dep_ == "dobj" and any(n.dep_ == "nummod" and n.like_num for n in c.children)
        for c in verb.children
    )


def lead_result(verb: Token) -> bool:
    """ "X reported earnings, sending shares lower", "Y is set to raise $1bn, valuing
    the group at $10bn": in the lead, a participle after its clause and a comma, doing
    something to a thing of its own, tells the story's next deed, not how the first was done.
    Not after a clause that only describes ("looked strong, stopping shots": how) or a
    journey (`_travels`), nor one that governs another verb ("forcing them to adapt": a
    frame), is coordinated with a tensed one, or reports ("citing sources": a saying). A
    chain of such participles ("flooding the cellar and closing the road") tells results
    one after another, each with its own thing done to."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or not 0 < verb.head.i < verb.i:
        return False
    if verb.doc[verb.i - 1].text != "," or verb.lemma_.lower() in _REPORTING:
        return False
    if any(c.dep_ in ("aux", "auxpass", "mark", "ccomp", "xcomp") for c in verb.children):
        return False
    if not any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
        return False
    if any(c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ != "VBG" for c in verb.children):
        return False  # "blocking the exits and threatened to…": the chain's verbs carry it
    if _describes(verb.head) or _travels(verb.head):
        return False
    return in_lead(verb)


def _describes(head: Token) -> bool:
    """A clause that gives its subject a quality or a name ("looked strong", "was the
    favourite"), or a noun's clause that does: what follows tells how, not what came next."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    return verb.lemma_.lower() == "be" or any(c.dep_ in ("acomp", "attr") for c in verb.children)


# Event classes of a verb of going: what a participle after one tells was done on the way.
_JOURNEYS = frozenset({"arrive", "depart"})


def _travels(head: Token) -> bool:
    """ "arrived in Lisbon, visiting the harbour": after a journey the participle tells what
    was done there, part of the visit the main clause reports."""
    lemma = head.lemma_.lower()
    return lemma in MOTION_VERBS or VERB_CLASSES.get(lemma) in _JOURNEYS


def absolute_subject(verb: Token) -> Token | None:
    """ "with protests exploding", "with the agency announcing an emergency": in the absolute
    construction the participle has a subject of its own, the noun "with" introduces, and
    tells a happening beside the main clause's, not how or why that one was done."""
    if verb.tag_ != "VBG":
        return None
    noun = verb.head if verb.dep_ == "acl" else verb.doc[verb.i - 1] if verb.i else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.i >= verb.i:
        return None
    if verb.dep_ != "acl" and (verb.i - 1 != noun.i or verb.dep_ not in ("advcl", "pcomp")):
        return None
    introduced = noun.dep_ == "pobj" and noun.head.lower_ == "with"
    marked = any(c.dep_ == "mark" and c.lower_ == "with" for c in noun.children)
    return noun if introduced or marked else None


def _reported(verb: Token) -> bool:
    """ "Officials said power could be restored": the clause a reporting verb takes, or the
    complement of a verb like "begin" in it ("said service could begin expanding"), whose
    modal is its governor's."""
    while verb.dep_ == "xcomp" and verb.head.lemma_.lower() in IMPLICATIVE_VERBS:
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _REPORTING


def speaks_in_first_or_second_person(subject: Token | None) -> bool:
    """ "We experience", "you beat teams": a speaker's own words, quoted without marks. Not a
    body's own dated report of what it did, opening its page ("In May we awarded a grant to…")."""
    if subject is None or subject.lower_ not in _SPEAKERS:
        return False
    return not _dated_lead_deed(subject)


def _dated_lead_deed(subject: Token) -> bool:
    """ "In March 2021, we opened a clinic in…" as the main clause of the lead: an
    organisation telling its own news, dated with a year as a record is, done to a thing it
    names; that is the story. "We beat them on Tuesday" is a speaker's remark."""
    verb = subject.head
    if subject.lower_ != "we" or subject.dep_ != "nsubj" or verb.dep_ != "ROOT":
        return False
    if verb.tag_ != "VBD" or not in_lead(verb):
        return False
    if not any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
        return False
    return any(
        (c.dep_ == "npadvmod" and _a_year(c))
        or (c.dep_ == "prep" and any(o.dep_ == "pobj" and _a_year(o) for o in c.children))
        for c in verb.children
    )


def _a_year(date: Token) -> bool:
    """A date phrase that writes out its year ("July 2018", "2019")."""
    return date.ent_type_ == "DATE" and any(t.like_num and len(t.text) == 4 for t in date.subtree)
