"""Short verbs ending in a silent "e" keep it in their lemma (stories.extraction.verb_lemmas)."""

from stories.extraction.nlp import get_nlp
from stories.extraction.verb_lemmas import mended_lemma


def _verb_lemmas(text: str) -> list[str]:
    return [t.lemma_ for t in get_nlp()(text) if t.pos_ == "VERB"]


def test_a_past_with_one_consonant_before_ed_keeps_the_silent_e():
    assert _verb_lemmas("Protesters staged a rally outside the court.") == ["stage"]


def test_a_past_with_a_doubled_consonant_keeps_the_short_stem():
    assert _verb_lemmas("The shop stopped the sale.") == ["stop"]


def test_a_gerund_with_a_doubled_consonant_keeps_the_short_stem():
    assert mended_lemma("scamming", "scamme", {"scam"}) == "scam"


def test_a_longer_verb_is_left_as_the_lemmatiser_had_it():
    assert mended_lemma("visited", "visit", {"visit", "visite"}) == "visit"
