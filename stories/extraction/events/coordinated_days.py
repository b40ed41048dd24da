"""Which of two days joined by "and" dates the happening they share: the earlier one.

"Following are statements made Friday and Thursday by the lawyer": a happening told with two
days coordinated on it took place over both, so it starts on the earlier, whichever the writer
names first (news often names the latest day first). Two years or months so joined ("reported
losses in 2021 and 2019") are two happenings, one a year, and keep the dating of sites
(events.owned_dates.times_by_site): a site keeps the time it owns most closely (directly
rather than through a participle) and most precisely, the first it meets among equals.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.event_dates import PRECISION_RANK, EventDate

_DAY = PRECISION_RANK["day"]


def coordinated(first: Token, second: Token) -> bool:
    """Whether two time expressions (given by their root tokens) are conjuncts of one another
    ("Friday and Thursday")."""
    return (second.dep_ == "conj" and second.head == first) or (
        first.dep_ == "conj" and first.head == second
    )


def earlier_coordinated(
    current: EventDate, current_root: Token, found: EventDate, found_root: Token
) -> bool:
    """Whether `found` should replace `current` as its site's date: both days (or finer),
    coordinated, and `found` starts earlier."""
    return (
        found.rank == current.rank >= _DAY
        and found.start < current.start
        and coordinated(current_root, found_root)
    )
