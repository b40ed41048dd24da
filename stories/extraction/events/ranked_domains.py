"""A place that bounds a ranking is no scene: "the first state in the region to apologise",
"the largest bank in Norland".

News ranks a thing among others of a place ("the first in X", "the only one in X", "the
biggest employer in X"): the place says among what the thing ranks, not where the sentence's
narration happens, so it neither places the sentence's events nor carries to the next one.
"""

from __future__ import annotations

from spacy.tokens import Token

# Words that rank something first, last or alone: "the first in X", "the only one in X".
RANKING_WORDS = frozenset({"first", "last", "only"})
_SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})


def ranks_within(preposition: Token) -> bool:
    """Whether the locative phrase of `preposition` bounds a ranking: it hangs on a ranking
    word or a superlative ("the first in X", "the largest in X"), or on a noun a superlative
    describes ("the largest city in X"). An ordinal on a noun ("her first night in X") still
    says where."""
    head = preposition.head
    if head.lower_ in RANKING_WORDS or head.tag_ in _SUPERLATIVE_TAGS:
        return True
    return head.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.tag_ in _SUPERLATIVE_TAGS for c in head.children
    )
