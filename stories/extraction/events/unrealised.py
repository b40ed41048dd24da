"""Clauses that tell what was wished or would have been, not what happened.

Two constructions of English put a happening in words without telling that it took place, and
an editor puts neither on a timeline:

- a counterfactual: "the measure would have cut the city's costs", "the plant was to have been
  built in phases". A perfect after "would" or "should", or after "was to", tells what would
  have happened had things gone otherwise, which is to say what did not. Not under a saying
  with a deadline: "officials said the bridge would have been repaired by June" reports a
  future perfect, what is to be done by then.
- a wish: "the company intended to win half the market", "her only dream is to sing at the
  Opry". What someone wanted in the past ("intended", "hoped", "wanted" to) or a word for an
  aspiration as the subject of "be to" tells a state of mind; whether it came about the story
  tells, if at all, with a verb of its own. A plan or a schedule ("planned to", "is set to") is
  another matter: it says what is to happen (events.certainty), and stays; so do "the hope is
  to reopen the school on Monday" (the plan, in other words) and "meant to close the plant"
  (what something was for, often done: "and did so").

(An open question, "it is unclear whether the ferry will dock", is a prospect whose certainty
is "speculated": events.certainty, not asked here.)

The words are closed grammatical classes: two modals, the verbs of wanting and the nouns for an
aspiration.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.reported_futures import reported_clause

_COUNTERFACTUAL_MODALS = frozenset({"would", "should"})
# Verbs of wanting: their past tells what someone wanted then, not what came of it.
_WANTING = frozenset({"intend", "want", "wish", "hope", "long", "yearn"})
# Nouns for an aspiration: "her dream is to …", "his ambition was to …".
_ASPIRATIONS = frozenset({"dream", "ambition", "aspiration", "fantasy"})
_PAST = frozenset({"VBD", "VBN"})


def unrealised(verb: Token) -> bool:
    """Whether the verb's clause is a counterfactual or a wish (see above)."""
    return counterfactual(verb) or wished(verb)


def counterfactual(verb: Token) -> bool:
    """ "would have reduced", "should have been stopped", "was to have been built": a perfect
    under "would"/"should" or under a past "be to" tells what did not happen."""
    if verb.tag_ != "VBN":
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.lower_ == "have" for a in auxiliaries):
        return False
    if any(a.lower_ in _COUNTERFACTUAL_MODALS for a in auxiliaries):
        return not (reported_clause(verb) and _by_a_time(verb))
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and any(a.lower_ == "to" for a in auxiliaries)
        and head.lemma_.lower() == "be"
        and head.tag_ == "VBD"
    )


def _by_a_time(verb: Token) -> bool:
    """ "repaired by June", "finished by the end of the year": a deadline on the verb."""
    return any(
        c.dep_ in ("prep", "agent")  # a passive's "by" is parsed as its agent
        and c.lower_ == "by"
        and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in c.children)
        for c in verb.children
    )


def wished(verb: Token) -> bool:
    """ "intended to achieve a 50% share", "his dream has been to launch an airline": an
    infinitive that a past verb of wanting, or "be" with an aspiration for its subject, takes."""
    if verb.dep_ != "xcomp" or not any(c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    lemma = head.lemma_.lower()
    if lemma in _WANTING:
        return head.tag_ in _PAST
    if lemma != "be":
        return False
    return any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in _ASPIRATIONS
        for c in head.children
    )
