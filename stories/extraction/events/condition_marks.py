"""The words that open a condition: "if", "unless", and "as long as" / "so long as".

A condition names what must hold for another clause to come true ("players may enter as long
as their birthday falls before May"); it reports nothing that happened or is arranged, and
events.certainty makes no event of it, as of an "if" clause. The parser hangs an "as long as"
clause on "long" (an adverb with "as" or "so" before it) and gives the clause the second "as"
as its mark; "as long as two hours", with no clause, measures a span and opens nothing, and so
does "for as long as the fire burned", or "as long as" between two clauses in a plain past
("cheered as long as the band played"): a condition looks ahead, or holds in general.
"Even if" opens no condition on the clause it hangs on ("will be played even if it rains" is
planned whatever the weather), though what it supposes is still no happening.
"""

from __future__ import annotations

from spacy.tokens import Token

_CONDITION_MARKS = frozenset({"if", "unless"})
_DEGREE_WORDS = frozenset({"as", "so"})


def opens_condition(clause: Token) -> bool:
    """Whether `clause` (a verb) is opened by "if", "unless", "as long as" or "so long as"."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if marks & _CONDITION_MARKS:
        return True
    head = clause.head
    return (
        "as" in marks
        and clause.dep_ == "advcl"
        and head.lower_ == "long"
        and any(c.dep_ == "advmod" and c.lower_ in _DEGREE_WORDS for c in head.children)
        and not _a_span(clause, head)
    )


def _even_if(clause: Token) -> bool:
    """ "will be played even if it rains": "even if" tells that the clause it hangs on holds
    whatever comes, not that it waits on a condition; what it supposes ("it rains") is still no
    happening, so the clause stays a condition of its own (`under_condition`)."""
    return any(c.dep_ == "advmod" and c.lower_ == "even" for c in clause.children) and any(
        c.dep_ == "mark" and c.lower_ == "if" for c in clause.children
    )


def conditions_on(verb: Token) -> list[Token]:
    """The condition clauses hung on `verb`: "will leave if the law passes", "would strike
    unless wages rise", "will stay as long as the tax break holds" (the parser hangs that
    clause on "long", the verb's adverb); not "will be played even if it rains" (`_even_if`)."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "long")]
    return [
        c
        for head in heads
        for c in head.children
        if c.dep_ == "advcl" and opens_condition(c) and not _even_if(c)
    ]


def _a_span(clause: Token, long: Token) -> bool:
    """ "kept the road closed for as long as the fire burned", "cheered as long as the band
    played": after "for", or with both clauses in a plain past, "as long as" measures how long
    something went on, and the clause tells what happened."""
    if long.dep_ == "pcomp" and long.head.lower_ == "for":
        return True
    governor = next((a for a in long.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return governor is not None and all(
        verb.tag_ == "VBD" and not any(c.tag_ == "MD" for c in verb.children)
        for verb in (clause, governor)
    )


# How far up through complements and coordinates a condition is looked for.
_MAX_GOVERNORS = 6


def under_condition(verb: Token) -> bool:
    """Whether the clause, or a clause it is the complement of, is a condition: "if negotiators
    decide to compromise" reports neither deciding nor compromising."""
    token = verb
    for _ in range(_MAX_GOVERNORS):
        if opens_condition(token):
            return token.dep_ == "advcl" or token != verb
        if token.dep_ not in ("xcomp", "conj") or token.head == token:
            return False
        if token.dep_ == "conj" and has_subject(token):
            return False
        token = token.head
    return False


def has_subject(verb: Token) -> bool:
    """Whether the verb has a subject of its own: a coordinate with one ("X happened, and Y is
    visiting") is a clause apart, not a continuation of the verb before it."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
