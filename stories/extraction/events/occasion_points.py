"""A time in the possessive before a name dates the named occasion, not the narrative.

"this week's Regional Cup", "Sunday's Harbour Marathon", "Friday's Senate vote": the time
tells when the named occasion is (or was), often one still ahead of a story that reports an
earlier day ("won on Friday night … ahead of this week's Regional Cup"). The narrative rules
already pass over a possessive time before a common noun ("last month's election") as a
thing's date; a name after it is told the same way, so what is told next goes on from the
day the story last stood on.
"""

from __future__ import annotations

import re

# "'s Regional Cup", "’s Harbour Marathon": the possessive, then a capitalised word.
_POSSESSIVE_NAME = re.compile(r"['’]s\s+[A-Z][A-Za-z0-9-]*")


def names_an_occasion(start: int, time_text: str, text: str) -> bool:
    """Whether the time `time_text`, written at `start`, stands in the possessive before a
    name ("this week's Regional Cup") and so dates that occasion."""
    end = start + len(time_text)
    if text[start:end] != time_text:
        return False
    return bool(_POSSESSIVE_NAME.match(text, end))
