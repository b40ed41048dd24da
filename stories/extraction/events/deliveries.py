"""A message or filing named with the day it went out: "a letter sent Monday", "a motion
filed Friday", "a complaint lodged on Tuesday".

A restrictive participle after its noun usually tells which thing is meant ("the quarter ended
Sept. 29", "trucks sold in October"), so events.participles reads it as a description. A verb
of sending or filing a text is different: the text exists only through that act, and a day
hung on the participle is the day of the act, which the story reports (a letter's sending, a
court filing, a broadcast) although it names the text only to say what it said. Not so for
the medium of another deed ("asked for compassion in a letter posted Tuesday"): the asking is
the event, and the letter only how it came (as with a saying's channel, events.statements).
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.sent_sayings import carries_only_a_saying
from stories.extraction.events.time_phrases import dates_the_verb

# Verbs whose object is a text or message put out to others (outside the lexicon, which reads
# its own verbs, and outside the verbs of saying, which frame what is said). Not "submit": a
# plan or roadmap submitted to someone is a proposal described by whom it went to
# ("praised the roadmap submitted to lawmakers on Monday"), not a message sent. Not "issue",
# "post" or "air" either: what they put out is as often no text ("bonds issued in 2010",
# "profits posted on Monday", "a series aired in May"), a thing the story names by its origin.
DELIVERY_VERBS = frozenset({"send", "file", "deliver", "broadcast", "lodge", "mail"})


def dated_delivery(verb: Token) -> bool:
    """A participle of sending or filing on the noun it describes, with its own day."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.lemma_.lower() in DELIVERY_VERBS
        and verb.head.pos_ in ("NOUN", "PROPN")
        and not _medium(verb.head)
        and any(dates_the_verb(c) for c in verb.children)
    )


def _medium(noun: Token) -> bool:
    """ "asked in a letter", "according to a report": a text named as a preposition's object
    is how something else came, wherever the parser hangs the preposition; not when what came
    in it is only a saying ("said in a letter sent Monday": events.sent_sayings)."""
    return noun.dep_ == "pobj" and not carries_only_a_saying(noun)
