"""A telling in the passive, on a day, by a named teller: "Sununu was told Wednesday by
Bush's son that he had lost the party's support".

Telling someone is news when it happens at a stated time to a named person (events.speech:
"told investors on Oct. 31"). News turns it round when the one told is the story's subject:
the addressee becomes the passive's subject and the teller comes in a "by" phrase. That is the
same act, so with a date of its own, a named addressee and a named teller it is the same event.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import ADDRESSING_VERBS

_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def told_by_a_name(verb: Token) -> bool:
    """Whether `verb` is a passive telling with a named addressee, a named teller in its "by"
    phrase and a date hung on it."""
    if verb.lemma_.lower() not in ADDRESSING_VERBS or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    told = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if told is None or not _named(told):
        return False
    teller = next(
        (o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"),
        None,
    )
    if teller is None or not (_named(teller) or any(_named(c) for c in teller.children)):
        return False
    return any(_dates(c) for c in verb.children)


def _dates(child: Token) -> bool:
    """ "told Wednesday", "told on Wednesday": a date hung on the telling."""
    if child.dep_ == "npadvmod":
        return child.ent_type_ in ("DATE", "TIME")
    return (
        child.dep_ == "prep"
        and child.lower_ == "on"
        and any(w.ent_type_ in ("DATE", "TIME") for w in child.subtree)
    )


def _named(token: Token) -> bool:
    return token.ent_type_ in _NAMES or token.tag_ in ("NNP", "NNPS")
