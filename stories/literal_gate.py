"""Which patterns can match a text at all, told by the words each cannot match without.

Extraction runs many patterns over text that mostly holds no match: find_times some fifty over
every article ("ago", "fiscal", "quarter" are rare), events.noise its credit and caption
patterns over every sentence, geocoding.descriptions its kind words around every place name.
Scanning for a pattern that begins with a look-behind costs a try at every character, while
looking for a plain word is one fast pass. So each pattern's parse is read once for strings
that every match must contain (one of a set, for an alternation), and a pattern none of whose
strings the text holds is not run: what it would have found, nothing, is the same.

Only ASCII characters are trusted in such a string, and the text is looked at as ``fold``
writes it: ignoring case, the re module also lets "ı" match i and "ſ" match s, which
lower-casing alone does not turn into i and s, and lower-casing "İ" adds a combining dot
(the Kelvin sign "K", which it lets match k, lower-cases to k).
"""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser as sre_parse

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
Need = frozenset[str]  # every match contains at least one of these (lower-cased) strings


def required_strings(pattern: re.Pattern[str], shortest: int = 3) -> Need | None:
    """Strings one of which every match of ``pattern`` contains, lower-cased; None when no
    such strings of ``shortest`` characters or more can be read from it."""
    need = _best(_needs(sre_parse.parse(pattern.pattern, pattern.flags)))
    if need is None or min(len(s) for s in need) < shortest:
        return None
    return _without_longer(need)


def _without_longer(need: Need) -> Need:
    """The need without the strings that hold another of its strings ("weekend" beside
    "week", "yesterday" beside "day"): a text holding the longer holds the shorter, so the
    answer is the same, and each string the text lacks costs a pass over the whole text."""
    return frozenset(s for s in need if not any(t != s and t in s for t in need))


def fold(text: str) -> str:
    """The text lower-cased so that whatever a pattern's ASCII letter matches, ignoring case,
    becomes that letter."""
    return text.lower().replace("i\u0307", "i").replace("ı", "i").replace("ſ", "s")


def may_match(need: Need | None, folded: str) -> bool:
    """Whether a text (``folded``: as ``fold`` writes it) holds one of the needed strings."""
    return need is None or any(s in folded for s in need)


def _best(needs: list[Need]) -> Need | None:
    """The most telling need: the longest shortest string, then the fewest strings."""
    return max(needs, key=lambda n: (min(len(s) for s in n), -len(n)), default=None)


def _needs(items: sre_parse.SubPattern | list) -> list[Need]:
    """Each need of one sequence of the parse: its runs of trusted literal characters, and
    the needs of the groups, alternations and repeats it cannot match without."""
    needs: list[Need] = []
    run: list[str] = []

    def close() -> None:
        if run:
            needs.append(frozenset({"".join(run).lower()}))
            run.clear()

    for op, av in items:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av))
            continue
        close()
        inner: Need | None = None
        if op is sre.SUBPATTERN:
            inner = _best(_needs(av[3]))
        elif op is sre.ATOMIC_GROUP:
            inner = _best(_needs(av))
        elif op in _REPEATS and av[0] >= 1:
            inner = _best(_needs(av[2]))
        elif op is sre.BRANCH:
            branches = [_best(_needs(branch)) for branch in av[1]]
            if all(b is not None for b in branches):
                inner = frozenset().union(*branches)
        if inner is not None:
            needs.append(inner)
    close()
    return needs
