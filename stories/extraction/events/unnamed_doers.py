"""A happening verb of the lexicon whose subject is an "it" nothing resolves, in a clause with
its own date or place: "In September, it announced plans to buy the unit", "the stock peaked
in 1983 after it unveiled its first computer".

Titles need a doer, and an "it" the story does not tie to a named organisation or thing
(events.clause_titles) left such a clause with no title, so no event: on the dev batches six of
the fourteen lexicon verbs dropped so had a gold event on the verb itself (TimeBank's company
stories most). What was done still makes a headline passive ("Plans announced"), as for a
"they" nobody names (events.titles). Only a past deed done to a thing named by a noun: "it blew
up" or "it was attacked" name no thing done to, and a present or future is no deed told.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.noun_phrases import phrase
from stories.extraction.events.titles import compose, place_phrase
from stories.extraction.mentions import PlaceMention

# Clauses that tell a deed of their own: main, reported, coordinated, or adverbial ("after it
# unveiled"); not a relative clause describing a noun.
_TOLD = frozenset({"ROOT", "ccomp", "conj", "advcl"})


def done_by_an_unnamed_it(
    verb: Token, particle: str, place: PlaceMention | None, index: MentionIndex
) -> str | None:
    """The headline passive of a past deed done by an unresolved "it" ("Plans announced"),
    else None."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ != "it" or verb.dep_ not in _TOLD:
        return None
    if verb.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return None
    if not verb.lower_.endswith("ed"):
        return None  # an irregular past ("it took") is no participle to title it with
    target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if target is None or target.pos_ not in ("NOUN", "PROPN"):
        return None
    return headline_passive(verb, target, verb.lower_, particle, place, index)


def headline_passive(
    verb: Token,
    target: Token,
    done: str,
    particle: str,
    place: PlaceMention | None,
    index: MentionIndex,
) -> str | None:
    """ "Plans announced in Norfield": the thing the verb was done to (`target`), the verb's
    participle (`done`) and particle, and the place; None when the thing makes no phrase. An
    untraced doer's deed is titled so, by what was done (events.untraced_doers too)."""
    thing = phrase(target, index, objective=True)
    if not thing:
        return None
    return compose(thing, f"{done} {particle}".strip(), "", place_phrase(place, index, verb))
