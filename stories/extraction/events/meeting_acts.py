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
        if child.dep_ in roles and _act_noun(child):
            return child
    if "nsubjpass" not in roles:
        return None
    return next((n for c in verb.children if (n := _misread_subject(c)) is not None), None)


def _act_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in ACT_NOUNS


def _misread_subject(gerund: Token) -> Token | None:
    """ "First reading approval was given": the parser reads "reading" as a gerund subject
    with "approval" its object; the act noun is still the passive's subject."""
    if gerund.dep_ != "csubjpass" or gerund.tag_ != "VBG":
        return None
    return next((c for c in gerund.children if c.dep_ == "dobj" and _act_noun(c)), None)


def passive_act(noun: Token | None) -> bool:
    """ "Unanimous approval was given to a resolution": minutes leave out the body that acted,
    which is the one the story reports on; the act stands without a named actor, as
    "the council gave approval" would."""
    if noun is None or noun.lemma_.lower() not in ACT_NOUNS:
        return False
    if noun.dep_ == "nsubjpass":
        verb = noun.head
    elif _misread_subject(noun.head) == noun:
        verb = noun.head.head
    else:
        return False
    return verb.dep_ in ("ROOT", "conj")


def carrier_lemma(verb: Token) -> str:
    """The verb a title says for a light verb: "the council was given an update" received it
    (the one given to is the subject), so a passive "give" or "grant" with its object kept
    is "receives"; any other light verb is its own lemma."""
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    act = meeting_act(verb) if passive and lemma in ("give", "grant") else None
    given_to_subject = act is not None and act.dep_ == "dobj" and act.head == verb
    return "receive" if given_to_subject else lemma


def passive_act_title(verb: Token, noun: Token) -> str | None:
    """ "Approval given to resolution": a passive act says what it was given to, so that two
    acts of one meeting ("approval was given to an ordinance", "... to a resolution") read as
    two, not twice "Unanimous approval"."""
    if not passive_act(noun):
        return None
    for dative in verb.children:
        if dative.dep_ in ("dative", "prep") and dative.lower_ == "to":
            target = next((c for c in dative.children if c.dep_ == "pobj"), None)
            if target is not None and target.pos_ == "NOUN":
                return f"{noun.lemma_.capitalize()} {verb.lower_} to {target.lower_}"
    return None


def acts_apart(first: str, second: str) -> bool:
    """Two passive acts of one meeting given to different things ("Approval given to
    ordinance", "Approval given to resolution") are two acts, though told with the same words
    up to what they were given to."""
    ends = [title.partition(" to ")[2] for title in (first, second)]
    acts = all(" given to " in t or " granted to " in t for t in (first, second))
    return acts and all(ends) and ends[0] != ends[1]
