"""Someone brought in unnamed, then named: "A Norfield man was arrested Sunday. John Roe,
19, was arrested at City Hall by …" tells one arrest.

Local news opens on a person or a thing by a description with "a" ("a Norfield woman", "a
body", "a judge") and names it in the sentence or two after, telling the same deed again with
its details: "A judge ruled Monday that the city owes the firm. … Judge Ann Lee ruled the city
did have a contract." Read clause by clause, the two tellings are two events with one verb and
one day, and a timeline would show the arrest twice. The later telling, whose subject is the
name, is the same happening as the earlier one when it follows within three sentences, tells it
with the same word, as done, on the same day (or, when either day was only lent by its sentence
or the story, on a day and week that overlap: "said this week that Biscuit was found"). The two fold
into the first, whose quote then reaches over the naming (its details are the happening's), and
which takes the person the naming gives. Two subjects both named or both described ("Officers
arrested Ann Roe … Officers arrested Tom Poe") are two deeds and stay apart, and so are a
description and a name whose tellings set them apart: the later one says it is another deed
("was also arrested", "in a separate crash", "a second man"), or the two state different places
("in Springfield" … "in Boston") or different happenings as the cause ("died in a fire" … "died
after a fall").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token

from stories.extraction.doc_text import doc_text
from stories.extraction.entities import PLACE_LABELS
from stories.extraction.events.dates import dates_overlap
from stories.extraction.events.folding import anchor_of, own_date
from stories.extraction.events.lexicon import (
    INDEFINITE_ARTICLES,
    LOCATIVE_PREPOSITIONS,
    NOUN_CLASSES,
)
from stories.extraction.events.time_phrases import TIME_ENTITIES
from stories.extraction.events.undergoers import period_of
from stories.extraction.mentions import EventCandidate

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
REACH = 3  # sentences: the naming follows at once, or after a sentence or two of detail
# The key under which `numbered_by_sentence` keeps each event's sentence in its `extra`.
SENTENCE = "sentence"
# Words by which a telling says its deed is not the one told before: "was also arrested",
# "in a separate crash", "another man", "a second victim".
ANOTHER_DEED_WORDS = frozenset({"also", "another", "separate", "second", "unrelated"})
# Prepositions whose object is what brought the deed about: "died after a fall".
_CAUSAL = frozenset({"after", "following", "from", "during"})


def fold_named_next(events: list[EventCandidate], doc: Doc) -> list[EventCandidate]:
    """The events with each telling that names an earlier one's described subject folded
    into it (see the module's docstring): into the nearest such telling before it, which
    takes one naming only (the next "A … was arrested" opens another item)."""
    starts = [sentence.start for sentence in doc.sents]
    kept: list[EventCandidate] = []
    anchors: list[Token | None] = []
    named: set[int] = set()
    for event in events:
        anchor = anchor_of(event, doc)
        at = next(
            (
                n
                for n in range(len(kept) - 1, -1, -1)
                if n not in named and _names_it(kept[n], anchors[n], event, anchor, starts)
            ),
            None,
        )
        if at is None:
            kept.append(event)
            anchors.append(anchor)
            continue
        kept[at] = _folded(kept[at], event, doc)
        named.add(at)
    return kept


def numbered_by_sentence(events: list[EventCandidate], doc: Doc) -> list[EventCandidate]:
    """The events, each with the number of the sentence its word stands in (`SENTENCE` in its
    `extra`), counted as the fold counts its reach: so events.unnamed_leads, which has no
    document, takes exactly the namings beyond it."""
    sentences = list(doc.sents)
    starts = [sentence.start for sentence in sentences]
    starts_at = [sentence.start_char for sentence in sentences]
    numbered = []
    for event in events:
        anchor = anchor_of(event, doc)
        number = (
            bisect_right(starts, anchor.i)
            if anchor is not None
            else bisect_right(starts_at, event.start)
        )
        numbered.append(replace(event, extra={**event.extra, SENTENCE: number}))
    return numbered


def _names_it(
    earlier: EventCandidate,
    first: Token | None,
    later: EventCandidate,
    second: Token | None,
    starts: list[int],
) -> bool:
    if first is None or second is None or earlier.trigger != later.trigger:
        return False
    if earlier.certainty != "occurred" or later.certainty != "occurred":
        return False
    if not _same_day(earlier, later):
        return False
    distance = bisect_right(starts, second.i) - bisect_right(starts, first.i)
    if not 0 < distance <= REACH:
        return False
    return _described(first) and _named(second) and not _told_apart(first, second)


# A lent period this narrow may hold the other telling's day; a month or year says nothing.
_NEAR_PRECISIONS = frozenset({"day", "week"})


def _same_day(earlier: EventCandidate, later: EventCandidate) -> bool:
    """The same day, or, when either day was only lent by the sentence or the story ("said
    this week that Biscuit the terrier was found"), a day and a week or two weeks that
    overlap (a lent month or year is too wide to say one day)."""
    if earlier.date_start is None or later.date_start is None:
        return False
    if earlier.date_start == later.date_start:
        return True
    if own_date(earlier) and own_date(later):
        return False
    if {earlier.date_precision, later.date_precision} - _NEAR_PRECISIONS:
        return False  # "said this year that Tom Lee was arrested": too wide to be one day's
    return dates_overlap(period_of(earlier), period_of(later))


def _told_apart(first: Token, second: Token) -> bool:
    """Whether the later telling sets its deed apart from the earlier one: it says so
    ("also", "separate", "another"), or the two state different places or causes."""
    if says_another_deed(_clause(second)):
        return True
    for stated in (_places, _causes):
        earlier, later = stated(first), stated(second)
        if earlier and later and not earlier & later:
            return True
    return False


def says_another_deed(words: Iterable[Token]) -> bool:
    """Whether the words say their deed is not one told before ("was also arrested", "a
    second man"), a word that only opens a compound aside ("second-degree assault")."""
    return any(t.lower_ in ANOTHER_DEED_WORDS and not _hyphened(t) for t in words)


def _hyphened(word: Token) -> bool:
    """Whether the word opens a compound ("second-degree assault"): no word of its own."""
    return word.i + 1 < len(word.doc) and word.nbor().text == "-"


def _clause(verb: Token) -> list[Token]:
    """The verb's own clause, without the clauses hung on it ("…, her son said")."""
    inner = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis", "conj", "advcl")]
    return [t for t in verb.subtree if not any(t in c.subtree for c in inner)]


def _places(verb: Token) -> set[str]:
    """The named places the clause states as where: "in Boston", "on Main Street"."""
    return {
        " ".join(w.text for w in t.subtree if w.ent_type_ in PLACE_LABELS)
        for t in _clause(verb)
        if t.dep_ == "pobj"
        and t.head.lower_ in LOCATIVE_PREPOSITIONS | {"on"}
        and t.ent_type_ in PLACE_LABELS
    }


def _causes(verb: Token) -> set[str]:
    """The happenings the verb's own prepositions name as its deed's cause: "died in a fire",
    "died after a fall"."""
    found = set()
    for t in _clause(verb):
        if t.dep_ != "pobj" or t.pos_ != "NOUN" or t.ent_type_ in TIME_ENTITIES:
            continue
        if t.head.head != verb:
            continue  # "on a charge of assault": the charge's offence, no cause of the deed
        lemma = t.lemma_.lower()
        if t.head.lower_ in _CAUSAL or lemma in NOUN_CLASSES:
            found.add(NOUN_CLASSES.get(lemma, lemma))
    return found


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


def _described(verb: Token) -> bool:
    """Whether the verb's subject is one thing or person brought in by "a"/"an": "a Norfield
    man", "a body"."""
    subject = _subject(verb)
    return (
        subject is not None
        and subject.pos_ == "NOUN"
        and subject.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in subject.children)
    )


def _named(verb: Token) -> bool:
    """Whether the verb's subject is a name: "John Roe", "Judge Ann Lee"."""
    subject = _subject(verb)
    return subject is not None and subject.pos_ == "PROPN"


def _folded(earlier: EventCandidate, later: EventCandidate, doc: Doc) -> EventCandidate:
    end = max(earlier.end, later.end)
    return replace(
        earlier,
        end=end,
        quote=doc_text(doc)[earlier.start : end],
        people=earlier.people or later.people,
    )
