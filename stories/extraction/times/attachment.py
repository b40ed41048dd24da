"""Which happening a time expression dates, when the parse says it is not the clause's own.

"The Arab League condemned the move announced on Monday": Monday dates the announcement, a
reduced relative clause on "move", not the condemnation. A participle that modifies a noun
(spaCy's ``acl``) is a clause of its own, and the times under it are its times. Participles of
scheduling ("a vote scheduled for Monday", "a ship bound for Lima on Sunday") are the
exception: they pass the time on to the noun, and through it to the clause; so do participles
of publishing ("announced in a paper published Monday": the paper's day is the announcement's)
and of states, which no point in time dates ("a company owned by X earlier this year" is a
misattached time of the clause). Only past participles count: a present participle is as
often a preposition ("following a conference in 2010") as a clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.times.vocab import word_set

_PARTICIPLES = frozenset({"VBN"})
# Participles that say when their noun is due or came out, or what state it is in, rather
# than a happening of their own.
_TRANSPARENT = word_set(
    "schedule set plan slate due bind expect book fix timetable reschedule postpone delay "
    "publish release issue post air broadcast print "
    "own base know locate call name hold conduct stage host"
)
# A passive reduced relative ("the move announced on Monday") has its noun for object: a
# participle with an object or a clause of its own is a finite verb misparsed.
_OWN_ARGUMENTS = frozenset({"dobj", "ccomp", "nsubj", "nsubjpass", "dative"})
_THROUGH = frozenset({"prep", "pobj", "npadvmod", "tmod", "nummod", "compound", "appos"})


def reduced_relative(doc: Doc, start: int, end: int) -> int | None:
    """The character offset of the participle whose reduced relative clause holds the time
    at ``start:end``, or None when the time belongs to its clause (or the parse has no span)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token: Token = span.root
    for _ in range(3):
        if token.dep_ not in _THROUGH or token.head is token:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return _participle(token)
    return None


def _participle(verb: Token) -> int | None:
    if verb.dep_ != "acl" or verb.tag_ not in _PARTICIPLES:
        return None
    if verb.lemma_.lower() in _TRANSPARENT:
        return None
    if any(c.dep_ in _OWN_ARGUMENTS for c in verb.children):
        return None  # "X, announced on Monday that…": a main verb the parser took for one
    return verb.idx


# A clause on a noun: a relative clause ("the man who was arrested on Monday") or an infinitive
# one ("a panel to find out who started the fire in 2009").
_NOUN_CLAUSES = frozenset({"relcl"})
_CLIMB = 12


def relative_clause(
    doc: Doc, start: int, end: int, kinds: frozenset[str] = _NOUN_CLAUSES
) -> tuple[int, int] | None:
    """The character span of the innermost clause on a noun (a relative clause, or an
    infinitive one) that holds the time at ``start:end``, or None when the time is in no such
    clause. Such a clause tells its own happening, not the clause around its noun: "Ruiz,
    who lost in 2016, welcomed the result" did not welcome it in 2016."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token: Token = span.root
    for _ in range(_CLIMB):
        if token.head is token:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX") and _on_a_noun(token, kinds):
            words = list(token.subtree)
            return words[0].idx, words[-1].idx + len(words[-1])
    return None


def _on_a_noun(verb: Token, kinds: frozenset[str]) -> bool:
    if verb.dep_ in kinds:
        return True
    return verb.dep_ == "acl" and verb.tag_ == "VB" and verb.head.pos_ in ("NOUN", "PROPN")


def embedded_clause(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The character span of the innermost content clause (what someone said, asked or found:
    spaCy's ``ccomp``) that holds the time at ``start:end``, or None. A time told after an
    event in its sentence, in such a clause, dates that clause's happening: "agreed to ask who
    started the fire in 2009" agreed in no 2009, while an adverbial clause ("returned home to
    take over the club in 2016") happens with its governor."""
    return relative_clause(doc, start, end, frozenset({"ccomp"}))
