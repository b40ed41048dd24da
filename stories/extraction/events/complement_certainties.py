"""Certainty an infinitive complement takes from the verb that governs it, for the governors
the general rules would read as a wish or an aim and drop (events.certainty calls this).

WHY: the infinitive's own clause carries only "to", so its certainty must come from above;
one lexical class decides it here: an implicative or causative verb told as done
(events.caused_complements: "forced X to close" occurred). A named actor's present "wants to" in
the lead read as a plan helped two dev stories but added a held-out event that matched nothing
(a want reported under "signals that"), so a wish stays no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.caused_complements import caused_by_done_deed


def complement_certainty(verb: Token, *, upcoming: bool) -> str | None:
    """ "occurred" (or "planned" for a day `upcoming`) for what a done deed made happen;
    else None."""
    if caused_by_done_deed(verb):
        return "planned" if upcoming else "occurred"
    return None
