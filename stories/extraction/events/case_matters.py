"""The crime a case is about, named to say which case: not a happening the report tells.

Court and police news names a prosecution by its matter: "a man charged in the death of a
neighbour", "pleaded guilty to manslaughter in the death of X", "being prosecuted in a
Georgia man's death", "two victims in a homicide", "no motive in her death". The preposition
"in" after a step of the proceedings (charged, prosecuted, pleaded, a murder charge) or a role
in the case (a suspect, a victim, a motive) tells what the case concerns; the step or the
person is the news, and the offence noun only identifies the case. Without a time of its own the
naming places nothing on a timeline (the death is told, if at all, where the story narrates
it). With one ("in the August death of Sarah Roe", "the June 2007 murder") the story dates
the crime itself, and that telling stays an event.

A crime named after another word is left alone ("questioned in the death", "hurt in the
shooting" tell of the crime itself), even when that word's clause hangs on a step ("a man
questioned in the death was arrested": the climb to the step stops at a clause's head), and
so is a subject ("the murder shocked the town").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.events.charges import CASE_STEP_VERBS, OFFENCES
from stories.extraction.events.folding import anchor_of
from stories.extraction.events.time_phrases import TIME_ENTITIES
from stories.extraction.mentions import EventCandidate

_CASE_PREPOSITION = "in"
# Steps of criminal proceedings and roles in a case (lemmas) that an "in" phrase can tell the
# matter of.
_PROCEEDINGS = CASE_STEP_VERBS | frozenset(
    {"suspect", "prosecution", "plea", "conviction", "indictment", "victim", "motive"}
)
# The "in" hangs on the step itself or a few words below it, through the charge it names
# ("a charge of X in", "charged with murder in", "pleaded guilty to manslaughter in").
_CLIMB = 4
# Heads of a clause of their own: the climb stops there, for a step of another clause is not
# this one's ("a man questioned in the death of X was arrested": questioned, not arrested).
_CLAUSE_BOUNDARIES = frozenset(
    {"relcl", "advcl", "ccomp", "xcomp", "acl", "conj", "parataxis", "csubj", "ROOT"}
)


def drop_case_matters(events: list[EventCandidate], doc: Doc) -> list[EventCandidate]:
    """The events without the undated offences that only name a case (module docstring)."""
    return [event for event in events if not names_the_case(event, doc)]


def names_the_case(event: EventCandidate, doc: Doc) -> bool:
    """Whether the event is an offence noun after the "in" of a step of proceedings or a role
    in a case, told with no time of its own."""
    if event.extra.get("kind") != "noun" or event.certainty != "occurred":
        return False
    noun = anchor_of(event, doc)
    if noun is None or noun.lower_ not in OFFENCES or noun.dep_ != "pobj":
        return False
    preposition = noun.head
    if preposition.lower_ != _CASE_PREPOSITION or _dated(noun):
        return False
    return _after_proceedings(preposition)


def _after_proceedings(preposition: Token) -> bool:
    """Whether the preposition hangs on a step of proceedings or a role in a case, or on a
    word below one ("a charge of involuntary manslaughter in the death")."""
    word = preposition.head
    for _ in range(_CLIMB):
        if word.lemma_.lower() in _PROCEEDINGS:
            return True
        if word.dep_ in _CLAUSE_BOUNDARIES or word.head == word:
            return False
        word = word.head
    return False


def _dated(noun: Token) -> bool:
    """A time inside the noun's own words before it ("the August death", "the June 2007
    murder") or in a phrase it governs ("the shooting on Jan. 23"; not the "of" of whom it
    was done to: "the death of a 24-year-old man" names an age)."""
    before = (t for t in noun.doc[noun.left_edge.i : noun.i] if t.ent_type_ in TIME_ENTITIES)
    if any(True for _ in before):
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ != "of"
        and any(t.ent_type_ in TIME_ENTITIES for t in c.subtree)
        for c in noun.children
    )
