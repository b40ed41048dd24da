"""The price a deal sets, told as what a buyer will pay: "Primerica will pay 0.82 share for
each Williams share", "Polly Peck will pay 15.6 billion yen for 39 million new shares".

Business news gives the terms of an acquisition or an offer after telling the deal: what the
buyer will pay, per share or in all, for what it buys. The paying is no happening of its own,
nothing a timeline places apart from the deal it prices: it happens, if ever, when the deal
closes, and the story tells that step (or the deal) in its own clause. A clause that pays an
amount in the future for a thing states a term; "paid $3 million for the site" in the past is
a purchase told as done, and stays.
"""

from __future__ import annotations

from spacy.tokens import Token

_PAYING = frozenset({"pay", "offer"})
_FUTURE = frozenset({"will", "would", "'ll"})
_AMOUNTS = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT"})


def price_term(verb: Token) -> bool:
    """Whether `verb` is a future paying of an amount for something ("will pay 16.7 million
    shares for the rest of Williams", "will offer 1,850 francs each for the shares")."""
    if verb.lemma_.lower() not in _PAYING:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children):
        return False
    amount = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if amount is None or not _an_amount(amount):
        return False
    # "for the rest of Williams" on the verb, or on the amount ("1,850 francs each for")
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children) or any(
        t.dep_ == "prep" and t.lower_ == "for" and amount in (t.head, t.head.head)
        for t in amount.subtree
    )


def _an_amount(noun: Token) -> bool:
    return noun.ent_type_ in _AMOUNTS or any(
        c.dep_ in ("nummod", "quantmod") or c.ent_type_ in _AMOUNTS for c in noun.subtree
    )
