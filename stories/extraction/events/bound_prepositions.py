"""Verbs that say nothing without their preposition, and the addressee of a telling.

Two general faults leave a title's verb hanging:

- Some English verbs take a prepositional phrase the way others take an object: "the flood
  led to school closures", "the fault resulted in delays", "the rain contributed to the
  collapse". Said alone ("Flood leads", "Fault results") the headline is no sentence, so the
  verb keeps its bound preposition and what follows it ("Flood leads to school closures").
- A verb of telling takes the person told as its object and what was told as a clause: "she
  told reporters that the road would reopen". Titled by the person alone ("Mayor tells
  reporters") it says nothing of the news; the title says what was told too.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.lexicon import ADDRESSING_VERBS
from stories.extraction.events.noun_phrases import phrase
from stories.extraction.events.title_parts import is_time_word

# Verb lemma -> the prepositions that complete it (general English valency, not news words).
_BOUND: dict[str, frozenset[str]] = {
    verb: frozenset(preps.split())
    for verb, preps in {
        "lead": "to",
        "take": "to",
        "result": "in from",
        "contribute": "to",
        "amount": "to",
        "belong": "to",
        "rely": "on",
        "depend": "on",
        "consist": "of",
        "account": "for",
        "stem": "from",
        "call": "for",
        "apply": "for",
        "wait": "for",
        "search": "for",
        "respond": "to",
        "react": "to",
        "reply": "to",
        "object": "to",
        "refer": "to",
        "point": "to",
        "deal": "with",
        "cope": "with",
        "comply": "with",
        "suffer": "from",
        "benefit": "from",
        "recover": "from",
        "focus": "on",
        "comment": "on",
        "insist": "on",
        "hint": "at",
        "aim": "at",
        "cater": "to",
        "adhere": "to",
        "subscribe": "to",
        "succumb": "to",
        "embark": "on",
        "revert": "to",
        "file": "for",
        "qualify": "for",
        "opt": "for",
        "vote": "for against",
    }.items()
}

# Verbs of telling whose object is the person told, not what was told: the addressing verbs
# of speech events and the others that tell someone something.
TELLING_VERBS = frozenset(ADDRESSING_VERBS) | {
    "assure",
    "remind",
    "notify",
    "advise",
    "warn",
    "promise",
}


def bound_phrase(verb: Token, index: MentionIndex) -> str | None:
    """ "led to unpaid bills" -> "to unpaid bills": the bound preposition of a verb with no
    object, and what follows it in short form, its adjectives kept ("leads to bills" would
    say the opposite); None when the verb binds none, or what follows the
    preposition is a time, a number or cannot be said."""
    preps = _BOUND.get(verb.lemma_.lower())
    if preps is None:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps or prep.i < verb.i:
            continue
        target = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if target is None or is_time_word(target) or target.pos_ == "NUM" or target.like_num:
            return None
        said = phrase(target, index, keep_adjectives=True, objective=True)
        return f"{prep.lower_} {said}" if said else None
    return None


def addressee(verb: Token, target: Token | None) -> Token | None:
    """The person a telling was addressed to, when the telling also says what it told (a
    reported clause after the verb, or a quote before it): "told reporters that …"."""
    if target is None or verb.lemma_.lower() not in TELLING_VERBS:
        return None
    if target.pos_ not in ("NOUN", "PROPN", "PRON") or target.lower_ in ("it", "this", "that"):
        return None
    if not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    return target


_CLOSING_MARKS = '”"'


def told_words(verb: Token, said: str) -> str | None:
    """What was told, made fit to follow the person told: without its "that" ("tells police
    that …" reads "tells police …"), a quote in its marks, without a mark whose pair was cut
    off, and None when it opens on a verb, its subject lost ("tells friends was a success" is
    no sentence), or when a pronoun subject was said by a name the teller's "she" may not be."""
    if said.startswith("that "):
        said = said[len("that ") :]
    if said.count('"') % 2:
        said = said.replace('"', "")
    first = said.split()[0].strip("“”\"'‘’") if said.split() else ""
    after = [t for t in verb.sent if t.i > verb.i and t.text == first]
    if not first or any(t.pos_ in ("VERB", "AUX") for t in after[:1]):
        return None
    opening = after[0].nbor(-1).text if after and after[0].i > 0 else ""
    if opening in ("“", '"', "``") and not said.startswith(("“", '"')):
        said = "“" + said.rstrip(_CLOSING_MARKS) + "”"  # 'told them: "We won"': in its marks
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")] if clause else []
    subject = subjects[0] if subjects else None
    if subject is not None and subject.pos_ == "PRON" and first.lower() != subject.lower_:
        return None  # "told reporters she had not …": a "she" said by a name may be the wrong one
    return said
