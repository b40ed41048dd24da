"""What a contracted "'d" stands for, read from the word after it.

"'d" is "would" before a bare verb ("he'd double his money", "they'd have won", "we'd rather
wait") and "had" before a past participle ("she'd left", "they'd been told"); "'d better" is
advice, the "should" it means. The tagger marks "'d" MD or VBD, but often by the pronoun
rather than by the verb, so the verb after it (past any "not" or adverb) decides, and the
tag only when no verb follows.
"""

from __future__ import annotations

from spacy.tokens import Token

_ADVICE = frozenset({"better", "best"})
_WOULD_ADVERBS = frozenset({"rather", "sooner"})


def contracted_d_word(token: Token) -> str:
    """The auxiliary a "'d" (or "’d") stands for: "would", "had", or "should" for "'d better";
    any other token comes back in lower case."""
    word = token.lower_.replace("\u2019", "'")
    if word != "'d":
        return word
    for after in token.doc[token.i + 1 : token.i + 4]:
        if after.lower_ in _ADVICE:
            return "should"
        if after.lower_ in _WOULD_ADVERBS:
            return "would"
        if after.tag_ in ("VB", "VBP"):
            return "would"
        if after.tag_ in ("VBN", "VBD"):
            return "had"
        if after.pos_ not in ("ADV", "PART"):
            break
    return "had" if token.tag_ == "VBD" else "would"
