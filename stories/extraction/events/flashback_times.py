"""A time told in the past perfect is a flashback's, not a point the story's narrative moves to.

"A brawl broke out on Saturday night. / A motive had not been established by Monday morning.
/ One man was arrested at the scene." The past perfect steps back from the narrative's line to
tell what stood before a time, and the simple past after it returns to that line: the arrest
was on Saturday, not on Monday. So the story's narrative time (narrative_time.story_time)
passes over a time whose clause is in the past perfect ("had not been established by
Monday"), as it does over a span's start or a reading's time (story_points); the time still
dates its own clause, and, within its paragraph, a clause told in the past perfect after it.
A time on a verb the perfect governs through an infinitive ("had been due to expire Friday")
is not asked: its governing verb is the infinitive's.
"""

from __future__ import annotations

from spacy.tokens import Doc

from stories.extraction.times.tense import governing_verb, past_perfect


def in_past_perfect(doc: Doc, start: int, end: int) -> bool:
    """Whether the time at text[start:end] hangs on a verb in the past perfect ("had not been
    established by Monday morning")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = governing_verb(span.root)
    return verb is not None and past_perfect(verb)
