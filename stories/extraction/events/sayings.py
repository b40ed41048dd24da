"""Sayings that are the news themselves: "The ministry said on Monday that lifting the duties
is a condition for any deal", "Two envoys said Wednesday the talk of sanctions was groundless".

A reporting verb is normally the frame of an event: what it reports is the happening
(events.sites skips ATTRIBUTION_VERBS for that reason). When what is reported is no happening
at all (a position, a claim, an assessment), the saying is the only event the sentence tells,
and an editor titles it so: "Ministry says …". It counts only when someone the article names
speaks (events.speech asks that), when the reported clause follows the verb and holds no site
of its own, and when the saying is told as news: with a date of its own, in the lead where a
story puts its news, or in the present perfect, the tense of news ("has told investors that").
A clause before the verb is a quotation it closes (“…,” she said): that frame introduces
every quote and is no statement of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.noise import in_lead
from stories.extraction.events.saying_verbs import AFFIRMING_VERBS, STATEMENT_VERBS
from stories.extraction.events.sites import site_at
from stories.extraction.events.time_phrases import TIME_ENTITIES

# Verbs whose news is the clause they report: "announced that it had become the largest
# shareholder", "found that the mice had more cells", "pledged that the country would double".
REPORTING_VERBS = frozenset(
    {"announce", "find", "pledge", "promise", "reveal", "warn", "conclude", "show", "deny"}
    | {"acknowledge", "admit", "declare", "discover", "demand", "concede", "allege"}
    | {"investigate", "examine", "disclose", "learn"}
)

_DATE_DEPS = frozenset({"prep", "npadvmod", "tmod", "advmod"})


def states_a_position(verb: Token) -> bool:
    """Whether a reporting verb is a statement event: what it reports (after it) is no
    happening, and the saying is dated, in the lead or in the present perfect."""
    if verb.lemma_.lower() not in STATEMENT_VERBS:
        return False
    reported = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if not reported or any(c.i < verb.i for c in reported):
        return False
    news = _dated(verb) or in_lead(verb)
    if news and verb.lemma_.lower() in AFFIRMING_VERBS:
        return True
    if any(site_at(token) is not None for clause in reported for token in clause.subtree):
        return False  # "said the bridge collapsed": the collapse is the event
    return news or present_perfect(verb)


def _dated(verb: Token) -> bool:
    """A date hung on the saying itself: "said on Monday", "said Tuesday"."""
    return any(
        child.dep_ in _DATE_DEPS and any(t.ent_type_ in TIME_ENTITIES for t in child.subtree)
        for child in verb.children
    )


def present_perfect(verb: Token) -> bool:
    """ "has told", "have said": the tense news uses for what was just done."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )
