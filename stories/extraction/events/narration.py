"""Where a story's narration stands between its stated places: clues events.placing reads when
an event's own clause names no place.

- A locative phrase whose noun is a part of a place ("in the wilderness of western X", "on the
  outskirts of X") or a thing the place names ("in an X prison") states that place as the
  scene, as "in X" does.
- A place word that only continues or opens a person's name ("Police chief Ana Toledo" when
  NER cut the name short, "Ms. Carolina Reyes") is no place the story names.
- A paragraph that names no place of its own, between two that narrate in the same place,
  stays there: "The activist was held in Lyon. / He was released in April. / He still lives in
  Lyon's old town."
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from stories.extraction.entities import COMPASS_WORDS
from stories.extraction.events.context import MentionIndex, token_span
from stories.extraction.events.judged_deeds import judging_verb
from stories.extraction.events.named_sites import named_site
from stories.extraction.events.setting import related, within
from stories.extraction.mentions import PlaceMention

# Nouns naming a part or stretch of a place, so that "in the N of X" is in X.
AREA_NOUNS = frozenset(
    {
        "wilderness",
        "outskirts",
        "suburbs",
        "streets",
        "heart",
        "centre",
        "center",
        "countryside",
        "interior",
        "mountains",
        "hills",
        "jungle",
        "jungles",
        "forests",
        "coast",
        "shores",
        "waters",
        "skies",
        "parts",
        "downtown",
        # "in the area of X", "in the vicinity of X": the phrase says no more than "near X"
        "area",
        "vicinity",
    }
) | frozenset(COMPASS_WORDS)
# How a place names the thing a locative phrase is in: "an X prison", "X's courts".
_NAMING_DEPS = frozenset({"compound", "nmod", "poss"})
# Courtesy titles NER reads as a state's abbreviation ("Ms." Mississippi, "Mo." Missouri).
_TITLES = frozenset({"ms.", "ms", "miss", "mrs.", "mr.", "mo.", "dr."})


def locative_preposition(head: Token) -> Token | None:
    """The preposition of the locative phrase a place stands in: "in X" itself, or one whose
    noun is a part of the place ("in the wilderness of X") or named by it ("in an X prison",
    "along the X Strip": events.named_sites), none when the place is no such phrase's
    object."""
    if head.dep_ == "pobj" and head.head.lower_ != "of":
        return head.head
    noun = None
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        area = head.head.head
        if area.lower_ in AREA_NOUNS and area.dep_ == "pobj":
            noun = area
    elif head.dep_ in _NAMING_DEPS and head.head.pos_ == "NOUN" and head.head.dep_ == "pobj":
        noun = head.head
    elif head.dep_ in _NAMING_DEPS and named_site(head.head):
        noun = head.head  # "along the X Strip", "at the X Fairgrounds": a site named for X
    return noun.head if noun is not None else None


def scene_preposition(head: Token) -> Token | None:
    """`locative_preposition`, but none inside a deed someone is judged for ("assailed X for
    drilling in Y", events.judged_deeds): that place is the deed's, not the sentence's."""
    preposition = locative_preposition(head)
    if preposition is None or judging_verb(preposition) is not None:
        return None
    return preposition


def part_of_a_name(place: PlaceMention, index: MentionIndex) -> bool:
    """Whether a place word only continues a person's name NER cut short ("Superintendent
    Ana" + "Toledo") or is the courtesy title before one ("Ms. Florence"): no place at all."""
    doc = index.doc
    span = token_span(doc, place.start, place.end)
    if span is None:
        return False
    first, last = span.start, span.end - 1
    before = first - 1
    if (
        before >= 0
        and before in index.person_at
        and first == last
        and doc[before].whitespace_ == " "
        and doc[first].is_title
        and doc[before].is_title
    ):
        return True
    after = last + 1
    return (
        place.text.lower() in _TITLES
        and after < len(doc)
        and after in index.person_at
        and doc[after].is_title
    )


def names_another(named: dict[int, list[PlaceMention]], sentence: int, place: PlaceMention) -> bool:
    """Whether the sentence names a pinned place outside `place`: who acts there may be
    another ("Norland hailed the ruling. Sudlandic officials had filed objections.")."""
    return any(not related(other, place) for other in named.get(sentence, []))


def named_per_sentence(
    places: list[PlaceMention], starts: list[int]
) -> dict[int, list[PlaceMention]]:
    """The pinned places each sentence names."""
    named: dict[int, list[PlaceMention]] = {}
    for place in places:
        named.setdefault(bisect_right(starts, place.start) - 1, []).append(place)
    return named


def between_same_places(
    sentence: int,
    last: tuple[int, PlaceMention],
    located: dict[int, tuple[int, PlaceMention]],
    named: dict[int, list[PlaceMention]],
) -> PlaceMention | None:
    """The place narration stands in around `sentence` when the last place it was carried to
    before it (`last`: sentence, place) and the next one stated after it (`located`) are the
    same and no sentence in between names another pinned place (`named`), nor one inside it:
    "Helicopters flew over northern X" has moved into X."""
    start, place = last
    if place.kind == "country":
        return None  # "in the U.S." ... "in the U.S.": a country is too wide to stay in
    following = [s for s in located if s > sentence]
    if not following:
        return None
    upto = min(following)
    if not related(located[upto][1], place):
        return None
    for number in range(start + 1, upto):
        if any(not within(place, other) for other in named.get(number, [])):
            return None
    return place
