"""A perfect denied in a reported or relative clause tells that nothing has happened.

WHY: "The executives said they haven't reached a final decision", "a call that her husband
hadn't shown up for work", "the family, whom she had never met": a perfect with "not" or
"never" says that up to a moment something has not happened, a state of things, not a deed a
timeline can place. In a clause a saying reports, or one describing a noun, it is what the
source or the writer tells of the situation; the happening itself, if it ever comes, is told
elsewhere. A main clause's or a concession's denial ("Although the general had not announced
his candidacy, …") is left to the certainty rules, which keep it as a denied event, and a clause
with a date of its own ("had not paid by March 1") still reports, and "not only" denies nothing
("said the man had not only robbed the bank but also shot a guard").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.events.folding import anchor_of
from stories.extraction.mentions import EventCandidate

_SUBORDINATE = frozenset({"ccomp", "relcl"})
_FINITE_HAVE = frozenset({"VBD", "VBZ", "VBP"})
_DENIALS = frozenset({"not", "n't", "never"})


def denied_perfect(event: EventCandidate, doc: Doc) -> bool:
    """Whether the event is read from a perfect with "not"/"never" in a reported or relative
    clause, with no date of its own (see above)."""
    if event.extra.get("kind") == "noun":
        return False
    if (event.provenance.get("date") or {}).get("source") == "clause":
        return False
    verb = anchor_of(event, doc)
    if verb is None or verb.dep_ not in _SUBORDINATE:
        return False
    children = list(verb.children)
    perfect = any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in _FINITE_HAVE for c in children
    )
    return perfect and any(
        (c.dep_ == "neg" or c.lower_ in _DENIALS) and not _not_only(c) for c in children
    )


def _not_only(word: Token) -> bool:
    """Whether `word` is the "not" of "not only … but also", which adds rather than denies."""
    return word.lower_ == "not" and any(c.lower_ == "only" for c in word.children)
