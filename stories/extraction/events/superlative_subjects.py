"""A superlative standing for a noun the sentence before counted: "the largest" of the fires.

"Fifteen brush fires were burning in Volusia County. The largest, spanning 800 acres, was first
reported March 6. It doubled in size from Thursday to Friday": news English names one of a
counted set by its superlative alone, the noun left out because the sentence before just named
it. Said alone, "Largest reported" tells nothing, and an "it" that stands for it found no thing
to name, so the story's key happening had no title. A subject that is only "the" and a
superlative adjective is the plural noun the sentence before made its subject, one of them: the
largest brush fire. Not a sayer's ("Officials said several bridges were closed. The oldest
collapsed": the oldest bridge), and a count is said by what it counts ("Hundreds of fans
waited. The earliest arrived": the earliest fan, not "hundred").
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import ATTRIBUTION_VERBS

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Nouns that count what their "of" names: "hundreds of fans" are fans.
_COUNTS = frozenset({"tens", "dozens", "scores", "hundreds", "thousands", "millions"})


def superlative_stand_in(word: Token) -> Token | None:
    """The plural subject noun of the sentence before that a subject "the" + superlative
    adjective (no noun of its own) stands for, or None."""
    if word.tag_ != "JJS" or word.dep_ not in _SUBJECTS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in word.children):
        return None
    sentence = word.sent
    if sentence.start == 0:
        return None
    before = word.doc[sentence.start - 1].sent
    noun = next(
        (
            t
            for t in before
            if t.dep_ in _SUBJECTS
            and t.tag_ == "NNS"
            and t.head.pos_ in ("VERB", "AUX")
            and t.head.lemma_.lower() not in ATTRIBUTION_VERBS
        ),
        None,
    )
    return _counted(noun) if noun is not None else None


def _counted(noun: Token) -> Token:
    """The plural noun a count noun's "of" names ("hundreds of fans": fans), else `noun`."""
    if noun.lower_ not in _COUNTS:
        return noun
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = (
        next((c for c in of.children if c.dep_ == "pobj" and c.tag_ == "NNS"), None) if of else None
    )
    return counted or noun


def superlative_words(word: Token) -> str | None:
    """ "largest brush fire" for a superlative stand-in (`superlative_stand_in`), else None."""
    noun = superlative_stand_in(word)
    if noun is None:
        return None
    compounds = [c.lower_ for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return " ".join([word.lower_, *compounds, noun.lemma_.lower()])
