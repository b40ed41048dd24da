"""A named body's formal act told in the present perfect: "the district has passed a resolution".

A present perfect past the lead with no date or place of its own sums up rather than reports
(noise.describes_rather_than_reports): AEB dev commentary such as "the government has reduced
activity", "companies have resisted", "China has long taken advantage". One class is no summing
up: an official body or a named organisation doing one of the formal acts bodies do (pass,
adopt, enact, establish, set up, file, award, issue) to a thing named as its direct object.
That is the act itself, told in the perfect because it is recent, as "the Transportation
Improvement District has passed a resolution" (gold, LGL dev). Measured over the 76 candidates
that check drops on the dev batches: this class lets through 1, gold, and none on AEB dev. The
other formal acts (approve, sign, ratify, vote, appoint) are lexicon verbs, which never reach
that check. Without an object ("time has passed") or without a body as the one acting ("many
travellers have adopted a habit") the verb is no act of a body and stays summing up.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.meeting_acts import DELIBERATIVE_BODIES

# Formal acts of a body outside the lexicon ("set" only as "set up").
_FORMAL_ACTS = frozenset({"pass", "adopt", "enact", "establish", "set", "file", "award", "issue"})

# Heads of an official body's name beyond a deliberative one ("the school district", "the court").
_OFFICES = frozenset({"district", "court", "agency", "authority", "department", "ministry"})


def body_formal_act(verb: Token) -> bool:
    """Whether the verb is a formal act ("has adopted a rule") done by an official body or a
    named organisation to a direct object."""
    lemma = verb.lemma_.lower()
    if lemma not in _FORMAL_ACTS:
        return False
    children = list(verb.children)
    if lemma == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in children):
        return False
    if not any(c.dep_ == "dobj" for c in children):
        return False
    subject = _subject(verb)
    return subject is not None and _a_body(subject)


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or the subject of the verb it is joined to ("met and passed")."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj":
            return subject
        verb = verb.head
    return None


def _a_body(noun: Token) -> bool:
    head = noun.lower_
    return head in DELIBERATIVE_BODIES or head in _OFFICES or noun.ent_type_ == "ORG"
