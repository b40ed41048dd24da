"""A company's purchase or sale of shares its object says trade on an exchange: made there.

Business news tells a takeover's share purchase with the exchange the shares are bought on
("will buy all shares tendered on the Paris Stock Exchange", "sold its stake on the Big
Board"). The buyer is no trader (events.markets reads only dealers', brokers' and investors'
buying as a market's trading), yet the purchase is made on that exchange, in its city
(events.exchanges), as surely as a price move told of it. Only an exchange inside the verb's
own object counts: "Acme, whose shares trade on Nasdaq, bought a stake in X" names where the
buyer is listed, not where it bought, and "bought a factory" deals in no shares. Inside the
object, a remark on a company the shares are "in" or "of" ("its stake in Acme, which is listed
on the Big Board") says where that company is listed, not where the stake was sold: only the
shares' own words and phrases count, never what hangs on another noun's name.

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
# What hangs on a name as a remark on it: "Acme, which is listed on …", "Acme, a company …".
_REMARKS = frozenset({"relcl", "acl", "appos"})


def dealt_securities(verb: Token) -> list[tuple[int, int]] | None:
    """The character spans of the words telling the shares a verb of dealing buys or sells
    ("all shares tendered on the exchange"), where an exchange's name can say where they were
    dealt, or None. Remarks on another noun inside them ("in Acme, which is listed on …")
    are left out."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _DEALS:
        return None
    for thing in verb.children:
        if thing.dep_ == "dobj" and thing.lemma_.lower() in _SECURITIES:
            return [(w.idx, w.idx + len(w)) for w in _own_words(thing)]
    return None


def _own_words(shares: Token) -> list[Token]:
    """The shares' subtree without what hangs as a remark on a noun a preposition names."""
    words, stack = [shares], list(shares.children)
    while stack:
        word = stack.pop()
        words.append(word)
        remark = word.dep_ == "pobj" and word.head.head == shares
        stack.extend(c for c in word.children if not (remark and c.dep_ in _REMARKS))
    return words
