"""The auxiliaries a verb is told with, read as plain words.

Certainty and the main line both decide by a clause's auxiliaries ("will", "'ll", "had"). A
verb coordinated with another shares its auxiliaries unless it has a subject of its own: in
"will arrive and meet" the meeting is as much to come as the arriving. Outlets print "he’ll"
with a typographic apostrophe, and "’ll" is the same future as "'ll".
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.contractions import contracted_d_word
from stories.extraction.events.condition_marks import has_subject
from stories.extraction.events.lexicon import FUTURE_AUXILIARIES


def auxiliaries_of(verb: Token) -> list[Token]:
    """Auxiliaries of the verb, shared with the verb it is coordinated with ("will arrive and
    meet") unless it has a subject of its own."""
    own = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if own or verb.dep_ != "conj" or has_subject(verb):
        return own
    return auxiliaries_of(verb.head) if verb.head.pos_ in ("VERB", "AUX") else own


def told_in_future(verb: Token) -> bool:
    """Whether the verb is told with a future auxiliary ("will be allowed", "'ll try")."""
    return bool({plain_word(a) for a in auxiliaries_of(verb)} & FUTURE_AUXILIARIES)


def plain_word(token: Token) -> str:
    """The token in lower case with a typographic apostrophe made plain: outlets print
    "he’ll" and "she’d", and "’ll" is the same future as "'ll". A "'d" is the "would" or
    "had" it stands for (contractions)."""
    return contracted_d_word(token)
