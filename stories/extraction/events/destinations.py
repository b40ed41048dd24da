"""Where someone is carried or goes ends the event: "was rushed to the Norfield hospital".

News tells the care of the hurt as a motion: the injured "was taken to", "was airlifted to",
"was transported to" a hospital, which the story names for its town ("Norfield Community
Hospital"). The event is told for where it brings the person, as an arrival is: the venue's
town places it, as "held at the Norfield Inn" does (events.homes.venue_of). So does a venue
someone goes to ("at 16, he went to Norfield University"): the going is told for where it ends,
as "went to Norfield" is placed in Norfield. Only a person goes so: a thing that "goes to" a
body is awarded to it ("the contract went to Norfield Shipyards", "the top prize went to
Norfield University"), which places nothing at the winner's town.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import PERSONAL_PRONOUNS
from stories.extraction.events.role_nouns import names_people

# Verbs that carry a person somewhere; with "to" or "into" they name where the person ends up.
CONVEYING_VERBS = frozenset(
    {"transport", "airlift", "rush", "take", "bring", "carry", "transfer", "admit", "fly"}
)
_ENDS = frozenset({"to", "into"})
# Verbs of going somewhere to be there; with "to" or "into" they name where the subject ends up.
GOING_VERBS = frozenset({"go", "come", "move", "return", "travel", "head"})
# Pronouns that stand for people as the subject of a going verb.
_PEOPLE_PRONOUNS = PERSONAL_PRONOUNS | {"i", "we", "you", "they", "who"}


def carried_to(preposition: Token) -> bool:
    """Whether `preposition` ("to", "into") names where a verb that carries someone brings
    them: "was rushed to X", "airlifted into X"."""
    return preposition.lower_ in _ENDS and preposition.head.lemma_.lower() in CONVEYING_VERBS


def went_to(preposition: Token) -> bool:
    """Whether `preposition` ("to", "into") names where a verb of going brings its subject:
    "went to Norfield University", "moved to the Norfield hospital"; its subject is a person
    ("the contract went to X" is awarded)."""
    verb = preposition.head
    return (
        preposition.lower_ in _ENDS
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in GOING_VERBS
        and _a_person_goes(verb)
    )


def _a_person_goes(verb: Token) -> bool:
    """Whether the going verb's subject (or, with none, its head clause's: "she left and went
    to X", "decided to go to X") is a person: a name (no firm's or place's), a personal
    pronoun or a word for people."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            subject = subjects[0]
            return (
                subject.ent_type_ == "PERSON"
                or (subject.tag_ == "NNP" and not subject.ent_type_)
                or subject.lower_ in _PEOPLE_PRONOUNS
                or (subject.pos_ == "NOUN" and names_people(subject))
            )
        if verb.dep_ not in ("conj", "xcomp") or verb.head == verb:
            return False
        verb = verb.head
    return False
