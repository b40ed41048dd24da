"""Clauses that look like reports but state, tally, head or retell instead.

Real news surrounds its happenings with other sentences built the same way: subheads ("Rising
costs worsen the risk"), box-score lines ("X rushed for 101 yards"), descriptions in the
present passive ("the podcast is sponsored by…"), non-finite asides ("water being released"),
a verb coordinated inside a relative clause ("a hunter who killed and ate a rabbit"), and a
second telling of a happening already told ("The stabbing occurred during a talk"), the medium
a saying came in ("said in a statement released Monday"). Each has a
shape the parse shows, whatever the story; none of them adds an event an editor would keep.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from stories.extraction.doc_text import doc_text
from stories.extraction.events.charges import charged_with_offence
from stories.extraction.events.cleft_sentences import cleft_clause
from stories.extraction.events.complement_reach import takes_a_clause
from stories.extraction.events.deliveries import dated_delivery
from stories.extraction.events.denied_claims import denies_a_claim
from stories.extraction.events.governed_deeds import governed_deed
from stories.extraction.events.lexicon import (
    ATTRIBUTION_VERBS,
    CHANNEL_NOUNS,
    FORESEEN,
    GOVERNOR_CERTAINTY,
    HAPPENING_VERBS,
)
from stories.extraction.events.mandates import requests_by_mandate
from stories.extraction.events.period_bounds import bounds_a_period
from stories.extraction.events.praised_deeds import praised_deed
from stories.extraction.events.scene_clauses import dated_scene_beside_the_reader
from stories.extraction.events.sites import Site, after_having_done, dated_deed
from stories.extraction.events.speech import speech_class
from stories.extraction.events.straight_quotes import inside_straight_quotation
from stories.extraction.events.told_deeds import asks_only
from stories.extraction.events.verdicts import delivers_verdict

# A heading is a short line of its own without the full stop of prose.
_HEADING_WORDS = 12
_HEADING_TOKENS = 3 * _HEADING_WORDS
_PROSE_ENDINGS = (".", ":", ";", ",", '"', "”", "’", "'", ")")
_TALLY_UNITS = frozenset({"CARDINAL", "QUANTITY", "PERCENT", ""})
_SCORE = re.compile(r"^\d{1,3}[-–]\d{1,3}$")
_STEM = 4
_QUOTE_REACH = 80
# Verbs that pass on what someone said, beyond the attribution verbs and the speech acts: the
# clause they take is the news a source gives.
PASSING_ON_VERBS = ATTRIBUTION_VERBS | frozenset(
    {"announce", "mention", "assert", "allege", "explain", "insist", "argue", "declare"}
    | {"recount", "predict", "estimate"}
)
# "make sure that…", "ensure that…": what the clause says is intended, not found.
_INTENDING = frozenset({"ensure", "insure", "guarantee"})
_ASSURED = frozenset({"sure", "certain"})
# Words that open a complement clause.
_COMPLEMENTIZERS = frozenset({"that", "whether", "if"})
# Marks that join two independent clauses: no complement clause sits across one from its verb.
_CLAUSE_JOINERS = frozenset({";", ":"})
# Quotation marks that say which side of the quotation they stand on: typographic ones and the
# doubled backquote and apostrophe of wire copy (``so''; the tokenizer splits the backquotes).
_OPENING_QUOTES = frozenset({"“", "``", "`"})
_CLOSING_QUOTES = frozenset({"”", "''"})


# Certainties of a plan stated: a quoted plan that finishes the writer's clause is reported.


def states_rather_than_reports(
    site: Site, certainty: str, *, dated: bool, narrated: bool = False
) -> bool:
    """Whether a verb's clause, already read as sure enough, still reports no happening.

    An event noun is asked only whether it names the channel of a report. A `narrated` verb
    stands in a quotation that finishes the writer's own clause (events.partial_quotes): a plan
    so quoted ("said it "intends to seek control"") is the plan reported, not someone's words;
    a deed so quoted ("have "vilified" educators", "had "married"") stays their words."""
    verb = site.anchor
    if addresses_the_reader(verb) and not dated_scene_beside_the_reader(verb, dated=dated):
        return True  # "expect delays as the union holds a rally on Thursday": reported
    if site.kind == "noun":
        return names_the_channel(verb)
    if _publishes_the_channel(verb) or works_as_preposition(verb):
        return True
    done = after_having_done(verb) or praised_deed(verb)
    if on_heading_line(verb) or (non_finite(verb) and not dated and not done):
        return True  # "since being sacked in December 2018": its own date makes it a happening
    if site.kind == "speech" and continues_a_statement(verb) and not denies_a_claim(verb):
        return True  # a denial of a claim is news even as a further point (events.denied_claims)
    if bounds_a_period(verb):
        return True  # "the quarter, which closed March 31": the calendar (events.period_bounds)
    if site.kind != "general":
        return False
    if (
        tallies(verb)
        or retells(verb)
        or (quoted(verb) and not (narrated and certainty in FORESEEN))
        or (
            thinks(verb)
            and not requests_by_mandate(verb)  # "asked that the case be dismissed"
            and not dated_deed(verb)
            and not governed_deed(verb)
            and not delivers_verdict(verb)
        )
    ):
        return True
    if not dated and inside_relative_clause(verb):
        return True
    # "is charged with murder": the charging, not how things are (events.charges)
    return certainty == "occurred" and present_passive(verb) and not charged_with_offence(verb)


def addresses_the_reader(token: Token) -> bool:
    """ "Consider what we know about the visit", "Sign up before the launch": a sentence in the
    imperative, outside quotation marks, tells the reader what to do; it reports nothing,
    and neither does what it mentions."""
    root = token.sent.root
    if root.tag_ != "VB" or quoted(root):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in root.children):
        return False
    first = next((t for t in token.sent if not (t.is_punct or t.is_space)), root)
    return first == root or (first.dep_ == "advmod" and first.head == root)


def names_the_channel(noun: Token) -> bool:
    """ "said in a statement", "accused the US in a joint statement", "in his testimony": the
    noun names the medium a saying came in, not a happening of its own. The saying (or what it
    says) is the report; the medium would tell it a second time, under a vaguer title."""
    return (
        noun.lemma_.lower() in CHANNEL_NOUNS
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and noun.head.head.pos_ in ("VERB", "AUX")
    )


def _publishes_the_channel(verb: Token) -> bool:
    """ "In a statement released November 5, the company said…": the participle dates the
    medium of the saying; releasing it is the saying again. A letter or filing sent to someone
    on its day ("said in a letter sent Monday to lawmakers") is the deed told
    (events.sent_sayings)."""
    if dated_delivery(verb):
        return False
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and names_the_channel(verb.head)


def continues_a_statement(verb: Token) -> bool:
    """ "She also accused the label of…", "the company also reported debt of…", "accused the
    UK of meddling and warned that…": a saying with "also", or one coordinated with another
    saying of its speaker, adds to a statement the story has told; the statement is the
    event, its further points are its content."""
    if any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children):
        return True
    # "accused the UK of meddling and warned that…": one statement, two of its points
    if verb.dep_ != "conj" or any(c.dep_.startswith("nsubj") for c in verb.children):
        return False
    head = verb.head
    return speech_class(head) is not None or head.lemma_.lower() in ATTRIBUTION_VERBS


def works_as_preposition(verb: Token) -> bool:
    """ "according to the report", "following the vote": a participle that has become a
    preposition heads no clause, whatever the parse attaches it to."""
    following = verb.nbor() if verb.i + 1 < len(verb.doc) else None
    idiom = verb.lower_ == "according" and following is not None and following.lower_ == "to"
    return verb.dep_ == "prep" or idiom


def on_heading_line(token: Token) -> bool:
    """A subhead inside the body ("Overcrowded conditions worsen risk", "WILL THEY WIN?"):
    a short line of its own, without the full stop that ends a sentence of prose. The body
    tells what it announces. The first and the last line are the lead and a closing line."""
    doc = token.doc
    reach = token.i - _HEADING_TOKENS - 1
    if reach >= 0 and "\n" not in doc_text(doc)[doc[reach].idx : token.idx]:
        return False  # the walk below would pass more tokens than a heading's on this line
    start = token.i
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
        if token.i - start > _HEADING_TOKENS:
            return False
    end = token.i
    while end < len(doc) - 1 and "\n" not in doc[end].text_with_ws:
        end += 1
        if end - start > _HEADING_TOKENS:
            return False
    if start == 0 or "\n" not in doc[end].text_with_ws:
        return False
    tokens = [t for t in doc[start : end + 1] if not t.is_space]
    if not tokens or sum(1 for t in tokens if not t.is_punct) > _HEADING_WORDS:
        return False
    last = tokens[-1].text
    return last.endswith("?") or not last.endswith(_PROSE_ENDINGS)


def non_finite(verb: Token) -> bool:
    """ "reported being logged off", "vapour being released", "having won 25 trophies": a
    participle with no tense, hung on another clause; it describes."""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return bool(auxiliaries) and auxiliaries[0] in ("being", "having")


def thinks(verb: Token) -> bool:
    """ "Washington had concluded the settlements were legal": a verb whose content is a
    clause of its own says what someone thinks or finds; the clause is the news, if any. (A
    finding told with a day of its own is a deed then: `sites.dated_deed`.) An open question
    ("checking whether the leak was deliberate") asserts no clause: the inquiry is the deed."""
    return takes_a_clause(verb) and not asks_only(verb)


def quoted(token: Token) -> bool:
    """Whether the token stands inside quotation marks opened on its line: someone's words
    ("the allegation has been debunked"), which a verb outside the lexicon does not make news
    of, dated or not."""
    doc = token.doc
    first = max(0, token.i - _QUOTE_REACH)
    if token.i == 0 or not _holds_a_mark(doc_text(doc)[doc[first].idx : token.idx]):
        return False  # no token before it on its line can be a mark: none is read
    for before in reversed(doc[first : token.i]):
        if "\n" in before.text_with_ws:
            break
        if before.text in _OPENING_QUOTES or before.text in _CLOSING_QUOTES:
            return before.text in _OPENING_QUOTES  # the nearest mark that has a side decides
        if '"' in before.text:
            # a straight mark has no side (and may be glued to its words: 'said,"The'): the
            # paragraph's marks read in order decide
            return inside_straight_quotation(token)
    return False


# What the text of any mark `quoted` reads holds: a typographic mark, a backquote, a doubled
# apostrophe or a straight mark. Most clauses have none in the words before them, and one pass
# over their text spares a look at each of the tokens.
_MARK_PARTS = ("“", "”", "`", "''", '"')


def _holds_a_mark(text: str) -> bool:
    return any(part in text for part in _MARK_PARTS)


def tallies(verb: Token) -> bool:
    """A line of statistics rather than a happening: "rushed for 101 yards", "threw for three
    touchdowns", "was intercepted three times", "led 14-7 at halftime". Nothing is done to
    anything; a count is the whole content."""
    if any(c.dep_ == "dobj" and not _SCORE.match(c.text) for c in verb.children):
        return False
    for child in verb.children:
        if child.dep_ in ("npadvmod", "dobj") and (_SCORE.match(child.text) or _score(child)):
            return True
        if child.dep_ == "npadvmod" and child.lemma_ == "time" and _has_tally_number(child):
            return True
        if child.dep_ == "prep" and child.lower_ == "for":
            counted = [o for o in child.children if o.dep_ == "pobj" and _has_tally_number(o)]
            if counted and all(o.ent_type_ in _TALLY_UNITS for o in counted):
                return True
    return False


def _score(token: Token) -> bool:
    """ "led 14-7": a number, a dash and a number, which the parser splits; not a record in
    brackets ("the Gophers (9-1) play")."""
    doc = token.doc
    return (
        token.like_num
        and not _bracketed(token)
        and token.i + 2 < len(doc)
        and doc[token.i + 1].text in ("-", "–")
        and doc[token.i + 2].like_num
    )


def _bracketed(token: Token) -> bool:
    """Whether the token stands inside brackets opened in its sentence."""
    for before in reversed(token.doc[token.sent.start : token.i]):
        if before.text in ("(", ")"):
            return before.text == "("
    return False


def _has_tally_number(noun: Token) -> bool:
    """ "101 yards", "three times"; not "a 2020 tour", where the number is a date."""
    return any(c.dep_ == "nummod" and c.ent_type_ in _TALLY_UNITS for c in noun.children)


def retells(verb: Token) -> bool:
    """ "The stabbing occurred during a presentation": a verb that only says a happening took
    place, whose definite subject names one the article has already told ("was stabbed")."""
    if verb.lemma_.lower() not in HAPPENING_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(c.lower_ == "the" or c.dep_ == "poss" for c in subject.children):
        return False
    stem = subject.lemma_.lower()[:_STEM]
    return any(t.pos_ == "VERB" and t.lemma_.lower()[:_STEM] == stem for t in verb.doc[: subject.i])


def inside_relative_clause(verb: Token) -> bool:
    """ "a hunter who killed and ate a rabbit": a verb coordinated inside a relative clause
    describes the noun as much as the relative verb does, and needs a date of its own too."""
    token = verb
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token != verb and token.dep_ in ("relcl", "acl")


def present_passive(verb: Token) -> bool:
    """ "The podcast is sponsored by…", "the camp is run by…": a present passive describes
    how things are."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        verb.tag_ == "VBN"
        and len(auxiliaries) == 1
        and auxiliaries[0].dep_ == "auxpass"
        and auxiliaries[0].tag_ in ("VBZ", "VBP")
    )


def unsaid_complement(verb: Token) -> bool:
    """ "researchers found that the mice carried more protozoa", "a group of doctors, alarmed
    that the administration is denying vaccines", "red flags included that he had borrowed
    against his shares": a clause that completes a verb of finding, thinking or feeling is what
    someone concluded or fears, not a happening the story tells; a source's saying ("said the
    men were arrested") or a speech act ("denied that the count was rigged") passes news on.
    So does a speculation ("media speculate he is headed for X", "it is unclear whether the
    ferry will dock": the governor makes it a prospect, the certainty's question) and an
    intention ("make sure every vote is counted").

    A complement follows its verb, opened by "that", "whether" or nothing. A "complement" the
    parser put before its verb, opened by another word ("since she became the first woman in
    the Senate, women remain…") or across a semicolon or colon ("the deal closed in June; he
    remains a shareholder") is a clause of its own and stays."""
    if verb.dep_ != "ccomp" or verb.head == verb or verb.i < verb.head.i:
        return False
    governor = verb.head
    if governor.lemma_.lower() in PASSING_ON_VERBS or speech_class(governor) is not None:
        return False
    if cleft_clause(verb):
        return False  # "It was last weekend that the insurer paid": told (cleft_sentences)
    if any(c.dep_ == "mark" and c.lower_ not in _COMPLEMENTIZERS for c in verb.children):
        return False
    cues = (governor, *(c for c in governor.children if c.dep_ in ("acomp", "attr", "oprd")))
    if any(GOVERNOR_CERTAINTY.get(word.lemma_.lower()) == "speculated" for word in cues):
        return False
    if governor.lemma_.lower() in _INTENDING or any(w.lower_ in _ASSURED for w in cues):
        return False  # "vowed to make sure every vote was counted": an intention
    return not any(t.text in _CLAUSE_JOINERS for t in verb.doc[governor.i : verb.i])
