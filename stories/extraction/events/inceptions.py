"""Activities begun: "the agency began to operate", "she started to call donors".

Verbs like "operate", "call" or "use" name an ongoing activity, so the lexicon keeps them
out of events (events.lexicon.NON_EVENT_VERBS): "the plant operates around the clock"
describes. Under a verb of beginning, stopping or resuming, though, the clause reports a
change at one moment (the activity started), which news tells as a happening. States of mind
or being ("began to feel", "started to seem") stay descriptions: their start is no deed; so
does a habit a whole class of people took up ("customers began paying by phone"), a trend.
An undated gerund under such a verb ("began withdrawing") is still a side clause
(events.noise.side_clause): letting it through added an event matching nothing on held-out news.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs whose complement starts, resumes or ends an activity; not "continue" (goes on as before).
_ASPECTUAL = frozenset({"begin", "start", "resume", "stop"})

# Non-event verbs that name a state of being or of mind: beginning one is no deed either.
_STATES = frozenset(
    {
        "be",
        "have",
        "do",
        "seem",
        "appear",
        "look",
        "feel",
        "mean",
        "include",
        "contain",
        "involve",
        "require",
        "comprise",
        "consist",
        "constitute",
        "represent",
        "belong",
        "own",
        "possess",
        "lack",
        "resemble",
        "matter",
        "depend",
        "deserve",
        "exist",
        "lie",
        "remain",
        "know",
        "think",
        "believe",
        "wonder",
        "want",
        "wish",
        "hope",
        "like",
        "love",
        "hate",
        "prefer",
        "need",
        "fear",
        "worry",
        "doubt",
        "understand",
        "realize",
        "realise",
        "recall",
        "remember",
        "tend",
        "cost",
        "sense",
        "experience",
        "marvel",
    }
)


def _inception(verb: Token) -> bool:
    """ "began withdrawing", "started to call": the complement of a verb of beginning,
    stopping or resuming, whose change the clause reports."""
    if verb.dep_ != "xcomp" or verb.head.pos_ != "VERB":
        return False
    return verb.head.lemma_.lower() in _ASPECTUAL


def begun_activity(verb: Token) -> bool:
    """Whether a verb outside events is an activity begun, stopped or resumed by a named or
    definite actor ("the plant began operating", "she started to call"): its start or end is
    the event."""
    if not _inception(verb) or verb.lemma_.lower() in _STATES or _generic_actor(verb):
        return False
    if verb.tag_ == "VBG":
        return True
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _generic_actor(verb: Token) -> bool:
    """ "people began using them", "drivers started paying": a bare plural subject stands for
    a kind, and what it started is a trend, not a deed."""
    token = verb
    for _ in range(4):
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            bare = not any(c.dep_ in ("det", "poss", "nummod") for c in subject.children)
            return subject.tag_ == "NNS" and bare
        if token.dep_ not in ("xcomp", "conj") or token.head is token:
            return False
        token = token.head
    return False
