"""A country carried from the sentence before does not place what a nation's leadership says
or decides, unless that sentence named the country as one who acted.

Narration carries a place to the next sentence because the story stays where it was: "Rebels
shelled villages in Norland. Dozens of houses burned." But news turns from what happened in
one country to how a government answered, and a government speaks and decides at home: "The
plan called for replacing foreign troops in Norland with local forces. The administration
said it rejects the plan." did not happen in Norland, where the troops are, but wherever the
administration sits. The sentence before named Norland only as where something is (the object
of a preposition), and the next one turns to an actor that is a head of nation or an executive
("the president", "the administration", "the ministry"), whose place that sentence does not
give. When the sentence before named the country as who acted ("Norland called for talks.
The minister denied ..."), the leadership is that country's, and the carry stands.

The carry is refused only when another country could be the leadership's: one the story names
as an actor, or the dateline's. With no rival, the government of the country struck is that
country's own ("Floods killed 30 people in Norland. The government declared an emergency.").

The event is left to the clues that follow the carry (the dateline, the actor's home, seat) or
unplaced, never the lead's or setting's place in another country: a country wrongly given is
worse than none.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.homes import actor_of, country_code_of, event_word
from stories.extraction.events.offices import NATIONAL_LEADERS
from stories.extraction.mentions import EventCandidate

# Who speaks and decides for a nation's government: its head, its executive and ministries.
LEADERSHIP = NATIONAL_LEADERS | frozenset(
    {"administration", "government", "cabinet", "ministry", "minister"}
)
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_MODIFIERS = frozenset({"compound", "amod", "poss", "nmod"})
# How far up a chain of reported clauses a pronoun subject is followed to its sayer ("the
# administration said it rejects": it → the administration).
_REACH = 3


def leadership_acts(event: EventCandidate, index: MentionIndex) -> bool:
    """Whether the event's actor is a nation's leadership: "the president decided", "the
    administration said it rejects" (a pronoun subject stands for the sayer above it)."""
    anchor = event_word(event, index)
    if anchor is None:
        return False
    verb: Token = anchor
    for _ in range(_REACH):
        actor = actor_of(verb)
        if actor is None:
            return False
        if actor.pos_ != "PRON":
            return actor.lemma_.lower() in LEADERSHIP
        if verb.dep_ != "ccomp" or verb.head == verb:
            return False
        verb = verb.head
    return False


def acting_countries(sentence: Span, index: MentionIndex) -> set[str]:
    """The countries a sentence names as who acted: a country as a subject ("Norland called
    for talks") or naming one ("Norland's president", "the Norlandic minister")."""
    codes: set[str] = set()
    for token in sentence:
        if token.dep_ not in _SUBJECTS:
            continue
        for word in (token, *(c for c in token.children if c.dep_ in _MODIFIERS)):
            if (code := country_code_of(word, index)) is not None:
                codes.add(code)
    return codes


def acting_countries_per_sentence(index: MentionIndex) -> dict[int, set[str]]:
    """Per sentence number, the countries it names as actors (only sentences naming any)."""
    found: dict[int, set[str]] = {}
    for number, sentence in enumerate(index.sentences):
        if codes := acting_countries(sentence, index):
            found[number] = codes
    return found
