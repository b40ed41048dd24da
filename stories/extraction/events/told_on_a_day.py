"""A telling in the passive on a stated day: "workers were told Thursday", "Tom Lee was told
on Wednesday by his deputy that …".

Telling is normally the frame of a quote, and the active "told investors on Oct. 31" counts
only with someone told (events.speech). In the passive the one told is the subject, and the
day the telling has is what makes it news: people learning of a decision (a closure, a
dismissal) on a given day is a step of the story, whoever told them. Undated ("residents were
told to stay indoors", "he was told he could go") it passes on an instruction or what someone
holds, and stays a frame.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import ADDRESSING_VERBS
from stories.extraction.events.time_phrases import dates_the_verb


def told_on_a_day(verb: Token) -> bool:
    """Whether the verb is a passive of telling ("were told", "was informed") with a day or a
    time of its own hanging on it ("Thursday", "on Wednesday")."""
    if verb.lemma_.lower() not in ADDRESSING_VERBS or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return False
    return any(dates_the_verb(c) for c in verb.children)
