"""Sites for hires told as taking someone on in a new office (events.hires): "Norvane is
adding Oren Vask as its first CTO" is an appointment, whatever the common verb."""

from __future__ import annotations

from spacy.tokens import Doc

from stories.extraction.events.hires import takes_on_in_new_office
from stories.extraction.events.sites import Site

_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "xcomp", "advcl"})


def appointment_sites(doc: Doc) -> list[Site]:
    """Verbs that take a person on in a new office, as "appoint" sites."""
    return [
        Site(token, token.lemma_.lower(), "appoint", "verb")
        for token in doc
        if token.pos_ in ("VERB", "AUX")
        and token.dep_ in _CLAUSE_DEPS
        and takes_on_in_new_office(token)
    ]
