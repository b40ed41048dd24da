"""Complements a told deed made happen: "forced officials to close the road", "helped the
crew (to) escape", "had to cut the budget", "caused the plant to shut down".

WHY: an implicative or causative verb entails its complement (Karttunen's implicatives): when
the forcing, helping or causing was done, so was what it forced, helped or caused. The
complement's own clause has only "to" (or a bare infinitive), which the certainty rules read as
a plan or a wish and drop; on the dev batches gold counts these complements as happenings with
the governor's certainty ("forced authorities to close several highways", "had to cut $1
billion", "helped to show that"). The rule takes only a governor told as done (a simple past, a
perfect or a passive), not negated and not under a modal: "forces drivers to slow down" is a
habit, "did not force it to close" and "would have required it to install" tell no happening,
and "wants/tries to close" name a wish or an attempt (left to the wish rules).
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.governing import told_as_done
from stories.extraction.events.lexicon import NEGATIONS

# Verbs whose done deed entails its infinitive complement: making someone act ("force",
# "compel", "oblige", "cause", "led employers to raise wages") and helping it done ("help"); "had to" is the past of a duty
# met ("have" only with a "to" complement, below).
CAUSING_GOVERNORS = frozenset({"force", "compel", "oblige", "cause", "lead", "help"})
_DUTY = "have"
# The parse links the complement straight to the governor, or to its object ("forced
# officials … to close": the infinitive hangs on "officials").
_COMPLEMENT_LINKS = frozenset({"xcomp", "ccomp"})


def caused_by_done_deed(verb: Token) -> bool:
    """Whether `verb` is the infinitive complement of an implicative or causative governor
    told as done ("forced X to close", "helped X escape", "had to cut")."""
    if verb.tag_ != "VB":
        return False
    governor = _governor(verb)
    if governor is None:
        return False
    lemma = governor.lemma_.lower()
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if lemma == _DUTY:
        if not infinitive or verb.dep_ != "xcomp" or governor.tag_ != "VBD":
            return False
    elif lemma not in CAUSING_GOVERNORS:
        return False
    if any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in governor.children):
        return False
    return told_as_done(governor)


def _governor(verb: Token) -> Token | None:
    if verb.dep_ in _COMPLEMENT_LINKS:
        return verb.head
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj":
        return verb.head.head  # "forced officials in the county to close"
    return None
