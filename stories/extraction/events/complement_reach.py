"""Which clauses hung on a verb are really its complement, and which the parser only put there.

A verb that takes another clause ("began deliberating", "tried to leave", "decided it would
build", "concluded that the deal was legal") leaves the event, or the claim, to that clause.
But the parser also hangs on a main verb clauses that say nothing of what its act consists
of: a clause joined before it by "but" or a semicolon ("A patrol pulled the car over, but he
ticketed the driver": "pulled" read as the object clause of "ticketed"), a clause after a
comma or semicolon set off from the verb (a second statement run on), or a relative clause
read as an object clause ("defended the budget approved in April that boosted spending").
With such a clause the verb still tells its own deed, and so does a verb whose "complement"
is only an adjective ("found the hiker asleep": a finding of someone, not of a claim).
Words quoted before a verb of saying ("'We will win,' she laughed"), a quotation after a
colon, and a statement put before its speaker ("There were few leads, the sheriff
admitted") stay what the verb says.
"""

from __future__ import annotations

from spacy.tokens import Token

_BREAKS = frozenset({",", ";", "—", "–", "--"})
_QUOTES = frozenset({'"', "“", "”", "‘", "’", "'", "``", "''", ":"})
_RELATIVE_SUBJECTS = frozenset({"that", "which"})
_COMPLEMENTS = frozenset({"ccomp", "xcomp"})


def real_complement(verb: Token, child: Token) -> bool:
    """Whether `child`, a ccomp or xcomp of `verb`, is what the verb's act consists of."""
    if child.dep_ not in _COMPLEMENTS:
        return False
    low, high = sorted((verb.i, child.i))
    if any(_quote(t) for t in verb.doc[low : high + 1]):
        return True  # quoted words, before or after the verb that says them
    if child.i < verb.i:
        # "pulled the car over, but he ticketed the driver", "the tour ended; the band
        # rests": a clause joined before it; not "There were few leads, the sheriff admitted"
        between = verb.doc[child.right_edge.i + 1 : verb.i]
        joined = any(c.dep_ == "cc" for c in child.children)
        return not (joined or any(t.text == ";" for t in between))
    between = verb.doc[verb.i + 1 : child.left_edge.i]
    if any(t.text in _BREAKS and t.head in (verb, child) for t in between):
        return False  # set off by a comma or semicolon: a clause run on, not the object
    first = child.left_edge
    relative = first.lower_ in _RELATIVE_SUBJECTS and first.dep_ in ("nsubj", "nsubjpass")
    return not (relative and first.head == child)


def _quote(token: Token) -> bool:
    """Whether the token is a quotation mark or colon; the apostrophe of a possessive
    ("officers'", tagged POS) quotes nothing."""
    return token.text in _QUOTES and token.tag_ != "POS"


def takes_a_verb(verb: Token) -> bool:
    """ "began deliberating", "tried to leave": a verb complement that is really one."""
    return any(c.pos_ == "VERB" and real_complement(verb, c) for c in verb.children)


def takes_a_clause(verb: Token) -> bool:
    """ "concluded that the deal was legal": a clausal complement that is really one, with
    a verb of its own; "found the hiker asleep" finds a person in a state, a deed."""
    return any(
        c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and real_complement(verb, c)
        for c in verb.children
    )
