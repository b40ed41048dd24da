"""A foreign actor's deed done to the dateline country's own things happens where the dateline
stands.

Why: a sentence naming a country as its actor bars the dateline ("BEIRUT: Sudland fired a
missile" may well be told of Sudland), yet a wire story's lead often tells a neighbour's deed
on the dateline country's own land or people ("BEIRUT: Israel flooded Lebanese farmlands"), and
the gold places it in that country, where the reporter stands. The sign is the deed's object
described by the dateline country's nationality adjective; a deed on
anything else ("Sudland flooded Swedish farms"), a word rather than a deed on the ground
("Sudland rejected Lebanese demands") or a deed long ago keeps the bar.
"""

from __future__ import annotations

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.homes import event_word
from stories.extraction.events.pointing_back import nationality
from stories.extraction.mentions import EventCandidate, PlaceMention

# Deeds done on the ground, where what they strike lies (lexicon.VERB_CLASSES): not a word
# ("rejected Lebanese demands") that the actor may well say at home.
_DEEDS_ON_THE_GROUND = frozenset({"attack", "kill", "capture", "arrest", "fight", "disaster"})


def done_to_the_dateline_country(
    event: EventCandidate, index: MentionIndex, dateline: PlaceMention | None
) -> bool:
    """Whether the event's verb acts on a thing its adjective of nationality says is the
    dateline country's own ("flooded Lebanese farmlands" under a Lebanese dateline)."""
    if dateline is None or not dateline.country_code or event.background:
        return False
    if event.extra.get("class") not in _DEEDS_ON_THE_GROUND:
        return False
    anchor = event_word(event, index)
    if anchor is None or anchor.pos_ not in ("VERB", "AUX"):
        return False
    for undergoer in anchor.children:
        if undergoer.dep_ != "dobj":
            continue
        for word in undergoer.children:
            if word.dep_ == "amod" and nationality(word.text) == dateline.country_code:
                return True
    return False
