"""The verb form a headline says, read from the text's own form when the lemma is doubtful.

A title puts its verb in the present ("Ortega arrives"), made from the verb's lemma. The
model's lemmatizer guesses a regular past's stem by suffix rules and a word list: "staged"
may come out as "stag", "raped" as "rap", an unknown "maxed" as "maxe". A present made from a
wrong stem says another deed ("stags coup"), so the stem is checked against English spelling:
a one-syllable verb ending consonant-vowel-consonant doubles that consonant before "-ed"
("rapped", "stagged"), so "raped" and "staged" come from "rape" and "stage". When no known
verb, or more than one, could have been written so, the title keeps the text's own past
form, which is always a right English form ("monitors maxed out").

A plural subject capitalised only because it opens a sentence ("Kidnappers kept their
promise") is often tagged as a singular name; its verb agrees with the plural it is.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

_VOWELS = frozenset("aeiou")
_IRREGULAR_PRESENT = {"be": ("is", "are"), "have": ("has", "have"), "do": ("does", "do")}


@cache
def _known(part_of_speech: str) -> frozenset[str]:
    """The lemmatizer's own list of known lemmas for a part of speech ("verb", "noun")."""
    from stories.extraction.nlp import get_nlp

    lemmatizer = get_nlp().get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    return frozenset(index.get(part_of_speech, ()))


def _doubles(stem: str) -> bool:
    """Whether a one-syllable stem doubles its last consonant before "-ed" ("rap" -> "rapped")."""
    if len(stem) < 3 or stem[-1] in _VOWELS or stem[-1] in "wxy":
        return False
    vowels = sum(1 for ch in stem if ch in _VOWELS)
    return vowels == 1 and stem[-2] in _VOWELS and stem[-3] not in _VOWELS


def regular_stems(past: str) -> list[str]:
    """Every stem a regular "-ed" form could be spelt from: "staged" -> stage, stag."""
    stem = past[:-2]
    stems = [stem + "e", stem]
    if stem.endswith("i"):
        stems.append(stem[:-1] + "y")  # "carried"
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
        stems.append(stem[:-1])  # "planned"
    return [s for s in stems if s]


def sure_lemma(verb: Token) -> str | None:
    """The verb's lemma when the text's form bears it out; None when it is doubtful.

    Only a regular past the lemmatizer made by suffix rules is checked: an irregular form
    ("led", "fled") comes from its word list and stands."""
    lemma = verb.lemma_.lower()
    text = verb.lower_
    if verb.tag_ not in ("VBD", "VBN") or not text.endswith("ed") or " " in lemma:
        return lemma
    stems = regular_stems(text)
    if lemma not in stems:
        return lemma
    # "re-elected": a prefixed verb is known by its last part
    known = [s for s in dict.fromkeys(stems) if s.rsplit("-", 1)[-1] in _known("verb")]
    if len(known) == 1:
        return known[0]
    if not known:
        return None
    plain = text[:-2]
    if len(plain) > 2 and plain[-1] == plain[-2] and plain[:-1] in known:
        return plain[:-1]  # "planned": "plan", not "plane"
    if plain + "e" in known and _doubles(plain):
        return plain + "e"  # "raped": "rap" would be "rapped"
    return None


def headline_verb(verb: Token, *, plural: bool) -> str:
    """The verb as a title says it: the present of a sure lemma, else the text's past."""
    lemma = sure_lemma(verb)
    return verb.lower_ if lemma is None else present(lemma, plural=plural)


def opening_plural(head: Token) -> bool:
    """ "Rebels kept their word": a word opening its sentence, capitalised and tagged a
    name, that is the plural of a known common noun."""
    text = head.lower_
    if head.tag_ != "NNP" or not text.endswith("s") or text.endswith("ss"):
        return False
    if not head.is_sent_start and not (head.i > 0 and head.nbor(-1).is_punct):
        return False
    singular = text[:-1]
    nouns = _known("noun")
    return singular in nouns and text not in nouns


# Entities a bare number names that count no people or things: a year, a share, a sum.
_NOT_COUNTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY"})


def counted_plural(subject: Token) -> bool:
    """ "300 lose jobs", "Three hundred of the workers lose": a numeral subject counts more
    than one, unless it is "one", a sum of money ("$3 million of the loan goes"), or a year, a
    share or an amount named by the number ("2019 saw a rise", "5% goes")."""
    if subject.tag_ != "CD" or subject.lower_ in ("one", "1"):
        return False
    if subject.ent_type_ in _NOT_COUNTS:
        return False
    return not any(c.tag_ == "$" for c in subject.children)


def said_plural(subject: Token, who: str, *, plural: bool) -> bool:
    """Whether the title's verb agrees with a plural (`plural`: the parse's own reading).
    "Kidnappers keep" (a plural tagged as a name because it opens its sentence); but "He and
    Arafat meet", said in the title by one name, takes a singular verb."""
    if opening_plural(subject) or counted_plural(subject):
        return True
    own = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("they", "we", "you")
    return plural and (own or " and " in who)


def present(lemma: str, *, plural: bool) -> str:
    """Third-person present of a verb lemma ("stop" -> "stops", "hold talks" -> "holds talks")."""
    if " " in lemma:
        first, rest = lemma.split(" ", 1)
        return present(first, plural=plural) + " " + rest
    if lemma in _IRREGULAR_PRESENT:
        return _IRREGULAR_PRESENT[lemma][plural]
    if plural:
        return lemma
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


@cache
def _irregular_verbs() -> dict:
    """The lemmatizer's own list of irregular verb forms ("found" -> ["find"])."""
    from stories.extraction.nlp import get_nlp

    lemmatizer = get_nlp().get_pipe("lemmatizer")
    return dict(lemmatizer.lookups.get_table("lemma_exc").get("verb", {}))  # type: ignore[attr-defined]


def irregular_stems(word: str) -> list[str]:
    """The lemmas the lemmatizer's list gives an irregular form ("shot" -> ["shoot"])."""
    return list(_irregular_verbs().get(word, ()))


@cache
def irregular_verb_forms(lemma: str) -> tuple[str, ...]:
    """Every irregular form the lemmatizer's list gives a verb ("take" -> "taken", "took")."""
    return tuple(form for form, lemmas in _irregular_verbs().items() if lemma in lemmas)


def irregular_form_of(word: str, lemma: str) -> bool:
    """Whether the word is an irregular form of the verb ("found" of "find", "shot" of
    "shoot"), which shares no stem with it: a passive headline says the participle."""
    return lemma in _irregular_verbs().get(word, ())


# Verbs whose participle is the lemma itself ("has run", "has come"), not their past.
LEMMA_PARTICIPLES = frozenset({"run", "come", "become", "overcome", "outrun"})


def participle(word: str, lemma: str) -> str:
    """The past participle of a verb the text spells `word` (a past or a participle), for a
    headline passive: a regular past is its own ("robbed"); a past spelt as the lemma ("beat",
    "cut") or another irregular past ("took", "stole") gives way to the lemmatizer's "-n" form
    ("beaten", "taken", "stolen") when the verb has one; "ran" and "came" to their lemma; else
    the past is the participle too ("shot", "found", "cut")."""
    if word.endswith("ed"):
        return word
    if lemma in LEMMA_PARTICIPLES:
        return lemma
    spelt = [
        form
        for form in irregular_verb_forms(lemma)
        if form != word and form.endswith("n") and not form.endswith("ing")
    ]
    return spelt[0] if len(spelt) == 1 else word
