"""Whether a story writes a name as a company's: "Harwick Co.", "Harwick Inc.", "Harwick Corp.".

Many companies bear a founder's or a place's name that the gazetteer also holds as a town. A
story that writes the name once with a company's suffix ("Ashby Corp. said ...") and then,
as newspapers do, as the bare name ("Ashby said", "Ashby's sales") is about the company: its
writings say nothing of where the story is set, however often they come.

It stands beside the stages, not in one: extraction asks it of a story's setting
(events.written_setting), and geocoding of a company's seat (geocoding.seated_metropolis).
"""

from __future__ import annotations

import re
from functools import lru_cache

# Suffixes a company's name takes in news copy. "Co." is left out: local papers write a county
# so ("Laurel Co."), and a county's name is a place's.
_COMPANY_SUFFIXES = (
    r"Corp\.?",
    r"Corporation",
    r"Inc\.?",
    r"Incorporated",
    r"Cos\.",
    r"Ltd\.?",
    r"LLC",
    r"PLC",
    r"plc",
    r"N\.V\.",
    r"S\.A\.",
    r"AG",
    r"GmbH",
    r"Co\.,? Inc\.?",
    r"& Co\.",
    r"Co\.(?=['’]s)",
)


def written_as_company(text: str, name: str) -> bool:
    """Whether the text writes `name` followed by a company's suffix, as a company's name."""
    return _as_company(name).search(text) is not None


@lru_cache(maxsize=1024)
def _as_company(name: str) -> re.Pattern[str]:
    """The name with a company's suffix, compiled once per name: a story asks of each of its
    places, and so many patterns overflow the re module's own cache."""
    suffix = "|".join(_COMPANY_SUFFIXES)
    return re.compile(rf"(?<!\w){re.escape(name)},?\s+(?:{suffix})(?!\w)")


_SUFFIX_WORD = re.compile("|".join(_COMPANY_SUFFIXES))


def is_company_suffix(word: str) -> bool:
    """Whether one word, as written, is a company's suffix: "Corp.", "Inc", "LLC"."""
    return _SUFFIX_WORD.fullmatch(word) is not None


_SUFFIX_BEFORE = re.compile(rf"(?<!\w)(?:{'|'.join(_COMPANY_SUFFIXES)}),\s*$")


def after_company_suffix(text: str, at: int) -> bool:
    """Whether a company's suffix and a comma end right before `at`: "Acme Corp., <seat>"."""
    return _SUFFIX_BEFORE.search(text[max(0, at - 24) : at]) is not None
