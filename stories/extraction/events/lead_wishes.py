"""A wish the lead tells is the story's plan: "Mayor X wants to start a patrol program".

"Want" is mostly no plan in news prose: a quoted speaker's "we want to serve consumers", a
reader's "in case you want to know", "people who want to die", "China needs and wants to buy
soybeans" say what someone would like, and the story reports nothing happening (measured on
the dev batches: some sixty "want to", none gold past the lead). The lead is different. Its
main clause is the news, and a lead whose news is a wish states an intention a named actor
means to carry out ("General Motors Corp. wants to buy as much as 15% of Jaguar PLC", "Mayor
Curtis McCoy wants to start a pastor on patrol program"): what the story then goes on to tell
is that plan, planned like "plans to buy".

So "want" governs its clause as a plan only as the lead's own main verb (the root of one of
its first two sentences, `noise.in_lead`), with a noun or a name as its subject (not "I",
"we", "you": a speaker's own words, nor "they"), and not negated ("does not want to" stays
with the negation's reading, "no longer wants to" is a plan dropped). It is a plan only as a
wish held now, "wants"/"want": "GM wanted to buy Jaguar" tells a past wish, often one that came
to nothing, and "would want to" a wish on a condition.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.noise import in_lead

_WISHING = frozenset({"want"})
_PRESENT = frozenset({"VBZ", "VBP"})


def lead_wish(governor: Token) -> str | None:
    """ "planned" when `governor` is present "want" heading the lead's main clause with a noun
    or name as its subject, else None."""
    if governor.lemma_.lower() not in _WISHING or governor.dep_ != "ROOT":
        return None
    if governor.tag_ not in _PRESENT:
        return None  # "wanted to buy", "would want to close": no wish held now
    if any(c.dep_ == "neg" or _no_longer(c) for c in governor.children):
        return None
    subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    return "planned" if in_lead(governor) else None


def _no_longer(word: Token) -> bool:
    """Whether `word` is "longer" denied by "no" ("no longer wants to")."""
    return word.lower_ == "longer" and any(c.lower_ == "no" for c in word.children)
