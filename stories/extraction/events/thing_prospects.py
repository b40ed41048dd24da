"""Effects foreseen of a thing: "the rail plan would give commuters a new option" is no event.

A plan, expectation or possibility whose subject is a thing that cannot act (no name, no
pronoun, no noun for a person or a body: evidence_verbs.can_act) and whose verb is active
tells what the thing would do, its effect or its use: "small savings like these will shield
the budget", "the bypass would offer drivers a quicker route", "the course will acquaint pupils
with nursing", "the grant money, which is expected to reach the schools". It is the reasoning
a story sets out, with nothing a timeline can hold it by.

events.prospects drops such forecasts only when nothing places them, but local news places
nearly every clause by the story's own setting or dateline, so they came through (dev
batches: seven such events, none a gold event). Here a place lent by the story (setting,
dateline, lead) does not save the prospect; a place, date or person of its own sentence does.
Kept: a place's kind noun ("the county will comply": its government), a thing that undergoes
a deed ("the formula will be revised": someone will revise it), a verb whose subject is a
happening that begins or goes on ("the work would begin"), a subject the event lexicon
names a happening by ("the storm will bring snow": a forecast of the storm), a verb in the
event lexicon (events.prospects says why), a counted or named subject, and a noun the story
uses as the short name of a body it named before ("The Ostberg Art Museum bought a painting.
… The museum will hang it": the museum's staff will act).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.events.evidence_verbs import can_act
from stories.extraction.events.folding import anchor_of
from stories.extraction.events.imminent_plans import dated_by_a_time
from stories.extraction.events.lexicon import NOUN_CLASSES
from stories.extraction.events.pointing_back import KIND_NOUNS
from stories.extraction.events.prospects import PROSPECTS, SUBJECT_SHARING, named
from stories.extraction.mentions import EventCandidate

# Places the story lends a clause, not ones its own sentence tells (events.placing).
_LENT_PLACES = frozenset({"setting", "dateline", "lead"})
# Verbs whose subject is a happening that begins, goes on or ends: "the work would begin".
_ASPECTUAL = frozenset(
    {"begin", "start", "continue", "resume", "end", "stop", "finish", "last", "proceed"}
)
_PARTIES = frozenset({"nsubj", "nsubjpass"})
# Names of bodies and buildings whose last word the story may use alone for them.
_BODY_NAMES = frozenset({"ORG", "FAC"})


def foreseen_effect(event: EventCandidate, doc: Doc) -> bool:
    """Whether the event is a prospect of what a thing that cannot act would do (see the
    module's docstring), with no date, person or place of its own sentence."""
    if event.certainty not in PROSPECTS or event.extra.get("kind") != "general":
        return False
    if dated_by_a_time(event) or event.people:
        return False
    if event.place is not None and _place_source(event) not in _LENT_PLACES:
        return False
    verb = anchor_of(event, doc)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _ASPECTUAL:
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False  # "the formula will be revised": a deed someone will do to it
    subject = _subject(verb)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() in NOUN_CLASSES:
        return False  # "the storm will bring snow": the forecast tells of a happening
    return not _party(subject)


def _place_source(event: EventCandidate) -> str | None:
    return (event.provenance.get("place") or {}).get("source")


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or failing one its governor's ("is expected to flow": the
    governor's), a relative word read as the noun it stands for ("money, which is …")."""
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in _PARTIES]
        if subjects:
            subject = subjects[0]
            if subject.tag_ in ("WDT", "WP") and subject.head.dep_ == "relcl":
                return subject.head.head
            return subject
        if verb.dep_ not in SUBJECT_SHARING or verb.head == verb:
            return None
        verb = verb.head
    return None


def _party(subject: Token) -> bool:
    """A subject that can act, one the story names or counts, or a place's kind noun standing
    for its government ("the county will comply")."""
    return (
        can_act(subject)
        or named(subject)
        or subject.lemma_.lower() in KIND_NOUNS
        or _short_name(subject)
    )


def _short_name(subject: Token) -> bool:
    """ "the museum" after "The Ostberg Art Museum": the last word of a body's name the story
    gave before, standing for that body."""
    word = subject.lemma_.lower()
    return any(
        ent.label_ in _BODY_NAMES and ent.end <= subject.i and ent[-1].lemma_.lower() == word
        for ent in subject.doc.ents
    )


def drop_foreseen_effects(events: list[EventCandidate], doc: Doc) -> list[EventCandidate]:
    """The events without the effects foreseen of things (see the module's docstring)."""
    return [event for event in events if not foreseen_effect(event, doc)]
