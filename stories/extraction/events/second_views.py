"""A second view of a happening the sentence already tells: it folds into the happening.

After the filters (events.genre.keep_news) a sentence can still give two events for one
happening, where an editor keeps one line. Each case here is read from the grammar alone, and
the view that folds is one that adds no happening of its own:

- "a driver was hurt when his van skidded off the ramp, the police said": a "when"
  clause in a verb the lexicon does not know, under a main clause the lexicon knows, is how
  that deed came about (events.one_deed folds the other way round, a main clause restating
  the deed of its "when" clause, and reads a clause the story tells; here the trailing "the
  police said" only attributes the main clause, which is still the story's); not under a
  call-out, whose "when" clause tells what it answered ("crews responded when a truck
  overturned");
- "charged with fraud following a hearing": a "following" with no subject and a happening
  noun for object is a preposition ("after"), not a deed of following;
- "a hailstorm flattened the orchards": a happening noun whose own verb tells what it did, in
  an event that spans the noun and names it in its title, is that event told again (a noun
  with an owner, "the envoy's murder prompted a vigil", names its own happening);
- "crews responded to the call": a noun that is a word of another event's trigger is told by
  that event (which takes the noun's date if only the noun states one).

Different certainties never fold (a deed done and one only planned are two lines).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.events.folding import anchored, own_date, with_date_of
from stories.extraction.events.lexicon import ATTRIBUTION_VERBS, NOUN_CLASSES
from stories.extraction.mentions import EventCandidate

# The site kind of a verb the lexicon has no class for (events.sites), and of an event noun.
_UNKNOWN = "general"
_NOUN = "noun"
# A main clause the story itself tells (not one inside a saying or another clause).
_TOLD = frozenset({"ROOT", "conj"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Deeds done in answer to a happening: their "when" clause tells that happening, not how the
# deed came about ("crews responded Oct. 3 when a truck overturned": the crash and the call-out).
_REACTIONS = frozenset({"respond"})


def fold_second_views(events: list[EventCandidate], doc: Doc) -> list[EventCandidate]:
    """The events left once each second view of a happening its sentence tells has folded."""
    anchors, by_token = anchored(events, doc)
    # The verb events' drops first, then the nouns fold into the survivors: which view folds
    # never depends on the order the events come in.
    dropped = {
        id(event)
        for event in events
        if (anchor := anchors[id(event)]) is not None
        and event.extra.get("kind") != _NOUN
        and (_how_a_deed_came_about(event, anchor, by_token) or _following_as_after(anchor))
    }
    keepers = {
        id(event): _deed_of_noun(event, anchor, by_token)
        for event in events
        if (anchor := anchors[id(event)]) is not None and event.extra.get("kind") == _NOUN
    }
    dated: dict[int, EventCandidate] = {}
    for event in events:
        keeper = keepers.get(id(event))
        if keeper is None or id(keeper) in dropped or keepers.get(id(keeper)) is not None:
            continue  # no keeper, or one that folds itself
        dropped.add(id(event))
        if own_date(event) and not own_date(keeper) and id(keeper) not in dated:
            dated[id(keeper)] = with_date_of(keeper, event, event.provenance.get("date") or {})
    return [dated.get(id(e), e) for e in events if id(e) not in dropped]


def _deed_of_noun(
    event: EventCandidate, noun: Token, by_token: dict[int, EventCandidate]
) -> EventCandidate | None:
    """The verb's event that tells the happening this noun names, if any."""
    return _word_of_its_trigger(event, noun, by_token) or _subject_of_its_deed(
        event, noun, by_token
    )


def _word_of_its_trigger(
    event: EventCandidate, noun: Token, by_token: dict[int, EventCandidate]
) -> EventCandidate | None:
    """ "Responded to the call": the noun is a word of its verb's own trigger."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    other = by_token.get(verb.i)
    if other is None or other is event or other.certainty != event.certainty:
        return None
    words = other.trigger.split()[1:]
    return other if noun.lemma_.lower() in words or noun.lower_ in words else None


def _subject_of_its_deed(
    event: EventCandidate, noun: Token, by_token: dict[int, EventCandidate]
) -> EventCandidate | None:
    """ "A hailstorm flattened the orchards": the noun's verb tells what it did and names it."""
    if noun.dep_ not in _SUBJECTS or any(c.dep_ == "poss" for c in noun.children):
        return None
    deed = by_token.get(noun.head.i)
    if deed is None or deed is event or deed.extra.get("kind") == _NOUN:
        return None
    if deed.certainty != event.certainty or not (deed.start <= event.start < event.end <= deed.end):
        return None
    if own_date(event) and not own_date(deed):
        return None  # only the noun is dated: it is the telling with the time
    title = deed.title.lower()
    return deed if noun.lower_ in title or noun.lemma_.lower() in title else None


def _how_a_deed_came_about(
    event: EventCandidate, verb: Token, by_token: dict[int, EventCandidate]
) -> bool:
    """A "when" clause the lexicon does not know, under a main clause deed it knows."""
    if event.extra.get("kind") != _UNKNOWN or verb.dep_ != "advcl":
        return False
    if not any(c.lower_ == "when" and c.i < verb.i for c in verb.children):
        return False
    main = by_token.get(verb.head.i)
    if main is None or main is event or main.certainty != event.certainty:
        return False
    if main.extra.get("kind") in (_UNKNOWN, _NOUN):
        return False
    if main.extra.get("class") in _REACTIONS:
        return False  # "troopers responded when a truck overturned": what they answered
    if any(c.lower_ == "when" for c in verb.head.children):
        return False  # "when A …; when B …": a list of moments, each its own
    return _told_by_the_story(verb.head, verb)


def _told_by_the_story(main: Token, clause: Token) -> bool:
    """The main clause is the story's own, or only attributed after the fact ("…, police
    said"), not a speaker's account introduced before it."""
    if main.dep_ in _TOLD:
        return True
    frame = main.head
    return (
        main.dep_ == "ccomp"
        and frame.i > clause.right_edge.i
        and frame.lemma_.lower() in ATTRIBUTION_VERBS
        and frame.dep_ == "ROOT"
    )


def _following_as_after(verb: Token) -> bool:
    """ "Following a hearing": a subjectless "following" with a happening for object."""
    if verb.lower_ != "following" or verb.tag_ != "VBG":
        return False
    if any(c.dep_ in (*_SUBJECTS, "aux", "auxpass") for c in verb.children):
        return False
    return any(
        c.dep_ in ("dobj", "pobj") and c.lemma_.lower() in NOUN_CLASSES for c in verb.children
    )
