"""A happening that sets the scene of another in an adverbial clause: "as the blaze swept the
warehouse", "as the union holds a rally on Thursday in Lyon".

An adverbial clause ("as", "when", "while") with a subject of its own tells a happening of its
own, whatever the main clause does with it. Two readings that would drop it hold only for
the main clause:

- A definite event noun ("the fire", "its blast") is no new happening the way "a fire" is, so
  `acting` asks for "a"/"an" before an event noun acting alone. But one that did something to
  a thing in such a clause ("as the blaze swept the warehouse, a guard carried two men out") is
  the one happening going on when the main clause's deed was done: told as done, it took
  place. In a main clause the same words are as often a figure ("the loss dealt a blow to
  his hopes", "the dispute has drained the funds").
- A sentence in the imperative addresses the reader ("expect to see heavy traffic"), and
  nothing it mentions is reported (`statements.addresses_the_reader`); but its adverbial clause
  with its own subject and its own date ("as the union holds a rally on Thursday") reports
  what that subject does then.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import (
    ATTRIBUTION_VERBS,
    DEFINITE_DETERMINERS,
    NON_EVENT_VERBS,
)

_SUBJECTS = ("nsubj", "nsubjpass")
# Subjects that are the reader addressed, not a party of their own.
_READER = frozenset({"you", "your", "yourself", "yourselves"})


def scene_setter(noun: Token) -> bool:
    """Whether a definite singular event noun is the subject of an adverbial clause told as
    done in which it does something to a thing: "as the blaze swept the warehouse"."""
    verb = noun.head
    if noun.dep_ != "nsubj" or noun.tag_ != "NN" or verb == noun or verb.dep_ != "advcl":
        return False
    if not any(
        c.dep_ in ("det", "poss") and c.lower_ in DEFINITE_DETERMINERS for c in noun.children
    ):
        return False
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma in ATTRIBUTION_VERBS or lemma in NON_EVENT_VERBS:
        return False
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBD" and not auxiliaries


def dated_scene_beside_the_reader(verb: Token, *, dated: bool) -> bool:
    """Whether a verb with a date of its own heads an adverbial clause with a subject of its
    own that is not the reader: "(expect delays) as the union holds a rally on Thursday"."""
    if not dated or verb.dep_ != "advcl":
        return False
    return any(c.dep_ in _SUBJECTS and c.lower_ not in _READER for c in verb.children)
