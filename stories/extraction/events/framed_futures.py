"""Futures framed by a judgement of likelihood or by an outside report, read by `certainty`.

"Will" tells a plan when it passes on what those who act have arranged ("a spokesman said the
league will fine him"). Put under a judgement of how likely it is ("it is virtually assured that
regulators will close the season", "it is likely that the council will approve it") or under a
report from outside ("an insider has reported that the league will fine him"), the same future
is a forecast: expected, and so is a "would" so framed ("it was likely that the council would
approve it"). A report of one's own future ("the company reported that it will close the
plant", its subject a pronoun) stays a plan.
"""

from __future__ import annotations

from spacy.tokens import Token

# Words judging how likely a clause is: "it is likely that", "it's assured that".
_LIKELIHOOD = frozenset({"likely", "probable", "certain", "sure", "inevitable"})
_REPORTING = frozenset({"report"})  # a report passed on, not the actor's own word


def framed_future(verb: Token) -> bool:
    """True when the future clause headed by `verb` is the complement of a likelihood
    ("it is likely that …") or of a report whose clause has a noun for subject (a pronoun, "the
    company reported that it will", tells the reporter's own plan)."""
    if verb.dep_ != "ccomp":
        return False
    head = verb.head
    lemma = head.lemma_.lower()
    if lemma in _LIKELIHOOD or head.lower_ in _LIKELIHOOD:
        return True
    if lemma == "assure" and any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children):
        return True  # "it's assured that …"; not a promise, "assured him Jordan would close"
    if lemma == "be" and any(c.dep_ == "acomp" and c.lower_ in _LIKELIHOOD for c in head.children):
        return True
    if lemma in _REPORTING and head.pos_ == "VERB":
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return bool(subjects) and all(s.pos_ != "PRON" for s in subjects)
    return False
