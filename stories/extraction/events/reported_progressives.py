"""An activity under way that a source reports in the present: "The agency says its staff are
delivering food", "the survey notes small parties are opening offices".

An undated present progressive on its own describes how things go ("people are talking about
it"), colour rather than news (events.noise, events.certainty). Reported by a saying in the
present, the way broadcast and feature copy tells what a source knows now, with a subject the
clause names by a noun, it is the news the saying carries: an act under way ("ongoing"). Not a
past saying's progressive (a remark paraphrased, "said the queen is taking an interest"),
unless the saying has a day of its own and the act a place of its own ("said on Friday that
allied forces are crossing Iraqi territory": what was under way, somewhere, on that day), not
"is going to" or "is trying to" (a plan or an attempt: the complement is the event), not a
pronoun subject ("they are trying"), nor a negated saying or progressive.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.time_phrases import has_own_time

# Sayings whose reported clause tells what the source knows to be so.
_REPORTING = frozenset({"say", "note", "report", "tell", "add", "confirm", "announce", "state"})
# Progressives that stand for a plan or an attempt when they take an infinitive ("is trying
# to", "is seeking to"); "go" always does ("is going to", "is going ahead").
_NOT_ACTIVITIES = frozenset({"go", "try", "plan", "seek", "look", "hope", "aim", "prepare"})


def reported_under_way(verb: Token) -> bool:
    """Whether a present progressive reported by a present saying, with a noun subject, tells
    an act under way ("says its staff are delivering food")."""
    if verb.tag_ != "VBG" or verb.dep_ != "ccomp":
        return False
    head = verb.head
    if head.lemma_.lower() not in _REPORTING:
        return False
    if head.tag_ not in ("VBZ", "VBP") and not (
        head.tag_ == "VBD" and has_own_time(head) and _placed(verb)
    ):
        return False
    if any(c.dep_ == "neg" for c in head.children) or any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    planned = lemma == "go" or any(c.dep_ == "xcomp" for c in verb.children)
    if lemma in _NOT_ACTIVITIES and planned:
        return False
    be = [c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "be"]
    if not be or be[0].tag_ not in ("VBZ", "VBP"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN")


# Entity types of a place a clause names: a country, a region, a people's land ("Iraqi").
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "NORP"})


def _placed(verb: Token) -> bool:
    """ "are crossing Iraqi territory", "are massing in Kuwait": the act's object or phrase,
    not its subject, names a place."""
    return any(
        c.dep_ in ("dobj", "prep") and any(t.ent_type_ in _PLACE_ENTITIES for t in c.subtree)
        for c in verb.children
    )
