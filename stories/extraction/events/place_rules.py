"""The news-writing rules of event placing that benchmarks can switch off one at a time.

Each names a convention (events.sides, events.homes, events.narrowing, recipients in
events.places); a benchmark removes one from `ENABLED` to count the documents it helps and
hurts, as entities.ENABLED_CUES does for toponym cues. The product runs with all of them.
"""

from __future__ import annotations

ALL = frozenset({"sides", "recipients", "homes", "venues", "narrowing"})
ENABLED: set[str] = set(ALL)
