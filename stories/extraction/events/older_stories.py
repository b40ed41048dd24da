"""A background happening that opens a paragraph goes on where the older story it continues
was last placed.

A paragraph whose first sentence names no place goes on where the paragraph before ended
(events.carrying.opens_on), but not for a background happening: a new paragraph often turns from
today's news to an older story, and today's place is not the older story's. When the paragraph
before was itself telling the older story (its last placed happening was background too), the
new paragraph's background goes on in that story, where it stood: "She was charged in 2010 in
Lyon with fraud. / She also faced an inquiry for tax evasion, but it was dropped in 2015." —
the inquiry was Lyon's. A paragraph that turns from today's news to the past, or from the past
to today, still keeps no place from the paragraph before. Nor does a background happening of
someone the new paragraph names by their tie to another ("His brother was jailed in 2005", "the
mayor's wife", "a son of the mayor"): that is another person, whose older story is their own.
"""

from __future__ import annotations

from stories.extraction.events import place_rules
from stories.extraction.events.context import MentionIndex
from stories.extraction.events.homes import event_word
from stories.extraction.events.kin import KIN
from stories.extraction.events.role_nouns import may_be_a_person
from stories.extraction.mentions import EventCandidate

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def told_of_a_relative(event: EventCandidate, index: MentionIndex) -> bool:
    """Whether the event's subject is a person named by their tie to another: a person noun
    with a possessor ("his brother", "the mayor's wife") or an "of" phrase ("a son of X")."""
    word = event_word(event, index)
    if word is None:
        return False
    subject = next((c for c in word.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.pos_ != "NOUN":
        return False
    if not (may_be_a_person(subject) or subject.lemma_.lower() in KIN):
        return False
    return any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in subject.children
    )


def continues_older_story(background: bool, last_background: bool, relative: bool = False) -> bool:
    """Whether a paragraph opening's happening (`background` or not) may go on where the
    paragraph before ended, whose last placed happening was `last_background` or not: today's
    news after today's news, and a background happening after the older story's, unless it is
    told of a `relative` (told_of_a_relative)."""
    if not background:
        return True
    return last_background and not relative and "older stories" in place_rules.ENABLED
