"""Wordings that deny a happening without a "not" on its verb.

English denies a happening through a participant as readily as through the verb: "no one was
hurt", "nothing was taken", "the thieves took no money" say that nobody was hurt and no money
taken, as surely as "was not hurt" does. A light verb's object names the happening with it,
and a "no" there makes an idiom, not a denial: "took no chances", "wasted no time", "left no one
without power" tell how something went, not that it did not. And a plan told in the past
perfect or with a past "be" for a day now gone ("was due to be freed in May", "had been set to
open on Monday", "had planned to speak") is told that way because it did not come off: had it,
the story would say that it happened. A bare simple past ("officials planned to reopen the
bridge on Monday") only reports the plan and says nothing of its outcome.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

# Pronouns that name no one and nothing.
_NOBODY = frozenset({"nobody", "nothing", "none", "noone"})
# Participants of a clause that a "no" before them can deny.
_PARTICIPANTS = frozenset({"nsubj", "nsubjpass", "dobj"})
# Verbs whose "no" object is always an idiom of manner or result: "wasted no time", "spared no
# effort", "left no one without power", "lost no time"; "pleaded no contest" names a plea.
_IDIOM_VERBS = frozenset({"leave", "spare", "waste", "lose", "plead"})
# Verbs of finding: "an inspection found no cause" tells the finding and what it came to, a
# search done, not a deed denied.
_FINDING_VERBS = frozenset({"find", "detect", "discover", "uncover"})
# Light verbs whose "no" object denies a real deed ("took no cash", "made no arrests") unless
# the object is one of these idiom nouns: "took no chances", "paid no attention".
_LIGHT_VERBS = frozenset({"take", "make", "give", "pay", "show"})
_IDIOM_OBJECTS = frozenset(
    {"chance", "risk", "prisoner", "part", "notice", "heed", "attention", "mind", "secret"}
    | {"bone", "doubt", "effort", "expense", "time", "mercy", "quarter", "ground", "mistake"}
)
# Objects that a "no" turns into a note on what was not said or seen, not a denied deed: "made
# no statement", "gave no details", "showed no signs of injury".
_UNSAID = frozenset({"statement", "comment", "detail", "explanation", "sign", "indication"})
# Modals whose "not" weighs a possibility ("may not attend") or gives a view ("should not
# raise taxes", "would probably not win") rather than denying a happening.
_POSSIBLE = frozenset({"may", "might"})
_VIEWS = frozenset({"should", "must", "ought", "need", "would"})
_ABILITY = frozenset({"can", "ca"})
# Governors of an infinitive that fix it for a day: "was due to", "was set to", "had planned to".
_SCHEDULING = frozenset({"due", "set", "schedule", "plan", "slate"})


def denied_by_participant(verb: Token) -> bool:
    """ "No firefighters were injured", "nothing was stolen", "took no money": a subject or an
    object that is "no …", "nobody" or "nothing" denies the happening. Not through "have":
    "has no trip planned", "had no players left" say what someone lacks, not a happening; nor
    a light verb's idiom ("took no chances", "left no one without power"); nor a verb of finding
    ("found no cause", "no survivors were found": the search was made, and came to nothing)."""
    if verb.lemma_ == "have" or (verb.head != verb and verb.head.lemma_ == "have"):
        return False
    for child in verb.children:
        if child.dep_ not in _PARTICIPANTS or (child.dep_ == "dobj" and _idiom_object(verb, child)):
            continue
        if child.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in _FINDING_VERBS:
            continue  # "found no cause", "no survivors were found": a finding of nothing
        if child.lower_ in _NOBODY:
            return True
        if any(d.dep_ == "det" and d.lower_ == "no" for d in child.children):
            return True
    return False


def lapsed_schedule(
    verb: Token, date: dt.date | None, date_end: dt.date | None, published: dt.date | None
) -> bool:
    """ "was due to be released in September", "had been set to speak on Tuesday": an
    infinitive scheduled with a past "be" for a day before publication did not take place as
    planned. A simple past ("planned to reopen the bridge on Monday") or a past perfect ("a fee
    the council had planned to charge on Monday", whose fate the sentence may still ask about)
    reports the plan, not its failure, so it is left to the other cues."""
    if date is None or published is None or (date_end or date) >= published:
        return False
    if verb.dep_ != "xcomp" or not any(c.lower_ == "to" for c in verb.children):
        return False
    governor = verb.head
    if governor.lemma_.lower() not in _SCHEDULING:
        return False
    helpers = [c for c in governor.children if c.dep_ in ("aux", "auxpass")]
    if governor.dep_ == "acomp":
        helpers.append(governor.head)  # "was due to": the tense is on "was"
    past_be = any(h.tag_ == "VBD" and h.lemma_ == "be" for h in helpers)
    had_been = any(h.tag_ == "VBD" and h.lemma_ == "have" for h in helpers) and any(
        h.lower_ == "been" for h in helpers
    )
    return past_be or had_been


def _idiom_object(verb: Token, obj: Token) -> bool:
    """ "wasted no time", "left no one without power", "took no chances": a "no" object of a
    verb that makes idioms with it tells how a deed went, not that one did not happen."""
    lemma = verb.lemma_.lower()
    if lemma in _IDIOM_VERBS:
        return True
    return lemma in _LIGHT_VERBS and obj.lemma_.lower() in _IDIOM_OBJECTS


def negated_certainty(modals: set[str], reported: bool) -> str | None:
    """The certainty of a clause with "not" on its verb, by its modal: "did not attend" is
    denied; "may not attend" weighs a possibility (speculated); "can't escape", "should not
    raise taxes" and the writer's own "would not win" state an ability or a view, no
    happening (None). A source's "would not" ("said she would not resign") reports a
    refusal, denied."""
    if modals & _ABILITY:
        return None
    if modals & _POSSIBLE:
        return "speculated"
    if modals & _VIEWS and not ("would" in modals and reported):
        return None
    return "denied"


def unsaid(verb: Token) -> bool:
    """ "made no statement", "gave no details", "showed no signs of injury": a "no" object
    that notes what was not said or seen; the clause reports no happening to deny."""
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in _UNSAID
        and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in verb.children
    )
