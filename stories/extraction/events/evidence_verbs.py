"""What a thing shows is evidence, not a happening: "the rise reflected strong demand".

Business and economic news explains its figures with verbs of evidence whose subject is the
figure or the finding itself: "the jump in orders reflected the strength of the farm economy",
"factory jobs also showed solid gains", "surveys showed growing support for the tax", "the
heavy trading telegraphed foreign selling". The clause says what one fact points to; nothing
took place at any moment, so an editor puts none of it on a timeline (the rise, the survey,
the selling are told, and placed, where the story reports them).

The rule holds only for a subject that cannot act (no name, no pronoun, no named entity, no
noun for a person or a body: a company, "police" or "prosecutors" who "signalled a cut" or
"showed the jury the knife" took a step), not when something is shown to someone (an indirect
object or a "to" recipient: "showed documents to the committee" is a handing over), for a noun
object (a clause, "the
autopsy showed that he drowned", reports a finding that may itself be the news), with no time
of the clause's own, and not when what is shown is itself a happening ("state television
showed a meeting of the ministers" broadcast one, and "television showed helicopters firing on
a village" saw one done).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.events.folding import anchor_of
from stories.extraction.events.lexicon import NOUN_CLASSES
from stories.extraction.events.places import LOCAL_BODIES
from stories.extraction.events.predication import agentive
from stories.extraction.events.role_nouns import GROUP_NOUNS, may_be_a_person
from stories.extraction.events.verb_subjects import subject_of
from stories.extraction.mentions import EventCandidate

# Verbs by which one fact points to another: the subject is evidence, the object what it means.
EVIDENCE_VERBS = frozenset(
    {"show", "reflect", "indicate", "signal", "telegraph", "mirror", "underscore", "underline"}
)
# Bodies that act as one, named by a common noun ("police showed", "the ministry signalled"):
# the bodies that act where they belong and the groups of the story, with the bodies of a
# state and its institutions neither list holds.
_BODIES = (
    LOCAL_BODIES
    | GROUP_NOUNS
    | {"administration", "army", "board", "commission", "committee", "congress", "defence",
       "defense", "military", "office", "panel", "prosecution", "school", "university"}
)  # fmt: skip
# Examinations whose showing is a finding told as news (events.findings: "a scan of his chest
# showed damage in both lungs"), not a figure explained.
_EXAMINATIONS = frozenset(
    {"scan", "test", "x-ray", "autopsy", "biopsy", "examination", "exam", "analysis", "study",
     "investigation", "inspection", "search", "experiment", "observation", "image", "footage"}
)  # fmt: skip


def states_evidence(verb: Token, subject: Token | None) -> bool:
    """Whether the clause is a thing showing or reflecting a noun object (see the module's
    docstring); the caller asks only of clauses with no time of their own."""
    if verb.lemma_.lower() not in EVIDENCE_VERBS or subject is None:
        return False
    if any(_recipient(c) for c in verb.children):
        return False  # "showed documents to the committee", "showed the jury the knife"
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or any(o.pos_ not in ("NOUN", "PROPN") for o in objects):
        return False
    if any(o.lemma_.lower() in NOUN_CLASSES for o in objects):
        return False  # "television showed a meeting": the happening is shown, broadcast
    if any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for o in objects for c in o.children):
        return False  # "television showed helicopters firing on a village": a sighting of a deed
    return not can_act(subject)


def can_act(subject: Token) -> bool:
    """Someone who can act: a name, a pronoun or an entity (predication.agentive), a noun for a
    person ("prosecutors", "the officer") or a body acting as one ("police", "the ministry"); an
    examination's showing is a finding (events.findings), so it counts with them here."""
    return subject.lemma_.lower() in _EXAMINATIONS or someone(subject)


def someone(subject: Token) -> bool:
    """A name, a pronoun, an entity, a noun for a person or a body; not a thing, not even an
    examination that shows something (events.lead_findings)."""
    word = subject.lemma_.lower()
    if agentive(subject) or word in _BODIES:
        return True
    return may_be_a_person(subject)  # a role noun ("prosecutors"), not "investment"


def _recipient(child: Token) -> bool:
    """Someone a thing is shown or handed to: an indirect object, or a "to" phrase."""
    return child.dep_ == "dative" or (child.dep_ == "prep" and child.lower_ == "to")


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
