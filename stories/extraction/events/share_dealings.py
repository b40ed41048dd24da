"""A company's purchase or sale of shares its object says trade on an exchange: made there.

Business news tells a takeover's share purchase with the exchange the shares are bought on
("will buy all shares tendered on the Paris Stock Exchange", "sold its stake on the Big
Board"). The buyer is no trader (events.markets reads only dealers', brokers' and investors'
buying as a market's trading), yet the purchase is made on that exchange, in its city
(events.exchanges), as surely as a price move told of it. Only an exchange inside the verb's
own object counts: "Acme, whose shares trade on Nasdaq, bought a stake in X" names where the
buyer is listed, not where it bought, and "bought a factory" deals in no shares.

Evidence (dev batches, round 29): a purchase of shares tendered on a named exchange in a
story set in the buyer's country took that country (the story setting) instead of the
exchange's city, where gold places it.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of dealing in shares: buying, selling, taking them up.
_DEALS = frozenset({"buy", "sell", "purchase", "acquire"})
# What is dealt in on an exchange.
_SECURITIES = frozenset({"share", "stock", "stake", "bond", "security", "equity"})


def dealt_securities(verb: Token) -> tuple[int, int] | None:
    """The character span of the shares a verb of dealing buys or sells ("all shares tendered
    on the exchange"), where an exchange's name can say where they were dealt, or None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _DEALS:
        return None
    for thing in verb.children:
        if thing.dep_ == "dobj" and thing.lemma_.lower() in _SECURITIES:
            words = list(thing.subtree)
            return words[0].idx, words[-1].idx + len(words[-1])
    return None
