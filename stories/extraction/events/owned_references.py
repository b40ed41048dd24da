"""An event noun with only its owner: "his appointment", "Polly Peck's acquisition".

News names a happening by a noun and its owner alone when it takes the happening as known:
the story told it elsewhere ("Tottenham appointed Mourinho … The 56-year-old said after his
appointment"), or it is the story's topic ("Mr. Lortie's departure, while sudden, was seen as
inevitable"; "Marriott's conviction stems from a fraud scheme"), or something a side wants
("demand the president's resignation"). The owner points back to a happening; it does not
report one, and the noun carries nothing of its own a timeline could place: no date, no place,
no party or target. Told as news, an owned event noun brings its particulars with it: "his
appointment to that post", "Iraq's invasion of Kuwait", "his abrupt departure from a
meeting", "Thursday's fight" (a day owns it: dated).

The rule reads only the noun's own words and its clause: it does not look for the earlier
telling, so an owned noun that is the story's only telling of its happening ("Smith's
arrest came after a long inquiry") is dropped too. (A noun told again in the same words is
merged with the first telling anyway: events.deduplication.)

Deaths, killings and crimes are left alone: the death of a person the story names ("Emma's
death was an accident"), "Maria's kidnapping" or "his assault" is news wherever it is told.
So is an occasion, held for itself and named by its host ("the city's parade", "their
wedding"). So is a noun that is said to have taken place ("Andrew's interview appears to have
happened"), described in the past ("Lee's inquiry was pointless") or given as a cause
("attributed the rally to the court's ruling", "as a result of", "Obama's speech prompted a
sell-off"), one whose clause names a time ("was due on Friday", "praised NASA's mission on
June 3": told on that day), and one named by a noun before it ("NASA's Europa Clipper
mission", "Alibaba's listing ceremony"). Measured on the development batches when it was added,
the rule left twelve fewer unmatched events, each in its own story (web, wire and local news),
and lost no matched gold happening.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.charges import OFFENCES
from stories.extraction.events.lexicon import HAPPENING_VERBS, NOUN_CLASSES
from stories.extraction.events.sites import enclosing_verb
from stories.extraction.events.time_phrases import dates_the_verb
from stories.extraction.events.title_parts import names_a_time

# Dependents that add no particular of the happening: "his own appointment", "a sudden
# departure", the owner itself. A noun before it names the happening ("NASA's Europa Clipper
# mission", "Alibaba's listing ceremony"), so it is not plain.
_PLAIN_DEPS = frozenset({"poss", "amod", "det", "punct", "case"})
# Classes of harm to a person: a death or killing is news however it is named, and so is a
# crime (charges.OFFENCES: "Maria's kidnapping", "her rape", "his assault", "the robbery").
_HARM_CLASSES = frozenset({"die", "kill"})
# Occasions, held for themselves and named by their host: "the city's parade", "their wedding".
_OCCASION_CLASSES = frozenset({"ceremony"})
# Verbs that give a cause with "to" or "on": "attributed the rally to the court's ruling".
_ATTRIBUTING_VERBS = frozenset({"attribute", "ascribe", "blame", "credit"})
# Phrases that give a cause: "because of", "due to", "thanks to", "owing to", "as a result
# of", "in response to".
_CAUSE_HEADS = frozenset({"because", "due", "thanks", "owing", "result", "response"})
# Verbs whose subject causes their object: "Obama's speech prompted a sell-off" ("led to" too).
_CAUSING_VERBS = frozenset({"prompt", "spark", "trigger", "cause", "provoke"})


def named_only_by_owner(noun: Token, *, dated: bool) -> bool:
    """Whether an event noun is named only by its owner, as if its happening were known (no
    earlier telling is looked for).

    `dated`: a time of the text dates it ("Lee's inquiry was due on Friday"); so does a time
    phrase on the verb of the noun's clause ("praised NASA's mission on June 3")."""
    if dated or not any(c.dep_ == "poss" for c in noun.children):
        return False
    word = noun.lemma_.lower()
    if NOUN_CLASSES.get(word) in _HARM_CLASSES | _OCCASION_CLASSES or word in OFFENCES:
        return False
    if any(c.dep_ not in _PLAIN_DEPS for c in noun.children):
        return False  # "his appointment to that post": a particular of its own
    if any(names_a_time(t) for c in noun.children for t in c.subtree):
        return False  # "Thursday's fight", "this year's election": a day owns it
    if _clause_timed(noun):
        return False  # "praised NASA's mission on June 3": its clause tells it on a day
    return not (_said_to_take_place(noun) or _described_as_done(noun) or _given_as_cause(noun))


def _said_to_take_place(noun: Token) -> bool:
    """ "Andrew's interview appears to have happened": the clause tells the noun took place."""
    if noun.dep_ != "nsubj":
        return False
    verbs = [noun.head, *(c for c in noun.head.children if c.dep_ == "xcomp")]
    return any(v.lemma_.lower() in HAPPENING_VERBS for v in verbs)


def _described_as_done(noun: Token) -> bool:
    """ "Lee's inquiry was pointless": a past copula tells what the happening was like, so the
    sentence reports it (a present one judges a topic: nominals.stands_alone)."""
    verb = noun.head
    return (
        noun.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and verb.tag_ == "VBD"
        and any(c.dep_ == "acomp" for c in verb.children)
    )


def _given_as_cause(noun: Token) -> bool:
    """ "attributed the rally to the Supreme Court's ruling", "closed because of the mayor's
    ban", "Obama's speech prompted a sell-off": a happening given as the cause of another is
    told as having happened."""
    if noun.dep_ == "nsubj":
        verb = noun.head
        lemma = verb.lemma_.lower()
        leads = lemma == "lead" and any(c.lower_ == "to" for c in verb.children)
        return lemma in _CAUSING_VERBS or leads
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ not in ("prep", "dative", "pcomp"):
        return False
    if prep.head.lemma_.lower() in _ATTRIBUTING_VERBS:
        return True
    return prep.i > 0 and prep.nbor(-1).lower_ in _CAUSE_HEADS


def _clause_timed(noun: Token) -> bool:
    """ "praised NASA's mission on June 3": a time phrase dating the verb the noun sits under.
    A duration or an age is not when ("for two years", "a dispute with her 54-year-old
    neighbour", "Paula Starr, 54, was moved during Obama's speech")."""
    verb = enclosing_verb(noun)
    heads = [] if verb is None else [verb]
    for head in heads:  # "is to start at 8:30 a.m.", "was due on Friday": its complements too
        heads.extend(c for c in head.children if c.dep_ in ("xcomp", "acomp"))
    return any(dates_the_verb(c) for head in heads for c in head.children)
