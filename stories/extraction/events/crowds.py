"""An unnamed crowd of ordinary people doing an everyday thing: the scene's colour.

"Residents walked down the hill to watch", "drivers stayed indoors", "voters handed him a
defeat": plural people named only by what they are to the story's place (living there, driving
through it, watching, voting), not counted, not owned and not named, doing something outside the
event lexicon with no time of its own. News prose uses these to paint how a happening was lived;
the happening (the fire, the storm, the election) is told elsewhere, and a timeline has nothing
to hold the crowd's doing by. A lexicon verb still reports a happening ("residents fled",
"drivers were killed"), a counted crowd is a toll ("300 residents were evacuated"), and a time
of its own makes it one ("residents marched on Sunday"). Only a crowd that acts counts: one
acted on ("spectators were barred from the stands") is the object of someone's deed, which is
news.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.time_phrases import dates_the_verb

# People named by their part in a place or an occasion, not by an office or a deed of their own.
_CROWD_NOUNS = frozenset(
    {
        "bystander",
        "commuter",
        "driver",
        "fan",
        "motorist",
        "neighbor",
        "neighbour",
        "onlooker",
        "passerby",
        "resident",
        "shopper",
        "spectator",
        "tourist",
        "visitor",
        "voter",
    }
)
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
_OWNING = frozenset({"poss", "nummod"})


def crowd_colour(verb: Token) -> bool:
    """Whether a verb outside the lexicon tells an unnamed, uncounted crowd of ordinary people
    doing something with no time of its own (see the module's docstring)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or not all(_crowd(s) for s in subjects):
        return False
    return not any(dates_the_verb(c) or c.ent_type_ in _TIME_ENTITIES for c in verb.children)


def _crowd(noun: Token) -> bool:
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in _CROWD_NOUNS:
        return False
    return not any(
        t.dep_ in _OWNING or t.like_num or t.ent_type_ for t in noun.subtree if t is not noun
    )
