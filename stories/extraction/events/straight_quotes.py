"""Whether a word stands inside straight quotation marks, read from its paragraph's start.

A straight mark (") does not say which side of a quotation it stands on, so
`statements.quoted` used to count the ones in the last eighty words before a verb: an odd count
meant an open quotation. The count is out of step whenever that window starts inside a
quotation, and real pages often run on for hundreds of words in one line (local news and wire
copy whose paragraph breaks were lost): after balanced quotations ("…hard fought matches," the
coach said. "The fight was on!" After the first pin, the second wrestler switched…), every
sentence whose window held an odd number of marks was taken for someone's words, and the
clause a verb outside the lexicon heads was dropped as "states rather than reports", dated or
not ("will start flights next Sunday", "the agents swarmed the area", "the group sent exit
guides to his home").

`events.quotations` already reads a paragraph's marks in order, one by one, and mends a
quotation carried over a lost break; its spans decide here, as they do for the dates and the
genre filter. Curly marks and the doubled backquotes of wire copy say their side and are still
read by the nearest one (statements.quoted).

Evidence (dev batches, round 26): the paragraph's reading frees 24 clauses, all on LGL dev
(none on the other batches): 11 match gold nothing else matched (2 of them key), 13 match
nothing (2 of those, a fiscal year's bounds, are dropped again by events.period_bounds). Those
left are narration handled like any other page's: the check no longer mistakes them for quotes.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.doc_text import doc_text
from stories.extraction.events.quotations import inside_quotation


def inside_straight_quotation(token: Token) -> bool:
    """Whether `token` starts inside a quotation, the paragraph's marks read in order."""
    return inside_quotation(doc_text(token.doc), token.idx)
