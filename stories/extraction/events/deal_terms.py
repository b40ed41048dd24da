"""Terms ahead: a sum still to be paid or reached is a term of a deal, not a happening.

"The buyer will pay 0.82 share for each share", "the group is to contribute $200 million",
"the new clerk will be paid $9 an hour", "investors will be allotted 10 per cent of the
total", "the fines could reach $24,000": the clause sets out what a deal, a job or an offer is
worth. The happening is the deal agreed, the offer made or the hire announced, which the story
tells with a verb of its own; the sum is a term of it and gives a timeline nothing to put at a
day. With a time of its own the payment is a plan for that day and stays ("will pay the first
$5 million on June 1"), even one its words call imminent ("is set to raise $12 billion"), and
a sum handed over (told as done) is a deed ("paid $9,000 in fines"). In the first sentence
the sum is the news itself ("Acme will pay $2 billion for its rival"); after it, the terms of
a deal the lead told ("Acme agreed to buy Beta. Acme will pay 0.8 share for each Beta
share.").

A sum is money or a percentage (the recogniser's MONEY and PERCENT) or a counted number of
shares, the direct object of a verb of paying ("pay", "contribute", "allot") or of coming to
an amount ("reach", "total"). Other verbs with a sum are plans of their own and are left
alone: "will invest $2 billion in a plant", "will cut 10 percent of its staff".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.events.folding import anchor_of
from stories.extraction.mentions import EventCandidate
from stories.extraction.sentence_breaks import lead_sentence_number

_PROSPECTS = frozenset({"planned", "expected", "speculated"})
_SUM_ENTITIES = frozenset({"MONEY", "PERCENT"})
# Verbs of paying a sum, or of coming to one: what a deal, a wage or a fine is worth.
_SUM_VERBS = frozenset(
    {"pay", "contribute", "allot", "subscribe", "reach", "hit", "total", "top", "exceed"}
)
# Units of value a count can name without the recogniser marking it as money.
_UNITS = frozenset({"share", "percent", "cent"})


def states_terms(event: EventCandidate, doc: Doc) -> bool:
    """Whether the event is a sum still to be paid, given or received, with no time of its
    own (see the module's docstring)."""
    if event.certainty not in _PROSPECTS or event.date_start is not None:
        return False
    verb = anchor_of(event, doc)
    if verb is None or verb.lemma_.lower() not in _SUM_VERBS:
        return False
    if lead_sentence_number(verb) == 0:
        return False
    return any(c.dep_ == "dobj" and _a_sum(c) for c in verb.children)


def _a_sum(noun: Token) -> bool:
    """Whether the object names a sum: money, a percentage or a counted number of shares."""
    if noun.ent_type_ in _SUM_ENTITIES:
        return True
    return noun.lemma_.lower() in _UNITS and any(
        c.like_num or c.ent_type_ in _SUM_ENTITIES for c in noun.children
    )
