"""The places each sentence states as where its narration is.

A sentence says where it happens with a locative phrase ("in X", "at X", "near X") on a place
the gazetteer could pin, outside the dateline and outside a clause that only describes a noun
("munitions to be used in X"). The sentence's own place, the one carried to the next sentence
and the lead's place (events.placing) all start from this per-sentence reading, so it is made
here once, with the test of which places are pinned at all.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from stories.extraction.events import place_rules
from stories.extraction.events.based import names_a_base
from stories.extraction.events.bound_for import bound_for
from stories.extraction.events.containers import locates_a_place_elsewhere, stated_container
from stories.extraction.events.context import MentionIndex
from stories.extraction.events.lexicon import LOCATIVE_PREPOSITIONS, RELATIVE_OPENERS
from stories.extraction.events.narration import scene_preposition
from stories.extraction.events.places import as_place_head
from stories.extraction.events.ranked_domains import ranks_within
from stories.extraction.events.setting import related, wide
from stories.extraction.mentions import PlaceMention
from stories.extraction.sentence_breaks import layout_line


def pinned(place: PlaceMention) -> bool:
    """Whether the place has coordinates: only a pinned place can stand for a story's scene."""
    return place.latitude is not None


def sentences_naming(
    places: list[PlaceMention], starts: list[int], *, outside: PlaceMention | None
) -> set[int]:
    """The sentences that name a pinned place lying neither in nor around `outside`."""
    if outside is None:
        return set()
    return {bisect_right(starts, p.start) - 1 for p in places if not related(p, outside)}


def located_per_sentence(
    index: MentionIndex, starts: list[int]
) -> dict[int, tuple[int, PlaceMention]]:
    """Per sentence, its paragraph and the first pinned place it states with "in", "at",
    "near" (outside the dateline): where the sentence's narration is."""
    return {
        number: (index.paragraph_number(stated[0].start), stated[0])
        for number, stated in stated_places(index, starts).items()
    }


def described_per_sentence(index: MentionIndex, starts: list[int]) -> dict[int, PlaceMention]:
    """Per sentence, the first pinned place it states with "in", "at", "near" only inside a
    relative clause on one of its nouns ("a chase that began in X", "the driver, who was
    caught in X"): not where the sentence's narration is, but the nearest the sentence comes to
    saying it (events.placing uses it when the place itself has barred every default). Where
    someone lives, studies or works ("a student who studies in X") is no such clause."""
    return {
        number: stated[0] for number, stated in stated_places(index, starts, described=True).items()
    }


def stated_places(
    index: MentionIndex, starts: list[int], *, described: bool = False
) -> dict[int, list[PlaceMention]]:
    """Per sentence, the pinned places it states with "in", "at", "near" (outside the
    dateline), in text order; with `described`, only those inside a relative clause on a
    noun, which are otherwise left out."""
    found: dict[int, list[PlaceMention]] = {}
    for position, place in sorted(index.place_roots.items()):
        if not pinned(place) or place.start < index.dateline_end or wide(place):
            continue  # "the largest economy in East Africa" is no scene of narration
        if "bases" in place_rules.ENABLED and names_a_base(place, index.text):
            continue  # "at the Lyon-based institute": whose the institute is
        head = as_place_head(index.doc[position])
        if "areas" in place_rules.ENABLED:
            preposition = scene_preposition(head)
        else:
            preposition = head.head if head.dep_ == "pobj" else None
        if preposition is None or preposition.lower_ not in LOCATIVE_PREPOSITIONS:
            continue
        if described:
            if not _in_a_relative_clause(preposition) or locates_a_place_elsewhere(preposition):
                continue
        elif _describes_a_noun(preposition) or locates_a_place_elsewhere(preposition):
            continue
        if "ranked domains" in place_rules.ENABLED and ranks_within(preposition):
            continue  # "the first state in the region to apologise": among what it ranks
        if "bound for" in place_rules.ENABLED and bound_for(preposition):
            continue  # "left on Monday for talks in X": not there yet
        place = stated_container(index.doc[position], place, index)  # "at Velton in Norburg"
        found.setdefault(bisect_right(starts, place.start) - 1, []).append(place)
    return found


def _describes_a_noun(preposition: Token) -> bool:
    """Whether a locative phrase sits in a relative or infinitive clause that describes a noun
    ("munitions to be used in X", "a man who lives in X"): it says where that noun's own
    happening is or will be, not where the sentence's narration is. A participle that tells
    where the noun happens ("the opening day, taking place in X") still sets the scene."""
    token = preposition
    while token.head != token:
        if token.dep_ == "relcl" or (
            token.dep_ == "acl" and any(c.lower_ == "to" for c in token.children)
        ):
            return True
        token = token.head
    return False


def _in_a_relative_clause(preposition: Token) -> bool:
    """Whether a locative phrase sits in a relative clause on a noun ("a chase that began in
    X"), not in an infinitive of purpose ("munitions to be used in X": where they will go)."""
    token = preposition
    while token.head != token:
        if token.dep_ == "acl" and any(c.lower_ == "to" for c in token.children):
            return False
        if token.dep_ == "relcl":
            opening = token.doc[token.left_edge.i : token.left_edge.i + 2]
            if _cited_source(token.head):
                return False  # "according to the team, which followed it from X": the source's
            if token.lemma_.lower() in _STANDING_VERBS:
                return False  # "a student who studies in X": where the person is, not a deed
            return any(word.lower_ in RELATIVE_OPENERS for word in opening)  # "that", "in which"
        token = token.head
    return False


def _cited_source(noun: Token) -> bool:
    """Whether the noun is the source a sentence cites ("according to the team"): where the
    source sits says nothing of where the sentence's happening was."""
    preposition = noun.head
    return (
        noun.dep_ == "pobj"
        and preposition.lower_ == "to"
        and preposition.head.lower_ == "according"
    )


# Verbs of where someone lives, was born, studies or works: a relative clause of theirs ("a
# man who lives in X", "a nurse who works at X") tells where the person is, not a happening.
_STANDING_VERBS = frozenset(
    {"live", "reside", "dwell", "study", "work", "teach", "attend", "employ", "base", "bear"}
)


def lead_place(index: MentionIndex, starts: list[int]) -> PlaceMention | None:
    """Where a story without a dateline says its lead happened: the one place its first
    sentence states with "in", "at", "near" ("The final began on Monday at the arena in X").
    A lead that states places apart ("a fire in X, a day after a storm in Y") sets no scene."""
    first = next((n for n, s in enumerate(index.sentences) if not layout_line(s)), 0)
    stated = stated_places(index, starts).get(first, [])  # not a headline's
    if not stated or not all(related(place, stated[0]) for place in stated):
        return None
    return stated[0]
