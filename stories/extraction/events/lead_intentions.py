"""A named actor's present want or aim to act, told in the lead: "General Motors wants to buy
15% of Jaguar", "Mayor Smith wants to start a patrol program".

A want is normally no happening (events.unrealised: "wanted to" tells what someone wished
then; undated "hopes to see peace" is a wish). The lead is different: an article that opens
with what a named company, official or body now wants to do reports that move as its news,
the plan the rest of the story follows. Later in the story the same words are a party's
position, the backdrop to what happens ("the IRS wants to tax the phones"), and stay out, as
does a want of anyone unnamed ("residents want to leave") or one denied ("does not want to").
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.noise import in_lead

# The verb of wanting whose infinitive is the act wanted ("seeks to", "aims to" are goals:
# certainty._AIMING).
_WANTING = frozenset({"want"})
_PRESENT = frozenset({"VBZ", "VBP"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def wanted_in_the_lead(verb: Token) -> bool:
    """Whether the verb is the infinitive a named subject's present "wants to" takes, in the
    lead."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VB":
        return False
    governor = verb.head
    if governor.lemma_.lower() not in _WANTING or governor.tag_ not in _PRESENT:
        return False
    if any(c.dep_ == "neg" for c in governor.children):
        return False
    subjects = [c for c in governor.children if c.dep_ == "nsubj"]
    named = any(s.pos_ == "PROPN" or s.ent_type_ in _NAMED for s in subjects)
    return named and in_lead(governor)
