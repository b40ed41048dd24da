"""A time to come the parser hangs on a past clause after it: "promised to put the question to
a referendum next year after delegates voted".

A phrase like "next year" or "tomorrow" standing right before an "after"/"before"/"when" clause
is often read as that clause's time, because it stands at the clause's front. A time to come
cannot date a verb in the simple past ("delegates voted next year" is not English news): it
belongs to the phrase it follows ("a referendum next year"), whose noun or verb it dates. The
repair hangs it there, so the dated noun is one happening to come and the past deed keeps no
future date.
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
    if not any(w.text.lower() in _AHEAD for w in words):
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


def mend_future_time(token: Token, host: Token) -> None:
    token.head = host
