"""A title that stops on its verb, completed from what its clause says after the verb.

A headline is a whole sentence. On the dev batches some titles stop on their verb although
the clause holds what the verb needs, in a shape the title builder (events.titles) does not
read as an object:

- a passive with no agent whose "with" or "of" phrase completes it: "the printer was plagued
  with paper jams", "he was convicted of arson" ("Printer plagued", "Venn convicted of");
- an infinitive whose own complement is a clause: a "that" clause ("sought to prove to the
  president that his supporters outnumber his critics") or a small clause ("agreed to allow
  the Soviets to leave", "voted to make the country a republic"): "Sununu seeks to prove"
  tells nothing of what was to be proved;
- a request whose clause is in the subjunctive ("asked that the case be dismissed",
  events.mandates): "Lawyer asks" tells nothing of what was asked;
- a saying whose reported clause, unmarked and too long to quote, comes before it
  ("A man pleaded guilty to threats, the attorney's office announced"): "Office announces".

Each is completed by the clause's own words in short form (reported_words.short_clause), within
the title's budget; a verb with nothing after it in its clause ("prices fell", "the talks
resumed", "he was arrested") keeps its short title. This only says the event better: it
neither adds nor drops one.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.bound_prepositions import needed_after
from stories.extraction.events.context import MentionIndex
from stories.extraction.events.inflection import headline_verb
from stories.extraction.events.mandates import mandated, requests_by_mandate
from stories.extraction.events.noun_phrases import complement_phrase, phrase, said_head
from stories.extraction.events.reported_words import QUOTE_MARKS, SAYING_VERBS, short_clause
from stories.extraction.events.role_nouns import PERSON_NOUNS
from stories.extraction.events.title_parts import is_time_word
from stories.extraction.events.titles import MAX_TITLE

# Prepositions that complete a passive with no agent: "charged with", "convicted of".
_PASSIVE_COMPLEMENTS = frozenset({"with", "of"})
# Prepositions that give a reason, which a short clause would cut to "because age".
_REASONS = frozenset({"because", "due", "owing"})


def completed(title: str, verb: Token, index: MentionIndex, where: str = "") -> str:
    """The title with what its verb needs, when it stops on the verb (or on the verb and the
    place `where`) and the clause says it; the title unchanged otherwise."""
    body = title[: len(title) - len(where)].rstrip() if where and title.endswith(where) else title
    rest = title[len(body) :].strip()
    completion = _completion(body, verb, index)
    if completion is None:
        return title
    for candidate in (f"{body} {completion} {rest}".strip(), f"{body} {completion}"):
        if len(candidate) <= MAX_TITLE:
            return candidate
    return title


def _completion(body: str, verb: Token, index: MentionIndex) -> str | None:
    last = body.split()[-1].lower() if body.split() else ""
    infinitive = next(
        (c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VB" and c.i > verb.i), None
    )
    if infinitive is not None and body.lower().endswith(f"to {infinitive.lower_}"):
        return _infinitive_clause(infinitive, index)
    if _bare_passive(verb) and last == verb.lower_:
        return _passive_phrase(verb, index)
    if verb.lemma_.lower() in SAYING_VERBS and last in _said_forms(verb):
        return _fronted_clause(verb, index)
    if requests_by_mandate(verb) and last in _said_forms(verb):
        return _mandated_clause(verb, index)  # "Developer asks that land be designated"
    return needed_after(body, verb, index)  # "calls for end" -> "calls for end to walkout"


def _said_forms(verb: Token) -> set[str]:
    return {headline_verb(verb, plural=True), headline_verb(verb, plural=False)}


def _bare_passive(verb: Token) -> bool:
    """A passive participle with its own auxiliary and no agent: "was plagued"."""
    children = {c.dep_ for c in verb.children}
    return verb.tag_ == "VBN" and "auxpass" in children and "agent" not in children


def _passive_phrase(verb: Token, index: MentionIndex) -> str | None:
    """ "was charged with robbery" -> "with robbery"; "was charged with robbing two banks" ->
    "with robbing banks". None for a place, a time or a number after it ("arrested with a
    bond of $2,500" says a number: nothing to tell)."""
    prep = next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in _PASSIVE_COMPLEMENTS and c.i == verb.i + 1
        ),
        None,
    )
    from stories.extraction.found_states import FINDINGS  # found_states imports events

    if prep is None or verb.lower_ in FINDINGS:
        return None  # "was found with its hands tied": the found thing's state (found_states)
    target = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if target is None or is_time_word(target) or target.like_num or index.place(target):
        return None
    if target.dep_ == "pcomp":
        if target.tag_ != "VBG":
            return None
        what = next((c for c in target.children if c.dep_ == "dobj"), None)
        if what is None and any(c.dep_ in ("prep", "prt") for c in target.children):
            return None  # "with driving under the influence": "with driving" says another thing
        said = phrase(what, index, objective=True) if what is not None else ""
        if what is not None and not said:
            return None
        return " ".join(w for w in (prep.lower_, target.lower_, said) if w)
    target = said_head(target)  # "with a form of cancer": with cancer
    if target.pos_ not in ("NOUN", "PROPN") or target.ent_type_ == "PERSON":
        return None  # "arrested with her brother": a companion, not what completes it
    if target.lemma_.lower() in PERSON_NOUNS or any(
        (c.dep_ == "appos" and c.ent_type_ == "PERSON")
        or (c.dep_ == "compound" and c.pos_ == "NOUN" and target.pos_ == "PROPN")
        for c in target.children
    ):
        return None  # "abducted with his interpreter X", "with a suspect": a companion too
    if target.pos_ == "PROPN" and any(c.dep_ == "prep" for c in target.children):
        return None  # "with the Artist of the Year award": a name said short is cut
    said = phrase(target, index, keep_adjectives=True, objective=True)
    if not said:
        return None
    of = complement_phrase(target, index)
    return None if of is None else " ".join(w for w in (prep.lower_, said, of) if w)


def _infinitive_clause(infinitive: Token, index: MentionIndex) -> str | None:
    """ "to prove to the president that his supporters outnumber his critics" -> "supporters
    outnumber critics"; "to allow all the Soviets to leave" -> "Soviets to leave"."""
    clause = next((c for c in infinitive.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON":
        return None  # "offered to have her confess": whose "her" the title cannot say
    return short_clause(clause, subject, index) or None


def _fronted_clause(verb: Token, index: MentionIndex) -> str | None:
    """ "A man pleaded guilty to the threats, the office announced" -> "man pleaded guilty":
    an unmarked reported clause before its saying, said short."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if clause is None:
        return None
    span = verb.doc[clause.left_edge.i : verb.i]
    if any(t.text in QUOTE_MARKS for t in span):
        return None  # a quote is said in its marks (reported_words.quoted_before)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON":
        return None  # "it was closed, she said": whose "it" the title cannot say
    return short_clause(clause, subject, index) or None


def _mandated_clause(verb: Token, index: MentionIndex) -> str | None:
    """ "asked that the case be dismissed" -> "that case be dismissed"."""
    clause = next((c for c in verb.children if mandated(c)), None)
    if clause is None:
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    said = short_clause(clause, subject, index)
    if not said or any(c.dep_ == "prep" and c.lower_ in _REASONS for c in clause.children):
        return None  # "that the case be dismissed because of its age": never said by half
    return f"that {said}"
