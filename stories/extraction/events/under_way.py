"""Wordings that tell a happening still going on at the time of writing.

English marks a happening as under way, not over, in two common ways: the present perfect
progressive with its onset ("the company has been facing criticism since Monday": begun then,
not ended), and an event noun as the subject of a present "continue" ("the search continues",
"the storm continues to batter the coast"). The date such a clause carries is its onset or the
day of writing, not the day it ended, so it says nothing against "ongoing".

A perfect progressive with no onset ("have been marching all day") is left to the tense and
the date: news often sums up a day's happening that way. A verb taken by "continue" ("continues
to suffer pollution") is an activity carried on, which `genre` weighs separately.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from stories.extraction.events.noise import absolute_subject

# Verbs whose present tells that their subject is still going on.
_CONTINUING = frozenset({"continue", "persist"})


def perfect_progressive_since(verb: Token, auxiliaries: list[Token]) -> bool:
    """ "has been facing criticism since Monday", "have been fighting since it began": a present
    "have", "been", the -ing form and an onset opened by "since"; not with a modal ("may have
    been hiding" is a guess) nor a past "had" (over by the time the story tells)."""
    if verb.tag_ != "VBG" or any(a.tag_ == "MD" for a in auxiliaries):
        return False
    have = any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries)
    if not have or not any(a.lower_ == "been" for a in auxiliaries):
        return False
    return any(
        c.lower_ == "since" or any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
        for c in verb.children
    )


def _continuing_now(governor: Token) -> bool:
    """ "continues", "is continuing": a present of "continue" with no modal or past auxiliary."""
    if governor.lemma_.lower() not in _CONTINUING:
        return False
    auxiliaries = [c for c in governor.children if c.dep_ in ("aux", "auxpass")]
    if not auxiliaries:
        return governor.tag_ in ("VBZ", "VBP")
    return governor.tag_ == "VBG" and all(
        a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries
    )


def continuing_subject(noun: Token) -> bool:
    """ "the manhunt continues", "the search is continuing": an event noun that is the subject
    of a present "continue" is going on."""
    return noun.dep_ == "nsubj" and _continuing_now(noun.head)


# Periods a happening is counted in: "the second day of the strike", "entered its third week".
_PERIODS = frozenset({"day", "night", "week", "month", "round"})
# Nouns for what a happening is aimed at: "the subject of an inquiry", "the target of a raid".
_AIMED_AT = frozenset({"subject", "target", "focus"})
# Words that count such a period.
_COUNTING = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
    | {"tenth", "another", "latest", "new", "fresh"}
)


def _counted_period(noun: Token) -> bool:
    """ "the third day", "its second week": a period counted by an ordinal."""
    return noun.lemma_.lower() in _PERIODS and any(
        c.dep_ == "amod" and c.lower_ in _COUNTING for c in noun.children
    )


def _told_now(verb: Token) -> bool:
    """A present ("is", "enters") or present perfect ("has entered") with no modal: told as
    standing at the time of writing."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("MD", "VBD") for a in auxiliaries):
        return False
    if not auxiliaries:
        return verb.tag_ in ("VBZ", "VBP")
    return any(a.lemma_ in ("have", "be") and a.tag_ in ("VBZ", "VBP") for a in auxiliaries)


def counted_into(noun: Token) -> bool:
    """ "It is the third day of a siege", "the firm is the subject of an inquiry": a happening
    whose current day or week is counted, or which something is now the subject or target of,
    is still going on at the time of writing. Its date is its onset, not its end; told in the
    past ("it was the second day of the siege") it sets a scene."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    holder = noun.head.head
    if holder.dep_ not in ("attr", "nsubj") or holder.head.lemma_ != "be":
        return False
    counted = _counted_period(holder)
    aimed = holder.lemma_.lower() in _AIMED_AT and holder.dep_ == "attr"
    return (counted or aimed) and _told_now(holder.head)


def enters_a_period(verb: Token) -> bool:
    """ "The strike has entered its second week", "the talks enter a third day": a happening
    said, in the present, to enter a counted period goes on."""
    if verb.lemma_.lower() != "enter" or not _told_now(verb):
        return False
    return any(c.dep_ == "dobj" and _counted_period(c) for c in verb.children)


def beside_a_present(verb: Token) -> bool:
    """ "With protests erupting across the region, the army is likely to step in": a
    participle with its own subject after "with" happens alongside its main clause, so beside
    a present or future one it is going on at the time of writing. Beside a past or a perfect
    ("has plunged, with the agency announcing an emergency") it is told as done."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if absolute_subject(verb) is None:
        return False
    main = _tensed_verb_over(verb)
    if main is None:
        return False
    auxiliaries = [c for c in main.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" or a.tag_ == "VBD" or a.lower_ == "would" for a in auxiliaries):
        return False
    return main.tag_ not in ("VBD", "VBN") or any(a.tag_ in ("VBZ", "VBP") for a in auxiliaries)


def _tensed_verb_over(verb: Token) -> Token | None:
    """The nearest verb above `verb` that carries a tense: an infinitive ("voted for a force to
    protect the kingdom, with the vanguard arriving Tuesday") has none, so the participle
    happens in the time of the clause the infinitive hangs on ("voted")."""
    for ancestor in verb.ancestors:
        if ancestor.pos_ not in ("VERB", "AUX"):
            continue
        if ancestor.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in ancestor.children
        ):
            continue
        return ancestor
    return None


def progressive_on_the_eve(
    verb: Token, auxiliaries: list[Token], date: dt.date | None, published: dt.date | None
) -> bool:
    """ "Thousands were marching on the capital on Friday" in Saturday's paper: a past
    progressive of the day of writing or the day before tells a happening the story left under
    way, not one it saw end. A past progressive further back sets a scene that is over."""
    if verb.tag_ != "VBG" or date is None or published is None:
        return False
    if any(a.tag_ == "MD" or a.lemma_ == "have" for a in auxiliaries):
        return False
    if not any(a.lemma_ == "be" and a.tag_ == "VBD" for a in auxiliaries):
        return False
    return 0 <= (published - date).days <= 1
