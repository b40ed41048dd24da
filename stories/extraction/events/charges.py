"""A suspect charged with an offence, told in the present or perfect passive.

"He has been charged with murder", "Both are now charged with theft", "A man is charged in
the beating death of…": court news tells the charging as a state the suspect is in, with no
date of its own. "charge" lies outside the event lexicon (it also bills a fee, fills a
battery, gives a duty), so noise.describes_rather_than_reports would take such a clause for
colour, as it does "relations have cooled". In the passive, with the offence after "with" or
the case after "in", it is the step of a prosecution the story reports, one done, the way
"was indicted" and "was arrested" (lexicon verbs) are.

A duty given ("is charged with overseeing the budget") names a task by a verb, not an
offence by a noun; a fee ("customers are charged $5") takes no such phrase.
"""

from __future__ import annotations

from spacy.tokens import Token

_CHARGE = "charge"
_OFFENCE_PREPOSITIONS = frozenset({"with", "in"})


def charged_with_offence(verb: Token) -> bool:
    """ "has been charged with second-degree murder", "are charged in the beating death": a
    passive of "charge" whose phrase after it names an offence or a case by a noun."""
    if verb.lemma_.lower() != _CHARGE or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return any(
        c.dep_ == "prep"
        and c.i > verb.i
        and c.lower_ in _OFFENCE_PREPOSITIONS
        and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for o in c.children)
        for c in verb.children
    )
