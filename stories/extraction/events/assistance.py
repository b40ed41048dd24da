"""Help given or received, attention drawn, evidence supplied: credit or reasoning, no event.

"Police received help from the public", "the office received assistance from three agencies",
"the testimony provided evidence that…", "her death brought attention to the issue": a verb of
giving or getting (outside the event lexicon) whose object is an uncounted abstract of
assistance or notice. The clause credits who helped or says what something led to; it names no
occasion a timeline could hold. A counted or concrete thing given ("provided shelter",
"received $2 million", "offered a settlement") is a deed and is not judged here, nor is a gift
with a time of its own ("received help on Friday").
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.time_phrases import TIME_ENTITIES, dates_the_verb

_GIVING_VERBS = frozenset({"bring", "get", "give", "lend", "offer", "provide", "receive"})
# Uncounted abstracts of assistance or notice: what is given is not a thing nor an act.
_ABSTRACTS = frozenset(
    {
        "assistance",
        "attention",
        "cooperation",
        "evidence",
        "help",
        "information",
        "support",
    }
)


def gives_abstract_help(verb: Token) -> bool:
    """Whether the verb gives or gets an uncounted abstract of help or notice, with no time of
    its own (see the module's docstring)."""
    if verb.lemma_.lower() not in _GIVING_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or not all(_abstract(o) for o in objects):
        return False
    return not any(dates_the_verb(c) or c.ent_type_ in TIME_ENTITIES for c in verb.children)


def _abstract(noun: Token) -> bool:
    if noun.lemma_.lower() not in _ABSTRACTS or noun.tag_ != "NN":
        return False
    return not any(c.like_num or c.ent_type_ == "MONEY" for c in noun.children)
