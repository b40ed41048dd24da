"""A sum of money got is a receiving: "the centers are expected to get about $198,000".

"Get" is no event verb of its own ("got a call", "get worse", "got to know"), so events.sites
leaves it out with the other light verbs. With a sum of money as its object it is "receive" in
plainer words, and local news tells its grants, awards and settlements so: "South Carolina is
to get about $2.8 billion in federal stimulus money", "health centers are expected to get
about $198,000 of $8 million in federal funds". Such a clause is a receiving like "received
$30 million in federal money", read as any other verb of its kind (certainty, date, title).
A sum "got" with a participle of its own is something done to it, no receiving: "the store got
$2,000 stolen from its safe" tells a theft.
"""

from __future__ import annotations

from spacy.tokens import Token

_GETTING = frozenset({"get"})
# How a participle telling what was done to the sum hangs on it or on "get".
_DONE_TO = frozenset({"acl", "oprd", "xcomp", "ccomp"})


def money_got(verb: Token) -> bool:
    """Whether `verb` is "get" whose direct object is a sum of money ("$198,000", "$2.8
    billion") and no participle telling what was done to it ("got $2,000 stolen")."""
    if verb.lemma_.lower() not in _GETTING:
        return False
    if any(c.tag_ == "VBN" and c.dep_ in _DONE_TO for c in verb.children):
        return False  # "got the money stolen"
    return any(
        c.dep_ == "dobj"
        and any(t.ent_type_ == "MONEY" or t.text == "$" for t in c.subtree)
        and not any(t.tag_ == "VBN" and t.dep_ in _DONE_TO for t in c.children)
        for c in verb.children
    )
