"""A background happening that opens a paragraph goes on where the older story it continues
was last placed.

A paragraph whose first sentence names no place goes on where the paragraph before ended
(events.carrying.opens_on), but not for a background happening: a new paragraph often turns from
today's news to an older story, and today's place is not the older story's. When the paragraph
before was itself telling the older story (its last placed happening was background too), the
new paragraph's background goes on in that story, where it stood: "She was charged in 2010 in
Lyon with fraud. / She also faced an inquiry for tax evasion, but it was dropped in 2015." —
the inquiry was Lyon's. A paragraph that turns from today's news to the past, or from the past
to today, still keeps no place from the paragraph before.
"""

from __future__ import annotations

from stories.extraction.events import place_rules


def continues_older_story(background: bool, last_background: bool) -> bool:
    """Whether a paragraph opening's happening (`background` or not) may go on where the
    paragraph before ended, whose last placed happening was `last_background` or not: today's
    news after today's news, and a background happening after the older story's."""
    if not background:
        return True
    return last_background and "older stories" in place_rules.ENABLED
