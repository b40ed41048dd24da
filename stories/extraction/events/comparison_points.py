"""A time a figure is measured against: no point the story's narrative stands on.

Market and economic news reports a figure against the same figure at an earlier time ("Volume
was 900 million shares, up from 400 million Thursday"; "the index closed 2% lower, down 4%
from the previous Monday and 9% from May 2"; "sales of $3 billion, compared with $2 billion
in March"; "wages 3.8 percent higher than a year earlier"), or against a record and the time
it was set ("within 70 points of its record high set on Aug. 6", "below the record it set on
Oct. 9"), though not when the record is what the sentence tells of ("The Dow's record close
set on Tuesday came as oil fell"). That time dates the earlier
figure, a backdrop for the comparison; the story has not moved back to it, so the undated deeds
told after it stay on the story's own day (events.story_points reads this).
"""

from __future__ import annotations

import re

# "from 120 million", "from $3.5 billion", "compared with 12%", "from the previous": the words
# of a comparison between its marker and the time, with at most a unit or two after the figure.
_FIGURE = r"[$£€¥#]?\d[\d.,]*\s*(?:%|[a-z]+\s+){0,3}"
_COMPARED = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.)\s+"
    rf"(?:{_FIGURE}|the\s+(?:previous|prior|preceding)\s+)"
    r"(?:(?:on|in|at|of)\s+)?$"
    # "9% from May 2": the change itself stands before the marker.
    r"|\d\s*(?:%|percent|points?)\s+(?:from|since|over)\s+(?:(?:the\s+)?(?:end|close)\s+of\s+)?$"
    # "higher than a year earlier", "lower than in March": a comparative's standard; not "fewer
    # than", "rather than" nor "later than", which count or order rather than compare a figure
    # ("more than" and "less than" are no "-er" word).
    r"|\b(?!(?:fewer|rather|other|later|earlier|sooner)\b)[a-z]{2,}er\s+than\s+"
    r"(?:(?:it|they)\s+(?:was|were|did)\s+)?(?:(?:in|on|at|during)\s+)?$"
    # "its record high set on Aug. 6", "the record it set on Oct. 9", "the record closing high
    # reached on Oct. 9", "a peak reached in May": the time a record was set.
    r"|(?P<record>\b(?:record|all-time|peak)"
    r"(?:\s+(?:closing\s+)?(?:high|low|close|level))?(?:\s+of\s+[$£€]?\d[\d.,]*)?"
    r"\s+(?:(?:it|they)\s+)?(?:set|reached|hit|touched|established)\s+(?:(?:on|in)\s+)?$)",
    re.I,
)
_LOOK_BACK = 60
# A sentence's opening up to a record that is its subject: "The Dow's record close set on
# Tuesday came as oil fell" tells of the record itself.
_SUBJECT_BEFORE = re.compile(
    r"(?:^|[.!?]['\"’”]?\s+|\n)(?:(?:the|a|an|its|their)\s+)?(?:[\w.&-]+['’]s\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.I,
)


def compared_against(start: int, text: str) -> bool:
    """Whether the time written at `start` is the earlier time a figure is compared with."""
    offset = max(0, start - _LOOK_BACK)
    found = _COMPARED.search(text[offset:start])
    if found is None:
        return False
    if found["record"] is None:
        return True
    record = offset + found.start("record")
    # searched in place, so "^" is the text's start, not the look-back's
    return not _SUBJECT_BEFORE.search(text, max(0, record - 40), record)
