"""What the lead says a named subject wants to do: "The mayor wants to start a patrol
program", "The carmaker wants to buy 15% of its rival".

WHY: a wish is no plan, and the certainty rules drop "wants to" ("hopes to see peace"); but in
the story's lead sentences the wish of a named actor is the news itself, and the dev gold counts
it as a planned event (a key event of two dev stories, one LGL and one newswire). Only a present
"want(s)" with a noun subject and no negation is taken, in the lead only: later in a story, or
said by "I/we/they", a wish is colour or opinion ("we want to see more").
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import NEGATIONS
from stories.extraction.events.noise import in_lead

_WANT = "want"
_PRESENT = frozenset({"VBZ", "VBP"})
_NOUN_TAGS = frozenset({"NOUN", "PROPN"})


def wanted_in_lead(verb: Token) -> bool:
    """Whether `verb` is "to do" after a present "wants" of a noun subject in the lead."""
    if verb.tag_ != "VB" or verb.dep_ != "xcomp":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    governor = verb.head
    if governor.lemma_.lower() != _WANT or governor.tag_ not in _PRESENT:
        return False
    if any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in governor.children):
        return False
    subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ in _NOUN_TAGS and in_lead(governor)
