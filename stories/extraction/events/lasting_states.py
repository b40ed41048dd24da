"""A past passive of confinement or hindrance names a plight still going on, not a deed done.

"200,000 civilians were trapped in the war zone", "foreigners stranded in Kuwait", "evacuation
plans were hampered by the heat": the verb names the plight people or plans are in, begun and
with no end told; news tells the end as a deed of its own ("were freed", "were rescued"). The
active ("police trapped the suspect") is a deed, and so is "were left stranded", where the
leaving is the verb. A past plight told with its bound ("were trapped for three days",
"stranded until Sunday") is told as over; one that "has been" so for a length still goes on.
A plight dated more than a month before the story ("in May, tourists were
marooned in Uglii" in November) is backstory whose end the story takes as known.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from stories.extraction.events.continued_on_the_day import closes_span

# Verbs whose passive names a plight that lasts: held in place, or held back.
_CONFINING = frozenset({"trap", "strand", "maroon", "hamper", "hinder"})
_RECENT = dt.timedelta(days=31)  # a plight dated within a month of the story may still last


def confined_state(
    verb: Token, auxiliaries: list[Token], date: dt.date | None, published: dt.date | None
) -> bool:
    """ "were trapped in the war zone", "foreigners stranded in Iraq", "plans were hampered by
    the heat": a passive of confinement or hindrance, no modal, undated or dated within a month
    of the story, names a plight still going on."""
    if verb.lemma_.lower() not in _CONFINING or verb.tag_ != "VBN":
        return False
    if date is not None and published is not None and published - date > _RECENT:
        return False
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    perfect_now = any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries)
    if not perfect_now and any(c.dep_ == "prep" and closes_span(c) for c in verb.children):
        return False  # "were trapped for three days": the plight is told with its end
    passive = any(a.dep_ == "auxpass" for a in auxiliaries)
    return passive or (not auxiliaries and verb.dep_ in ("acl", "amod"))
