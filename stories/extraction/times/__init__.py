"""Time expressions found in text and resolved against the publication date.

`find.find_times` runs the span rules (rules_spans, patterns, vocab) and resolves each candidate
(rules_dates, calendar, tense).
"""

from stories.extraction.times.find import TimeMention, find_times

__all__ = ["TimeMention", "find_times"]
