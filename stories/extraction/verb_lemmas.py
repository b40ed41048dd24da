"""Past forms and gerunds of short verbs ending in "e" get their own lemma: "staged" is "stage".

spaCy's rule lemmatiser strips "-ed" or "-ing" and keeps the first stem its verb list knows:
"staged" becomes "stag", "waged" "wag", "raged" "rag", because those are verbs too. English
spelling settles it: a one-syllable verb ending in one vowel and one consonant doubles the
consonant before "-ed" and "-ing" ("stag", "stagged"), so a single consonant there means the
stem ended in a silent "e" ("stage", "staged"). The same spelling rule mends "scamming",
lemmatised "scamme": a doubled consonant before the suffix belongs to the short stem ("scam").
"staged a sit-in" then reaches the light verb "stage", and "waged war" its verb.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

_LEMMATIZERS: dict = {}
# One syllable: consonants, one vowel, one final consonant that would double ("stag", "hop").
_SHORT_STEM = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")
_SUFFIXES = ("ed", "ing")


def add_verb_lemmas(nlp: Language) -> None:
    """Mend the lemmas of `nlp`'s verbs after its lemmatiser (see the module docstring)."""
    if "lemmatizer" in nlp.pipe_names:
        _LEMMATIZERS[nlp.vocab] = nlp.get_pipe("lemmatizer")
        nlp.add_pipe("verb_lemmas", after="lemmatizer")


def _verbs(doc: Doc) -> frozenset[str]:
    lemmatizer = _LEMMATIZERS.get(doc.vocab)
    if lemmatizer is None:
        return frozenset()
    return lemmatizer.lookups.get_table("lemma_index").get("verb", frozenset())


def mended_lemma(form: str, lemma: str, verbs) -> str:
    """The lemma of a verb form by English spelling, when the lemmatiser's stem breaks it."""
    suffix = next((s for s in _SUFFIXES if form.endswith(s)), None)
    if suffix is None:
        return lemma
    stem = form[: -len(suffix)]
    if lemma == stem and _SHORT_STEM.match(stem) and stem + "e" in verbs:
        return stem + "e"
    doubled = len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiousl"
    if lemma == stem + "e" and lemma not in verbs and doubled and stem[:-1] in verbs:
        return stem[:-1]
    return lemma


@Language.component("verb_lemmas")
def verb_lemmas(doc: Doc) -> Doc:
    """Set each verb's mended lemma (see `mended_lemma`)."""
    verbs = _verbs(doc)
    if not verbs:
        return doc
    for token in doc:
        if token.pos_ == "VERB" and token.tag_ in ("VBD", "VBN", "VBG"):
            token.lemma_ = mended_lemma(token.lower_, token.lemma_, verbs)
    return doc
