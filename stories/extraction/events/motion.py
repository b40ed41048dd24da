"""When a verb of motion ("go", "come", "roll", "pull") reports a happening.

Verbs of motion are the commonest verbs of English, and most of their uses move nothing that
news follows ("prices went up", "it comes with a charger"). One counts when it goes somewhere
named (a place it goes to, from, into or through), when it goes to someone (a named body, or
a person's own doctor or home: then it is its goer's deed), when it moves something or passes
someone named on a stated day, or when it is one of the fixed phrases in which English says that
something enters a state: "the tickets go on sale", "the workers went on strike", "the law
comes into force" (the state noun is the news, and the title keeps it: "Tickets go on sale").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from stories.extraction.events.approaches import before_a_body, within_a_distance
from stories.extraction.events.context import MentionIndex
from stories.extraction.events.lexicon import (
    ENTERED_STATES,
    ENTERED_WITH_ARTICLE,
    ENTERED_WITH_TO,
)
from stories.extraction.events.places import as_place_head, relative_word
from stories.extraction.events.role_nouns import may_be_a_person
from stories.extraction.events.sites import Site
from stories.extraction.mentions import PlaceMention

_PASSING = frozenset({"past", "over", "into", "through", "beyond", "around"})
_ENTERING = frozenset({"on", "into"})
_CARRIED = frozenset({"to", "into", "onto", "off", "from", "out"})
_TOWARD = frozenset({"to", "into", "onto", "before"})
_SOMEONE = frozenset({"PERSON", "ORG", "NORP", "FAC"})
_SOMEWHERE = frozenset({"GPE", "LOC"})
_PERSONAL = frozenset({"his", "her", "their", "my", "our", "your"})
_PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "you"})


def entered_state(site: Site) -> Site:
    """ "go on sale", "went on strike", "came into force", "went on a rampage", "went to
    trial": the motion site read as the phrase it is (a plain verb site whose trigger carries
    the state), other sites unchanged."""
    if site.kind != "motion" or site.anchor.lemma_.lower() not in ("go", "come"):
        return site
    for preposition in site.anchor.children:
        if preposition.dep_ != "prep":
            continue
        state = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if preposition.lower_ == "to" and state is not None:
            entered = ENTERED_WITH_TO.get(state.lower_)
            if entered and not any(c.dep_ in ("det", "poss") for c in state.children):
                trigger = f"{site.trigger} to {state.lower_}"
                return replace(site, trigger=trigger, event_class=entered, kind="verb")
        if preposition.lower_ not in _ENTERING:
            continue
        if state is None or state.lemma_.lower() not in ENTERED_STATES:
            continue
        if state.lemma_.lower() not in ENTERED_WITH_ARTICLE and any(
            c.dep_ == "det" for c in state.children
        ):
            continue  # "went on the tour": a trip, not a state
        trigger = f"{site.trigger} {preposition.lower_} {state.lemma_.lower()}"
        return replace(
            site, trigger=trigger, event_class=ENTERED_STATES[state.lemma_.lower()], kind="verb"
        )
    return site


def comes_out(site: Site) -> Site:
    """ "McDonald came out during the encore": a named person coming out appears before an
    audience (a plain verb site of its own); "the crowd came out" stays a motion going nowhere."""
    verb = site.anchor
    if site.kind != "motion" or verb.lemma_.lower() != "come":
        return site
    if not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return site
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "PERSON":
        return site
    return replace(site, trigger="come out", event_class="appear", kind="verb")


def moves_something(verb: Token, *, dated: bool) -> bool:
    """ "crews pulled the ship off the bank on Monday": moving something, on a stated day;
    "rolled past Northern Illinois on Tuesday": going past or over someone named, that day.
    Undated, moving a thing from one place or state to another is still a deed ("pulled the
    cover off the new model", "moved the match to Sunday"); "moved the needle" is a figure."""
    if destination(verb) is not None:
        return True
    if not dated:
        return carries_somewhere(verb)
    return any(c.dep_ == "dobj" or (c.dep_ == "prep" and _names_someone(c)) for c in verb.children)


def carries_somewhere(verb: Token) -> bool:
    """ "pulled the cover off the car", "moved the match to Sunday": an object moved, and a
    preposition on the verb saying where it went to or came off. The parser often hangs the
    preposition on the object, or on the last of several ("moved soldiers and a column of
    tanks into the valley"); it says where the object went all the same."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.conjuncts]
    return bool(objects) and any(
        _says_where_to(c) for holder in (verb, *objects) for c in holder.children
    )


def _says_where_to(preposition: Token) -> bool:
    """ "to Sunday", "off the car", "into the valley": a preposition with its object that says
    where a thing moved went to or came from."""
    return (
        preposition.dep_ == "prep"
        and preposition.lower_ in _CARRIED
        and any(o.dep_ == "pobj" for o in preposition.children)
    )


def destination(verb: Token) -> Token | None:
    """Whom or what a motion goes to, when that is someone: a named body or person ("the bill goes
    before the Senate", "moved to Acme"), a named place even when the clause's place is another
    ("drove along the river to Lyon"), or something a person owns ("went to her doctor", "he
    moved into his new flat"). A bare noun is a state or a figure ("came to power",
    "went to overtime", "came to an agreement") and is no destination. "Moved back to his home
    town": the parser hangs the destination on "back"."""
    backs = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in ("back", "home")]
    for preposition in [*verb.children, *(c for b in backs for c in b.children)]:
        if preposition.dep_ != "prep" or preposition.lower_ not in _TOWARD:
            continue
        for noun in preposition.children:
            if noun.dep_ != "pobj":
                continue
            if noun.ent_type_ in _SOMEONE | _SOMEWHERE or before_a_body(preposition, noun):
                return noun  # "before the county delegation" (events.approaches)
            if _owned_by_someone(noun) and _can_go(verb):
                return noun
    return None


def _owned_by_someone(noun: Token) -> bool:
    """ "his doctor", "their new flat", "Smith's office": a person's own; not "its lowest
    level" or "their highest point" (a figure reaching a mark), nor "the company's offices"."""
    if any(c.dep_ == "amod" and c.tag_ == "JJS" for c in noun.children):
        return False
    return any(
        c.dep_ == "poss" and (c.lower_ in _PERSONAL or c.ent_type_ in _SOMEONE)
        for c in noun.children
    )


def _can_go(verb: Token) -> bool:
    """Whether the subject is someone who takes themselves somewhere: a person or body named,
    a personal pronoun, or a word for a person ("the patient"); "the money went to his
    campaign" and "fame went to his head" move nobody."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in _PERSONAL_SUBJECTS
    return subject.ent_type_ in _SOMEONE or may_be_a_person(subject)


def goes_to_someone(site: Site) -> Site:
    """ "The patient went to her doctor": a motion to someone, or to something someone owns,
    is its actor's deed (a plain verb site, so a named subject grounds it as for any act); one
    to a named place stays a motion, grounded by that place."""
    if site.kind != "motion":
        return site
    noun = destination(site.anchor)
    if noun is None or noun.ent_type_ in _SOMEWHERE:
        return site
    return replace(site, kind="verb")


def _names_someone(preposition: Token) -> bool:
    """ "past Northern Illinois", "over the Sabres": someone named the motion goes by."""
    return preposition.lower_ in _PASSING and any(
        c.dep_ == "pobj" and c.tag_ in ("NNP", "NNPS") and c.ent_type_ not in ("DATE", "TIME")
        for c in preposition.children
    )


def goes_somewhere(verb: Token, place: PlaceMention | None, index: MentionIndex) -> bool:
    """A verb of movement counts only with a named place it goes to, from, into or through."""
    if place is None:
        return False
    root = index.place_root(place)
    if root is not None:
        root = as_place_head(root)
    if root is not None and within_a_distance(verb, root):
        return True  # "flew to within 200 km of the coast" (events.approaches)
    return (root is not None and (root.head == verb or root.head.head == verb)) or bool(
        relative_word(verb)
    )
