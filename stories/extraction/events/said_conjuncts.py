"""A verb joined to a saying that comes after the clause it reports: the reported doer's.

"Officers seized 40 bags of heroin, police said Thursday, and arrested 13 people": a news
sentence may put its attribution in the middle of a chain of deeds, and the small parser then
joins the deed after it ("arrested") to the saying ("said") with "and", as if the speaker had
done it. The verbs joined to a saying usually tell more of the speaker's own talk ("said …
and added", "said and urged"); those stay without a subject of their own (events.titles:
whoever reports a thing is not who did it). A verb that is no saying, joined to a saying whose
reported clause stands before it with a subject of its own, goes on with that clause: its doer
is the reported clause's subject.

Evidence (lgldev, written blind): a key arrest of thirteen people after a raid lost for want
of a subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import ATTRIBUTION_VERBS
from stories.extraction.events.saying_verbs import STATEMENT_VERBS
from stories.extraction.events.sayings import REPORTING_VERBS

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def reported_doer(verb: Token) -> Token | None:
    """The subject of the reported clause before the saying `verb` is joined to ("Officers
    seized …, police said, and arrested …": "Officers"), or None when `verb` is itself a
    saying or the saying reports no clause before it."""
    saying = verb.head
    if verb.dep_ != "conj" or saying.i > verb.i or saying.lemma_ not in ATTRIBUTION_VERBS:
        return None
    lemma = verb.lemma_.lower()
    if lemma in ATTRIBUTION_VERBS or lemma in REPORTING_VERBS or lemma in STATEMENT_VERBS:
        return None  # "said … and added", "said and urged": the speaker's own talk
    if verb.tag_ != "VBD":
        return None
    reported = next(iter(reported_clauses(saying)), None)
    if reported is None or reported.tag_ != "VBD":
        return None
    return next((c for c in reported.children if c.dep_ in _SUBJECTS), None)


def reported_clauses(saying: Token) -> list[Token]:
    """The clauses a saying reports before it ("Officers seized heroin, police said")."""
    return [c for c in saying.children if c.dep_ == "ccomp" and c.i < saying.i]
