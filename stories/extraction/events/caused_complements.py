"""Complements a told deed made happen: "forced officials to close the road", "helped the
crew (to) escape", "caused the plant to shut down", "led employers to raise wages".

WHY: an implicative or causative verb entails its complement (Karttunen's implicatives): when
the forcing, helping or causing was done, so was what it forced, helped or caused. The
complement's own clause has only "to" (or a bare infinitive), which the certainty rules read as
a plan or a wish and drop; on the dev batches gold counts these complements as happenings with
the governor's certainty ("forced authorities to close several highways", "led employers to
raise wages"). The rule takes only a governor told as done (a simple past, a
perfect or a passive), not negated and not under a modal: "forces drivers to slow down" is a
habit, "did not force it to close" and "would have required it to install" tell no happening,
and "wants/tries to close" name a wish or an attempt (left to the wish rules). An infinitive
on an object that is a deed or an aim ("led a campaign to ban bags", "forced a vote to remove
the chairman") tells what the aim sought, not what was made to happen. Who did the caused deed
is the governor's object ("led the mayor to resign": the mayor resigned), read by the titles.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.governing import told_as_done
from stories.extraction.events.lexicon import NEGATIONS, NOUN_CLASSES

# Verbs whose done deed entails its infinitive complement: making someone act ("force",
# "compel", "oblige", "cause", "led employers to raise wages") and helping it done ("help").
# "had to" is left out: on dev it named a duty of the background ("had to obtain a card",
# "had yet to find") more often than a deed the gold counts.
CAUSING_GOVERNORS = frozenset({"force", "compel", "oblige", "cause", "lead", "help"})
# The parse links the complement straight to the governor, or to its object ("forced
# officials … to close": the infinitive hangs on "officials").
_COMPLEMENT_LINKS = frozenset({"xcomp", "ccomp"})


def caused_by_done_deed(verb: Token) -> bool:
    """Whether `verb` is the infinitive complement of an implicative or causative governor
    told as done ("forced X to close", "helped X escape")."""
    if verb.tag_ != "VB":
        return False
    governor = _governor(verb)
    if governor is None:
        return False
    if governor.lemma_.lower() not in CAUSING_GOVERNORS or governor.dep_ == "relcl":
        return False  # "cells that helped to clear debris": what a thing does, not a deed
    if any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in governor.children):
        return False
    return _done(governor)


def _done(governor: Token) -> bool:
    """ "forced", "was forced", "has forced"; a coordinate without auxiliaries of its own is
    told as its first conjunct ("diminished visibility and forced X to close", where the
    tagger may read "forced" as a participle)."""
    if told_as_done(governor):
        return True
    own = any(c.dep_ in ("aux", "auxpass") for c in governor.children)
    return (
        governor.dep_ == "conj"
        and governor.tag_ in ("VBD", "VBN")
        and not own
        and told_as_done(governor.head)
    )


def _governor(verb: Token) -> Token | None:
    """The verb whose deed made `verb` happen. An infinitive on an object that names a deed
    or an aim tells what that aim sought ("led a campaign to ban bags", "forced a vote to
    remove the chairman"), not what was made to happen: only someone who can act is made to."""
    if verb.dep_ in _COMPLEMENT_LINKS:
        aims = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
        return None if any(_an_aim(o) for o in aims) else verb.head
    # evidence_verbs reaches events.noise, which imports this module: import it on use.
    from stories.extraction.events.evidence_verbs import can_act

    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and can_act(verb.head):
        return verb.head.head  # "forced officials in the county to close"
    return None


def _an_aim(noun: Token) -> bool:
    """A happening noun of the lexicon ("a vote", "a strike") as the governor's object."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in NOUN_CLASSES


def made_to_act(verb: Token) -> Token | None:
    """Who does what a causing verb made happen: the governor's object, before the infinitive
    ("led the mayor to resign": the mayor resigned; the scandal did not). English infinitives
    under these verbs are controlled by the object (events.verb_subjects.subject_of asks this
    first); with no object ("helped to rebuild", "was forced to shut") the subject acts, as
    usual."""
    if verb.tag_ != "VB" or verb.dep_ != "xcomp":
        return None
    governor = verb.head
    if governor.lemma_.lower() not in CAUSING_GOVERNORS:
        return None
    made = next((c for c in governor.children if c.dep_ == "dobj" and c.i < verb.i), None)
    return None if made is None or _an_aim(made) else made  # "forced a vote to remove": aim
