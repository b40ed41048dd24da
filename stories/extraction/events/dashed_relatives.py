"""A relative clause set off by dashes is an aside on the noun before it.

WHY: "In Kentucky, the candidate, Andy Beshear — whose father, also as governor, implemented
the Affordable Care Act in the state — promised to protect Medicaid." The clause between the
dashes says who is meant, as a remark in round brackets does (events.asides.in_brackets): it
is background to a name, not a step of the story, and with no time of its own a timeline has no
day to put it on (the story's day it would inherit is not when the father acted). The parser
often mistakes such a clause's verb for the sentence's root, so the shape is read from the text:
an opening dash (an em or en dash, "--", or a hyphen with a space on each side) followed by
"who", "whose", "whom" or "which", and the next dash in the same sentence closing it (a full
stop, "?" or "!" before a space ends the clause: "— which surprised no one. Her deputy called a
meeting — the first since 2019" holds no aside; an abbreviation's dot, "Dr. Ruiz", reads
as an end too, which only keeps an aside told). A clause
with a date of its own ("— whose plan was rejected last year —") still reports its act: asides
asks this only of an event whose date was inferred.
"""

from __future__ import annotations

import re

_DASH = r"(?:—|–|--|(?<=\s)-(?=\s))"
_DASHED_RELATIVE = re.compile(
    rf"{_DASH}\s*(?:who|whose|whom|which)\b(?:(?![.!?]\s)[^\n—–])*?{_DASH}", flags=re.IGNORECASE
)


def in_dashed_relative(at: int, text: str) -> bool:
    """Whether the character at `at` (an event's word) lies inside a relative clause set off by
    a pair of dashes within one sentence (see above)."""
    begin = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    stop = len(text) if end < 0 else end
    return any(m.start() < at < m.end() - 1 for m in _DASHED_RELATIVE.finditer(text, begin, stop))
