"""A noun event told as the subject of its own clause is titled with that clause's verb.

"A new poll shows broad support for the plan", "the talks resumed on Monday": the noun alone
("New poll", "Talks") says neither what it found nor what became of it, and the sentence says
both. The title is the noun's phrase, the verb in the present tense and its object: "Poll
shows broad support", "Talks resume". Only a verb that acts (not "be" or "have", not a
passive, not negated) and, when it takes an object, one the title can say in short form.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.inflection import present
from stories.extraction.events.noun_phrases import phrase

# What a happening can do on its own, with no object: it starts, goes on, stops or fails.
_PHASE_VERBS = frozenset(
    {"begin", "start", "continue", "resume", "end", "conclude", "close", "open", "fail"}
    | {"collapse", "stall", "proceed", "finish"}
)
# What a finding, a count or a statement does with what it tells.
_TELLING_VERBS = frozenset(
    {"show", "find", "reveal", "suggest", "indicate", "confirm", "give", "put", "estimate"}
)
_STATIVE = frozenset({"be", "have", "do", "seem", "appear", "become", "remain"})


def subject_clause(noun: Token, index: MentionIndex) -> tuple[str, str] | None:
    """The verb (in the present, agreeing with the noun) and the object the noun is the
    subject of, or None when its clause gives no verb a title can say."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() in _STATIVE:
        return None
    if any(c.dep_ in ("neg", "auxpass") for c in verb.children):
        return None
    lemma = verb.lemma_.lower()
    plural = noun.tag_ in ("NNS", "NNPS")
    target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if lemma in _TELLING_VERBS and target is not None and target.pos_ in ("NOUN", "PROPN"):
        said = phrase(target, index, objective=True, keep_adjectives=True)
        return (present(lemma, plural=plural), said) if said else None
    if lemma in _PHASE_VERBS and target is None:
        return present(lemma, plural=plural), ""
    return None
