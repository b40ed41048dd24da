"""Duties and permissions still to come, with no time of their own: terms, not happenings.

"Residents will be required to obtain a permit", "drivers will now be allowed to park
there", "the city will have to pay the firm", "they'll need to find a compromise": the clause
sets out what a rule, a ruling or a situation obliges or lets people do from now on. It names
no occasion on which anything happens, so a timeline has nothing to put it at; the happening
that set the terms (the ban lifted, the judge's ruling) is the story's event. With a time of
its own the duty or permission is a plan for that day and stays an event: "she will be allowed
to play her songs at the awards on Sunday". As with events.prospects, only verbs outside the
event lexicon are judged: "evacuees will be allowed to return home" tells a happening to come.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.contractions import contracted_d_word
from stories.extraction.events.folding import anchor_of
from stories.extraction.events.time_phrases import dates_the_verb
from stories.extraction.mentions import EventCandidate

# Governors of an obligation or a permission: "is required to", "will have to", "is able to".
_DUTY_GOVERNORS = frozenset(
    {"allow", "permit", "require", "oblige", "obligate", "have", "need", "able", "eligible"}
)
# Auxiliaries that put the duty ahead or make it a mere possibility.
_AHEAD = frozenset({"will", "'ll", "’ll", "shall", "would", "must", "can", "could", "may"})
_REACH = 3  # the verb, its governor and the governor's head ("will be able to": acomp)


def idle_duty(event: EventCandidate, doc: Doc) -> bool:
    """Whether the event is a duty or permission ahead with no time of its own."""
    if event.certainty == "occurred" or event.extra.get("kind") != "general":
        return False  # a lexicon verb names a happening of its own: "will be allowed to return"
    verb = anchor_of(event, doc)
    if verb is None or verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in _DUTY_GOVERNORS:
        return False
    governor = verb.head
    if not (_ahead(governor) or (governor.dep_ == "acomp" and _ahead(governor.head))):
        return False
    return not any(dates_the_verb(c) for t in _chain(verb) for c in t.children)


def _ahead(verb: Token) -> bool:
    return any(c.dep_ == "aux" and contracted_d_word(c) in _AHEAD for c in verb.children)


def _chain(verb: Token) -> list[Token]:
    chain = [verb]
    while len(chain) < _REACH and chain[-1].head is not chain[-1]:
        chain.append(chain[-1].head)
    return chain
