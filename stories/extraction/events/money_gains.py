"""A sum of money got is a receiving: "the centers are expected to get about $198,000".

"Get" is no event verb of its own ("got a call", "get worse", "got to know"), so events.sites
leaves it out with the other light verbs. With a sum of money as its object it is "receive" in
plainer words, and local news tells its grants, awards and settlements so: "South Carolina is
to get about $2.8 billion in federal stimulus money", "health centers are expected to get
about $198,000 of $8 million in federal funds". Such a clause is a receiving like "received
$30 million in federal money", read as any other verb of its kind (certainty, date, title).
"""

from __future__ import annotations

from spacy.tokens import Token

_GETTING = frozenset({"get"})


def money_got(verb: Token) -> bool:
    """Whether `verb` is "get" whose direct object is a sum of money ("$198,000", "$2.8
    billion")."""
    if verb.lemma_.lower() not in _GETTING:
        return False
    return any(
        c.dep_ == "dobj" and any(t.ent_type_ == "MONEY" or t.text == "$" for t in c.subtree)
        for c in verb.children
    )
