"""Which sentences narration passes over without leaving its place: the quiet ones.

A news paragraph often stops its narration for a sentence that describes (a building's size,
a person's age, the law a charge falls under) and tells no happening and names no place, then
goes on: "Four people died in a stampede at a club in X. The club holds 400 people. Police
opened an investigation." The investigation is in X: the description between did not move the
scene, it only broke the run of sentences that events.placing carries a place along. So a
carried place reaches the next sentence that tells something, across quiet sentences of the
same paragraph. A sentence between that names a place (even one it does not state as a
location) or tells a happening of its own ends the carry, as before; so does a line with no
verb (a credit "(The Associated Press)", a caption, a heading), which breaks the text as a
paragraph does rather than pausing its narration, and so does a sentence that points the
reader elsewhere by a direction or a distance ("The capital lies 300 kilometres to the
north."): it names no place, but the next sentence may well be about the one it points to.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span

from stories.extraction.entities import COMPASS_WORDS
from stories.extraction.events.context import MentionIndex
from stories.extraction.mentions import PlaceMention

_VERB_TAGS = frozenset({"VERB", "AUX"})


def loud_sentences(index: MentionIndex, starts: list[int], places: list[PlaceMention]) -> set[int]:
    """The sentence numbers narration may not pass over: those any place mention starts in,
    those with no verb and those pointing elsewhere (`points_elsewhere`)."""
    naming = {bisect_right(starts, p.start) - 1 for p in places}
    breaking = {
        number
        for number, sentence in enumerate(index.sentences)
        if not any(token.pos_ in _VERB_TAGS for token in sentence) or points_elsewhere(sentence)
    }
    return naming | breaking


def points_elsewhere(sentence: Span) -> bool:
    """ "… lies to the north", "… is 300 miles away": a direction or a distance to somewhere."""
    return any(
        (token.lower_ in COMPASS_WORDS and token.pos_ in ("NOUN", "ADV"))
        or (token.lower_ == "away" and any(c.ent_type_ == "QUANTITY" for c in token.children))
        for token in sentence
    )


def quiet_between(last: int, sentence: int, *, told: set[int], loud: set[int]) -> bool:
    """Whether every sentence strictly between sentence numbers `last` and `sentence` is quiet:
    it holds no event (`told`) and is not `loud` (loud_sentences)."""
    return all(n not in told and n not in loud for n in range(last + 1, sentence))
