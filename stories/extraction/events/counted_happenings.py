"""Event nouns that a sentence tells as happenings by counting their victims or reporting them.

Two general ways news names a happening with a noun that has neither a date, nor "the" with a
singular, nor a named party:

- its victims counted: "the deaths of two climbers", "the killings of five farmers", "the
  famine caused 3,000 deaths". A count of the dead or hurt is a toll, and a toll is only ever
  of something that took place. A count on the noun alone is a toll only as what something
  did ("caused 3,000 deaths"): "there were 61 deaths last year" tallies a statistic, not a
  happening.
- the noun reported, confirmed or seen in the past passive: "explosions were reported near
  the harbour", "gunfire was heard across the city". The verb vouches
  that the happening took place (as it does in a relative clause, nominals._witnessed).
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import (
    ATTRIBUTION_VERBS,
    NOUN_CLASSES,
    SIGHTING_VERBS,
)

# Classes whose nouns count their victims: the killing or the dying.
_TOLL_CLASSES = frozenset({"kill", "die"})
# Verbs that vouch in the past passive that a happening named as their subject took place.
_VOUCHING = ATTRIBUTION_VERBS | SIGHTING_VERBS | {"hear", "record", "observe", "detect"}


def counted_toll(noun: Token) -> bool:
    """ "the deaths of two climbers", "caused 3,000 deaths": a killing or dying noun
    whose victims are counted, on its "of" object or, as a verb's object, on the noun."""
    if NOUN_CLASSES.get(noun.lemma_.lower()) not in _TOLL_CLASSES:
        return False
    modal, present = _tense_of_its_clause(noun)
    if modal:
        return False  # "could cause 2,000 deaths": a toll feared, for certainty to judge
    if _has_numeral_modifier(noun) and noun.dep_ == "dobj":
        # "caused 3,000 deaths"; not a tally, "there were 61 deaths last year", nor a rate,
        # "smoking causes 480,000 deaths a year"
        return not present
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(c.dep_ == "pobj" and _has_numeral_modifier(c) for c in prep.children)
        for prep in noun.children
    )


def _tense_of_its_clause(noun: Token) -> tuple[bool, bool]:
    """Whether the clause the noun is told in has a modal ("may have caused"), and whether it
    is in the present ("causes"); a participle ("causing") takes its governor's tense."""
    verb = noun.head
    for _ in range(4):
        if verb.pos_ not in ("VERB", "AUX"):
            verb = verb.head
            continue
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a.tag_ == "MD" for a in auxiliaries):
            return True, False
        if verb.tag_ in ("VBZ", "VBP", "VBD") or auxiliaries or verb.head == verb:
            present = verb.tag_ in ("VBZ", "VBP") or any(
                a.tag_ in ("VBZ", "VBP") and a.lemma_ != "have" for a in auxiliaries
            )
            return False, present
        verb = verb.head
    return False, False


def _has_numeral_modifier(noun: Token) -> bool:
    """A number on the noun: "two climbers", "at least nine miners", "more than 1,000"."""
    return any(c.dep_ == "nummod" and c.like_num for c in noun.children)


def reported_in_the_past(noun: Token) -> bool:
    """ "explosions were reported near the harbour", "a blast was heard": an event noun
    that is the subject of a past passive of reporting or perceiving. Denied ("no injuries
    were reported") or doubted subjects are for certainty to judge, and a negated verb says
    nothing was told."""
    if noun.dep_ != "nsubjpass":
        return False
    verb = noun.head
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return False
    return past_passive(verb, _VOUCHING, perfect=True)


def past_passive(verb: Token, lemmas: frozenset[str], *, perfect: bool = False) -> bool:
    """ "was confirmed", "were seen" (and, with `perfect`, "has been reported"): a past
    passive of one of `lemmas`, the form in which a telling vouches that something took
    place (here of a subject, in nominals._witnessed of a relative clause's noun)."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in lemmas:
        return False
    return any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children) or (
        perfect and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    )
