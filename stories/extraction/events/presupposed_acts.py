"""A definite, named legal act inside another noun's phrase is told as done, whatever the modal.

"In the aftermath of the ICC indictment of President X, the economy may be in jeopardy": a
clause of a modal or of the future puts what it says itself to come, but a definite event noun
named with its actor or target ("the ICC indictment of X", "the arrest of X", "X's trial")
that sits inside the phrase of another noun ("the aftermath of", "the news of", "a week
after") is taken for granted by the writer: it is a happening the sentence refers back to,
not one the modal weighs. Only the acts of courts and police (the "rule" and "arrest"
classes) are let through: they name one dated happening of a named party, while a "visit" or
a "meeting" inside a noun's phrase is as often a plan talked about. A noun that aims at the
act ("a warrant for the arrest of X", "calls for X's arrest": the preposition "for"), holds it
off ("the adjournment of X's trial") or weighs it ("talk of", "the prospect of") takes
nothing for granted: there the act is still to come, and the modal's reading stands.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import DEFINITE_DETERMINERS, NOUN_CLASSES

# Classes of event nouns that name the act of a court or the police.
_LEGAL_CLASSES = frozenset({"rule", "arrest"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Nouns whose object is held off, only weighed or still to be decided: "the delay in X's
# sentencing", "a vote on the impeachment of X", "the countdown to X's trial".
_PENDING_HOSTS = frozenset(
    {
        "delay",
        "postponement",
        "adjournment",
        "talk",
        "speculation",
        "prospect",
        "threat",
        "fear",
        "risk",
        "possibility",
        "chance",
        "likelihood",
        "spectre",
        "hope",
        "expectation",
        "eve",
        "countdown",
        "vote",
        "debate",
        "decision",
        "referendum",
    }
)
# "the run-up to", "the lead-up to": the tagger heads the compound on "up".
_LEAD_UPS = frozenset({"run", "lead", "build"})


def presupposed_legal_act(noun: Token) -> bool:
    """Whether `noun` is "the X indictment of Y" or "Y's arrest" inside another noun's phrase:
    definite, with a named actor or target, of a legal class, the object of a preposition
    (not the aim's "for") that hangs on a noun that neither holds it off nor weighs it."""
    if NOUN_CLASSES.get(noun.lemma_.lower()) not in _LEGAL_CLASSES or noun.tag_ != "NN":
        return False
    if noun.dep_ != "pobj" or noun.head.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.head.lower_ == "for" or _pending_host(noun.head.head):
        return False  # "a warrant for the arrest of X", "the adjournment of X's trial"
    definite = any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS)
        for c in noun.children
    )
    return definite and _named(noun)


def _pending_host(host: Token) -> bool:
    """A noun that holds its object off or weighs it: "the adjournment of", "talk of", "a
    vote on", "the run-up to"."""
    if host.lemma_.lower() in _PENDING_HOSTS:
        return True
    before = host.doc[max(host.i - 2, 0) : host.i]
    return host.lower_ == "up" and any(t.lower_ in _LEAD_UPS for t in before)


def _named(noun: Token) -> bool:
    """A name as the noun's owner or compound, or after its "of": "the ICC indictment",
    "Smith's trial", "the arrest of Smith"."""
    for child in noun.children:
        if child.dep_ in ("poss", "compound") and _is_name(child):
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            target = next((c for c in child.children if c.dep_ == "pobj"), None)
            if target is not None and _named_head(target):
                return True
    return False


def _named_head(token: Token) -> bool:
    """A name, or a noun with a name in its compounds: "Al-Bashir", "President Al-Bashir"."""
    return _is_name(token) or any(c.dep_ == "compound" and _is_name(c) for c in token.children)


def _is_name(token: Token) -> bool:
    return token.tag_ in ("NNP", "NNPS") and token.ent_type_ in _NAMED
