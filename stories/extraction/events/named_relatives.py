"""A relative clause set off by a comma whose subject "which" stands for a name.

"The NATO-Russia Council, which was suspended after the war", "the Turkish company Kolin,
which won the tender": the clause adds, about a body the sentence names, a deed or fate of
its own, and its subject is that name (`clauses._actor_named`, which otherwise takes no
relative clause: "a man who had suffered injuries", "a condition that left him breathless"
describe the noun they hang on). Dev (all four batches), among clauses with no date, place
or person of their own: such "which" clauses on a proper name matched gold twice and nothing
never; other relative clauses (on common nouns, a person's "who") matched 6 and nothing 22.
A day or month is a name but no body ("sold in March, which hurt the workers": the "which"
stands for the sale): left out.
"""

from __future__ import annotations

from spacy.tokens import Token

# Names of the calendar: "July 4, which fell on a Sunday" tells the calendar, and "sold in
# March, which hurt the workers" hangs the clause on the whole sale; neither is a body's deed.
_CALENDAR_NAMES = frozenset({"DATE", "TIME"})


def named_which_clause(verb: Token) -> bool:
    """Whether `verb` heads ", which …" whose "which" subject stands for a proper name."""
    if verb.dep_ != "relcl" or verb.head.tag_ not in ("NNP", "NNPS"):
        return False
    if verb.head.ent_type_ in _CALENDAR_NAMES:
        return False  # "sold in March, which hurt the workers": a day names no body
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.lower_ == "which"
        and c.i > 0
        and c.nbor(-1).text == ","
        for c in verb.children
    )
