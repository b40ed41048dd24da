"""A deed being done to a named one now: "Smith is being questioned", "Acme is being sued".

An undated progressive mostly tells how things stand ("prices are being supported"), so
certainty reads it as no happening. Done to someone the story names, it is what the active
"police are questioning Smith" is, an act under way on one known party: news.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.noise import names_its_patient


def deed_on_a_name_under_way(verb: Token, auxiliaries: list[Token]) -> bool:
    """Whether `verb` is a present progressive passive ("is being arrested") whose subject is
    a name."""
    if verb.tag_ != "VBN" or not any(a.lower_ == "being" for a in auxiliaries):
        return False
    tensed = [a for a in auxiliaries if a.lemma_ == "be" and a.lower_ != "being"]
    return bool(tensed) and tensed[0].tag_ in ("VBZ", "VBP") and names_its_patient(verb)
