"""A nation's officials who blame or praise another country do so from home.

"Russian officials assailed Ukraine for holding naval exercises", "the Iranian foreign minister
condemned Israel": the country after a verb of judging is the judged party, not a side that
meets the judge somewhere, as the beaten side of a match or the enemy of a fight is. News tells
such words as said where the judging body sits (events.judged_deeds: "the judging itself
happened where the judge spoke"), so a nation's officials or leader, named with their country,
judge at home (events.homes) rather than nowhere. A country written as the judge itself
("Norland accused Sudland") stays a side, as events.homes has it.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events import place_rules
from stories.extraction.events.judged_deeds import JUDGING_VERBS


def judges_from_home(anchor: Token) -> bool:
    """Whether the event's verb is one of blame or praise ("assailed X", "accused X of"), whose
    place object is the judged party: its judge acts from home, not against a side."""
    if "judges at home" not in place_rules.ENABLED:
        return False
    return anchor.pos_ in ("VERB", "AUX") and anchor.lemma_.lower() in JUDGING_VERBS
