"""Sayings that are news in themselves because they have an occasion of their own.

A reporting verb with a clause ("X said that …", "'…,' Y told the crowd") is normally only
the frame of what was said: the event is in the clause. When what was said reports no
happening at all (an opinion, a boast, a count, a feeling: "'we are winning,' the mayor said
on Friday", "organisers said on Sunday that two thousand had come"), the frame is all the
story tells, and a saying with a day of its own is a public act that happened then. A quote,
the speaker's own words, is one too at an occasion ("before the hearing", "at a rally") or
before an audience that is not the press ("told cheering supporters"). The writer's undated
"said" stays a frame, and so does a saying whose clause is itself an event: the happening is
told there.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.events.audiences import PRESS
from stories.extraction.events.context import MentionIndex
from stories.extraction.events.folding import anchor_of, told_within
from stories.extraction.events.lead_findings import tells_a_finding
from stories.extraction.events.saying_verbs import STATEMENT_VERBS
from stories.extraction.events.sites import tensed
from stories.extraction.events.time_phrases import dates_the_verb
from stories.extraction.events.verb_subjects import subject_of
from stories.extraction.mentions import EventCandidate

#: The class given to such sayings, which marks them for `drop_framing_sayings`.
SAYING_CLASS = "saying"
# Prepositions that place a saying at an occasion: "before the vote", "at a rally".
_OCCASION_PREPOSITIONS = frozenset({"before", "after", "at", "during"})
_QUOTE_MARKS = frozenset({"“", "”", '"', "``", "''"})


def occasioned_saying(verb: Token, index: MentionIndex) -> bool:
    """A main-clause saying with a clause, a speaker and a day of its own ("the mayor said on
    Friday that …"), or a quote at an occasion or to an audience of its own ("'…,' she told
    cheering supporters")."""
    # The statement verbs, whose clause is what was said: "stated", "insisted" as well as "said".
    if verb.lemma_.lower() not in STATEMENT_VERBS or verb.dep_ != "ROOT" or not tensed(verb):
        return False
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ == "neg" for c in verb.children):
        return False
    content = _content(verb)
    if content is None or not _speaker(verb, index):
        return False
    if _dated(verb):
        return True
    return _quoted(verb, content) and (_at_occasion(verb) or _audience(verb))


def _content(verb: Token) -> Token | None:
    """The clause said: a finite verb the saying takes."""
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)


def _quoted(verb: Token, content: Token) -> bool:
    """The speaker's own words, in quotation marks: what the speaker said then, worth telling
    for itself; undated, "the mayor told residents the bridge was safe" only passes on what
    the mayor holds."""
    words = [*content.subtree, *(c for c in verb.children if c.dep_ == "punct")]
    return any(w.text in _QUOTE_MARKS for w in words)


def _speaker(verb: Token, index: MentionIndex) -> bool:
    """A speaker the sentence names by a noun, or a pronoun the article resolves to a person."""
    subject = subject_of(verb)
    if subject is None or subject.dep_ == "nsubjpass":
        return False
    if subject.pos_ == "PRON":
        return index.person(subject) is not None
    return subject.pos_ in ("NOUN", "PROPN")


def _dated(verb: Token) -> bool:
    """ "said Monday", "told the outlet on Monday": a date hung straight on the saying; not
    "at the time", which only points back to a moment told before."""
    return any(dates_the_verb(c) and not _points_back(c) for c in verb.children)


def _points_back(phrase: Token) -> bool:
    words = [phrase, *(o for o in phrase.children if o.dep_ == "pobj")]
    return any(w.lemma_.lower() == "time" for w in words)


def _at_occasion(verb: Token) -> bool:
    """ "before the interview", "at a rally": an occasion the saying was made at."""
    return any(
        child.dep_ == "prep"
        and child.lower_ in _OCCASION_PREPOSITIONS
        and any(
            o.dep_ == "pobj" and o.pos_ == "NOUN" and o.lemma_.lower() != "time"
            for o in child.children
        )
        for child in verb.children
    )


def _audience(verb: Token) -> bool:
    """ "told cheering teachers": an audience that is not the press."""
    if verb.lemma_.lower() != "tell":
        return False
    return any(
        c.dep_ in ("dobj", "dative")
        and c.pos_ == "NOUN"
        and c.lemma_.lower() not in PRESS
        and c.ent_type_ == ""
        for c in verb.children
    )


def drop_framing_sayings(events: list[EventCandidate], doc: Doc) -> list[EventCandidate]:
    """The sayings above whose said clause holds an event of its own: the happening is told
    there, and the saying only frames it; not a lead's finding about a thing
    (events.lead_findings)."""
    kept = []
    for event in events:
        if event.extra.get("class") == SAYING_CLASS and _frames_an_event(event, events, doc):
            continue
        kept.append(event)
    return kept


def _frames_an_event(saying: EventCandidate, events: list[EventCandidate], doc: Doc) -> bool:
    verb = anchor_of(saying, doc)
    content = _content(verb) if verb is not None else None
    if content is not None and tells_a_finding(saying, content, events, doc):
        return False
    return content is None or told_within(content, saying, events)
