"""What a thing shows is evidence, not a happening: "the rise reflected strong demand".

Business and economic news explains its figures with verbs of evidence whose subject is the
figure or the finding itself: "the jump in orders reflected the strength of the farm economy",
"factory jobs also showed solid gains", "surveys showed growing support for the tax", "the
heavy trading telegraphed foreign selling". The clause says what one fact points to; nothing
took place at any moment, so an editor puts none of it on a timeline (the rise, the survey,
the selling are told, and placed, where the story reports them).

The rule holds only for a subject that cannot act (no name, no pronoun, no named entity: a
company or an official who "signalled a cut" took a step), for a noun object (a clause, "the
autopsy showed that he drowned", reports a finding that may itself be the news), with no time
of the clause's own, and not when what is shown is itself a happening ("state television
showed a meeting of the ministers" broadcast one, and "television showed helicopters firing on
a village" saw one done).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.events.folding import anchor_of
from stories.extraction.events.lexicon import NOUN_CLASSES
from stories.extraction.events.titles import subject_of
from stories.extraction.mentions import EventCandidate

# Verbs by which one fact points to another: the subject is evidence, the object what it means.
EVIDENCE_VERBS = frozenset(
    {"show", "reflect", "indicate", "signal", "telegraph", "mirror", "underscore", "underline"}
)
_NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT", "EVENT"})


def states_evidence(verb: Token, subject: Token | None) -> bool:
    """Whether the clause is a thing showing or reflecting a noun object (see the module's
    docstring); the caller asks only of clauses with no time of their own."""
    if verb.lemma_.lower() not in EVIDENCE_VERBS or subject is None:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or any(o.pos_ not in ("NOUN", "PROPN") for o in objects):
        return False
    if any(o.lemma_.lower() in NOUN_CLASSES for o in objects):
        return False  # "television showed a meeting": the happening is shown, broadcast
    if any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for o in objects for c in o.children):
        return False  # "television showed helicopters firing on a village": a sighting of a deed
    return not _can_act(subject)


def _can_act(subject: Token) -> bool:
    """A name, a pronoun or an entity, or a noun a name owns ("a new ABC News poll")."""
    if subject.pos_ in ("PROPN", "PRON") or subject.ent_type_ in _NAMED:
        return True
    return any(
        c.pos_ == "PROPN" or c.ent_type_ in _NAMED
        for c in subject.children
        if c.dep_ in ("compound", "poss", "amod")
    )


def shows_evidence(event: EventCandidate, doc: Doc) -> bool:
    """Whether a kept event is only a thing showing or reflecting something, with no time of
    its own. Asked once the sentence's events are folded, so a clause it stood for is not
    brought back in its place."""
    if event.trigger not in EVIDENCE_VERBS or _own_date(event):
        return False
    verb = anchor_of(event, doc)
    return verb is not None and verb.pos_ == "VERB" and states_evidence(verb, subject_of(verb))


def _own_date(event: EventCandidate) -> bool:
    """A time told in the event's own clause, not one lent by the paragraph or the story."""
    return (event.provenance.get("date") or {}).get("source") == "clause"
