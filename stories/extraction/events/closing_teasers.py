"""A closing sentence that tells another story: a teaser the page appended to the article.

News pages end an article with a blurb of another story of the same section ("Related",
"More from …" whose label did not survive the copy): one long sentence about other actors and
other things, joined to the last paragraph when the page's text is flattened. The parser reads
it like any other sentence, so its clauses become events of this article that belong to no
story it tells (LGL dev: six texts of one outlet end with the same paragraph-long blurb about
another industry, each giving an event nothing in the gold matches).

Its shape, stated without any outlet's words: the article's last sentence is long (at least
`_MIN_NOUNS` different nouns, a paragraph's worth), names someone or something, and every
name in it is new to the article; at most a third of its nouns were used before; and it has no
personal pronoun, which would stand for someone the article told of. A real closing sentence
fails at least one of these: it names the story's people or places again, goes on with "he",
"they" or "his", reuses the story's nouns, or is short (a last quote, "Sentencing is set for
May 7", "On March 11, a teen killed 12 people in Germany": a related happening the story
itself recalls, which gold counts). On the four dev batches only the six blurbs pass.

A blurb is a lede of a story still going on: its main verb is in the present ("suppliers are
cracking down") and it carries no calendar day of its own. A long closing sentence in the past
("in a separate case, a judge last month sentenced …", "elsewhere, Riverside drew with …", "last
year a blaze at the mill killed …") is a related happening the article recalls, and one dated to
a day or month ("the board meets next on Dec. 9 …") is a happening the article announces; both
are kept whatever names they bring.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from stories.extraction.times.vocab import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

_NAMES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
_MIN_NOUNS = 8  # a blurb summing up another story: the dev blurb has 16, closing lines 2–7
_SHARED_AT_MOST = 1 / 3  # of its nouns the article used before (the dev blurb: 0–5 of 16)
_MIN_SENTENCES = 3  # a short text is all lead and no page furniture
_PRESENT = frozenset({"VBZ", "VBP"})
_CALENDAR = frozenset(w.lower() for w in (*MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS))


def closing_teaser_start(sentences: list[Span], text: str) -> int | None:
    """The character offset where a closing teaser of another story begins, or None.

    `sentences` are the document's sentences in order and `text` the document's text."""
    told = [s for s in sentences if any(t.is_alpha for t in s)]
    if len(told) < _MIN_SENTENCES:
        return None
    last = told[-1]
    before = text[: last.start_char].lower()
    names = [e.text for e in last.ents if e.label_ in _NAMES]
    if not names or any(_named_before(name, before) for name in names):
        return None
    if any(t.tag_ in ("PRP", "PRP$") for t in last):
        return None  # "they", "his": someone the article told of
    if not _told_in_present(last.root) or _dated(last):
        return None  # a related happening recalled or announced, not a lede
    nouns = {t.lemma_.lower() for t in last if t.pos_ == "NOUN"}
    if len(nouns) < _MIN_NOUNS:
        return None
    doc = last.doc
    used = {t.lemma_.lower() for t in doc[: last.start] if t.pos_ == "NOUN"}
    if len(nouns & used) > _SHARED_AT_MOST * len(nouns):
        return None
    return last.start_char


def _named_before(name: str, before: str) -> bool:
    """Whether the article named this before ("Acme's" counts as "Acme")."""
    bare = name.lower().removesuffix("'s").removesuffix("’s").removeprefix("the ")
    return bare in before


def _told_in_present(verb: Token) -> bool:
    """Whether the main verb is in the present ("surges", "are cracking", "has raised"),
    not the past ("sentenced") or a modal ("will meet")."""
    auxes = [t for t in verb.children if t.dep_ in ("aux", "auxpass")]
    if any(t.tag_ in ("VBD", "MD") for t in auxes):
        return False
    return verb.tag_ in _PRESENT or any(t.tag_ in _PRESENT for t in auxes)


def _dated(sentence: Span) -> bool:
    """Whether the sentence names a calendar point: a year or day number, a month or a weekday
    ("on Dec. 9", "in 1882"; "just weeks before" is no date)."""
    for ent in sentence.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if any(t.like_num or t.lower_.rstrip(".") in _CALENDAR for t in ent):
            return True
    return False
