"""How sure the article is that an event happened, read from the wording around its verb.

The deciding cue must sit in the event's own clause or in a clause that governs it: in "Some
media speculate he is headed for X", "speculate" governs "headed", so heading for X is
speculated; "Halloran said Ortega and Lind will meet" passes through the reporting verb and the
meeting is planned. Returns None when the wording says the clause is no report of a happening
at all (a purpose clause, "should", "would" on its own, a condition).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from stories.extraction.conjunctions import TIME_CLAUSE_CONJUNCTIONS
from stories.extraction.entities import PLACE_LABELS
from stories.extraction.events.antecedents import governing_name
from stories.extraction.events.apparent_deeds import hedged_by_adverb
from stories.extraction.events.auxiliaries import auxiliaries_of, plain_word, told_in_future
from stories.extraction.events.awaited_conditions import awaited_condition
from stories.extraction.events.charges import charged_with_offence, only_alleged
from stories.extraction.events.complement_certainties import complement_certainty
from stories.extraction.events.condition_marks import has_subject, under_condition
from stories.extraction.events.continued_on_the_day import continued_on_the_day
from stories.extraction.events.counted_under_way import deed_under_way_in_lead
from stories.extraction.events.custody_orders import ordered_into_state
from stories.extraction.events.dated_infinitives import dated_decided_act
from stories.extraction.events.dated_prospects import be_of_able_to
from stories.extraction.events.deliberations import weighs_a_deed
from stories.extraction.events.denials import (
    denied_by_participant,
    lapsed_schedule,
    negated_certainty,
    unsaid,
)
from stories.extraction.events.denied_claims import denial_withheld, denies_a_claim
from stories.extraction.events.embedded_questions import embedded_question
from stories.extraction.events.forecasts import forecast
from stories.extraction.events.framed_futures import framed_future
from stories.extraction.events.futurate_progressives import futurate_progressive
from stories.extraction.events.hazard_threats import threatened_consequence
from stories.extraction.events.hedged_futures import conditional_future, weighed_future
from stories.extraction.events.held_beliefs import CITING_ADVERBS, held_belief, open_cue_denied
from stories.extraction.events.hires import announced_hire
from stories.extraction.events.instruments import instrument_acts
from stories.extraction.events.lasting_states import confined_state
from stories.extraction.events.lead_wishes import lead_wish
from stories.extraction.events.lexicon import (
    ATTRIBUTION_VERBS,
    BARRED_MODALS,
    FUTURE_AUXILIARIES,
    GOVERNOR_CERTAINTY,
    IMPLICATIVE_VERBS,
    LASTING_NOUNS,
    LIGHT_VERBS,
    LOCATIVE_PREPOSITIONS,
    NATURAL_CLASSES,
    NEGATIONS,
    NOUN_CERTAINTY,
    NOUN_CLASSES,
    REFUSAL_PHRASALS,
    SPECULATIVE_ADVERBS,
    SPECULATIVE_MODALS,
)
from stories.extraction.events.named_now import named_act_now
from stories.extraction.events.named_patients import deed_on_a_name_under_way
from stories.extraction.events.noise import fresh_inquiry, in_lead, names_its_object
from stories.extraction.events.own_tense_coordinates import own_tense_coordinate
from stories.extraction.events.performative_positions import taken_when_said
from stories.extraction.events.reported_certainties import STATEMENT_CLASSES, reported_certainty
from stories.extraction.events.reported_futures import reported_clause, reported_passive_would
from stories.extraction.events.reported_progressives import reported_under_way
from stories.extraction.events.speech import speech_class
from stories.extraction.events.undated_could import undated_could
from stories.extraction.events.under_way import (
    beside_a_present,
    continuing_subject,
    counted_into,
    enters_a_period,
    perfect_progressive_since,
    progressive_on_the_eve,
)
from stories.extraction.events.upcoming_occasions import upcoming_occasion

_CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "conj", "acomp", "pcomp"})
_CONDITIONS = frozenset({"if", "unless", "whether"})
_MAX_GOVERNORS = 6
_AIMING = frozenset({"aim", "strive", "seek"})
# Words for an aim: after them "is to" defines instead of announcing.
_AIMS = frozenset(
    {"goal", "aim", "idea", "purpose", "objective", "mission", "task", "plan", "hope", "point"}
)
# Nouns whose complement is a happening to come: "preparations for the summit", "fears of an
# attack", "the run-up to the vote"; not feelings over a past deed ("concern over the killing").
_ANTICIPATING_NOUNS = {
    **dict.fromkeys(["preparation", "plan", "run", "lead", "countdown"], "planned"),
    **dict.fromkeys(["expectation", "anticipation"], "expected"),
    **dict.fromkeys(
        ["fear", "threat", "risk", "prospect", "possibility", "chance", "likelihood", "spectre"],
        "speculated",
    ),
}
# Verbs whose object is a happening to come: "awaits the verdict", "fears an attack", "warned of
# an attack".
_ANTICIPATING_VERBS = {
    **dict.fromkeys(["await", "expect", "anticipate", "predict", "forecast"], "expected"),
    **dict.fromkeys(["prepare", "plan", "schedule"], "planned"),
    **dict.fromkeys(["fear", "dread"], "speculated"),
    "warn": "speculated",  # "warned of an attack on London": one feared, not one that happened
}
# How a noun hangs, through other nouns and prepositions, on the verb that takes it.
_OBJECT_LINKS = frozenset({"dobj", "pobj", "prep", "nsubjpass", "conj", "appos", "compound"})
# Happenings people arrange for a day: undated under a future clause ("will follow the meeting
# closely"), still to come; a crash so taken ("will investigate the crash") has happened.
_ARRANGED_CLASSES = frozenset(
    {"meet", "visit", "vote", "match", "ceremony", "rule", "launch", "sign", "appoint"}
)
_PAST_WORDS = frozenset({"last", "ago", "yesterday", "earlier"})  # a time phrase in the past
# Governors of an infinitive that wish or try rather than arrange ("will want to see", "will try").
_WISHING = frozenset(
    {"want", "wish", "like", "love", "hope", "need", "aim", "seek", "strive", "try", "attempt"}
)
_HOPING = frozenset({"hope", "hopes", "hoped", "hoping"})  # the tagger's lemma varies


def verb_certainty(
    verb: Token,
    *,
    event_class: str,
    date: dt.date | None,
    published: dt.date | None,
    date_end: dt.date | None = None,
) -> str | None:
    """Certainty of the clause headed by `verb`; None when it reports no happening."""
    verb = own_tense_coordinate(verb) or verb  # "failed to find a buyer and filed": as "failed"
    auxiliaries = auxiliaries_of(verb)
    words = {plain_word(a) for a in auxiliaries}
    if under_condition(verb) or awaited_condition(verb):
        return None  # "if the two sides agree to settle"; "if the guard hadn't fired": no denial
    if any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in verb.children):
        # "can't escape the challenges": an ability; "may not attend": a possibility
        return negated_certainty(words, reported_clause(verb))
    if unsaid(verb):
        return None  # "made no statement": a note on what was not said, no happening
    if denied_by_participant(verb):
        return "denied"  # "no one was hurt", "took no money"
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    if (verb.lemma_.lower(), particle) in REFUSAL_PHRASALS:
        return "denied"  # "ruled out an attack": what it takes did not happen
    if embedded_question(verb):
        # "how many consumers will sign up" asks about a happening; "investigate who shot down
        # the plane on April 6, 1994" asks who, and the shooting down, past and dated, is given
        return "occurred" if _told_as_past(verb, date, date_end, published) else None
    if (event_class == "appoint" and announced_hire(verb)) or ordered_into_state(verb):
        return "occurred"  # "is adding X as its first CTO"; "ordered held" (custody_orders)
    if threatened_consequence(verb):
        return "speculated"  # "the fire threatens to close the road" (events.hazard_threats)
    if event_class in STATEMENT_CLASSES and (told := reported_certainty(verb)):
        return told  # "said the troops will remain": planned (events.reported_certainties)
    governed = _governed_certainty(verb)
    if governed == "planned" and lapsed_schedule(verb, date, date_end, published):
        return "denied"  # "was due to be freed in May", told after May
    if governed is not None:
        return None if governed == "aimed" else governed
    be = be_of_able_to(verb)  # "may be able to secure a grant": the modal of "be" governs
    if be is not None and {plain_word(a) for a in auxiliaries_of(be)} & SPECULATIVE_MODALS:
        return "speculated"
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children):
        return None
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in IMPLICATIVE_VERBS:
        # "managed to swing the stern": as sure as the governor; "continue to negotiate": now
        governor = verb.head
        if date is None and _describes(governor, auxiliaries_of(governor)):
            return "ongoing"
        return verb_certainty(
            governor,
            event_class=event_class,
            date=date,
            published=published,
            date_end=date_end,
        )
    if taken := complement_certainty(verb, upcoming=_upcoming(date, date_end, published)):
        return taken  # "forced X to close" (events.complement_certainties)
    if only_alleged(verb):
        return "speculated"  # "is accused of killing": held against someone (events.charges)
    if hedged_by_adverb(verb, auxiliaries):
        return "speculated"  # "apparently fled"; "reportedly" cites (events.apparent_deeds)
    if words & SPECULATIVE_MODALS:
        # "the barstool could reach 38 mph": an ability (events.undated_could)
        return None if undated_could(words, date, verb, event_class) else "speculated"
    if words & FUTURE_AUXILIARIES and conditional_future(verb):
        return "speculated"  # "will leave if the law passes"
    if weighed_future(verb, words):
        return "expected"  # "will likely bring rain", a reported "would likely begin"
    if words & (FUTURE_AUXILIARIES | {"would"}) and framed_future(verb):
        return "expected"  # "it is likely that X will", "has reported that X will" (framed_futures)
    if words & FUTURE_AUXILIARIES:
        return "expected" if event_class in NATURAL_CLASSES or forecast(verb) else "planned"
    # "would" or "should" with a day of its own still to come: "results, which should be
    # released today", "ideally he would return this week"; undated, it is commentary
    upcoming = _upcoming(date, date_end, published)
    if "would" in words:
        return "planned" if reported_clause(verb) else ("speculated" if upcoming else None)
    if "should" in words and upcoming:
        return "expected"
    if "must" in words and upcoming and _deadline(verb):
        return "planned"  # "must sign the bill by Friday": a duty with a deadline is scheduled
    if words & BARRED_MODALS:
        return None
    if "to" in words:
        planned = verb.head.lemma_ == "be" and verb.dep_ == "xcomp" and not _defines(verb.head)
        return "planned" if planned else _scheduled(verb, event_class, date, published)
    # "is reportedly being questioned": a cited report, not a doubt
    cited = any(c.lower_ in CITING_ADVERBS for c in verb.children)
    told = _in_governors_time(verb, auxiliaries, event_class) if date is None else None
    if told is not None:
        return told
    if taken_when_said(verb):
        return "occurred"  # "said it rejects the proposals" (events.performative_positions)
    if date is None and not auxiliaries and instrument_acts(verb):
        return "occurred"  # "the act creates two parks": what the law did on passing
    if date is None and not auxiliaries and denies_a_claim(verb):
        return "occurred"  # "the company denies that it settled": a position taken as told
    if date is None and charged_with_offence(verb):
        return "occurred"  # "is charged with murder": the charging was done (events.charges)
    if date is None and weighs_a_deed(verb) and _goes_on(verb, auxiliaries):
        return "ongoing"  # "is considering selling the unit": the weighing is under way
    if (
        date is None
        and not cited
        and (_describes(verb, auxiliaries) or _goes_on(verb, auxiliaries))
    ):
        return None
    if perfect_progressive_since(verb, auxiliaries):
        return "ongoing"  # "has been facing criticism since Monday": begun, not ended
    in_future = date is not None and published is not None and date > published
    if in_future and forecast(verb):
        return "expected"  # "with a front arriving Thursday, forecasters said" (events.forecasts)
    if not in_future and confined_state(verb, auxiliaries, date, published):
        return "ongoing"  # "were trapped in the war zone": a plight going on (lasting_states)
    if not in_future and (enters_a_period(verb) or beside_a_present(verb)):
        return "ongoing"  # "has entered its second week", "with protests erupting, … is"
    if _is_present(verb, auxiliaries):
        return "planned" if in_future or futurate_progressive(verb) else "ongoing"  # "is closing"
    if in_future and told_as_done(verb, auxiliaries):
        # "joined the 2030 race in recent days", "her pledge of new homes by 2040 has
        # been dropped": a simple past or a perfect tells a deed done; the later
        # time belongs to something the clause names, not to the deed
        return "occurred"
    if progressive_on_the_eve(verb, auxiliaries, date, published):
        return "ongoing"  # "were marching on Friday" in Saturday's paper
    timetable = not auxiliaries and verb.tag_ in ("VBZ", "VBP")
    if timetable and date_end is not None and published is not None and date_end >= published:
        return "planned"  # "when the new cabinet takes office next week"
    return "planned" if in_future else "occurred"


def _deadline(verb: Token) -> bool:
    """ "must file by March 31": "by" before the day sets a deadline the act is due to meet;
    "must pay more today" is a view of what ought to be."""
    return any(c.dep_ == "prep" and c.lower_ == "by" for c in verb.children)


def told_as_done(verb: Token, auxiliaries: list[Token]) -> bool:
    """A simple past ("inserted") or a perfect without a modal ("has been abandoned", "had
    agreed"): English gives neither a time to come ("will have left" has a modal)."""
    if not auxiliaries:
        return verb.tag_ == "VBD"
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    return verb.tag_ == "VBN" and any(
        a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP", "VBD") for a in auxiliaries
    )


def _upcoming(date: dt.date | None, date_end: dt.date | None, published: dt.date | None) -> bool:
    """Whether the clause's own time reaches the day of publication or later."""
    if date is None or published is None:
        return False
    return (date_end or date) >= published


def _in_governors_time(verb: Token, auxiliaries: list[Token], event_class: str) -> str | None:
    """An undated simple present in a "when" clause is told in the time of the clause it
    hangs on, not as a habit: under a future ("when he returns from injury, he will start")
    it is awaited, expected (planned if people arrange it); under a present that narrates the
    past ("last month a guard is killed when a bomb explodes") it occurred."""
    if auxiliaries or verb.tag_ not in ("VBZ", "VBP") or verb.dep_ != "advcl":
        return None
    if not any(
        c.dep_ in ("mark", "advmod") and c.lower_ in TIME_CLAUSE_CONJUNCTIONS for c in verb.children
    ):
        return None
    governor = verb.head
    own = auxiliaries_of(governor)
    if _denied(governor):
        return None
    if {plain_word(a) for a in own} & FUTURE_AUXILIARIES:
        return "planned" if event_class in _ARRANGED_CLASSES else "expected"
    present = governor.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in own)
    return "occurred" if present and _narrates_the_past(governor) else None


def _narrates_the_past(verb: Token) -> bool:
    """A present clause with a time phrase of the past ("last month", "two days ago"): the
    historical present of a narrative."""
    return any(
        t.lower_ in _PAST_WORDS and t.ent_type_ == "DATE"
        for c in verb.children
        if c.dep_ in ("npadvmod", "prep", "advmod")
        for t in c.subtree
    )


def _told_as_past(
    verb: Token, date: dt.date | None, date_end: dt.date | None, published: dt.date | None
) -> bool:
    """A clause in the past tense whose own time is over before publication."""
    if date is None or published is None or (date_end or date) >= published:
        return False
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries_of(verb))


def _scheduled(
    verb: Token, event_class: str, date: dt.date | None, published: dt.date | None = None
) -> str | None:
    """An infinitive a construction of schedule or expectation takes: "is about to leave"
    (expected of nature, else planned), "are supposed to meet" (planned; a past "were supposed
    to meet on Monday", its day gone or none told, is a plan that did not go as planned, and no
    event), "will be allowed to play" (planned, from the governor's future), "hopes to win
    seats in September" or "said he hopes to recover the remains" (expected). A hope with
    neither its own day nor a speaker ("hopes to see peace") is a wish, and stays out. A decided
    act with its own day ("the decision to cut rates last month") was carried out then, or is
    planned for a day still to come."""
    if date is not None and dated_decided_act(verb):
        return "planned" if _upcoming(date, None, published) else "occurred"
    if verb.dep_ != "xcomp":
        return None
    governor = verb.head
    if governor.lower_ == "about" and governor.dep_ == "acomp":
        cue = "expected" if event_class in NATURAL_CLASSES else "planned"
    elif governor.lemma_.lower() == "suppose" and any(
        c.dep_ == "auxpass" for c in governor.children
    ):
        past = any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in governor.children)
        if past and not _upcoming(date, None, published):
            return None  # "was supposed to open on Tuesday (but was delayed)": not as planned
        cue = "planned"
    elif governor.lower_ in _HOPING and (date is not None or reported_clause(governor)):
        cue = "expected"
    elif (told_in_future(governor) or reported_passive_would(governor)) and (
        governor.lemma_.lower() not in _WISHING
    ):
        # "will be allowed to play", "will be forced to leave": the future of the governor
        # carries over to what it lets or makes happen; "will want to see" is a wish and
        # "will try to win" an attempt
        cue = "expected" if event_class in NATURAL_CLASSES else "planned"
    else:
        return None
    return _as_sure_as(governor, cue)


def noun_certainty(
    noun: Token, *, date: dt.date | None, published: dt.date | None, event_class: str = ""
) -> str:
    """Certainty of an event named by a noun: its adjectives, else its date against publication,
    else, undated, the words that take it ("ahead of a meeting", "fears of an attack", "will be
    watching the meeting"); an undated lasting state ("the war") is going on."""
    for child in noun.children:
        if child.lower_ in NOUN_CERTAINTY:
            return NOUN_CERTAINTY[child.lower_]
    if date is not None and published is not None and date > published:
        return "planned"
    if upcoming_occasion(noun, date=date, published=published, event_class=event_class):
        return "planned"  # "this year's election", "ahead of a news conference today"
    if (continuing_subject(noun) and not _denied(noun.head)) or counted_into(noun):
        return "ongoing"  # "the search continues", "it is the third day of a siege"
    if noun.dep_ == "nsubj" and continued_on_the_day(noun.head, date, published):
        return "ongoing"  # "the buildup continued at a fever pace" in that day's news
    if date is None:
        lasting = noun.lemma_.lower() in LASTING_NOUNS
        return _anticipated(noun, event_class) or ("ongoing" if lasting else "occurred")
    return "occurred"


def _anticipated(noun: Token, event_class: str) -> str | None:
    """The certainty of an undated event noun that the words around it put in the future."""
    holder = noun.head.head if noun.dep_ == "pobj" else None
    if holder is not None and holder.lower_ == "ahead":
        return "planned"  # "arrived ahead of a meeting with the president"
    if holder is not None and holder.pos_ == "NOUN":
        cue = _ANTICIPATING_NOUNS.get(holder.lemma_.lower())
        if cue is not None and noun.head.lower_ in ("for", "of", "to"):
            return cue
    if noun.dep_ in ("nsubj", "nsubjpass"):
        # "the ceremony is due to be held", "the vote is scheduled for", "talks are expected"
        governor = noun.head
        for word in (governor, *(c for c in governor.children if c.dep_ == "acomp")):
            cue = GOVERNOR_CERTAINTY.get(word.lemma_.lower())
            if cue is not None and cue != "denied" and not _denied(governor):
                return cue
    verb = _taking_verb(noun)
    if verb is None:
        return None
    cue = _ANTICIPATING_VERBS.get(verb.lemma_.lower())
    if cue is not None and not _denied(verb):
        return cue
    words = {plain_word(a) for a in auxiliaries_of(verb)}
    if words & FUTURE_AUXILIARIES and event_class in _ARRANGED_CLASSES and not _denied(verb):
        return "planned"
    return None


def _taking_verb(noun: Token) -> Token | None:
    """The verb whose object the noun is, directly or through nouns and prepositions ("will be
    watching the outcome of the meeting"); None when it is a subject or stands alone."""
    token = noun
    for _ in range(_MAX_GOVERNORS):
        if token.dep_ not in _OBJECT_LINKS or token.head == token:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _denied(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in verb.children)


def _governed_certainty(verb: Token) -> str | None:
    """The first certainty cue among the clauses that govern this one, through reporting verbs.

    A coordinated clause with its own subject is independent: "X happened, and Y is visiting"
    does not take X's governor.
    """
    token = verb
    for _ in range(_MAX_GOVERNORS):
        if token.dep_ not in _CLAUSE_LINKS or (token.dep_ == "conj" and has_subject(token)):
            return None
        governor = token.head
        if governor == token:
            return None
        for word in (governor, *governor.children):
            if word == token or (word != governor and word.dep_ not in ("acomp", "attr")):
                continue
            if token.dep_ == "conj":
                break  # "was expected to attend but left": a coordinate, not a complement
            if word.lemma_.lower() in _AIMING:
                return "aimed"  # "aims to reduce the price": a goal, not a plan for a day
            cue = GOVERNOR_CERTAINTY.get(word.lemma_.lower()) or held_belief(word)
            cue = cue or (lead_wish(word) if word == governor else None)
            if cue is not None:
                return _as_sure_as(governor, cue)
        if any(c.lower_ in SPECULATIVE_ADVERBS for c in governor.children):
            return "speculated"
        if token.dep_ == "ccomp" and any(
            c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in token.children
        ):
            return "speculated"
        if governor.lemma_ not in ATTRIBUTION_VERBS and token.dep_ not in ("xcomp", "conj"):
            return None
        token = governor
    return None


def _describes(verb: Token, auxiliaries: list[Token]) -> bool:
    """An undated present ("South Korea hosts manufacturers", "the talks continue") or present
    passive ("negotiators are left with a task") describes a state or a habit; it reports no
    happening. (An event verb in the present perfect, "have opened an investigation", still
    reports one.)"""
    if not auxiliaries:
        return verb.tag_ in ("VBZ", "VBP")
    return (
        verb.tag_ == "VBN"
        and len(auxiliaries) == 1
        and auxiliaries[0].dep_ == "auxpass"
        and auxiliaries[0].tag_ in ("VBZ", "VBP")
    )


def _goes_on(verb: Token, auxiliaries: list[Token]) -> bool:
    """An undated progressive ("the bar is offering oxygen", "the index has been rallying",
    "valuations are being supported") describes what is going on, a state of affairs the
    article stands in; a happening in progress is told with its day ("are marching on
    Tuesday"), its onset ("has been facing criticism since Monday"), its place ("is attending
    a summit in <city>") or, with a plan's date, is a plan ("is stepping down in May"). A
    speech act going on ("lawyers are demanding an inquiry") is a position being taken. In the
    lead, a name's act going on ("Acme is cutting 300 jobs") is the news the story reports."""
    be = [a for a in auxiliaries if a.lemma_ == "be" and a.lower_ != "being"]
    if not be or be[0].tag_ not in ("VBZ", "VBP", "VBN"):
        return False  # "was fighting": a past progressive sets a scene in the story's time
    if any(c.lower_ == "since" or _marked_since(c) for c in verb.children):
        return False  # "has been facing criticism since Monday": dated by its onset
    if _placed(verb):
        return False  # "are being treated at a hospital in <city>": going on somewhere
    if speech_class(verb) is not None:
        return False  # "lawyers are demanding an inquiry": a position being taken, news
    if verb.tag_ == "VBG" and be[0].tag_ != "VBN" and names_its_object(verb):
        return False  # "is investigating Acme": an act aimed at something named, under way
    if deed_on_a_name_under_way(verb, auxiliaries):
        return False  # "Smith is being questioned": an act on a named one, under way
    if verb.tag_ == "VBG" and be[0].tag_ != "VBN" and fresh_inquiry(verb):
        return False  # "are now checking whether": an inquiry under way, news
    if verb.dep_ == "conj" and verb.head.tag_ in ("VBD", "VBN"):
        return False  # "were barred from venues, and athletes are being tested": told with a past
    if _carries_happening(verb):
        return False  # "is making his first trip abroad": the happening is the object, under way
    if deed_under_way_in_lead(verb):
        return False  # the lead's "is drafting policies" (counted_under_way)
    if reported_under_way(verb):
        return False  # "says its staff are delivering food" (reported_progressives)
    if named_act_now(verb):
        return False  # "and now Acme is suspending work": the latest turn (named_now)
    if be[0].tag_ != "VBN" and in_lead(verb) and _named_subject(verb):
        return False  # the lead's "Acme is cutting 300 jobs": the news, under way
    return verb.tag_ == "VBG" or any(a.lower_ == "being" for a in auxiliaries)


def _named_subject(verb: Token) -> bool:
    """Whether the clause's subject is a name ("Acme", "Governor Vance"), or an "it" standing
    for the name that says it ("Acme says it is cutting 300 jobs": Acme's own act)."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ == "PROPN" or governing_name(c) is not None)
        for c in verb.children
    )


def _carries_happening(verb: Token) -> bool:
    """ "is making a trip", "are holding talks": a light verb whose object is an event noun
    tells a happening going on, not a state of affairs."""
    return verb.lemma_.lower() in LIGHT_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in NOUN_CLASSES for c in verb.children
    )


def _placed(verb: Token) -> bool:
    """Whether the clause names a place through a locative phrase ("in <city>", "at a
    hospital in <city>"), its own or one inside its objects, not one inside another clause."""
    for token in verb.subtree:
        if token.ent_type_ not in PLACE_LABELS:
            continue
        ancestor, located = token.head, False
        while ancestor != verb and ancestor.head != ancestor:
            if ancestor.pos_ in ("VERB", "AUX"):
                break
            located = located or (
                ancestor.dep_ == "prep" and ancestor.lower_ in LOCATIVE_PREPOSITIONS
            )
            ancestor = ancestor.head
        if ancestor == verb and located:
            return True
    return False


def _marked_since(clause: Token) -> bool:
    """ "since introduced on Monday": a clause opened by "since"."""
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in clause.children)


def _defines(be: Token) -> bool:
    """ "The goal is to reach everyone": "is to" after a word for an aim defines the aim; after
    anyone else ("the minister is to visit") it announces a plan."""
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in _AIMS


def _as_sure_as(governor: Token, cue: str) -> str:
    """A governor's cue, weakened by the governor's own wording: "might decide to stream" is
    speculated, "did not plan to attend" denied; a belief denied ("did not believe he fled")
    leaves its clause open (held_beliefs.open_cue_denied), and so does a denial withheld, "did
    not deny that" (events.denied_claims)."""
    if cue == "denied":
        # "did not deny that he met her": the meeting is left open, not denied
        return "speculated" if denial_withheld(governor) else cue
    if any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in governor.children):
        return "speculated" if open_cue_denied(cue) else "denied"
    if {plain_word(a) for a in auxiliaries_of(governor)} & SPECULATIVE_MODALS:
        return "speculated"
    return cue


def _is_present(verb: Token, auxiliaries: list[Token]) -> bool:
    """Present progressive ("are fighting") or a present state of motion ("is headed for")."""
    present_be = [a for a in auxiliaries if a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP")]
    if not present_be:
        return False
    being = any(a.lower_ == "being" for a in auxiliaries)  # "are being treated"
    return verb.tag_ == "VBG" or being or (verb.tag_ == "VBN" and verb.lemma_ == "head")
