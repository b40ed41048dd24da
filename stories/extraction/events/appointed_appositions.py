"""A person named with the office they were just given: "Tom Lee, newly appointed chairman
of Acme, said …", "Jane Doe, the recently elected mayor, …".

Business and political news introduces a new office holder in an apposition and goes on with
what they said or did: the appointment is told only by the participle before the office. With
"newly", "recently" or "just" it is news (an appointment lately made), not a kind of office
("an appointed board", "the elected mayor"), and the person the apposition names is the one
appointed: "Tom Lee appointed chairman".

"Newly" says the appointment came before the saying or deed the sentence tells, not on its
day: "Tom Lee, newly elected mayor, said Tuesday" was not elected on Tuesday. So a day the
narrative lends the appointment (the saying's, the publication's) dates it to that month only
(`lately_done`): lately, at some time up to then.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from stories.extraction.mentions import EventCandidate

# Participles of taking someone into an office.
_APPOINTING = frozenset({"appoint", "name", "elect", "nominate", "install", "hire", "promote"})
# Adverbs that make the participle a recent happening rather than a kind of office.
_LATELY = frozenset({"newly", "recently", "just"})
_PEOPLE = frozenset({"PERSON"})
# The mark `clauses` puts on an appointment told by such an apposition.
LATELY_APPOINTED = "lately_appointed"


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


def lately_done(event: EventCandidate) -> EventCandidate:
    """An appointment told by a "newly appointed" apposition, with a day the narrative lent it
    widened to that day's month: it came lately, before the day the sentence tells."""
    if not event.extra.get(LATELY_APPOINTED) or event.date_start is None:
        return event
    if event.date_precision != "day" or not event.extra.get("date_inferred"):
        return event
    return replace(
        event, date_start=event.date_start.replace(day=1), date_end=None, date_precision="month"
    )
