"""What the rules choosing between namesakes share: a name's mentions taken together, whether
two mentions stand in one sentence, and what makes a place famous.

famous_namesakes.py, phone_region.py, metropolis.py and state_cues.py each weigh a name by all
its mentions at once and each asks whether a state is written in the very sentence of a town.
Kept here once, so that the rules cannot drift apart on what a name's mentions or a sentence are.
"""

import re
from collections.abc import Callable, Iterator

from stories.geocoding.mention_reading import Mention
from stories.geocoding.places import GazetteerEntry, GazetteerKind

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


def unqualified_names(
    mentions: list[Mention], kinds: frozenset[str]
) -> Iterator[tuple[str, list[Mention]]]:
    """Each name chosen as a place of one of ``kinds``, with all its resolved mentions, in the
    order of its first mention; a name the article qualifies itself ("Newberry, S.C.",
    "Dublin, Ireland") has said where it is already and is left out. Lazily, as name_groups."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for key, group in name_groups(ordered, mentions):
        if not any(m.qualifiers for m in group) and group[0].choice.kind in kinds:
            yield key, group


def other_mentions(ordered: list[Mention], key: str) -> list[Mention]:
    """The story's resolved mentions of every name but ``key``, in the order of ``ordered``."""
    return [m for m in ordered if m.key != key and m.choice is not None]


def move_to_single_state(
    key: str,
    group: list[Mention],
    mentions: list[Mention],
    allowed: Callable[[GazetteerEntry], bool],
) -> bool:
    """Move every mention of name ``key`` (its resolved ``group``) to its most populous
    namesake of the chosen kind and country that ``allowed`` admits, when those namesakes lie
    in exactly one state and no other place of the story lies in the chosen namesake's state
    (a story's other place in that state speaks for the choice). Whether it moved.

    state_cues.py (a state written inside a name) and county_cues.py (a county written inside
    a name) share this, so the two cannot drift apart on when such evidence outweighs the
    story's own places."""
    chosen = group[0].choice
    home = (chosen.country_code, chosen.admin1)
    if any(
        m.key != key
        and m.choice is not None
        and m.choice.kind != GazetteerKind.COUNTRY
        and (m.choice.country_code, m.choice.admin1) == home
        for m in mentions
    ):
        return False
    options = [
        c.place
        for c in group[0].candidates
        if c.place.kind == chosen.kind
        and c.match == "name"
        and c.place.country_code == chosen.country_code
        and allowed(c.place)
    ]
    if len({(p.country_code, p.admin1) for p in options}) != 1:
        return False
    best = max(options, key=lambda p: p.population)
    for m in group:
        m.choice = best
    return True
