"""One happening told twice in one sentence: the second telling folds into the first.

News often wraps one happening in a second verb of the same sentence, and the clause reader
makes an event of each, so the timeline would show the same moment twice:

- "the fund lost its value when the auditors froze its accounts", "the hunt ended when
  officers found the car": a main clause and its "when" clause are one moment, told as its
  effect and its cause. The "when" clause names the deed; the main clause restates what it
  did, unless the main clause is the deed the lexicon knows and the "when" clause only a verb
  it does not ("was killed when the robbers emptied their guns");
- "the coach said before the match", "the senator said during the hearing": a saying with no
  clause of its own, timed by a happening its phrase names, is a remark around that happening;
  the happening is the event.

Read from the grammar alone; a frame with a certainty other than its happening's stays.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.events.actor_steps import one_actors_steps
from stories.extraction.events.folding import anchored
from stories.extraction.events.lexicon import ATTRIBUTION_VERBS
from stories.extraction.mentions import EventCandidate

# The site kind of a verb the lexicon has no class for (events.sites): a deed it does not know.
_UNKNOWN = "general"
# A main clause the story itself tells (not one inside a saying or another clause).
_TOLD = frozenset({"ROOT", "conj"})
# "Said before the match", "said during the hearing": the saying is a remark around the
# happening, not a happening of its own. ("Said at the rally" can be the speech itself.)
_AROUND = frozenset({"before", "after", "during", "following"})
# A death told with its cause ("two swimmers drowned when a wave struck the pier") is the
# happening a reader looks for: the cause folds into it, not it into the cause.
_CASUALTIES = frozenset({"die", "kill"})


def fold_one_deed(events: list[EventCandidate], doc: Doc) -> list[EventCandidate]:
    """The events left once each second telling of one sentence's happening has folded."""
    anchors, by_token = anchored(events, doc)
    dropped: set[int] = set()
    for event in events:
        anchor = anchors[id(event)]
        if anchor is None or id(event) in dropped:
            continue
        main = _restated_by_when(event, anchor, by_token)
        if main is not None and id(main) not in dropped:
            # a death keeps its cause's clause too: events.whole_telling widens its quote
            dropped.add(id(event) if main.extra.get("class") in _CASUALTIES else id(main))
        elif _said_at(anchor, event, by_token):
            dropped.add(id(event))
    return [event for event in events if id(event) not in dropped]


def _restated_by_when(
    event: EventCandidate, verb: Token, by_token: dict[int, EventCandidate]
) -> EventCandidate | None:
    """The main clause's event a "when" clause restates as its cause, if any."""
    if verb.dep_ != "advcl" or not any(c.lower_ == "when" and c.i < verb.i for c in verb.children):
        return None
    main = by_token.get(verb.head.i)
    if main is None or main is event or main.certainty != event.certainty:
        return None
    if verb.head.dep_ not in _TOLD:
        return None  # "said the glitch led to problems when …": the speaker's account of a cause
    if any(c.lower_ == "when" for c in verb.head.children):
        return None  # "when A …; when B …": a list of moments, each its own
    if one_actors_steps(verb, verb.head):
        return None  # "When police arrived, they found a man dead" (events.actor_steps)
    if main.extra.get("kind") != _UNKNOWN and event.extra.get("kind") == _UNKNOWN:
        return None
    return main


def _said_at(verb: Token, event: EventCandidate, by_token: dict[int, EventCandidate]) -> bool:
    """ "Said before the match": a saying timed by a happening its own phrase names."""
    if verb.lemma_.lower() not in ATTRIBUTION_VERBS or event.extra.get("kind") != "speech":
        return False
    if any(c.dep_ in ("ccomp", "dobj") and c.i > verb.i for c in verb.children):
        return False  # what was said is told here: the saying is the report of it
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _AROUND):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            other = by_token.get(noun.i)
            if other is not None and other is not event and other.extra.get("kind") == "noun":
                return True
    return False
