"""Times a speaker's quoted words name: told from the speaker's now, not the reporter's.

"He was a hero today," the sheriff said: the sheriff's "today" is the day he spoke, which a
report published the next morning does not share, so the time it resolves to (against the
publication day) is no point the reporter's narrative stands on. A clause outside the
quotation takes no time from inside it, neither as its sentence's, its paragraph's nor the
story's; a clause inside the same quotation still may, for the speaker's words are told
around the speaker's own times.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class _Timed(Protocol):
    start: int


def _quotation_of(at: int, quotes: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    return next(((s, e) for s, e in quotes if s <= at < e), None)


def heard_by[T: _Timed](
    anchors: Sequence[T], start: int, quotes: Sequence[tuple[int, int]]
) -> list[T]:
    """The times a clause starting at `start` may take from its narrative: those outside any
    quotation, and those inside the quotation the clause itself is in."""
    own = _quotation_of(start, quotes)
    return [a for a in anchors if (quote := _quotation_of(a.start, quotes)) is None or quote == own]
