"""Participles with no auxiliary that the parser read as their noun's own deed.

A past participle straight after a noun says what was done to it; when it is spelt like a
simple past ("recorded", "fired") the small parser often makes the noun its subject, and the
title then tells a deed the noun never did ("Footage records", "Shots fire", "Police bring").
Three shapes say the noun undergoes the verb (found on the LGL and newswire dev batches):
- set off by a comma after a common noun and closed by another before a tensed verb: "the
  sixth tape, also recorded in a flat, shows ...", "conceptual drawings, released this
  month, show ..." (a reduced relative; an active verb is not split from its subject by one
  comma, and a name so split is a stray comma, so names are left alone);
- followed by the sentence's real verb with no "and" or comma between: "shots fired from
  the truck struck him" (two active verbs are never joined by nothing);
- coordinated with a passive whose auxiliary it shares, with a subject of its own: "the
  capital has been sealed off and scores of police brought in".
Each takes no object (an object makes it active: "officers recorded the footage"). The title
then reads as a headline passive ("Footage recorded", "Shots fired from Durango").
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.sites import FINITE_TAGS
from stories.extraction.reduced_passives import CLAUSE_BREAKS, OWN_ARGUMENTS

_COMMON = frozenset({"NN", "NNS"})
# What the verb would take if it were its subject's own deed (reduced_passives, the parse
# repair of the same class where the later verb has an auxiliary), or a complement of "be".
_OWN_ARGUMENTS = OWN_ARGUMENTS | {"attr", "acomp"}
_TENSED = FINITE_TAGS | {"MD"}
_JOINED = frozenset({"conj", "advcl"})
_BREAKS = CLAUSE_BREAKS | {"–"}


def unmarked_passive(verb: Token) -> bool:
    """Whether `verb`, read by the parser as its subject's deed, says what was done to it."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in _OWN_ARGUMENTS for c in verb.children):
        return False
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ not in _COMMON:
        return False
    return _set_off(subject, verb) or _unjoined(verb) or _sharing_auxiliary(verb)


def _set_off(subject: Token, verb: Token) -> bool:
    """ "the tape, also recorded in a flat, shows": one comma between the noun's phrase and
    the participle, only adverbs after it, and a later comma before a tensed verb."""
    between = verb.doc[subject.i + 1 : verb.i]
    commas = [t for t in between if t.lower_ == ","]
    if len(commas) != 1 or any(t.pos_ != "ADV" for t in between if t.i > commas[0].i):
        return False
    if any(t.is_punct and t.lower_ != "," for t in between):
        return False
    end = verb.sent.end
    closing = next((t for t in verb.doc[verb.i + 1 : end] if t.lower_ == ","), None)
    if closing is None:
        return False
    return any(t.tag_ in _TENSED for t in verb.doc[closing.i + 1 : end])


def _unjoined(verb: Token) -> bool:
    """ "shots fired from the truck struck him": a later tensed verb the parser coordinated
    with it or hung on it as a clause, although no "and", comma or "when" joins them."""
    for joined in (c for c in verb.rights if c.dep_ in _JOINED and c.tag_ in _TENSED):
        between = verb.doc[verb.i + 1 : joined.i]
        opened = any(c.dep_ in ("mark", "advmod") and c.i < joined.i for c in joined.children)
        if not opened and not any(t.dep_ == "cc" or t.lower_ in _BREAKS for t in between):
            return True
    return False


def _sharing_auxiliary(verb: Token) -> bool:
    """ "the capital has been sealed off and scores of police brought in": a participle
    coordinated with a passive, taking its auxiliary."""
    if verb.tag_ != "VBN" or verb.dep_ != "conj":
        return False
    return any(c.dep_ == "auxpass" for c in verb.head.children)
