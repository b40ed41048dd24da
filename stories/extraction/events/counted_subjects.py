"""A main clause whose subject is a counted part of a whole the sentence names.

"Most of the city's monuments were destroyed", "Roughly $2 billion of that debt has been
repaid": the subject is a numeral or a word of a share ("most", "some", "half"), and its "of"
phrase names, with a noun, the whole the part is taken from. The clause then tells what was
done to (or by) those named things, as a noun subject would ("the monuments were destroyed"),
so it has an actor named (`clauses._actor_named`); the title is said by the whole
(`noun_phrases`). Dev (all four batches): such main clauses, undated and unplaced, matched
gold twice and nothing never. Left out: a count with no whole ("all but four were
released": nothing 1; "the two fought": matched 2, but titled "Two fights"), and a counted
part in a reported or relative clause ("said only one of the agencies met the goal", "four
of which struck him": a finding, or a detail of its antecedent; nothing 4).
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.noun_phrases import PORTIONS


def counted_part_subject(verb: Token, subject: Token | None) -> bool:
    """Whether `verb` is a main verb whose `subject` is a count or share "of" a noun."""
    if subject is None or verb.dep_ != "ROOT" or subject.head != verb:
        return False
    if subject.tag_ != "CD" and subject.lower_ not in PORTIONS:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for o in c.children)
        for c in subject.children
    )
