"""A person named with the office they were just given: "Bertin Nadeau, newly appointed
chairman of Provigo, said …", "Jane Doe, the recently elected mayor, …".

Business and political news introduces a new office holder in an apposition and goes on with
what they said or did: the appointment is told only by the participle before the office. With
"newly", "recently" or "just" it is news (an appointment lately made), not a kind of office
("an appointed board", "the elected mayor"), and the person the apposition names is the one
appointed: "Nadeau appointed chairman".
"""

from __future__ import annotations

from spacy.tokens import Token

# Participles of taking someone into an office.
_APPOINTING = frozenset({"appoint", "name", "elect", "nominate", "install", "hire", "promote"})
# Adverbs that make the participle a recent happening rather than a kind of office.
_LATELY = frozenset({"newly", "recently", "just"})
_PEOPLE = frozenset({"PERSON"})


def appointed_person(verb: Token) -> Token | None:
    """The person an apposition names, when `verb` is "newly appointed" before the office
    the apposition gives them; else None."""
    if verb.lemma_.lower() not in _APPOINTING or verb.tag_ != "VBN" or verb.dep_ != "amod":
        return None
    if not any(c.dep_ == "advmod" and c.lower_ in _LATELY for c in verb.children):
        return None
    office = verb.head
    if office.dep_ != "appos":
        return None
    person = office.head
    return person if person.ent_type_ in _PEOPLE else None
