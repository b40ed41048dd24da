"""Words written with a verbal prefix and a hyphen stay one token: "re-elected", "co-wrote".

spaCy splits every hyphen between letters, which leaves "re", "-", "elected": the parser then
takes "re" for the verb and the clause loses its event ("Democrats re-elected the governor").
A prefix that only modifies the word it joins ("re-", "co-", "pre-", "un-", "mis-", "out-",
"over-", "under-") is kept with it, so the word is tagged and lemmatised as a whole
("re-elect"); so is a word ending in "-in" ("sit-in", "break-in", "built-in"), a compound
noun or adjective whose "in" the parser would otherwise read as a preposition ("vowed to sit
- in at the parliament"); written in lower case it is tagged a common noun
(`in_compound_nouns`), not the proper noun the small model guesses for an unseen word. Any
other hyphen ("Delhi-NCR", "anti-government") is split as before; "-off", "-out" and "-up"
were tried and left split: the small model tags a whole "sell-off" as a preposition by its
ending.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

#: Prefixes that make a new verb (or its noun) of the word they are hyphened to.
VERBAL_PREFIXES = ("re", "co", "pre", "un", "mis", "out", "over", "under")
_HYPHENS = "(?:-|–|—|--|---|——|~)"
#: A plain hyphen between a letter and a final "in" or "ins" joins a compound noun or adjective
#: ("sit-in", "break-in", "built-in", "Moon Jae-in"): split, the parser takes "in" for a
#: preposition or particle. A dash ("seen—in droves") or a number ("a 32-in TV") still splits.
_NOT_BEFORE_IN = "(?!(?<=[^\\W\\d_]-)[iI][nN][sS]?$)"
_LEMMATIZERS: dict = {}
_IN_COMPOUND = re.compile(r"[^\W\d_]+-ins?", re.IGNORECASE)


def keep_prefixed_words(nlp: Language) -> None:
    """Make `nlp`'s tokenizer keep "re-elected"-like words whole."""
    guard = "".join(f"(?<!^{p})(?<!^{p.capitalize()})" for p in VERBAL_PREFIXES)
    infixes = [
        rule.replace(_HYPHENS, guard + _HYPHENS.replace("-|", "-" + _NOT_BEFORE_IN + "|", 1), 1)
        if _HYPHENS in rule
        else rule
        for rule in nlp.Defaults.infixes
    ]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    if "attribute_ruler" in nlp.pipe_names:
        nlp.add_pipe("in_compound_nouns", after="attribute_ruler")
    if "lemmatizer" in nlp.pipe_names:
        _LEMMATIZERS[nlp.vocab] = nlp.get_pipe("lemmatizer")
        nlp.add_pipe("prefixed_lemmas", after="lemmatizer")


@Language.component("prefixed_lemmas")
def prefixed_lemmas(doc: Doc) -> Doc:
    """ "re-elected" lemmatised as "re-elect": the prefix joined to the lemma of the word it
    prefixes, which the rule lemmatiser finds when it sees that word alone ("elected": "elect")."""
    lemmatizer = _LEMMATIZERS.get(doc.vocab)
    if lemmatizer is None:
        return doc
    for token in doc:
        prefix, hyphen, rest = token.lower_.partition("-")
        if not hyphen or prefix not in VERBAL_PREFIXES or not rest.isalpha():
            continue
        word = Doc(doc.vocab, words=[rest])[0]
        word.pos_ = token.pos_
        lemmas = lemmatizer.rule_lemmatize(word)
        if lemmas:
            token.lemma_ = f"{prefix}-{lemmas[0]}"
    return doc


@Language.component("in_compound_nouns")
def in_compound_nouns(doc: Doc) -> Doc:
    """ "the sit-in", "Sit-ins spread": the small model tags a whole "-in" compound it has not
    seen as a proper noun, which no rule reads as a happening. Written in lower case (or with
    only the capital that starts a sentence) it is a common noun; "Moon Jae-in" stays a name."""
    for token in doc:
        if token.tag_ not in ("NNP", "NNPS") or not _IN_COMPOUND.fullmatch(token.text):
            continue
        if token.text[1:].islower() and (token.text[0].islower() or token.is_sent_start):
            token.tag_ = "NN" if token.tag_ == "NNP" else "NNS"
            token.pos_ = "NOUN"
    return doc
