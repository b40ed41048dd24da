"""Quotation marks as wire copy types them: two grave accents open, two apostrophes close.

News agencies' transmission formats of the 1980s and 1990s (the AP, New York Times and Dow
Jones wires, and the archives built from them) had no curly quotes and wrote ``like this''
for “like this”. A reader takes ``…'' for a quotation exactly as “…”: a speaker's "we", "you"
and present tense inside are the speaker's, not the writer's. The genre reading
(events.genre.argues) asks this module for the pair, so a wire report full of quoted officials
is not taken for a column because its sources say "we" ("``We don't just arrive,'' said the
general").

Only the genre reading uses it: read by the clause reader too, a wire quote's undated
happenings would be dropped as a speaker's words, and the transcripts of statements that wire
services file whole ("Following are statements made Friday by …") tell their news in quotes.
"""

from __future__ import annotations

# A wire quotation within one paragraph, for a regular expression: the closing pair or the
# paragraph's end (a quote the paragraph leaves open, as a quotation carried over does) ends it.
QUOTED_OPEN_ENDED = r"``(?:(?!'')[^\n])*(?:''|$)"
