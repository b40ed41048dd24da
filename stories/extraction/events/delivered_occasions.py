"""An event noun a past participle of its own places: "a speech delivered at the Pentagon",
"a verbal attack read on Iraqi television", "a concert held in the park".

A reduced relative in the past participle tells what was done with the happening the noun
names, and a place or a medium where it was done ("at", "on", "in", "over", "before" with its
object) says that it was: the speech was given, the attack went out on the air. The noun then
points at one happening that took place, as a noun the sentence sets a deed at does ("said at a
rally", events.nominals), even with an indefinite article. A participle that only describes
the noun ("a plan aimed at", "a deal tied to") has no such place: "aimed at the port" names a
target, which is why the place must be named by a proper noun or a noun of place or medium.
"""

from __future__ import annotations

from spacy.tokens import Token

# Prepositions that say where or in what medium a thing was done.
_WHERE_DONE = frozenset({"at", "on", "in", "over", "before"})
# Entity types of a place or an institution a thing is done at.
_PLACES = frozenset({"GPE", "LOC", "FAC", "ORG"})
# Media a statement goes out on.
_MEDIA = frozenset({"television", "radio", "tv", "air", "broadcast", "website", "stage"})


def placed_by_its_participle(noun: Token) -> bool:
    """Whether a singular event noun carries a past participle placing it where it was done."""
    if noun.tag_ != "NN":
        return False
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and _done_somewhere(c) for c in noun.children)


def _done_somewhere(participle: Token) -> bool:
    for prep in participle.children:
        if prep.dep_ != "prep" or prep.lower_ not in _WHERE_DONE:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.ent_type_ in _PLACES or obj.lemma_.lower() in _MEDIA:
                return True
    return False
