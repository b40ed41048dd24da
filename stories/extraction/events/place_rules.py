"""The news-writing rules of event placing that benchmarks can switch off one at a time.

Each names a convention (events.sides, events.homes, events.narrowing, recipients in
events.places); to count the documents one helps and hurts, remove it from `ENABLED` and run
`manage.py evaluate --only realnews --details`. The product runs with all of them.
"""

from __future__ import annotations

ALL = frozenset({"sides", "recipients", "homes", "venues", "narrowing"})
ENABLED: set[str] = set(ALL)
