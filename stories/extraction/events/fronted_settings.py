"""A deed named by a noun in a fronted, dated "In …" phrase: "In a police raid Thursday, …".

News often opens a sentence with the happening that sets the scene and gives it its own day
before the comma: "In a police raid at their home Thursday, the couple were arrested", "In a
verbal attack read on television Thursday, he called the president a liar". The main clause
then tells what came of it, and the verb would otherwise swallow the noun as its own setting
(events.nominals). Fronted and dated, the noun is a happening of its own.

Measured on the four dev batches: of event nouns after a preposition, only a few percent are
gold, but under a sentence-initial "In"/"During" with a date in the same fronted phrase, the
deeds (not sayings) were all gold. Sayings and meetings ("In an interview Friday, he said",
"In a statement issued Thursday") are left out: there the main verb tells what was said, and on
dev they were mostly not events of their own.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.dates import EventDate
from stories.extraction.events.lexicon import CHANNEL_NOUNS, NOUN_CLASSES

# Prepositions that front a happening as the scene of the clause.
_SCENE_PREPOSITIONS = frozenset({"in", "during"})
# Classes of talk and gathering: the main verb tells what was said there.
_TALK_CLASSES = frozenset({"announce", "speak", "meet"})
# Punctuation that may open a sentence before its first word.
_OPENERS = frozenset({'"', "“", "'", "‘", "``", "(", "-", "—"})


def fronted_dated_deed(noun: Token) -> bool:
    """Whether `noun` is a deed named in a sentence-opening "In"/"During" phrase that carries a
    date of its own before the comma: "In a police raid at their home Thursday, …"."""
    if noun.dep_ != "pobj" or noun.tag_ != "NN" or noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    if lemma in CHANNEL_NOUNS or NOUN_CLASSES.get(lemma) in _TALK_CLASSES | {None}:
        return False
    prep = noun.head
    if prep.lower_ not in _SCENE_PREPOSITIONS or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    sentence = noun.sent
    if any(t.text not in _OPENERS for t in sentence.doc[sentence.start : prep.i]):
        return False
    return any(t.ent_type_ == "DATE" for t in _fronted_phrase(prep))


def fronted_deed_date(noun: Token, time_at: dict[int, EventDate]) -> EventDate | None:
    """The date of the fronted phrase of a `fronted_dated_deed`: "Thursday" in "In a police
    raid at their home Thursday, …", which the parser hangs on the main verb."""
    if not fronted_dated_deed(noun):
        return None
    return next((time_at[t.i] for t in _fronted_phrase(noun.head) if t.i in time_at), None)


def _fronted_phrase(prep: Token) -> list[Token]:
    """The tokens from the fronted preposition up to the comma that closes its phrase."""
    phrase = []
    for token in prep.doc[prep.i : prep.sent.end]:
        if token.text == ",":
            break
        phrase.append(token)
    return phrase
