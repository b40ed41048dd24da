"""A thing reported or cited on a day of its own: "The leak was first reported at 7 a.m.",
"cited by state police in May for speeding, the senator resigned".

"Report" and "cite" are reporting verbs: in the active they frame what a source says ("police
reported that …", "the study cites data"), and events.sites gives them no site. In the
passive with a subject of their own and a date of their own, and nothing reported after them,
they tell when something came to the authorities' notice: a fire or a crash "was reported" at
an hour is when it was discovered and called in, a driver "cited" in May was ticketed then.
Local news dates its incidents this way, and that first report is the event it tells.

Not a tally ("186 cases were reported in 2004": a statistic), not a frame ("was reported to
have fled", "it was reported Monday that …": what is reported follows), not a noun's
participle ("the 40 cases reported last week": a tally), and not
undated ("the incident was reported to police": background). Nor when the subject is an event
noun ("the fire was reported at 8 a.m."): the noun's own event is the happening, dated by it.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import NOUN_CLASSES
from stories.extraction.events.time_phrases import TIME_ENTITIES

# Verbs whose dated passive tells a deed done to its subject: called in, or ticketed.
FIRST_REPORT_VERBS = frozenset({"report", "cite"})
# Clauses of their own: main, coordinated, reported and adverbial ("cited in May, X …").
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl"})
# What a frame takes: a reported clause, an infinitive, an object.
_FRAMED = frozenset({"ccomp", "xcomp", "dobj", "csubj", "oprd"})
_EXPLETIVES = frozenset({"it", "this", "that", "which", "what"})


def first_reported(verb: Token) -> bool:
    """Whether a reporting verb is a passive first report with its own date (module doc)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in FIRST_REPORT_VERBS:
        return False
    if verb.tag_ != "VBN" or verb.dep_ not in _CLAUSE_DEPS:
        return False
    if any(c.dep_ in _FRAMED for c in verb.children):
        return False
    if not _passive(verb) or not dated_on_itself(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subject is None:
        # "cited by police in May, the driver …": the participle's subject is its clause's
        return verb.dep_ == "advcl" and verb.i < verb.head.i
    if subject.lemma_.lower() in NOUN_CLASSES:
        return False  # "the fire was reported at 8 a.m.": the noun's own event tells it
    if is_or_has_number(subject):
        return False  # "186 cases were reported in 2004": a tally over a period
    return subject.lower_ not in _EXPLETIVES and subject.pos_ in ("NOUN", "PROPN", "ADJ")


def is_or_has_number(noun: Token) -> bool:
    """ "186 cases", "over 80 cases", "two prior cases": a number of things reported is a
    statistic, what a period added up to, not one thing coming to notice ("the first cases"
    are)."""
    return noun.tag_ == "CD" or any(c.dep_ == "nummod" or c.tag_ == "CD" for c in noun.children)


def _passive(verb: Token) -> bool:
    """ "was reported", "has been cited", or a bare participle before its clause ("cited by
    police, X …"); not "has reported" (the active perfect, a frame)."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.dep_ == "auxpass" for a in auxiliaries):
        return True
    return not auxiliaries and verb.dep_ == "advcl"


def dated_on_itself(verb: Token) -> bool:
    """A date or time hung on the verb itself: "March 6", "at 8 a.m.", "in December"."""
    for child in verb.children:
        if child.dep_ in ("npadvmod", "tmod", "advmod") and child.ent_type_ in TIME_ENTITIES:
            return True
        if child.dep_ == "prep" and any(
            o.dep_ == "pobj" and o.ent_type_ in TIME_ENTITIES for o in child.children
        ):
            return True
    return False
