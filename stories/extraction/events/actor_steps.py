"""A fronted "when" clause and its main clause told of one actor: two steps, not one moment.

events.one_deed folds a main clause and its "when" clause into one event because news often
tells one happening twice that way, as its effect and its cause: "the hunt ended when officers
found the car", "the fund lost its value when the auditors froze its accounts". There the two
clauses have different subjects. When the "when" clause opens the sentence and the main clause
goes on with the same actor ("When police arrived, they found a man dead", "When officials
searched her purse they found 15 pills", "When the officer stopped the car, he found drugs"),
the first clause sets the scene and the main clause tells what that actor did next, often the
story's key happening; folding it away lost the finding (lgldev). Both clauses active, the
actor the same noun, or a "he"/"she"/"they" that agrees with it and names people (storms that
hit and destroyed are one moment told twice); a death told so ("when he fell,
he died") is still one moment (one_deed keeps the death).
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.role_nouns import may_be_a_person, names_people

_CASUALTIES = frozenset({"die", "kill"})


def one_actors_steps(when_verb: Token, main_verb: Token) -> bool:
    """Whether `when_verb`, heading a "when" clause before `main_verb`, and `main_verb` have
    one actor as their active subjects."""
    if when_verb.i > main_verb.i or main_verb.lemma_.lower() in _CASUALTIES:
        return False
    first = _active_subject(when_verb)
    then = _active_subject(main_verb)
    if first is None or then is None:
        return False
    if first.lower_ == then.lower_ or (
        first.pos_ in ("NOUN", "PROPN") and first.lemma_.lower() == then.lemma_.lower()
    ):
        return True  # "When police arrived, police found"; "When he arrived, he found"
    if then.lower_ == "they":
        people = first.pos_ == "PROPN" or (first.pos_ == "NOUN" and names_people(first))
        return people and (
            first.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in first.children)
        )  # "when the storms hit, they destroyed 40 homes" is one moment, cause and effect
    if then.lower_ in ("he", "she"):
        return first.tag_ == "NNP" or (first.tag_ == "NN" and may_be_a_person(first))
    return False


def _active_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)
