"""Misreadings of the small parser that hide a tensed clause, mended right after it parses.

Every event rule reads the parse, and each asks for a clause's verb by its role: the main
verb, an adverbial clause. Two shapes of news prose come out of the parser without one, so no
rule sees the happening they tell:
- a lead that opens on its subject and a verb that also spells a participle ("A local man
  admitted in court on Monday that he …"): the parser makes the noun the sentence's root and
  the verb a participle describing it ("a man admitted to hospital"). A participle that takes
  an object or a "that" clause is no passive description: it is the sentence's verb, in the
  past, with the noun its subject;
- a clause opened by a conjunction that is also a preposition ("as a storm buried the town",
  "after the mayor signed the order"): the parser hangs the clause on the preposition, so its
  tensed verb, with a subject of its own, looks like a noun's complement. It is an adverbial
  clause of the verb the preposition hangs on.
A third, a subject's reduced passive read as the sentence's verb ("a van towed Friday was
returned"), is mended by reduced_passives.py, and a fourth, a subject read as an apposition
inside the phrase that opens its sentence ("At the fair, the Brandt family asked …"), by
fronted_subjects.py; an opening "after"/"when" clause taken for the sentence, its main
clause read as a noun's participle, by fronted_clauses.py; a time to come read as the front of
the past "after" clause that follows it ("a referendum next year after delegates voted"), by
future_times.py; a reported clause without "that" whose regular past the parser read as a
participle of the saying's object ("said the vehicles overturned"), by said_participles.py.
Mending the parse once here lets every rule read these clauses as it reads any other.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from stories.extraction.conjunctions import CLAUSE_PREPOSITIONS
from stories.extraction.found_states import found_state, mend_found_state
from stories.extraction.fronted_clauses import hidden_main_clause, mend_main_clause
from stories.extraction.fronted_subjects import fronted_subject, mend_fronted_subject
from stories.extraction.future_times import mend_future_time, misplaced_future_time
from stories.extraction.reduced_passives import mend_reduced_passive, reduced_passive
from stories.extraction.said_participles import mend_reported_participle, reported_participle

# Coarse parts of speech come later in the pipeline (attribute_ruler): read the fine tags.
_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_TENSED = frozenset({"VBD", "VBZ", "VBP"})


def add_parse_repairs(nlp: Language) -> None:
    """Put the repairs in `nlp`, right after its parser."""
    if "parser" in nlp.pipe_names and "parse_repairs" not in nlp.pipe_names:
        nlp.add_pipe("parse_repairs", after="parser")


@Language.component("parse_repairs")
def parse_repairs(doc: Doc) -> Doc:
    """Mend the misreadings wherever they occur."""
    for sentence in list(doc.sents):
        root = sentence.root
        verb = misread_main_verb(root)
        if verb is not None:
            _make_main_verb(root, verb)
        elif (pair := reduced_passive(root)) is not None:
            mend_reduced_passive(*pair)
        elif (subject := fronted_subject(sentence)) is not None:
            mend_fronted_subject(subject, root)
        elif (clause := hidden_main_clause(sentence)) is not None:
            mend_main_clause(root, *clause)
    for token in doc:
        if (host := misplaced_future_time(token)) is not None:
            mend_future_time(token, host)
    for token in doc:
        if reported_participle(token):
            mend_reported_participle(token)  # "said the vehicles overturned on the road"
        elif found_state(token):
            mend_found_state(token)  # "was found Tuesday submerged in a quarry"
    for token in doc:
        if clause_under_preposition(token):
            _make_adverbial(token)
        elif called_object(token) and _active_with_subject(token.head):
            token.dep_ = "dobj"  # "shop staff called police, who arrived …"
    return doc


def _active_with_subject(verb: Token) -> bool:
    """A verb with a subject of its own, no passive auxiliary and no object yet: "called
    police" told as a deed, not "was called a hero" nor "called the plan a mistake"."""
    deps = {c.dep_ for c in verb.children}
    return "nsubj" in deps and not deps & {"auxpass", "dobj", "nsubjpass"}


def misread_main_verb(root: Token) -> Token | None:
    """The verb a noun-rooted sentence hides as the noun's participle, if it has one: a
    participle right after its noun, with no auxiliary or subject of its own, that takes an
    object or a tensed "that" clause (a passive description takes neither)."""
    if root.tag_ not in _NOUNS or root.dep_ != "ROOT":
        return None
    for child in root.rights:
        if child.dep_ != "acl" or child.tag_ not in ("VBN", "VBD"):
            continue
        if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in child.children):
            return None
        if any(
            (c.dep_ == "dobj" and c.tag_ in _NOUNS) or _that_clause(c) or called_object(c)
            for c in child.children
        ):
            return child
        return None
    return None


def called_object(child: Token) -> bool:
    """ "A neighbour called police", "a clerk called the family": what the parser reads as
    the name a thing is called ("a dog called Rex") is an object when it is a common noun in
    the plural or with a determiner or owner of its own, which no given name takes."""
    if child.dep_ != "oprd" or child.head.lower_ != "called" or child.tag_ not in ("NN", "NNS"):
        return False
    return child.tag_ == "NNS" or any(c.dep_ in ("det", "poss") for c in child.children)


def _that_clause(child: Token) -> bool:
    """ "that he robbed a bakery": a tensed complement with its own subject."""
    return (
        child.dep_ == "ccomp"
        and child.tag_ in _TENSED
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
        and any(c.dep_ == "nsubj" for c in child.children)
    )


def _make_main_verb(noun: Token, verb: Token) -> None:
    later = [c for c in noun.rights if c.i > verb.i]
    verb.head = verb
    verb.dep_ = "ROOT"
    verb.tag_ = "VBD"
    for child in verb.children:
        if called_object(child):
            child.dep_ = "dobj"
    noun.head = verb
    noun.dep_ = "nsubj"
    for child in later:
        child.head = verb


def clause_under_preposition(verb: Token) -> bool:
    """ "as a storm buried the town": a tensed verb with its own subject, the object of a
    preposition that can open a clause and comes right before that clause."""
    if verb.dep_ != "pcomp" or verb.tag_ not in _TENSED:
        return False
    marker = verb.head
    if marker.lower_ not in CLAUSE_PREPOSITIONS or marker.head == marker:
        return False
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return False
    return verb.left_edge.i == marker.i + 1


def _make_adverbial(verb: Token) -> None:
    marker = verb.head
    verb.head = marker.head
    verb.dep_ = "advcl"
    marker.head = verb
    marker.dep_ = "mark"
