"""Times written in a phrase that names another thing than the happening its clause tells.

Two phrases of news English carry a time that is not the time of the verb they sit by:
- a frame the act is done under: "Under the 2015 agreement, Iran limited its enrichment",
  "under a 2010 law, the county must …", "Under last year's deal, …" (the time as the frame's
  owner). "Under" names the deal, law or plan the clause acts within, made before it; its time
  is that thing's, never the act's;
- the happening a verb calls off or moves: "officials canceled the May 9 elections", "the
  league postponed Saturday's game". Cancelling or moving acts on a happening before it takes
  place, so the date written before the happening's noun (after a determiner, or as its owner
  "Saturday's") dates the happening, not the cancelling. A bare time after the verb
  ("canceled Tuesday") is the verb's own and is left alone.
Neither time dates the clause (events.thing_dates) nor the narrative around it
(events.narrative_time); the happening named by the noun keeps its own date.
"""

from __future__ import annotations

import re

from stories.extraction.determiners import ARTICLE_OR_OWNER

_LOOK_BACK = 40
# "under the", "under a", "under its": the frame's phrase opened just before the time.
_FRAME_BEFORE = re.compile(rf"\bunder\s+(?:{ARTICLE_OR_OWNER})\s+$", re.I)
# "Under last year's deal": the time is the frame's owner, right after "under".
_UNDER_BEFORE = re.compile(r"\bunder\s+$", re.I)
# A verb that calls off or moves a happening, then a determiner (or none, before an owner's
# "'s"): "canceled the", "called off", "postponing".
_CALLING_OFF = (
    r"\b(?:cancel(?:l?ed|l?ing|s)?|call(?:ed|ing|s)?\s+off|scrap(?:ped|ping|s)?|"
    r"postpon(?:e|ed|es|ing)|reschedul(?:e|ed|es|ing)|delay(?:ed|ing|s)?|"
    r"push(?:ed|es|ing)?\s+back|put(?:s|ting)?\s+off|defer(?:red|ring|s)?)\s+"
)
_CALLED_OFF_BEFORE = re.compile(
    rf"{_CALLING_OFF}(?P<determiner>(?:{ARTICLE_OR_OWNER})\s+)?$",
    re.I,
)
# "canceled the game, scheduled for", "called off the concert, set for": a scheduling
# participle after a comma on the noun the verb calls off, right before the time.
_SET_FOR_BEFORE = re.compile(
    rf"{_CALLING_OFF}(?:{ARTICLE_OR_OWNER})\s+[^,.;:!?]{{1,40}},\s+"
    r"(?:originally\s+|initially\s+)?(?:scheduled|set|planned|slated)\s+(?:for|on)?\s*"
    r"(?:the\s+)?$",
    re.I,
)
# After the time, the noun it is written before: an owner's "'s" or a word (not a clause break).
_OWNER_AFTER = re.compile(r"['’]s\b")
_WORD_AFTER = re.compile(r"[ \t]+[A-Za-z]")


def in_a_frame(start: int, text: str, end: int | None = None) -> bool:
    """Whether the time at `start` (ending at `end`) is written in an "under" phrase ("Under
    the 2015 agreement", or as the frame's owner: "Under last year's deal"): the time of the
    deal or law the clause acts within."""
    before = text[max(0, start - _LOOK_BACK) : start]
    if _FRAME_BEFORE.search(before):
        return True
    return end is not None and bool(_UNDER_BEFORE.search(before) and _OWNER_AFTER.match(text, end))


def dates_a_called_off_happening(start: int, end: int, text: str) -> bool:
    """Whether the time text[start:end] is written before the noun of a happening a verb calls
    off or moves ("canceled the May 9 elections", "postponed Saturday's game"), or in a
    scheduling participle set off after it ("canceled the game, scheduled for Saturday")."""
    if _SET_FOR_BEFORE.search(text[max(0, start - 2 * _LOOK_BACK) : start]):
        return True
    found = _CALLED_OFF_BEFORE.search(text[max(0, start - _LOOK_BACK) : start])
    if found is None:
        return False
    if _OWNER_AFTER.match(text, end):
        return True
    return found["determiner"] is not None and bool(_WORD_AFTER.match(text, end))


def dates_another_thing(start: int, end: int, text: str) -> bool:
    """Whether the time text[start:end] dates a frame or a called-off happening rather than
    the clause it is written in."""
    return in_a_frame(start, text, end) or dates_a_called_off_happening(start, end, text)
