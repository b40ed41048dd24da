"""A public body's act told as a light verb and an act noun: "approval was given to".

Minutes-style reports of council, commission and school-board meetings name the body's acts
with a noun the verb only carries: "Unanimous approval was given to a resolution", "the board
granted final approval", "Council heard a first reading of legislation", "the council was given
a budget update", "commissioners received a briefing". The verb (give, grant, hear, receive)
reports nothing alone and the noun ("approval", "reading", "update") names an everyday thing
as often as an act ("pending approval", "reading is fun", "a software update"), so neither is
an event alone; together they tell one act done at the meeting. Only these pairs are read
here: the noun must be the verb's object (or the passive subject of "give" or "grant"), so a
description of what the approved ordinance "would" do stays a description.
"""

from __future__ import annotations

from spacy.tokens import Token

# The verbs that carry a meeting's act noun, and the object roles in which they carry it:
# "gave approval", "approval was given", "was given an update", "heard a reading".
_CARRIERS = {
    "give": ("dobj", "nsubjpass"),
    "grant": ("dobj", "nsubjpass"),
    "hear": ("dobj",),
    "receive": ("dobj",),
}

# Act nouns of a meeting, by the class of the verb they come from (so that `same_event`
# compares "approval was given" with "approved").
ACT_NOUNS = {
    "approval": "approve",
    "reading": "read",
    "update": "brief",
    "briefing": "brief",
    "presentation": "brief",
}


def meeting_act(verb: Token) -> Token | None:
    """The act noun a carrying verb takes ("gave approval", "heard a first reading"), else None."""
    roles = _CARRIERS.get(verb.lemma_.lower())
    if roles is None:
        return None
    for child in verb.children:
        if child.dep_ in roles and child.lemma_.lower() in ACT_NOUNS and child.pos_ == "NOUN":
            return child
    return None


def passive_act(noun: Token | None) -> bool:
    """ "Unanimous approval was given to a resolution": minutes leave out the body that acted,
    which is the one the story reports on; the act stands without a named actor, as
    "the council gave approval" would."""
    return (
        noun is not None
        and noun.dep_ == "nsubjpass"
        and noun.lemma_.lower() in ACT_NOUNS
        and noun.head.dep_ in ("ROOT", "conj")
    )


def carrier_lemma(verb: Token) -> str:
    """The verb a title says for a light verb: "the council was given an update" received it
    (the one given to is the subject), so a passive "give" or "grant" with its object kept
    is "receives"; any other light verb is its own lemma."""
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    act = meeting_act(verb) if passive and lemma in ("give", "grant") else None
    return "receive" if act is not None and act.dep_ == "dobj" else lemma
