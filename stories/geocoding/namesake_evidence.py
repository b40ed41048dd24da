"""What the rules choosing between namesakes share: a name's mentions taken together, whether
two mentions stand in one sentence, and what makes a place famous.

famous_namesakes.py, phone_region.py, metropolis.py and state_cues.py each weigh a name by all
its mentions at once and each asks whether a state is written in the very sentence of a town.
Kept here once, so that the rules cannot drift apart on what a name's mentions or a sentence are.
"""

import re
from collections.abc import Iterator

from stories.geocoding.mention_reading import Mention

CAPITAL_CODE = "PPLC"
# A city this populous is the one a reader takes for its name: a metropolis no local evidence
# moves to a namesake.
FAMOUS_POPULATION = 500_000

_SENTENCE_END = re.compile(r"[.!?]\s|\n")
# A full stop after these closes an abbreviation, not a sentence: "St. Brenmoor", "Mt. Velton",
# "Jan. 4", "Gov. Norburg", "U.S. officials", "Washington, D.C., police", "J. Velton".
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:St|Mt|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Gov|Sen|Rep|U\.S|D\.C|[A-Z])\Z"
)
_ABBREVIATION_REACH = 6


def same_sentence(text: str, a: int, b: int) -> bool:
    """Whether no sentence ends between offsets ``a`` and ``b`` of ``text`` (a line break, or
    ".", "!" or "?" before a space, but not the full stop of a common abbreviation)."""
    low, high = sorted((a, b))
    for end in _SENTENCE_END.finditer(text, low, high):
        stop = end.start()
        if text[stop] == "." and _ABBREVIATION.search(
            text, max(0, stop - _ABBREVIATION_REACH), stop
        ):
            continue
        return False
    return True


def name_groups(
    ordered: list[Mention], mentions: list[Mention] | None = None
) -> Iterator[tuple[str, list[Mention]]]:
    """Each name with at least one resolved mention, in the order of its first mention in
    ``ordered``, with its resolved mentions (taken from ``mentions`` in that list's order when
    given, else from ``ordered``). Lazily, one name at a time: a rule that re-chooses a name
    sees its choice when it reaches the next name."""
    pool = ordered if mentions is None else mentions
    for key in dict.fromkeys(m.key for m in ordered):
        group = [m for m in pool if m.key == key and m.choice is not None]
        if group:
            yield key, group


def other_mentions(ordered: list[Mention], key: str) -> list[Mention]:
    """The story's resolved mentions of every name but ``key``, in the order of ``ordered``."""
    return [m for m in ordered if m.key != key and m.choice is not None]
