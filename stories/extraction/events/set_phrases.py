"""Clauses told by a set phrase of attention, manner, effect or feeling: no happening of their own.

English has fixed verb-and-noun phrases whose noun is not a thing acted on: "kept an eye on the
budget" (or "an eye was kept on it"), "kept tabs on", "kept watch (a vigil) over", "paid
attention to", "took note of" (watched), "kept a low profile" (stayed out of view), "held his
breath", "took a look at the scan" (looked), "the stress took its toll" (wore someone down),
"grabbed headlines" (was much reported), "matched the description of a suspect" (resembled),
"found it difficult to talk about it" (felt), "was supposed to be there" (was expected), "was
taken aback by the bill" (was surprised), "worked itself into a lather" (grew agitated), "took
pride in" (felt proud). No eye was kept, no toll was paid, no headline was seized; the phrase
tells how someone watched, behaved, felt or was affected, over a stretch or as the backdrop of
what was done, and a title built from its words ("Denton keeps eye", "Stress takes toll", "Jones
grabs headlines", "Epperson taken by equipment") says nothing an editor would put on a timeline.
On the development batches every such clause was an event that matched no gold happening (an eye
kept, a low profile, a breath held, a toll taken, headlines grabbed, a look taken, a man taken
aback, a country worked into a lather, a description matched, a thing found difficult to do, a
woman who was supposed to be on the phone).

The phrases are a closed class of English, named by their verb and fixed noun (or "aback", or a
reflexive object going "into" a state). The literal look-alikes stay: a thief "grabbed a bag",
police "held the suspect", deputies "took him to the jail", a gate "kept the crowd back",
deputies "found the stolen car", and "found it abandoned" (no infinitive) is no feeling, nor is
a judgement or decision ("found it unconstitutional to ban", "found it necessary to evacuate");
"took notes worth $5,000", "took a note from the teller", "took tolls from truckers" and "held
her breath for ten minutes" are deeds; events.figures holds the figures of course and degree
("took a … turn", "up a notch").
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import REFLEXIVES

# Verb lemma → the nouns that make a set phrase with it as its direct object (or passive
# subject).
_SET_OBJECTS = {
    "keep": frozenset({"eye", "profile", "tab", "track", "watch", "vigil"}),
    "hold": frozenset({"breath"}),
    "take": frozenset({"toll", "look", "note", "pride"}),
    "pay": frozenset({"attention"}),
    "grab": frozenset({"headline"}),
    "match": frozenset({"description"}),
    "fit": frozenset({"description"}),
}
# The fixed noun is the verb's object (which the parser may read as a complement: "kept watch
# over"), or its subject in the passive ("an eye was kept on it").
_FIXED_NOUN_ROLES = frozenset({"dobj", "xcomp", "nsubjpass"})
# Adjectives of ease or feeling: "found it difficult (painful, easier) to talk" tells how doing
# something felt; "found it unconstitutional to ban the march" or "found it necessary to
# evacuate" is a judgement or a decision, and a happening.
_EASE_OR_FEELING = frozenset(
    {"difficult", "hard", "easy", "tough", "painful", "impossible", "awkward", "uncomfortable"}
    | {"comfortable", "strange", "odd", "frustrating", "heartbreaking", "daunting"}
)
# Verbs that take a reflexive object "into" a state: "worked itself into a lather".
_INTO_A_STATE = frozenset({"work", "whip"})


def told_by_a_set_phrase(verb: Token) -> bool:
    """Whether the verb's clause is one of the set phrases above: "kept an eye (tabs) on",
    "paid attention", "took note", "took pride", "kept a low profile", "held his breath",
    "took its toll", "took a look", "grabbed headlines", "matched the description", "found it
    difficult to", "was supposed to", "was taken aback", "worked itself into a lather"."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    nouns = _SET_OBJECTS.get(lemma)
    if nouns and any(
        c.dep_ in _FIXED_NOUN_ROLES
        and c.pos_ == "NOUN"
        and c.lemma_.lower() in nouns
        and _fixed_noun(c)
        for c in children
    ):
        return not (lemma == "hold" and _measured(children))
    if lemma == "take" and any(c.lower_ == "aback" for c in children):
        return True  # "was taken aback by the bill": surprised
    if lemma == "suppose" and _supposed_to(children):
        return True  # "was supposed to be on the phone": what was expected, not what happened
    if lemma == "find" and any(_it_hard_to(c) for c in children):
        return True  # "found it difficult to talk about": a feeling about doing something
    return lemma in _INTO_A_STATE and _reflexive_into(children)


def _fixed_noun(noun: Token) -> bool:
    """The noun as the phrase has it: "took note of" is a bare singular, "took its toll" a
    singular; "took notes worth $5,000" (banknotes), "took a note from the teller" or "took
    tolls from truckers" is a thing taken."""
    lemma = noun.lemma_.lower()
    if lemma == "note":
        return noun.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in noun.children)
    if lemma == "toll":
        return noun.tag_ == "NN"  # "took tolls from truckers": money levied
    if lemma == "watch":  # "kept watch over", not "kept his (the) watch": a timepiece
        return not any(c.dep_ == "poss" or c.lower_ == "the" for c in noun.children)
    return True


def _measured(children: list[Token]) -> bool:
    """A span counted out with "for": "held her breath for ten minutes" is a feat timed, as a
    record or a rescue, not the backdrop of another deed."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(g.like_num or any(n.like_num for n in g.children) for g in c.children)
        for c in children
    )


def _supposed_to(children: list[Token]) -> bool:
    """ "was supposed to be there": the passive "supposed" and an infinitive, a modal of
    expectation (as "should"), not a deed of supposing."""
    return any(c.dep_ == "auxpass" for c in children) and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in children
    )


def _it_hard_to(child: Token) -> bool:
    """ "found it difficult to talk", "found it easier to leave": an adjective of ease or
    feeling whose subject is the "it" standing for an infinitive after it; "found it abandoned"
    (a thing found in a state, no infinitive) is a discovery and stays, and so does a judgement
    or decision ("found it unconstitutional to ban the march", "found it necessary to
    evacuate")."""
    if child.pos_ != "ADJ" or child.dep_ not in ("ccomp", "oprd", "acomp"):
        return False
    if child.lower_ not in _EASE_OR_FEELING and child.lemma_.lower() not in _EASE_OR_FEELING:
        return False
    grandchildren = list(child.children)
    return any(g.dep_ == "nsubj" and g.lower_ == "it" for g in grandchildren) and any(
        g.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in g.children)
        for g in grandchildren
    )


def _reflexive_into(children: list[Token]) -> bool:
    """ "worked itself into a lather", "whipped themselves into a frenzy": a reflexive
    object and an "into" phrase: the subject brought to a state of mind."""
    return any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in children) and any(
        c.dep_ == "prep" and c.lower_ == "into" for c in children
    )
