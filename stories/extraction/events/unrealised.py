"""Clauses that tell what was wished or would have been, not what happened.

Some constructions of English put a happening in words without telling that it took place, and
an editor puts none of them on a timeline:

- a counterfactual: "the measure would have cut the city's costs", "the plant was to have been
  built in phases". A perfect after "would" or "should", or after "was to", tells what would
  have happened had things gone otherwise, which is to say what did not. Not under a saying
  with a deadline: "officials said the bridge would have been repaired by June" reports a
  future perfect, what is to be done by then.
- a wish: "the company intended to win half the market", "her only dream is to sing at the
  Opry". What someone wanted in the past ("intended", "hoped", "wanted" to) or a word for an
  aspiration as the subject of "be to" tells a state of mind; whether it came about the story
  tells, if at all, with a verb of its own. A plan or a schedule ("planned to", "is set to") is
  another matter: it says what is to happen (events.certainty), and stays; so do "the hope is
  to reopen the school on Monday" (the plan, in other words) and "meant to close the plant"
  (what something was for, often done: "and did so").

- an option: "the second option would be to strike first", "a priority for the mayor could be
  to examine the plant". An infinitive after a "be" that carries a modal names a course open to
  someone, weighed, not taken or arranged; "is to" with no modal ("the minister is to visit")
  announces a plan and stays.
- what a counterfactual saying would have told: "he would have claimed that the mayor had
  closed the mine" tells no closing.
- a hope for another's deed: "the hope is that someone will step forward". A "that" clause after
  "be" whose subject is a word for a hope or a wish tells what someone wishes of others.

A deed coordinated with one of these and sharing its verb form, subject and auxiliaries ("would
have cut costs and closed the mine", "intended to double sales and open a shop") is as unreal;
one told in a tense of its own ("intended to double sales but closed the shop") is not.

(An open question, "it is unclear whether the ferry will dock", is a prospect whose certainty
is "speculated": events.certainty, not asked here.)

The words are closed grammatical classes: the modals, the verbs of wanting and the nouns for an
aspiration or a hope.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.contractions import contracted_d_word
from stories.extraction.events.lexicon import SPECULATIVE_MODALS
from stories.extraction.events.mandates import mandated
from stories.extraction.events.reported_futures import reported_clause
from stories.extraction.events.speech import speech_class
from stories.extraction.events.statements import PASSING_ON_VERBS
from stories.extraction.events.time_phrases import dates_the_verb

_COUNTERFACTUAL_MODALS = frozenset({"would", "should"})
# Verbs of wanting: their past tells what someone wanted then, not what came of it.
_WANTING = frozenset({"intend", "want", "wish", "hope", "long", "yearn"})
# Nouns for an aspiration: "her dream is to …", "his ambition was to …".
_ASPIRATIONS = frozenset({"dream", "ambition", "aspiration", "fantasy"})
# Nouns for what is wished of others: "the hope is that someone will step forward".
_HOPES = _ASPIRATIONS | {"hope", "wish"}
_PAST = frozenset({"VBD", "VBN"})
# Verbs of knowing or finding among those that pass on a clause: what someone "should have
# known" or "would have shown" is so all the same.
_KNOWING = frozenset({"know", "think", "believe", "show", "indicate", "assess"})
# Modals that make a "be to" an option weighed rather than a plan announced.
_OPTION_MODALS = SPECULATIVE_MODALS | _COUNTERFACTUAL_MODALS


def unrealised(verb: Token) -> bool:
    """Whether the verb's clause is a counterfactual, a wish or an option (see above), itself
    or as a deed coordinated with one."""
    head = shared_coordinate(verb)
    if head is not None and unrealised(head):
        return True
    if counterfactually_told(verb):
        return True
    if mandated(verb):
        return True  # "asked that the case be dismissed" (events.mandates)
    return counterfactual(verb) or wished(verb) or optional(verb) or hoped_of_others(verb)


def shared_coordinate(verb: Token) -> Token | None:
    """The verb that `verb` is coordinated with when it shares its form, subject and
    auxiliaries ("cut costs and closed the mine": "cut"); None for one with a subject, an
    auxiliary or a verb form of its own. A regular past after a participle is read as one
    ("would have hiked rates and locked out workers": the tagger often says "locked" is past)."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ not in ("VERB", "AUX"):
        return None
    if verb.tag_ != head.tag_ and not (head.tag_ == "VBN" and verb.tag_ == "VBD"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in verb.children):
        return None
    start = verb.left_edge.i  # "… and closed": a coordinate opens right after its conjunction
    if start == 0 or verb.doc[start - 1].dep_ not in ("cc", "punct"):
        return None  # "… workers In the race, X defeated Y": a full stop lost, not a coordinate
    return head


def counterfactually_told(verb: Token) -> bool:
    """ "would then have claimed that he was told the mayor had closed the mine": what a saying
    that did not happen would have told is not told either. Only a saying: what someone
    "should have known" ("that the gunman had bought a rifle") is a fact all the same."""
    token = verb
    for _ in range(4):
        if token.dep_ != "ccomp" or token.head == token:
            return False
        token = token.head
        if counterfactual(token) and _a_saying(token):
            return True
    return False


def _a_saying(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in _KNOWING:
        return False
    return lemma in PASSING_ON_VERBS or speech_class(verb) is not None


def counterfactual(verb: Token) -> bool:
    """ "would have reduced", "should have been stopped", "was to have been built": a perfect
    under "would"/"should" or under a past "be to" tells what did not happen."""
    if verb.tag_ != "VBN":
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.lower_ == "have" for a in auxiliaries):
        return False
    if any(contracted_d_word(a) in _COUNTERFACTUAL_MODALS for a in auxiliaries):
        return not (reported_clause(verb) and _by_a_time(verb))
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and any(a.lower_ == "to" for a in auxiliaries)
        and head.lemma_.lower() == "be"
        and head.tag_ == "VBD"
    )


def _by_a_time(verb: Token) -> bool:
    """ "repaired by June", "finished by the end of the year": a deadline on the verb."""
    return any(
        c.dep_ in ("prep", "agent")  # a passive's "by" is parsed as its agent
        and c.lower_ == "by"
        and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in c.children)
        for c in verb.children
    )


def wished(verb: Token) -> bool:
    """ "intended to achieve a 50% share", "his dream has been to launch an airline": an
    infinitive that a past verb of wanting, or "be" with an aspiration for its subject, takes."""
    if verb.dep_ != "xcomp" or not any(c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    lemma = head.lemma_.lower()
    if lemma in _WANTING:
        return head.tag_ in _PAST
    if lemma != "be":
        return False
    return any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in _ASPIRATIONS
        for c in head.children
    )


def optional(verb: Token) -> bool:
    """ "the second option would be to strike first": an infinitive after a "be" that carries
    a modal. Not under a saying with a time of its own: "officials said the next step would be
    to hold talks on Friday" reports a plan, a "will be" put in the past."""
    if verb.dep_ != "xcomp" or not any(c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if head.lemma_.lower() != "be" or not any(
        c.dep_ == "aux" and c.lower_ in _OPTION_MODALS for c in head.children
    ):
        return False
    return not (reported_clause(head) and any(dates_the_verb(c) for c in verb.children))


def hoped_of_others(verb: Token) -> bool:
    """ "the American hope is that someone will step forward": a "that" clause after "be" whose
    subject is a word for a hope or a wish."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() != "be":
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return False
    return any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in _HOPES
        for c in verb.head.children
    )
