"""Findings: what a study, a test, a team or the authorities established, told as news.

A verb of finding or reporting is usually the frame of an event: in "officials confirmed that
the bridge collapsed" the collapse is the event. But when what was found, confirmed or reported
is a thing ("confirmed traces of water vapour", "reported record sales") or a clause that states
rather than narrates ("reported that the mood in Beijing was pessimistic", "found that the mice
had 18 times as many cells", "found the mass could be cut by a third"), nothing else in the
sentence happened: the finding itself is the news, as in science, health and market reports.
So a verb of finding, confirming or reporting counts as an event when it is told as done (the
past or the perfect, active), has a subject of its own that is not the writer or the reader,
and its content is a thing or a state (a clause after the verb: one before it is a quote
the verb attributes, "..., he concluded"). "Say" and "tell" stay frames (every quote uses them),
and the simple present ("studies show that") is a generalisation, not a happening.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.lexicon import (
    ATTRIBUTION_VERBS,
    BARRED_MODALS,
    NON_EVENT_VERBS,
    OPINION_VERBS,
    QUESTION_WORDS,
    SPECULATIVE_MODALS,
)
from stories.extraction.events.role_nouns import GROUP_NOUNS
from stories.extraction.events.sites import Site

# Verbs of establishing a fact, by class: what tests, studies, teams and officials do.
FINDING_CLASSES = {
    **dict.fromkeys(
        [
            "find",
            "discover",
            "establish",
            "determine",
            "conclude",
            "show",
            "demonstrate",
            "detect",
            "identify",
        ],
        "discover",
    ),
    **dict.fromkeys(["confirm", "report", "reveal"], "report"),
    # Research told as done: "has investigated how hibernation would change a mission".
    **dict.fromkeys(["investigate", "study", "examine"], "investigate"),
}
# Main, coordinated and adverbial clauses: a finding inside a reported clause ("said the board
# had concluded") is the speaker's content, not a finding the story tells.
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "advcl"})
_WRITER_OR_READER = frozenset({"i", "we", "you"})
_STATIVE = frozenset({"be", "have"})
_MODALS = SPECULATIVE_MODALS | BARRED_MODALS
_ANIMATE = frozenset({"PERSON", "NORP"})
_PEOPLE = frozenset({"people", "person", "man", "woman", "fan", "consumer", "customer", "user"})


def finding_sites(doc: Doc, index: MentionIndex) -> list[Site]:
    """Every finding of the document that is news in itself, in text order."""
    found = []
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB" or lemma not in FINDING_CLASSES:
            continue
        heads = token.dep_ in _CLAUSE_DEPS or _hung_on_its_content(token)
        if heads and _told_as_done(token) and _content(token, index):
            found.append(Site(token, lemma, FINDING_CLASSES[lemma], "verb"))
    return found


def _hung_on_its_content(verb: Token) -> bool:
    """ "A report found children lacked beds, did not have showers and …": a finding that
    opens its sentence, which the parser hung as a clause on a verb of what it found, later
    in the sentence; the head is no saying or thinking that reports it."""
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and head.i > verb.i
        and head.lemma_.lower() not in ATTRIBUTION_VERBS | OPINION_VERBS
        and head.lemma_.lower() not in FINDING_CLASSES
        and verb.sent.start == next(verb.subtree).i
    )


def _told_as_done(verb: Token) -> bool:
    """ "found", "has confirmed": the past or the perfect, active, with a subject of its own
    that is neither the writer nor the reader; not "shows" nor "will find" nor "was found"."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBN":
        if not any(a.lemma_ == "have" for a in auxiliaries):
            return False
    elif verb.tag_ != "VBD":
        return False  # "shows", "was studying": a description or an activity, not a finding
    if any(a.dep_ == "auxpass" or a.lower_ in _MODALS or a.lemma_ == "will" for a in auxiliaries):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and subjects[0].lower_ not in _WRITER_OR_READER


def _content(verb: Token, index: MentionIndex) -> bool:
    """What was found is a thing or a state: an object named by a noun, a clause that states
    ("was pessimistic", "had", "could be reduced", a present tense), or for research, an
    embedded question ("how hibernation would change")."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN"):
            return _establishes(verb, index)
        if child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX") and child.i > verb.i:
            if next(child.subtree).lower_ in QUESTION_WORDS:
                return FINDING_CLASSES[verb.lemma_.lower()] == "investigate"
            return _states(child)
    return False


def _establishes(verb: Token, index: MentionIndex) -> bool:
    """ "The scan showed a pattern", "the analysis found evidence", "officials confirmed a
    case": a thing confirmed or reported, or found by a study, a test or an instrument. A
    person or a group who "found one drawback", "found its rhythm" or "showed little
    hesitation" came to have or displayed it (the parser often calls a person a company,
    so a name is never taken for a study)."""
    if FINDING_CLASSES[verb.lemma_.lower()] != "discover":
        return True
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    return (
        subject.pos_ == "NOUN"
        and subject.ent_type_ not in _ANIMATE
        and subject.lemma_ not in _PEOPLE
        and subject.lemma_ not in GROUP_NOUNS
        and index.person(subject) is None
    )


def _states(clause: Token) -> bool:
    """A clause that states rather than narrates: a linking or possessive verb, a modal, the
    simple present or present progressive, a verb of state or of reporting."""
    lemma = clause.lemma_.lower()
    if clause.pos_ == "AUX" or lemma in _STATIVE or lemma in NON_EVENT_VERBS:
        return True
    if lemma in ATTRIBUTION_VERBS or clause.tag_ in ("VBZ", "VBP"):
        return True
    auxiliaries = [c for c in clause.children if c.dep_ == "aux"]
    if clause.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") for a in auxiliaries):
        return True  # "unemployment is falling": a trend going on, as the finding states it
    return any(a.lower_ in _MODALS for a in auxiliaries)
