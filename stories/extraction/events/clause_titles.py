"""A clause's headline title and whoever the event is about, by the kind of site.

A sighting is titled by what was seen, an event noun by its noun (with its owner or the light
verb's subject as agent), a verb by its subject, verb and object (events.titles). Two
fallbacks live here because only the clause knows them: an "it" that stands for the
organisation the story last made a subject ("Acme said it would close the plant"), and a
"newly appointed chairman" apposition, titled as the appointment it tells
(events.appointed_appositions).
"""

from __future__ import annotations

from functools import partial

from spacy.tokens import Token

from stories.extraction.events.antecedents import governing_name
from stories.extraction.events.appointed_appositions import appointed_person
from stories.extraction.events.context import MentionIndex
from stories.extraction.events.inflection import present
from stories.extraction.events.lexicon import NOUN_AS_VERB, RELATIVE_WORDS
from stories.extraction.events.meeting_acts import passive_act_title
from stories.extraction.events.nominals import nominal_title
from stories.extraction.events.noun_phrases import phrase
from stories.extraction.events.performative_positions import position_taker
from stories.extraction.events.places import PlaceChoice
from stories.extraction.events.road_exits import road_exit_words
from stories.extraction.events.sites import Site
from stories.extraction.events.stand_in_titles import counted_noun
from stories.extraction.events.thing_pronouns import thing_it_stands_for
from stories.extraction.events.title_completions import completed
from stories.extraction.events.title_objects import infinitive_forms
from stories.extraction.events.title_parts import relative_object
from stories.extraction.events.titles import (
    compose,
    noun_title,
    place_phrase,
    sighting_title,
    verb_title,
)
from stories.extraction.events.unnamed_doers import done_by_an_unnamed_it
from stories.extraction.events.untraced_doers import done_by_an_untraced_person
from stories.extraction.events.verb_subjects import subject_of
from stories.extraction.mentions import PlaceMention

_IT_REACH = 60  # tokens: about two sentences


def clause_title(
    site: Site, choice: PlaceChoice, index: MentionIndex, *, grounded: bool = False
) -> tuple[str | None, Token | None]:
    """The title and the token of whoever the event is about (its subject or agent).

    A `grounded` clause (its own date or place) may name a "he" by a guess (`verb_title`)."""
    anchor = site.anchor
    place = choice.place if choice.is_location else None
    if site.kind == "sighting":
        target = next((c for c in anchor.children if c.dep_ == "dobj"), None)
        title = sighting_title(anchor, place=place, index=index)
        seen = not any(c.dep_ == "neg" for c in anchor.children)  # "did not see": nothing
        if title is None and place is None and seen:
            # "a man who saw his doctor", "Home Depot sees sales growth": no sighting of a thing
            # somewhere, a deed of its subject, titled like any verb
            title = verb_title(anchor, particle="", place=None, place_is_object=False, index=index)
            return title, subject_of(anchor)
        return title, target
    if site.kind == "noun" or site.kind == "light":
        noun = site.noun
        # "his sentencing is scheduled for May": the owner is no agent of the scheduling
        light = anchor if site.kind == "light" and noun.dep_ != "nsubjpass" else None
        agent = subject_of(anchor) if light is not None else None
        if agent is None or agent == noun:
            agent = next((c for c in noun.children if c.dep_ == "poss"), None)
        if site.kind == "light" and (act := passive_act_title(anchor, noun)) is not None:
            return act, None  # "Approval given to resolution" (meeting_acts)
        if light is None and (agent is None or noun.lemma_.lower() not in NOUN_AS_VERB):
            return nominal_title(noun, place=place, index=index), agent
        title = noun_title(noun, agent=agent, light_verb=light, place=place, index=index)
        return title, agent
    particle = site.trigger.split(" ", 1)[1] if " " in site.trigger else ""
    if site.kind == "motion" and not particle:
        particle = road_exit_words(anchor)  # "Motorcycle goes off road"
    titled = partial(
        verb_title,
        anchor,
        particle=particle,
        place=place,
        place_is_object=choice.is_object,
        index=index,
    )
    # chain: a happening's own verb ("died"), not any deed ("walked")
    title = titled(guess=grounded, chain=site.kind == "verb")
    subject = subject_of(anchor)
    if subject is not None and (counted := counted_noun(subject, anchor)) is not None:
        subject = counted  # "another was wounded": one more soldier acts (stand_in_titles)
    if title is None and subject is not None and subject.lower_ == "it":
        title = _organisation_title(anchor, subject, particle, place, index)
        thing = thing_it_stands_for(subject, anchor) if title is None and grounded else None
        if thing is not None and (name := phrase(thing, index)):
            title = titled(named=name)  # "It ran in Denver" after "the safety campaign"
        if title is None and grounded and site.kind == "verb":
            title = done_by_an_unnamed_it(anchor, particle, place, index)  # "Plans announced"
    if title is None and grounded and subject is not None and subject.lower_ in ("he", "she"):
        title = done_by_an_untraced_person(anchor, particle, place, index)  # "Man shot Monday"
    if title is None and (person := appointed_person(anchor)) is not None:
        # "Tom Lee, newly appointed chairman of Acme" (events.appointed_appositions)
        office = phrase(anchor.head, index, objective=True) or ""
        title = compose(phrase(person, index), anchor.lower_, office, "")
        subject = person
    if title is not None:  # "Printer plagued" -> "Printer plagued with paper jams"
        title = completed(title, anchor, index, place_phrase(place, index, anchor))
    return title, subject


def _organisation_title(
    verb: Token,
    pronoun: Token,
    particle: str,
    place: PlaceMention | None,
    index: MentionIndex,
) -> str | None:
    """ "It was withdrawing its filing" after "WeWork's parent company announced": "it" is the
    organisation the story last made a subject, within a short reach."""
    # "Norland said it would press": Norland; "the ministry said it rejects": the ministry
    owner = governing_name(pronoun) or position_taker(verb)
    name = (phrase(owner, index) if owner is not None else None) or next(
        (
            name
            for start, name in reversed(index.groups)
            if start < pronoun.i and pronoun.i - start <= _IT_REACH
        ),
        None,
    )
    target = relative_object(verb, next((c for c in verb.children if c.dep_ == "dobj"), None))
    if name is None or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    words = present(verb.lemma_.lower(), plural=False) + (f" {particle}" if particle else "")
    named = target is not None and target.lower_ not in RELATIVE_WORDS
    what = phrase(target, index, objective=True) if named else ""
    aims = infinitive_forms(verb, index) if target is None else ()  # "it agreed to sell X"
    return compose(
        name, words, what or "".join(aims[:1]), place_phrase(place, index, verb), shorter=aims
    )
