"""Verbs that take another verb or a clause and are still the deed the story tells.

Most verbs with a complement only frame it: in "began deliberating" or "tried to flee" the
complement is the news. Some governors are acts in their own right, done when told:
completing or escaping something ("finished repainting the bridge", "narrowly avoided falling
into recession": the completion, the escape is what happened), and acts aimed at someone the
sentence names ("assured the minister that the road would reopen", "ordered the agency to
pool its files", "persuaded the board to wait"): the assurance, the order was given then,
whatever comes of its content. Such a governor counts as an event when told as done (a past
tense, or the perfect), and is dropped again when its complement holds an event of its own
(`drop_doubled_governors`), so one happening is never told twice.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.events.folding import anchor_of, told_within
from stories.extraction.events.governing import governs_as_deed, told_as_done
from stories.extraction.mentions import EventCandidate

# Verbs of completing or escaping what their complement names.
_COMPLETING = frozenset({"finish", "complete", "avoid", "escape", "evade"})
# Verbs of acting on an addressee they name: the act is done to that person or body.
_ADDRESSING = frozenset(
    {
        "assure",
        "reassure",
        "inform",
        "notify",
        "persuade",
        "convince",
        "order",
        "instruct",
        "direct",
    }
)
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl"})
# The perfect's auxiliaries: "has finished", not the passive "was ordered".
_DONE_AUXILIARIES = frozenset({"has", "have", "had", "'s", "'ve", "'d"})
_VERBS = frozenset({"VERB", "AUX"})


def governed_deed(verb: Token) -> bool:
    """A completing governor ("finished repainting") or one acting on a named addressee
    ("assured the minister that …"), heading a clause, told as done and not denied."""
    if verb.dep_ not in _CLAUSE_DEPS or not told_as_done(verb, _DONE_AUXILIARIES):
        return False
    if any(c.dep_ == "neg" for c in verb.children) or governs_as_deed(verb):
        return False
    complement = complement_of(verb)
    if complement is None:
        return False
    lemma = verb.lemma_.lower()
    if lemma in _COMPLETING:
        return complement.dep_ == "xcomp"
    return lemma in _ADDRESSING and _addressee(verb, complement) is not None


def completes(verb: Token) -> bool:
    """ "has finished repainting", "has narrowly avoided falling": a completion or an escape,
    even in the present perfect, is the news of its moment, not a summing up."""
    return verb.lemma_.lower() in _COMPLETING and governed_deed(verb)


def complement_of(verb: Token) -> Token | None:
    """The verb or clause the governor takes."""
    return next(
        (c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in _VERBS), None
    )


def _addressee(verb: Token, complement: Token) -> Token | None:
    """The one acted on: an object of the governor, or the subject of its bare complement
    ("ordered the agency pool its files", read with the agency as the complement's subject)."""
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and child.pos_ in ("NOUN", "PROPN"):
            return child
    return next(
        (
            c
            for c in complement.children
            if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and complement.i > verb.i
        ),
        None,
    )


def drop_doubled_governors(events: list[EventCandidate], doc: Doc) -> list[EventCandidate]:
    """The governors above whose complement holds an event of its own: the happening is told
    there, and the governor would tell it twice."""
    kept = []
    for event in events:
        if event.extra.get("kind") == "general" and _doubled(event, events, doc):
            continue
        kept.append(event)
    return kept


def _doubled(governor: EventCandidate, events: list[EventCandidate], doc: Doc) -> bool:
    verb = anchor_of(governor, doc)
    if verb is None or not governed_deed(verb):
        return False
    return told_within(complement_of(verb), governor, events)
