"""A state or province that acts is at home, as a country that acts is.

News names a first-level division for its government as it names a country for its own: "Ohio
received $30 million in federal money", "Kansas approved a budget", "the province closed its
schools". events.homes already places a country (or its capital) that is the subject of such a
domestic act at home; a state written the same way was left unplaced, though the act ran
inside it (LGL: "Ohio received ... for weatherization", gold Ohio). The same guards apply: a
state that meets, sues or beats another ("Westmark sued Eastmark") is a side, and one that sends
or goes somewhere is not at home. A town as the subject is left out: a city's name stands for
its team as often as for its council ("Dover Falls beat ...", "Dover Falls tries to ...").
"""

from __future__ import annotations

from stories.extraction.events import place_rules
from stories.extraction.mentions import PlaceMention

# The kind of a first-level division (a US state, a province) in the gazetteer.
_STATE_KINDS = frozenset({"admin1"})


def state_government(place: PlaceMention) -> bool:
    """Whether a place is a pinned state or province, which governs inside its borders."""
    return (
        "state governments" in place_rules.ENABLED
        and place.kind in _STATE_KINDS
        and place.latitude is not None
    )
