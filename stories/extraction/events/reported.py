"""A saying stays where it was said: the places of what it reports do not move it.

"The minister assured his guest that Sudland would not join the pact": Sudland is what was
said, not where it was said. A sentence that names a place away from the dateline (or the
story's setting) usually moves its narration there, so neither default places its events
(events.placing). For the verb that governs a reported clause ("said that", "assured X that",
"warned that"), a place named only inside that clause is its topic: the saying happened where
the story's reporter places the rest of its day, and the default still places it. The reported
happening itself, inside the clause, keeps the rule: its sentence names a place elsewhere.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.homes import event_word
from stories.extraction.events.lexicon import ATTRIBUTION_VERBS
from stories.extraction.mentions import EventCandidate, PlaceMention

# How a verb holds the clause it reports: "said (that) X", "assured him that X".
_REPORTED_DEPS = frozenset({"ccomp"})
# How a saying verb hangs on a clause the parser made the root: "X will go, she said".
_TRAILING_DEPS = frozenset({"ccomp", "parataxis"})


def reporting_events(
    events: list[EventCandidate], index: MentionIndex, places: list[PlaceMention]
) -> set[int]:
    """The starts of the events whose word governs a reported clause that holds every pinned
    place of `places` named in the event's sentence (at least one)."""
    found: set[int] = set()
    for event in events:
        word = event_word(event, index)
        if word is None or word.pos_ not in ("VERB", "AUX"):
            continue
        reported = _reported_tokens(word)
        if not reported:
            continue
        sentence = index.sentence(word)
        named = [
            position
            for p in places
            if p.latitude is not None
            and (position := index.root_of_place.get((p.start, p.end))) is not None
            and sentence.start <= position < sentence.end
        ]
        if named and all(position in reported for position in named):
            found.add(event.start)
    return found


def _reported_tokens(word: Token) -> set[int]:
    """The token positions of the clause `word` reports: its complement clauses, or, for a
    saying verb the parser hung on what was said ("X will go, she said"), that clause less
    the saying."""
    reported = {
        token.i
        for child in word.children
        if child.dep_ in _REPORTED_DEPS
        for token in child.subtree
    }
    if reported or word.dep_ not in _TRAILING_DEPS or word.lemma_.lower() not in ATTRIBUTION_VERBS:
        return reported
    own = {token.i for token in word.subtree}
    return {token.i for token in word.head.subtree if token.i not in own}
