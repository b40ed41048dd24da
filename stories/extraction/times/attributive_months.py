"""A bare month between a determiner and a noun dates that thing: "a June agreement".

News names a thing by its month ("under a June agreement", "the August death of a student",
"the March elections"). The month is then a month even when its name is also a word or a
name (June, April), and it has no tense of its own: the clause's present ("is still trying to
sell itself under a June agreement") says nothing of it. Such a thing has mostly happened
already, so the month is the last one gone by, unless the clause tells of what will be ("the
February elections will be held"). "the May government" is a prime minister's, so May is left
to its other cues.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from stories.extraction.times.tense import FUTURE_AUXILIARIES, auxiliary_word, governing_verb
from stories.extraction.times.vocab import word_set

DETERMINERS = word_set("a an the this that its his her their our")
# a noun or its modifier next, not a preposition or a verb ("led the March on Washington")
_LOWERCASE_NEXT = re.compile(
    r" (?!(?:on|for|against|to|of|through|in|into|from|and|or|was|is|were|are|has|had)\b)[a-z]"
)
_NOT_ATTRIBUTIVE = frozenset({"May"})


def is_attributive_month(name: str, previous_word: str, text: str, end: int) -> bool:
    """Whether the month `name`, written after `previous_word` and ending at `end`, stands
    between a determiner and a lowercase word: "a June agreement"."""
    if name in _NOT_ATTRIBUTIVE or previous_word not in DETERMINERS:
        return False
    return bool(_LOWERCASE_NEXT.match(text, end))


def told_ahead(doc: Doc | None, start: int, end: int) -> bool:
    """Whether the verb the month's phrase hangs on is a future ("will be held")."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is None or not len(span):
        return False
    verb = governing_verb(span.root)
    if verb is None:
        return False
    return any(
        auxiliary_word(a, verb) in FUTURE_AUXILIARIES for a in verb.children if a.dep_ == "aux"
    )
