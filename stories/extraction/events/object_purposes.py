"""A deed done to a thing, told in the simple past, with what it was for after the thing.

A verb that takes another verb leaves the event to it ("tried to leave", "began to fall"):
events.sites drops it as a frame. But in "Canada scrambled fighters to send a signal" or "the
ministers committed their countries to negotiate a treaty" the verb has done something to a
thing of its own first: the infinitive after the object tells what the deed was for, or what
the thing was bound to, and the deed itself happened. Verbs that only get or let someone else
act ("advised the manager to leave", "led employers to raise wages", "asked him to stay")
leave the event to the other's act and stay frames, as does seeking leave to act ("sought
clearance to buy the stock": the purchase is the event), and so do verbs of holding a view of
what another will do ("trusted the court to decide", "expected the board to act"): a stance.
An infinitive of degree ("caught the illness early enough to treat it") says how far the deed
went, not what it was for: the deed is then told by the clause it measures.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of getting or letting another act (the event is what the other does: asking, urging,
# telling, challenging, reminding), of seeking leave to act (the act sought is the event), of
# holding a view of what another will do, and of promising (a saying, events.genre).
_OTHERS_ACT = frozenset(
    {"advise", "encourage", "lead", "prompt", "allow", "permit", "invite", "seek", "request"}
    | {"ask", "beg", "implore", "urge", "tell", "order", "instruct", "remind", "challenge"}
    | {"dare", "persuade", "convince", "warn", "force", "pressure", "press", "call"}
    | {"trust", "expect", "believe", "consider", "wish", "like", "prefer", "want", "need"}
    | {"promise", "pledge", "vow", "swear"}
)

_DEGREE = frozenset({"enough", "too"})


def deed_for_a_purpose(verb: Token) -> bool:
    """Whether `verb` is a plain simple past ("scrambled") with a noun object and, after it,
    a "to" infinitive it governs ("fighters to send")."""
    if verb.tag_ != "VBD" or verb.lemma_.lower() in _OTHERS_ACT:
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    thing = next(
        (c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None
    )
    if thing is None:
        return False
    return any(
        c.dep_ == "xcomp"
        and c.i > thing.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        # "early enough to", "too late to": a degree, not a purpose
        and not any(t.lower_ in _DEGREE for t in verb.doc[thing.i : c.i])
        for c in verb.children
    )
