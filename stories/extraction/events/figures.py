"""Clauses told by a figure of speech of course, degree or performance: no happening of their own.

English tells how a state of affairs developed, or how well someone met a moment, with a few
fixed figures whose words name no act: "the dispute took a more personal turn when …", "her
life took an unexpected detour", "the pressure clicked up another notch", "the rookies stepped
up to the plate", "the singer brought the house down", "the plan fell flat with voters".
Nothing turned, went round a detour or climbed a notch; the figure sums up a development
(told, if at all, by another clause: "… when the leader called him a liar") or praises (or
pans) a performance. A title made of its words ("Life takes detour", "Pressure clicks up
notch") says nothing an editor would date. On the development batches every such clause was
an event that matched no gold happening (two detours, a turn, a notch, a plate, a house
brought down).

The figures are a closed class of English phrases, named by their fixed nouns; the literal
look-alikes stay: a vehicle "took a sharp turn toward" a place (a direction after the noun),
hikers "took a wrong turn" (a route missed: the figure tells how a course went, not that it
was the wrong road), a patient "took a turn for the worse" (a condition changed), a crew
"brought an old house down" (no "the": a house, not the audience), a bank "raised its key
rate a notch" (a thing the story names moved a step), a runner "fell flat" (a body fell;
a console that "fell flat on its face" did not), a tree "fell flat onto a
car" (a thing landed on something), or "brought the house down" after the story named a house
("a fire gutted a house … crews brought the house down": "the" points back to that building).
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.role_nouns import may_be_a_person

# A course taken, figuratively: "took a more personal turn", "took an unexpected detour".
_COURSE_NOUNS = frozenset({"turn", "detour"})
# A condition a turn is "for": "took a turn for the worse" tells a patient's or a state's change.
_STATES = frozenset({"worse", "better"})
# Words that send a literal turn or detour somewhere: "a sharp turn toward the town".
_DIRECTIONS = frozenset(
    {"toward", "towards", "into", "onto", "to", "down", "through", "across", "around", "off"}
)


def told_by_a_figure(verb: Token) -> bool:
    """Whether the verb's clause is one of the fixed figures of course, degree or performance
    (see above): "took a … turn/detour", "… up a notch", "stepped up to the plate", "brought
    the house down"."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod")]
    if lemma == "take" and any(_a_course(o) for o in objects):
        return True
    if any(o.lemma_.lower() == "notch" and o.pos_ == "NOUN" for o in objects):
        # "clicked up another notch", "kicked it up a notch"; not "raised its key rate a
        # notch", where a thing the story names moved by one step.
        return not any(o.pos_ in ("NOUN", "PROPN") and o.lemma_.lower() != "notch" for o in objects)
    if lemma == "step" and _to_the(verb, "plate"):
        return True
    if lemma == "fall" and _flat_nowhere(verb):
        return True
    return lemma == "bring" and _the_house_down(verb, objects)


def _flat_nowhere(verb: Token) -> bool:
    """ "the plan fell flat (with voters)", "the console fell flat on its face": a thing's
    "flat" after "fall", unless it fell onto something ("a tree fell flat onto a car", "on a
    car"); a body that fell flat fell ("the runner fell flat on the track", "a cyclist fell
    flat in Lyon")."""
    if not any(c.lower_ == "flat" for c in verb.children):
        return False
    if any(_a_body(c) for c in verb.children if c.dep_ == "nsubj"):
        return False
    here = [*verb.children, *(c for c in verb.children if c.lower_ == "flat" for c in c.children)]
    landings = [c for c in here if c.dep_ == "prep" and _a_surface(c)]
    return not any(
        c.lower_ in _DIRECTIONS or (c.lower_ == "on" and not _a_face(c)) for c in landings
    )


def _a_face(on: Token) -> bool:
    """ "on its face", "on his face": the figure's own words, a body's too."""
    return any(o.dep_ == "pobj" and o.lower_ == "face" for o in on.children)


def _a_body(subject: Token) -> bool:
    """A person who can fall: a named person, a personal pronoun, a role ("the runner")."""
    return (
        subject.ent_type_ == "PERSON"
        or subject.lower_ in ("he", "she", "they", "i", "we", "you")
        or may_be_a_person(subject)
    )


def _a_surface(on: Token) -> bool:
    """ "on the track", "on his face": an "on" whose object is no day ("on Tuesday")."""
    return any(o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in on.children)


def _a_course(noun: Token) -> bool:
    """ "a more personal turn", "an unexpected detour": one turn (not "took turns", taking it
    in turn) that goes nowhere named ("a sharp turn toward the town" is driving)."""
    if noun.lemma_.lower() not in _COURSE_NOUNS or noun.pos_ != "NOUN":
        return False
    if noun.tag_ != "NN":
        return False
    if any(c.dep_ == "amod" and c.lower_ == "wrong" for c in noun.children):
        return False  # "took a wrong turn": a route missed
    if any(
        c.dep_ == "prep" and c.lower_ == "for" and any(o.lower_ in _STATES for o in c.children)
        for c in noun.children
    ):
        return False  # "took a turn for the worse": a patient's condition changed
    here = [*noun.children, *noun.head.children]
    return not any(c.dep_ == "prep" and c.lower_ in _DIRECTIONS for c in here)


def _to_the(verb: Token, noun: str) -> bool:
    """ "stepped up to the plate": a "to" on the verb (or on its "up") whose object is `noun`
    with "the"."""
    holders = [verb, *(c for c in verb.children if c.lower_ == "up")]
    return any(
        p.dep_ == "prep"
        and p.lower_ == "to"
        and any(
            o.dep_ == "pobj"
            and o.lemma_.lower() == noun
            and any(d.lower_ == "the" for d in o.children)
            for o in p.children
        )
        for holder in holders
        for p in holder.children
    )


def _the_house_down(verb: Token, objects: list[Token]) -> bool:
    """ "brought the house down": "the house" and the particle "down"; "an old house" is a
    building, and so is "the house" when the story named a house before it."""
    down = any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    return down and any(
        o.lemma_.lower() == "house"
        and [d.lower_ for d in o.children if d.dep_ in ("det", "amod", "compound")] == ["the"]
        and not _a_house_named_before(o)
        for o in objects
    )


def _a_house_named_before(house: Token) -> bool:
    """Whether a house (a common noun, not "the White House") comes earlier in the story."""
    return any(t.lemma_.lower() == "house" and t.pos_ == "NOUN" for t in house.doc[: house.i])
