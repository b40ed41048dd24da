"""Past participles that report a happening although they carry no tense of their own.

The general rule for verbs outside the lexicon wants a finite clause, because a bare
participle usually describes ("miners trapped underground"). Two shapes of news prose report
with one all the same:
- a participle heading its sentence or a coordinated clause, with a subject and no auxiliary
  ("monitors maxed out", "Man charged in fraud case"): either a simple past the tagger took for
  a participle, or a headline's passive with "is" left out; both tell something that happened
  when something follows the verb (alone at the end, "4 passes defended" labels a figure);
- a participle clause set off after a noun, or hung on a clause ("the roadmap, submitted to
  the industry this week", "since introduced on Monday"): a reduced passive, which reports its
  own act when it carries a date of its own (a restrictive one, "the quarter ended Sept. 29",
  says which thing is meant). Undated, it stays a description (the clause rules ask for the date:
  events.clauses._grounded).
Both are "general" sites, judged by the same rules as any other verb outside the lexicon.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.events.lexicon import (
    ATTRIBUTION_VERBS,
    GOVERNOR_CERTAINTY,
    LIGHT_VERBS,
    MOTION_VERBS,
    NON_EVENT_VERBS,
    VERB_CLASSES,
)
from stories.extraction.events.sites import Site

_HEADS = frozenset({"ROOT", "conj"})
_REDUCED = frozenset({"acl", "advcl"})
_LEXICON = VERB_CLASSES.keys() | MOTION_VERBS.keys() | LIGHT_VERBS


def participle_sites(doc: Doc) -> list[Site]:
    """Participles of the two shapes above whose verb is outside the lexicon, in text order."""
    found = []
    for token in doc:
        if token.pos_ != "VERB" or token.tag_ != "VBN" or not _may_report(token):
            continue
        if _untensed_head(token) or _reduced_passive(token):
            lemma = token.lemma_.lower()
            found.append(Site(token, lemma, lemma, "general"))
    return found


def outside_lexicon(verb: Token) -> bool:
    """A verb the general rule may read: not a state, a saying or a governor, nor a verb the
    lexicon already reads."""
    lemma = verb.lemma_.lower()
    if not lemma.isalpha() or lemma in _LEXICON or lemma in NON_EVENT_VERBS:
        return False
    return lemma not in ATTRIBUTION_VERBS and lemma not in GOVERNOR_CERTAINTY


def _may_report(verb: Token) -> bool:
    """Outside the lexicon, and no frame for another verb."""
    return outside_lexicon(verb) and not any(
        c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB" for c in verb.children
    )


def _untensed_head(verb: Token) -> bool:
    """ "monitors maxed out": a sentence or coordinated clause with its own subject, no
    auxiliary."""
    if verb.dep_ not in _HEADS:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if not any(c.i > verb.i and not c.is_punct for c in verb.children):
        return False  # "4 passes defended": a label in a table of figures, not a clause
    return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _reduced_passive(verb: Token) -> bool:
    """ "the plan, submitted this week": a participle clause without subject or auxiliary.

    On a noun it must be set off by a comma: a restrictive participle ("the quarter ended
    Sept. 29", "trucks sold in October") tells which thing is meant, not what happened."""
    if verb.dep_ not in _REDUCED:
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return False
    return verb.dep_ == "advcl" or _set_off(verb)


def _set_off(verb: Token) -> bool:
    """A comma (or dash) just before the participle's phrase."""
    first = verb.left_edge
    return first.i > 0 and first.nbor(-1).text in (",", "—", "–", "-")
