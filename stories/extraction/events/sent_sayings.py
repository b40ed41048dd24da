"""A letter or filing sent on a day, named only as what a saying came in: the sending is the deed.

"The coalition said in a letter sent Monday to lawmakers that the budget falls short", "the
city wrote in a motion filed Friday that…". A text named as a preposition's object is usually
how another deed came ("asked for patience in a letter sent Monday": the asking is the event,
events.deliveries), and a statement released on a day is the saying again (events.statements).
But a bare verb of saying ("said", "wrote", "told") reports no happening of its own in the
events (it frames what is said); the only thing the clause says was done, and on which day, is
that the text went out to someone. So a text sent or filed on its own day stays a deed when the
verb its preposition hangs on only says: not when it orders ("told residents … to stay").
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs that only say what a text said, with no deed of their own (not "asked", "urged",
# "accused": those are the deed the text carried).
_SAYING = frozenset({"say", "write", "tell", "state", "add", "note", "claim", "argue", "contend"})


def carries_only_a_saying(noun: Token) -> bool:
    """ "said in a letter", "wrote in a motion": `noun` is the object of a preposition on a
    bare verb of saying."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _SAYING:
        return False
    return not _orders(verb)


def _orders(verb: Token) -> bool:
    """ "told residents in a letter sent Monday to stay indoors": a saying verb with a clause
    of its own ("told them to"), or an object and a "to" infinitive, gives an order, which is
    the deed the text carried (as "asked … for")."""
    if any(c.dep_ == "xcomp" for c in verb.children):
        return True
    if not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    return any(
        t.dep_ in ("xcomp", "advcl")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)
        for t in verb.subtree
    )
