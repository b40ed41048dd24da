"""A place joined by a hyphen to a participle that says whose a thing is ("a Lyon-based firm",
"the Berlin-headquartered bank", "Norland-backed rebels", "Lyon-listed shares", "a
Sudland-born singer") names who or what the noun is, not where the story happens.

News writes a company's base, a person's birthplace or a group's sponsor as a hyphened
modifier when it brings the noun in ("X's biggest creditor is a Lyon-based cruise line"): the
place is who the body is, as "Jane Doe, 34, of Franklin" says who a person is. It moves neither
the dateline nor the story's setting, and it is no scene mention the setting is counted from.
"X-area" ("Lyon-area sales") is not among them: it says where.
"""

from __future__ import annotations

import re

from stories.extraction.mentions import PlaceMention

# The participles, with a plain or a typographic hyphen right after the name.
_BASE_SUFFIX = re.compile(
    r"[-‐‑–]\s?(?:based|headquartered|listed|registered|flagged|backed|funded|born|owned)\b",
    re.IGNORECASE,
)


def names_a_base(place: PlaceMention, text: str) -> bool:
    """Whether the mention is the place half of "X-based", "X-backed", "X-born" and the like."""
    return _BASE_SUFFIX.match(text, place.end) is not None
