"""A person's say at a gathering the story names is told by the gathering's event.

News names a hearing, a conference or a funeral and, in the same clause, what someone said or
urged there: "At the council's hearing on Monday, Rep. Dale Wren pushed for a new bridge", "Ana
Ruiz, who spoke at Friday's memorial for the victims, …", "…, Ruiz said Tuesday at the Norfield
Book Fair". The clause reader makes an event of the noun and one of the verb, but the timeline
wants one line: the gathering is the happening, the talk done at it a part of it (events.within
already leaves such a noun standing: "spoke at a rally"). So the verb's event folds into the
gathering's: the gathering keeps its title, takes the verb's date when it has none of its own,
and its quote reaches over the verb's, so the sentence's one line still quotes the whole.

Read from the grammar alone and kept narrow:

- the verb is a saying or a verb the lexicon has no class for (kind "speech" or "general"), in
  the active voice: "was honoured at the gala" is a deed done to someone, its own line. An
  unclassed deed done there ("proposed to her at Friday's gala") is told by the gathering too:
  keeping only talk (speaking verbs, a clause, "for"/"against") was tried, and on held-out
  news it gave back an event no annotator kept;
- the gathering is the object of "at" hung on that verb: "during", "after", "for" name a
  time or a cause, not the place where one spoke;
- the gathering is an event noun with a time, an owner or a name of its own ("Friday's
  memorial", "a hearing last month", "the Norfield Book Fair"): a bare "at a meeting" names no
  happening the story tells apart from the talk.

Run last (analysis.analyse_text, after events.whole_telling), so the widened quote changes no
date, place or identity read before it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from stories.extraction.doc_text import doc_text
from stories.extraction.events.folding import anchored, own_date, with_date_of
from stories.extraction.mentions import EventCandidate

_TALK_KINDS = frozenset({"speech", "general"})
_PASSIVE = frozenset({"auxpass", "nsubjpass"})


def fold_talk_at_gatherings(events: list[EventCandidate], doc: Doc) -> list[EventCandidate]:
    """The events once each talk done at a named gathering has folded into the gathering's."""
    anchors, by_token = anchored(events, doc)
    folded: dict[int, EventCandidate] = {}
    into: dict[int, EventCandidate] = {}
    for event in events:
        verb = anchors[id(event)]
        if verb is None or event.extra.get("kind") not in _TALK_KINDS:
            continue
        gathering = _gathering_at(event, verb, by_token)
        if gathering is None or id(gathering) in folded or id(event) in into:
            continue
        folded[id(event)] = gathering
        into[id(gathering)] = _told_with(into.get(id(gathering), gathering), event, doc)
    return [into.get(id(e), e) for e in events if id(e) not in folded]


def _gathering_at(
    event: EventCandidate, verb: Token, by_token: dict[int, EventCandidate]
) -> EventCandidate | None:
    """The named gathering the verb's act took place at, read as its own event noun."""
    if any(child.dep_ in _PASSIVE for child in verb.children):
        return None
    for preposition in verb.children:
        if preposition.dep_ != "prep" or preposition.lower_ != "at":
            continue
        for noun in preposition.children:
            gathering = by_token.get(noun.i)
            if (
                noun.dep_ == "pobj"
                and gathering is not None
                and gathering is not event
                and gathering.extra.get("kind") == "noun"
                and _its_own(gathering, noun)
            ):
                return gathering
    return None


def _its_own(gathering: EventCandidate, noun: Token) -> bool:
    """ "Friday's memorial", "a hearing last month", "the Norfield Book Fair": a gathering the
    story tells apart by a time, an owner or a name of its own."""
    return own_date(gathering) or any(
        child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN")
        for child in noun.children
    )


def _told_with(gathering: EventCandidate, talk: EventCandidate, doc: Doc) -> EventCandidate:
    """The gathering's event quoting the talk as well, dated by it when it has no date of its
    own."""
    if own_date(talk) and not own_date(gathering):
        had = talk.provenance.get("date") or {}
        gathering = with_date_of(
            gathering, talk, {**had, "source": "clause", "told_by": talk.quote[:80]}
        )
    begin, end = min(gathering.start, talk.start), max(gathering.end, talk.end)
    return replace(gathering, start=begin, end=end, quote=doc_text(doc)[begin:end])
