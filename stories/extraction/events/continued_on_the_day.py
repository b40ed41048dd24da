"""A happening that "continued" on the day of the news is still going on as it is told.

WHY: hard news tells the state of things at press time in the past tense. "The military
buildup continued at a fever pace", undated or dated the day the story is written (or the day
before, for a morning paper), says that the buildup had not ended when the story went out: the
same as a present "continues" (under_way), so the happening named by the noun is ongoing, not
over. What someone "continued to do" keeps its own clause's certainty: measured on blind news,
reading it as going on kept clauses that matched no happening ("water continued to gush").
The rest of a past "continued"
keeps its tense: one with a closing bound ("until 2005", "through the night", "into Tuesday
night", "for an hour") ended; one in a clause of time or reason ("as the search continued,
officers found him") sets the scene of another deed; one with an auxiliary ("had continued",
"would continue") or negated is not told as standing now; one dated days before the news is
history. One tied to a past clause of time ("continued to chant as the mayor spoke",
"continued before police cleared the square") or joined to its end ("talks continued but
ended without a deal") ended too.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from stories.extraction.events.lexicon import NEGATIONS

# Prepositions that close the span of a continuing: "until 2005", "till dawn".
_CLOSING = frozenset({"until", "till"})
# Prepositions that close it when a time follows: "through the night", "for an hour", "into
# Tuesday night" (not "searched for the suspect", "looked into the case").
_CLOSING_WITH_TIME = frozenset({"through", "throughout", "into", "for"})
# Nouns of a span of time, for "for an hour" when the tagger gives it no time entity.
_SPANS = frozenset(
    {"minute", "hour", "night", "day", "week", "month", "year", "decade", "evening", "morning"}
)
# Subordinators that make the "continued" clause a setting for another: "as the search continued".
_SETTING = frozenset({"as", "while", "when", "whilst", "after", "before", "until", "because"})
# Verbs a "continued" clause may be joined to that end it: "talks continued but ended".
_ENDINGS = frozenset({"end", "stop", "finish", "conclude", "halt", "cease", "collapse"})
# Subordinators of a past clause that bounds the continuing: "before police cleared the
# square", "as the mayor spoke", "until a ceasefire took hold".
_BOUNDING = frozenset({"until", "till", "before", "as", "while", "whilst", "when"})
# A year, or a word that puts a time in the past: "in 1996", "last year", "two years ago".
_PAST_TIME = re.compile(r"\b(1[89]|20)\d\d\b|\b(last|ago|earlier|previous)\b", re.IGNORECASE)
# How many sentences before an undated "continued" may set it in a past.
_SENTENCES_BACK = 2
# How many days before publication a day still counts as the day of the news.
_NEWS_DAYS = 1


def continued_on_the_day(governor: Token, date: dt.date | None, published: dt.date | None) -> bool:
    """ "continued" (a plain past, no auxiliary), undated or of the news day or the day before,
    with no closing bound and heading no clause of time: what it continues is still going on."""
    if governor.lemma_.lower() != "continue" or governor.tag_ != "VBD":
        return False
    if date is not None and published is not None and not _news_day(date, published):
        return False
    if date is None and _in_a_told_past(governor):
        return False
    children = list(governor.children)
    if any(c.dep_ in ("aux", "auxpass", "neg") or c.lower_ in NEGATIONS for c in children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in _SETTING for c in children):
        return False
    spans = children + [t for c in children if c.dep_ == "xcomp" for t in c.children]
    if any(c.dep_ == "conj" and c.lemma_.lower() in _ENDINGS for c in children):
        return False  # "talks continued but ended without a deal"
    if any(c.dep_ == "advcl" and _past_bound(c) for c in spans):
        return False  # "continued to chant as the mayor spoke": it went on then
    return not any(c.dep_ == "prep" and closes_span(c) for c in spans)


def _past_bound(clause: Token) -> bool:
    """ "before police cleared the square", "as the mayor spoke": a past clause of time that
    ties the continuing to another happening gone by."""
    told_past = clause.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in clause.children
    )
    return told_past and any(c.dep_ == "mark" and c.lower_ in _BOUNDING for c in clause.children)


def _in_a_told_past(verb: Token) -> bool:
    """ "The group began to fall apart in mid-1996. A hardcore group continued to hold out": an
    undated "continued" whose sentence, or one of the two before it, names a year or a time gone
    ("last year", "two years ago") goes on in that past, not on the news day."""
    sentences = [verb.sent]
    while len(sentences) <= _SENTENCES_BACK and sentences[-1].start > 0:
        sentences.append(verb.doc[sentences[-1].start - 1].sent)
    return any(
        ent.label_ == "DATE" and _PAST_TIME.search(ent.text)
        for sent in sentences
        for ent in sent.ents
    )


def _news_day(date: dt.date, published: dt.date) -> bool:
    """The day of publication or up to _NEWS_DAYS before it."""
    return dt.timedelta(0) <= published - date <= dt.timedelta(days=_NEWS_DAYS)


def closes_span(preposition: Token) -> bool:
    """ "until 2005", "through the night", "for an hour": a bound that ends the continuing."""
    if preposition.lower_ in _CLOSING:
        return True
    if preposition.lower_ not in _CLOSING_WITH_TIME:
        return False
    return any(
        o.dep_ == "pobj" and (o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in _SPANS)
        for o in preposition.children
    )
