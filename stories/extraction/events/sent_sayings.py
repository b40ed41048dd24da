"""A letter or filing sent on a day, named only as what a saying came in: the sending is the deed.

"The coalition said in a letter sent Monday to lawmakers that the budget falls short", "the
city wrote in a motion filed Friday that…". A text named as a preposition's object is usually
how another deed came ("asked for patience in a letter sent Monday": the asking is the event,
events.deliveries), and a statement released on a day is the saying again (events.statements).
But a bare verb of saying ("said", "wrote", "told") reports no happening of its own in the
events (it frames what is said); the only thing the clause says was done, and on which day, is
that the text went out to someone. So a text sent or filed on its own day stays a deed when the
verb its preposition hangs on only says: not when it orders ("told residents … to stay"), nor
when another verb of the sentence is dated the same day ("sued the firm on Friday, it said in
a complaint filed Friday": one happening told twice).
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.saying_verbs import CONTINUING_SAYINGS, PLAIN_SAYINGS
from stories.extraction.events.time_phrases import dates_the_verb

# Verbs that only say what a text said, with no deed of their own (not "asked", "urged",
# "accused": those are the deed the text carried): the plain and continuing sayings, and the
# verbs of a text's wording ("wrote", "argued"). Not the affirming verbs nor "report": a dated
# "confirmed in a letter" vouches for what it reports and is a statement of its own
# (events.sayings), as a "reported" one is a report.
_SAYING = PLAIN_SAYINGS | CONTINUING_SAYINGS | {"write", "argue", "contend"}


def carries_only_a_saying(noun: Token) -> bool:
    """ "said in a letter", "wrote in a motion": `noun` is the object of a preposition on a
    bare verb of saying."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _SAYING:
        return False
    return not _orders(verb) and not _deed_on_its_day(noun, verb)


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


def _deed_on_its_day(noun: Token, verb: Token) -> bool:
    """ "The union sued the firm on Friday, it said in a complaint filed Friday": another verb
    of the sentence dated the same day is the deed the text brought; its filing is that one
    happening again."""
    sending = [c for c in noun.children if c.dep_ == "acl"]
    days = {_day(d) for t in sending for d in t.children if dates_the_verb(d)}
    return any(
        t.pos_ == "VERB" and t not in sending and t != verb and _day(d) in days
        for t in noun.sent
        for d in t.children
        if dates_the_verb(d)
    )


def _day(phrase: Token) -> str:
    """ "on Friday", "Friday" → "friday": the words of a time phrase that dates a verb."""
    words = (
        phrase.subtree if phrase.dep_ == "npadvmod" else (t for t in phrase.subtree if t != phrase)
    )
    return " ".join(t.lower_ for t in words)
