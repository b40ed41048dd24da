"""An it-cleft asserts the clause after its focus: "It was only last weekend that the insurer
paid the bonuses", "It was in Lyon that the council met", "It was not until Friday that …".

The parser reads the clause as the complement of "was", and a clause completing a verb is
what someone found or thought (events.statements.unsaid_complement), not a happening told.
A cleft is no such frame: "it" stands for nothing, "be" only puts the focus (a time, a place,
a name) in front, and the clause is the writer's own statement. An extraposed adjective
("it was clear that", "it is likely that") is a judgement the certainty reading weighs, and a
noun subject ("the problem is that") names a view: neither is a cleft.
"""

from __future__ import annotations

from spacy.tokens import Token

# Children of "be" that can be a cleft's focus: a time ("It was last week that"), an adverb
# ("It was only then that"), a place or time phrase ("It was in Lyon that"), or a name or a
# time the parser made the copula's attribute ("It was Acme that", "It was this weekend
# that"). A common noun as attribute is most often a predicate with a relative clause ("it was
# a setback for the union, whose officials had proposed it", "it was the first instance that a
# leader had been forced out"), no cleft.
_FOCUS_DEPS = frozenset({"npadvmod", "advmod", "prep"})
_SUBJECTS = frozenset({"nsubj", "expl"})
_TIMES = frozenset({"DATE", "TIME"})


def cleft_clause(verb: Token) -> bool:
    """Whether `verb` heads the clause of an it-cleft, after "It was <focus> that"."""
    be = verb.head
    if verb.dep_ != "ccomp" or be == verb or be.lemma_ != "be" or verb.i < be.i:
        return False
    if not any(c.dep_ in _SUBJECTS and c.lower_ == "it" and c.i < be.i for c in be.children):
        return False
    if any(c.dep_ in ("acomp", "oprd") for c in be.children):
        return False  # "it was clear that": a judgement, not a focus
    if not any(c.lower_ == "that" and c.dep_ in ("mark", "nsubj") for c in verb.children):
        return False  # "It was a setback for X, whose officials had proposed it"
    return any(_focus(c) for c in be.children if be.i < c.i < verb.i)


def cleft_focus(verb: Token) -> Token | None:
    """The name a cleft puts in front when it is who did the deed: "It was Norland that
    invaded Sudland" ("that" stands for Norland); None for another focus or no cleft."""
    if not cleft_clause(verb):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "that" for c in verb.children):
        return None
    be = verb.head
    return next(
        (c for c in be.children if c.dep_ == "attr" and c.pos_ == "PROPN" and c.i < verb.i), None
    )


def _focus(child: Token) -> bool:
    if child.lower_ in ("not", "n't"):
        return False
    if child.dep_ in _FOCUS_DEPS:
        return True
    return child.dep_ == "attr" and (child.ent_type_ in _TIMES or child.pos_ == "PROPN")
