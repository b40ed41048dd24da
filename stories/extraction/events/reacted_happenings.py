"""A happening someone reacted to: "China denounced a Hong Kong court ruling", "the union
appealed the board's ruling", "residents protested the closure of the clinic".

A verb of reaction or judgement (denounce, condemn, welcome, reject, appeal, protest …) takes
as its object something that has already happened: one cannot denounce a ruling nobody gave
or appeal a verdict not yet reached. So when such a verb, told as done and said of a subject,
takes an event noun as its object, the noun is a second happening, earlier than the reaction,
with an actor of its own ("a Hong Kong court"), even when the sentence gives it no date, place
or named owner; the reaction itself is the verb's event. The noun must still point at one
happening (`nominals.stands_alone`: "the ruling", "a court ruling on masks"); "condemned
violence" names a kind of thing, not a happening. A reaction still to come ("will appeal the
ruling") vouches for nothing and stays out, and so does a noun its own modifier marks as not
yet come ("protested the proposed closure", "the planned merger": `lexicon.NOUN_CERTAINTY`).
Nor is the noun a new happening when the story tells it in another sentence too ("Troops
invaded Sudland. Norland condemned the invasion."): it names that happening again, and folds
into the reaction as before, the first telling standing for it (`judged_deeds.told_elsewhere`).
A bare "the ruling" points back the same way, even at a happening told by another verb ("the
court rejected the objections … Libya hailed the ruling"); "a court ruling", "the court's
ruling" or "the ruling on masks" brings the happening in with words of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.governing import told_as_done
from stories.extraction.events.judged_deeds import JUDGING_VERBS, told_elsewhere
from stories.extraction.events.lexicon import NOUN_CERTAINTY, NOUN_CLASSES

# Verbs of reaction to a happening beside those of judging a party (events.judged_deeds).
REACTION_VERBS = JUDGING_VERBS | frozenset(
    {
        "applaud",
        "appeal",
        "challenge",
        "contest",
        "decry",
        "deplore",
        "dispute",
        "protest",
        "reject",
        "welcome",
    }
)
# "appealed against the ruling", "protested against the closure".
_AGAINST = frozenset({"against"})
# Auxiliaries of a reaction told as done: "has denounced", "had welcomed".
_DONE_AUXILIARIES = frozenset({"has", "have", "had", "'s", "'ve", "'d"})
# Determiners of a happening told before, and the words that add nothing of its own.
_POINTING_BACK = frozenset({"the", "this", "that", "these", "those"})
_BARE_DEPS = frozenset({"det", "amod", "advmod", "punct"})
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "advcl", "xcomp"})


def reacted_to(noun: Token) -> bool:
    """Whether an event noun of the lexicon is what a subject's verb of reaction, told as
    done, took as its object ("denounced the ruling", "appealed against the verdict")."""
    if noun.lemma_.lower() not in NOUN_CLASSES or not_yet_happened(noun):
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in _AGAINST:
        verb = noun.head.head
    elif noun.dep_ != "dobj":
        return False
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in REACTION_VERBS
        and verb.dep_ in _CLAUSE_DEPS
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ == "neg" for c in verb.children)
        and told_as_done(verb, _DONE_AUXILIARIES)
        and not told_elsewhere(noun)
        and not named_again(noun)
    )


def not_yet_happened(noun: Token) -> bool:
    """ "the proposed closure", "the upcoming visit": a modifier that tells the happening is
    still to come (or only possible) means no one has reacted to a thing done."""
    return any(c.dep_ == "amod" and c.lower_ in NOUN_CERTAINTY for c in noun.children)


def named_again(noun: Token) -> bool:
    """ "hailed the ruling", "condemned this attack": "the" or "this" with nothing of the
    noun's own (no owner, party, name or clause) points back at a happening told before,
    perhaps by another verb ("the court rejected the objections … Libya hailed the ruling")."""
    children = list(noun.children)
    return any(c.dep_ == "det" and c.lower_ in _POINTING_BACK for c in children) and all(
        c.dep_ in _BARE_DEPS for c in children
    )
