"""Whether a clause predicates a complete, specific happening.

A clause can pass every other test (a verb, a subject, a certainty) and still say nothing an
editor could put on a timeline, because its meaning is somewhere a headline-style title cannot
carry it or because it states how things bear on each other rather than what happened:

- the meaning lies in a prepositional complement: "he then referred to the testimony", "they
  turned to the cheapest method", "she seized on a rhythm" are "X refers", "X turns", "X
  seizes" without it, and the complement is a topic, not a happening;
- the meaning lies in a predicative complement: "the report may leave you breathless", "one
  piece proved to be important", "the fears proved a hefty load", "the gain left wages 3.8
  percent higher" say what something is or became, not what happened; so does
  a change of degree, "officials became more open", "such votes became a far rarer
  occurrence": a comparison with before, drawn over a stretch, with no moment of its own;
- the subject is a cause, not an actor: "new technology has pushed prices up", "tax cuts have
  impacted earnings", "farming techniques fuel a water shortage" state how one condition
  affects another, with no moment at which anything happened; so does a thing told as
  causing ("a tip led investigators to two suspects", "support firmed sterling":
  events.caused_relations);
- what is acted on is a state of mind or a view: "sees little hope", "echoed that sentiment"
  (events.stances), or a thing is taken "as" something: "viewed the choice as a sensible move";
- the clause is a fixed figure of course, degree or performance: "took a more personal turn",
  "clicked up another notch", "brought the house down" (events.figures), or a set phrase of
  attention, manner, effect or feeling: "kept an eye on", "took its toll" (events.set_phrases);
- the clause is a tally kept low over a stretch: "has won just five matches this season"
  (events.tallies);
- the verb, undated, tells a stance held or a condition lived with: "supported the mayor",
  "disapproved of his work", "suffered from asthma" (events.held_stances);
- a figure is told as not having moved, "closed unchanged", "ended flat", or the market's
  daily round as a time, "after the market closed" (events.no_change);
- the verb, undated, tells an amount per stretch of time or a deed seldom done: "earns
  $230,000 a year", "were rarely filled" (events.rates);
- the verb, undated, moves a results figure with no period of its own: "Sales rose 4.8% to
  $1.2 billion" (events.results_lines).

Each test reads the parse only; the word lists are closed grammatical classes (see lexicon).
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.caused_relations import states_a_cause
from stories.extraction.events.deed_marks import taken_to_a_body
from stories.extraction.events.figures import told_by_a_figure
from stories.extraction.events.held_stances import holds_a_stance
from stories.extraction.events.lexicon import (
    INFLUENCE_VERBS,
    PREDICATIVE_VERBS,
    PREPOSITIONAL_VERBS,
)
from stories.extraction.events.no_change import tells_no_change
from stories.extraction.events.rates import told_as_a_rate
from stories.extraction.events.results_lines import told_as_a_results_line
from stories.extraction.events.set_phrases import told_by_a_set_phrase
from stories.extraction.events.sites import Site
from stories.extraction.events.stances import acts_on_a_view, takes_as
from stories.extraction.events.tallies import told_as_a_tally
from stories.extraction.events.verb_subjects import subject_of

_OBJECTS = frozenset({"dobj", "dative", "attr", "acomp", "oprd"})
_NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT", "EVENT"})
_COMPARATIVES = frozenset({"JJR", "RBR"})
# Comparatives of time or quantity: "left the house later", "left the firm more than a year
# ago" say when, not what the house or the firm became.
_TIME_COMPARATIVES = frozenset(
    {"later", "earlier", "sooner", "more", "less", "fewer", "further", "farther"}
)


def lacks_predication(site: Site, *, dated: bool) -> bool:
    """Whether a verb's clause says nothing specific happened (see above).

    Event nouns are not asked: their clause's verb is someone else's predicate."""
    verb = site.anchor
    if meaning_in_prepositional_complement(verb) or meaning_in_predicative_complement(verb):
        return True
    if becomes_more(verb):
        return True
    if acts_on_a_view(verb) or takes_as(verb):
        return True  # "sees little hope", "echoed that sentiment": a stance (events.stances)
    if not dated and holds_a_stance(verb):
        return True  # "supported the mayor", "suffered from asthma" (events.held_stances)
    if told_by_a_figure(verb):
        return True  # "took an unexpected detour", "up a notch" (events.figures)
    if told_by_a_set_phrase(verb):
        return True  # "kept an eye on", "took its toll", "held his breath" (events.set_phrases)
    if told_as_a_tally(verb):
        return True  # "has won just five matches this season" (events.tallies)
    if tells_no_change(verb):
        return True  # "closed unchanged at $29", "ended flat" (events.no_change)
    if not dated and told_as_a_rate(verb):
        return True  # "earned $230,000 a year", "were rarely filled" (events.rates)
    if not dated and told_as_a_results_line(verb):
        return True  # "Sales rose 4.8% to $1.2 billion" (events.results_lines)
    if dated:
        return False
    subject = subject_of(verb)
    if states_a_cause(verb, subject):
        return True  # "a tip led investigators to two suspects" (events.caused_relations)
    return site.kind == "general" and states_an_influence(verb, subject)


def meaning_in_prepositional_complement(verb: Token) -> bool:
    """ "referred to Cooke's testimony", "turned to the issue", "reckoned with the role": a
    prepositional verb whose object comes after its preposition. Without a direct object the
    title keeps only "X refers", and the object is a topic the speaker moved to, not an act."""
    preps = PREPOSITIONAL_VERBS.get(verb.lemma_.lower())
    if not preps or any(c.dep_ in _OBJECTS or c.dep_ == "prt" for c in verb.children):
        return False  # an object, or a particle making another verb: "touched down on"
    if any(c.dep_ == "auxpass" for c in verb.children) and taken_to_a_body(verb):
        return False  # "the file was referred to the Senate": sent there, not mentioned
    return any(
        c.dep_ == "prep"
        and c.lower_ in preps
        and any(o.dep_ in ("pobj", "pcomp") and not _a_stretch_of_time(o) for o in c.children)
        for c in verb.children
    )


# Units a stretch of time is counted in: "waited for days", "waited for a while".
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "while"})


def _a_stretch_of_time(noun: Token) -> bool:
    """ "waited for days", "waited for two hours": "for" and a time tell how long the verb
    went on, not what it is about, and the verb keeps its meaning without them."""
    return noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in _TIME_UNITS


def meaning_in_predicative_complement(verb: Token) -> bool:
    """ "may leave you breathless", "have left firms uncertain", "proved to be important":
    a verb whose content is the state its complement names; "X leaves you", "X proves" is
    all a title keeps, and a state is not a happening."""
    kind = PREDICATIVE_VERBS.get(verb.lemma_.lower())
    if kind is None:
        return False
    if kind == "object":  # "left firms uncertain": a predicate on the object
        return any(
            (c.dep_ == "oprd" and c.lower_ not in _TIME_COMPARATIVES)
            or (c.dep_ == "ccomp" and c.pos_ == "ADJ")
            for c in verb.children
        ) or _object_compared(verb)
    # "proved (to be) important", "proved a hefty load": a predicate on the subject
    return any(c.dep_ in ("xcomp", "acomp", "attr", "oprd") for c in verb.children) or any(
        c.dep_ == "dobj" and _predicate_noun(c) for c in verb.children
    )


def _predicate_noun(noun: Token) -> bool:
    """ "proved a hefty load (to bear)", "proved a success": an indefinite noun with no phrase of
    its own but an infinitive after "prove" is what the subject turned out to be (the parser
    reads it as an object); "proved a link between X and Y" proves something."""
    return any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in noun.children) and not any(
        d.dep_ == "prep" or (d.dep_ in ("relcl", "acl") and not _infinitive(d))
        for d in noun.children
    )


def _infinitive(verb: Token) -> bool:
    """ "to bear", "to crack": a bare verb after "to"."""
    return verb.tag_ == "VB" and any(c.lower_ == "to" for c in verb.children)


def _object_compared(verb: Token) -> bool:
    """ "left wages 3.8 percent higher", "kept the index 70 points lower": a comparative after
    the object (the parser hangs it on the object or on the verb) is the object's new level, a
    predicate on it, as "left firms uncertain" is."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return False
    after = [c for c in verb.children if c.dep_ == "advmod" and c.i > objects[0].i]
    after += [c for o in objects for c in o.children if c.dep_ == "amod" and c.i > o.i]
    return any(c.tag_ in _COMPARATIVES and c.lower_ not in _TIME_COMPARATIVES for c in after)


def becomes_more(verb: Token) -> bool:
    """ "became more open", "became a far rarer occurrence": "become" with a comparative
    complement tells a change of degree. "became bowl-eligible", "became the first state to…"
    (a new standing, which may be news) are no comparison and stay; so does a comparison with
    another thing, "became larger than Microsoft": one overtaking the other, which may be news."""
    if verb.lemma_.lower() != "become":
        return False
    return any(
        c.dep_ in ("acomp", "attr")
        and (c.tag_ in _COMPARATIVES or any(m.tag_ in _COMPARATIVES for m in c.children))
        and not _than_another(c)
        for c in verb.children
    )


def _than_another(complement: Token) -> bool:
    """ "larger than Microsoft": a "than" whose object is a thing, not a time ("than last
    year") nor a word for before ("than ever")."""
    return any(
        t.lower_ == "than"
        and any(
            o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN", "PRON") and o.ent_type_ != "DATE"
            for o in t.children
        )
        for t in complement.subtree
    )


def states_an_influence(verb: Token, subject: Token | None) -> bool:
    """ "technology has pushed prices up", "tax cuts have impacted earnings", "data supported
    the existence of plumes": a transitive verb of influence whose subject is a thing (no
    name, no person) states how one condition bears on another; without a date of its own it
    reports no happening."""
    if verb.lemma_.lower() not in INFLUENCE_VERBS or subject is None:
        return False
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False  # "the storm weakened": a change of state, which may be news
    return not agentive(subject)


def agentive(subject: Token) -> bool:
    """A name, a pronoun or an entity: someone who can act (a country, a company, a person)."""
    if subject.pos_ in ("PROPN", "PRON") or subject.ent_type_ in _NAMED:
        return True
    return any(
        c.pos_ == "PROPN" or c.ent_type_ in _NAMED
        for c in subject.children
        if c.dep_ in ("compound", "poss", "amod")
    )
