"""Futures told by forecasters, read by `certainty`.

"Will" tells an arrangement (planned), but a forecaster's "will" weighs what the weather or
another natural course is likely to do: "Thursday will begin mostly sunny, the Weather Service
said" is a forecast, and the dev gold marks it expected. The teller is read from the saying that
takes the clause; the class is who speaks (forecasters, meteorologists, a weather service), so
an official's "said the bridge will open" stays planned, and a forecaster's past ("said the snow
had fallen") stays a report of what happened. A forecaster's happening dated after publication
with no auxiliary ("with another cold front arriving late Thursday, forecasters said") is as
much a forecast as one with "will".
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import ATTRIBUTION_VERBS

# Tellers whose futures are forecasts.
_FORECASTERS = frozenset({"forecaster", "forecasters", "meteorologist", "meteorologists"})
# Links a clause climbs to reach the saying that takes it, through a "with" or "before" phrase
# ("the rain should taper off, with another front arriving Thursday, forecasters said").
_UP_LINKS = frozenset({"conj", "ccomp", "parataxis", "pcomp", "prep"})
_MAX_STEPS = 3


def forecast(verb: Token) -> bool:
    """ "Forecasters said a storm will reach the coast": a future a forecaster tells."""
    clause = verb
    for _ in range(_MAX_STEPS):
        if clause.dep_ not in _UP_LINKS or clause.head == clause:
            return False
        clause = clause.head
        if clause.lemma_.lower() in ATTRIBUTION_VERBS:
            return any(c.dep_ == "nsubj" and _forecaster(c) for c in clause.children)
    return False


def _forecaster(subject: Token) -> bool:
    """ "forecasters", "a meteorologist", "the National Weather Service"."""
    words = {t.lower_ for t in subject.subtree}
    return bool(words & _FORECASTERS) or ("weather" in words and "service" in words)
