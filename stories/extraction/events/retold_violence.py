"""A deed of violence told again without a day of its own takes the day of the violence the
story dated before it.

News names a violent happening once with its day ("Saturday night's fight", "the attack on
Tuesday") and then, in a later paragraph that stands on the day of the reactions, tells its
parts as plain clauses with no time: "the guard hit the striker with a helmet", "some 20 people
were killed", "the man drowned". The narrative lends such a clause the day its paragraph or the
story has reached (the day of the reactions), yet the deed is the one already dated. On the
dev batches the reachable wrong dates of this kind (a blow after a dated fight, the dead after
a dated attack, a drowning before a dated death) each had exactly one violent happening with a
day its own clause stated.

So an occurred clause of the attack, fight, kill or die classes (or a blow a person dealt to a
person: "hit", "punched"; not a storm that "hit the coast" nor a firm that "hit its target"; or
taking part "in" violence: "engaged in a scuffle"), dated only by the narrative (undated, or its
paragraph's, the story's or the reporter's day, week or month), takes that day when the story
stated exactly one earlier day of violence. A deed told before its day takes it only when the
story states one day of violence and the later telling has the same subject ("Roe drowned … Roe
probably died on Christmas Day"). Not a deed the telling marks as another ("another bomb killed
three", "a second victim died"), nor one its clause ties by time to a happening that is no
violence ("punched an officer during the arrest": the arrest's day, told before it), nor the
death of someone told as hurt in it ("a boy injured in the attack died": later), and never
when violence on two days came before (which one is retold is not known). Widening this to every
class of happening (meetings, elections, finds) moved other dev events to wrong days: it stays
violence.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from stories.extraction.conjunctions import SEQUENCE_CONJUNCTIONS
from stories.extraction.events.dates import NARRATIVE_SOURCES
from stories.extraction.events.folding import anchor_of, with_date_of
from stories.extraction.events.identity import event_class
from stories.extraction.events.lexicon import HAPPENING_VERBS, NOUN_CLASSES
from stories.extraction.events.named_next import ANOTHER_DEED_WORDS
from stories.extraction.events.role_nouns import may_be_a_person
from stories.extraction.mentions import EventCandidate

# Classes of violence that may be one happening told from different angles (lexicon's
# COMPATIBLE_CLASSES joins attack, fight and kill, and kill and die).
_VIOLENCE = frozenset({"attack", "fight", "kill", "die"})
# Verbs of a blow, violence when a person deals it ("hit" is also a storm's).
_BLOWS = frozenset({"hit", "punch", "strike", "stab", "kick", "slap", "beat", "shove", "push"})
_PERSON_WORDS = frozenset({"he", "she", "they"})
_PERSON_OBJECTS = frozenset({"him", "her", "them"})
_NARRATIVE_GRAINS = frozenset({"day", "week", "month"})
_PARTAKING = frozenset({"in", "into"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "NORP", "EVENT"})
# Classes of a hurt that a later death may follow: "a boy injured in the attack died".
_WOUNDING = frozenset({"kill", "hurt"})
# Prepositions that set a deed in the time of another happening: "during the arrest".
_IN_THE_TIME_OF = SEQUENCE_CONJUNCTIONS | {"during", "amid", "following"}


def violence_retold(events: list[EventCandidate], doc: Doc) -> list[EventCandidate]:
    """Each violent clause dated only by the narrative, on a day after the one day of violence
    the story stated before it, takes that stated day."""
    stated = [
        event
        for event in events
        if _own_date(event)
        and event.date_precision == "day"
        and event.certainty == "occurred"
        and _violent(event, doc)
    ]
    if not stated:
        return events
    out: list[EventCandidate] = []
    for event in events:
        day = _retold_day(event, stated, doc)
        out.append(event if day is None else _on_day_of(event, day))
    return out


def _retold_day(
    event: EventCandidate, stated: list[EventCandidate], doc: Doc
) -> EventCandidate | None:
    """The telling, among those of violence with a stated day, whose day the event retells."""
    if event.certainty != "occurred" or not _lent_by_narrative(event):
        return None
    if not _violent(event, doc) or _told_as_another(event, doc):
        return None
    if _in_the_time_of_another_happening(event, doc) or _died_of_wounds(event, doc):
        return None
    dated = [other for other in stated if other.start < event.start]
    if not dated and len({other.date_start for other in stated}) == 1:
        # "Roe drowned, the coroner said. Roe probably died on Saturday": told later, the
        # story's only day of violence, of the same doer or victim.
        dated = [other for other in stated if _same_subject(event, other, doc)]
    if len({other.date_start for other in dated}) != 1:
        return None
    if _day_not_after(event, dated[0]):
        return None
    return dated[0]


def _day_not_after(event: EventCandidate, other: EventCandidate) -> bool:
    """Whether the narrative put the event on a day no later than the stated one: the
    narrative had not moved past the violence, so the day it lends may be the deed's."""
    if event.date_start is None or event.date_precision != "day":
        return False
    return event.date_start <= other.date_start


def _on_day_of(event: EventCandidate, other: EventCandidate) -> EventCandidate:
    """The event dated as `other`, marked as inferred from that retold happening."""
    dated = with_date_of(event, other, {"from": "retold", "text": other.date_text})
    return replace(dated, extra={**event.extra, "date_inferred": True, "date_from": "retold"})


def _lent_by_narrative(event: EventCandidate) -> bool:
    """Whether the event is undated, or dated only by where the narrative stands (its
    paragraph, the story, the reporter's day) on a day, week or month: not by a time in its
    own sentence ("75 were killed last week in shelling"), nor a backdrop year or decade."""
    if event.date_start is None:
        return True
    source = (event.provenance.get("date") or {}).get("from")
    return source in NARRATIVE_SOURCES and event.date_precision in _NARRATIVE_GRAINS


def _own_date(event: EventCandidate) -> bool:
    """Whether the event's own clause states its day."""
    return (event.provenance.get("date") or {}).get("source") == "clause"


def _violent(event: EventCandidate, doc: Doc) -> bool:
    """Whether the event tells violence: its class, a happening verb's subject's ("a bombing
    occurred"), or a blow a person dealt."""
    if event_class(event.trigger) in _VIOLENCE:
        return True
    verb = _trigger_token(event, doc)
    if verb is None:
        return False
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if event.trigger in HAPPENING_VERBS:
        return any(event_class(s.lemma_) in _VIOLENCE for s in subjects)
    if _taking_part_in_violence(verb):
        return True
    if event.trigger in _BLOWS:
        return any(_person_like(s) for s in subjects) and _dealt_to_a_person(verb)
    return False


def _dealt_to_a_person(verb: Token) -> bool:
    """Whether the blow's object is a person ("hit Rudolph", "punched an officer", "struck
    him"), not a thing ("hit the coast", "hit its sales target"); a blow told without its
    object ("he kicked and punched") counts."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return not objects or any(
        _person_like(o) or o.lower_ in _PERSON_OBJECTS or may_be_a_person(o) for o in objects
    )


def _taking_part_in_violence(verb: Token) -> bool:
    """Whether the verb tells taking part in violence its object after "in" or "into" names
    ("engaged in a scuffle", "was involved in a shooting")."""
    return any(
        event_class(obj.lemma_) in _VIOLENCE
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in _PARTAKING
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


def _person_like(token: Token) -> bool:
    """Whether the word may name a person: a personal pronoun, or a proper name no place's
    (the tagger often reads "Garrett hit Rudolph" as a firm's name)."""
    if token.lower_ in _PERSON_WORDS or token.ent_type_ == "PERSON":
        return True
    return token.pos_ == "PROPN" and token.ent_type_ not in _PLACE_ENTITIES


def _same_subject(event: EventCandidate, other: EventCandidate, doc: Doc) -> bool:
    """Whether both clauses' subjects are one proper name ("Roe drowned … Roe died")."""
    verbs = [_trigger_token(e, doc) for e in (event, other)]
    if verbs[0] is None or verbs[1] is None:
        return False
    names = [
        {c.lower_ for c in verb.children if c.dep_ in _SUBJECTS and c.pos_ == "PROPN"}
        for verb in verbs
    ]
    return bool(names[0] & names[1])


def _in_the_time_of_another_happening(event: EventCandidate, doc: Doc) -> bool:
    """Whether the clause sets its deed in the time of a happening that is no violence
    ("punched an officer during the arrest", "was killed after the rally")."""
    verb = _trigger_token(event, doc)
    if verb is None:
        return False
    return any(
        NOUN_CLASSES.get(obj.lemma_.lower()) not in (None, *_VIOLENCE)
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in _IN_THE_TIME_OF
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


def _died_of_wounds(event: EventCandidate, doc: Doc) -> bool:
    """Whether the clause tells the death of someone it describes as hurt ("a boy injured in
    the attack died at the hospital"): the death came after the violence, on a day of its own."""
    if event_class(event.trigger) != "die":
        return False
    verb = _trigger_token(event, doc)
    if verb is None:
        return False
    return any(
        d.dep_ in ("acl", "relcl") and event_class(d.lemma_) in _WOUNDING
        for s in verb.children
        if s.dep_ in _SUBJECTS
        for d in s.children
    )


def _told_as_another(event: EventCandidate, doc: Doc) -> bool:
    """Whether the clause marks its deed as another one ("another bomb", "a second victim")."""
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    return span is not None and any(t.lower_ in ANOTHER_DEED_WORDS for t in span)


def _trigger_token(event: EventCandidate, doc: Doc) -> Token | None:
    """The verb the event was read from (folding.anchor_of), when it is the trigger's verb."""
    anchor = anchor_of(event, doc)
    if anchor is None or anchor.pos_ not in ("VERB", "AUX") or anchor.lemma_ != event.trigger:
        return None
    return anchor
