"""A time to come the parser hangs on a past clause after it: "promised to put the question to
a referendum next year after delegates voted".

A phrase like "next year" or "tomorrow" standing right before an "after"/"before"/"when" clause
is often read as that clause's time, because it stands at the clause's front. A time to come
cannot date a verb in the simple past ("delegates voted next year" is not English news): it
belongs to the phrase it follows ("a referendum next year"), whose noun or verb it dates. The
repair hangs it there, so the dated noun is one happening to come and the past deed keeps no
future date. "The next day" is no time to come: counted from the narrative's day, it may date
a past verb ("arrived the next day after the storm hit"), and is left where the parser put it.
"""

from __future__ import annotations

from spacy.tokens import Token

# Words that make a time phrase one to come, whatever the verb's tense.
_AHEAD = frozenset({"next", "tomorrow", "coming"})
# What such a phrase counts in (the parser runs before the names are read, so by its words).
_UNITS = frozenset(
    {"tomorrow", "day", "week", "weekend", "month", "year", "season", "spring", "summer"}
    | {"fall", "autumn", "winter", "monday", "tuesday", "wednesday", "thursday", "friday"}
    | {"saturday", "sunday"}
)
# Words opening an adverbial clause whose front a time phrase may be mistaken for.
_OPENERS = frozenset({"after", "before", "when", "as", "until", "once"})
# Tags of the words a time phrase can hang on: a noun or a verb.
_HOST_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})


def misplaced_future_time(token: Token) -> Token | None:
    """The word a time to come should hang on, when the parser hung it on the past verb of the
    adverbial clause right after it; else None."""
    if token.dep_ != "npadvmod" or token.text.lower() not in _UNITS:
        return None
    words = list(token.subtree)
    if not any(_ahead(w) for w in words):
        return None
    verb = token.head
    opener = words[-1].i + 1
    if verb.tag_ != "VBD" or not any(
        c.dep_ == "mark" and c.text.lower() in _OPENERS and c.i == opener for c in verb.children
    ):
        return None
    before = token.doc[words[0].i - 1] if words[0].i > token.sent.start else None
    if before is None or before.tag_ not in _HOST_TAGS:
        return None
    return before


def _ahead(word: Token) -> bool:
    """ "next", "tomorrow", "coming", but not the "next" of "the next day", told from the
    narrative's own day rather than the reporter's."""
    if word.text.lower() not in _AHEAD:
        return False
    return word.text.lower() != "next" or word.i == 0 or word.doc[word.i - 1].text.lower() != "the"


def mend_future_time(token: Token, host: Token) -> None:
    """Hang the time to come `token` on `host`, the word before it that it dates
    (`misplaced_future_time`), instead of the past verb of the clause after it."""
    token.head = host
