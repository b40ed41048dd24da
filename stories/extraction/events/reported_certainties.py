"""How sure a statement is: the certainty of the clause it reports, read from that clause's verb.

WHY: a saying is an event of its own only when what it reports is no happening site (events.
sayings, occasioned_sayings): its title then says what was said ("Pentagon says the troops will
remain"), and what a reader takes from the event is the reported clause, not the saying, which
always happened. "Said the troops will remain" tells a plan, "said conditions appear to be
worsening" something under way, "said she appeared to have swerved" a guess; a past, a perfect or a
present state ("said the tariff is a mistake") leave the statement occurred. A plain present
progressive leaves it occurred too: "reports the company is preparing to cut jobs" or "is facing
scrutiny" is news told, the report being what happened, and measured on real news it cost as much as
it gained. Only the clause's own wording counts: the saying verb is the governor already. A quoted
clause ('said, "We will win"') is the speaker's talk, not what the writer tells, and a negated one
("stressed the ruling would not change the border") is a position taken, not a plan denied: both
leave the statement occurred.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.auxiliaries import plain_word
from stories.extraction.events.condition_marks import under_condition
from stories.extraction.events.forecasts import forecast
from stories.extraction.events.hedged_futures import conditional_future, weighed_future
from stories.extraction.events.lexicon import FUTURE_AUXILIARIES, NEGATIONS, SPECULATIVE_MODALS
from stories.extraction.events.statements import quoted

# Event classes of the statement events whose title tells the reported clause.
STATEMENT_CLASSES = frozenset({"statement", "saying"})
# Verbs that hedge the clause they take: "appeared to have swerved".
_SEEMING_VERBS = frozenset({"appear", "seem"})
# Adjectives of readiness that, with "be" and an infinitive, announce an act: "is ready to sign".
_READY = frozenset({"ready", "prepared", "poised"})
_PRESENT_BE = frozenset({"VBZ", "VBP"})
# Verbs whose future or modal tells a judgement or a wish, not an act to come.
_JUDGING_VERBS = frozenset({"be", "like", "love", "prefer"})
# Marks that make a reported clause a question: "did not say whether the bridge will reopen".
_ASKING = frozenset({"if", "whether"})


def reported_certainty(verb: Token) -> str | None:
    """The certainty of the clause a statement verb reports after it, when its own wording makes
    it other than occurred: a future is planned (expected when a forecaster tells it, or weighed
    as likely; speculated on a condition), a "would have" deed (what did not come about), a
    "may"/"might"/"could" or a seeming deed is speculated, a seeming progressive is ongoing.
    None otherwise."""
    clause = next((c for c in verb.children if _reported_after(c, verb)), None)
    if clause is None or _negated(clause) or under_condition(clause) or _asks(clause):
        return None
    if quoted(clause):
        return None  # 'said, "We will win"': the speaker's words, talk the writer does not tell
    seeming = clause.lemma_.lower() in _SEEMING_VERBS
    if seeming:
        clause = next((c for c in clause.children if c.dep_ == "xcomp"), None)
        if clause is None or _negated(clause):
            return None
    words = {plain_word(a) for a in _auxiliaries(clause)}
    modal = words & (FUTURE_AUXILIARIES | SPECULATIVE_MODALS | {"would"})
    if modal and clause.lemma_.lower() in _JUDGING_VERBS:
        return None  # "said the season will be hard", "would like to": a judgement, a wish
    if words & FUTURE_AUXILIARIES or "would" in words:
        if "would" in words and "have" in words:
            return "speculated"  # "said the team would have won": what did not come about
        if conditional_future(clause):
            return "speculated"
        if weighed_future(clause, words) or forecast(clause):
            return "expected"
        return "planned"
    if words & SPECULATIVE_MODALS:
        return "speculated"
    if seeming and clause.tag_ == "VBG" and "been" not in words:
        return "ongoing"  # "said conditions appear to be worsening"
    if seeming:
        return "speculated"  # "said she appeared to have swerved"
    if _ready_to_act(clause):
        return "planned"  # "said she is ready to sign the rules"
    return None


def _reported_after(clause: Token, verb: Token) -> bool:
    return clause.dep_ == "ccomp" and clause.i > verb.i and clause.pos_ in ("VERB", "AUX")


def _asks(clause: Token) -> bool:
    """ "said if the bridge will reopen is unclear": a question, not a plan."""
    return any(c.dep_ == "mark" and c.lower_ in _ASKING for c in clause.children)


def _ready_to_act(be: Token) -> bool:
    """ "is ready to sign": a present "be" with an adjective of readiness and an infinitive."""
    if be.lemma_ != "be" or be.tag_ not in _PRESENT_BE:
        return False
    return any(
        c.dep_ == "acomp"
        and c.lower_ in _READY
        and any(x.dep_ == "xcomp" and x.pos_ == "VERB" for x in c.children)
        for c in be.children
    )


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in verb.children)
