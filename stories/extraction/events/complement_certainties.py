"""Certainty an infinitive complement takes from the verb that governs it, for the governors
the general rules would read as a wish or an aim and drop (events.certainty calls this).

WHY: the infinitive's own clause carries only "to", so its certainty must come from above;
two lexical classes decide it: an implicative or causative verb told as done
(events.caused_complements: "forced X to close" occurred) and a named actor's present "wants
to" in the lead (events.wanted_leads: the news is the plan).
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.caused_complements import caused_by_done_deed
from stories.extraction.events.wanted_leads import wanted_in_lead


def complement_certainty(verb: Token, *, upcoming: bool) -> str | None:
    """ "occurred" (or "planned" for a day `upcoming`) for what a done deed made happen;
    "planned" for what the lead says a named actor wants to do; else None."""
    if caused_by_done_deed(verb):
        return "planned" if upcoming else "occurred"
    if wanted_in_lead(verb):
        return "planned"
    return None
