"""Events: one candidate per clause, with its title, date, certainty, place and people.

`clauses.extract_events` walks the parse; the neighbouring modules each answer one question
about a clause (lexicon: which words mean what; context: who and where is named nearby; dates,
places, sites, titles, certainty).
"""

from stories.extraction.events.clauses import extract_events
from stories.extraction.events.identity import event_key, same_event

__all__ = ["event_key", "extract_events", "same_event"]
