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
from stories.extraction.events.noun_phrases import (
    complement_of,
    complement_phrase,
    phrase,
    said_head,
    single_phrase,
)
from stories.extraction.events.title_parts import is_time_word, names_a_time

# The words a needed phrase keeps before it is said by its head ("purchase of trailers").
_NEEDED_WORDS = 3
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
        "work": "on",
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


def bound_forms(verb: Token, index: MentionIndex) -> tuple[str, tuple[str, ...]] | None:
    """The bound phrase and its shorter forms, longest first, for a title to take the first
    that fits: "calls for a swift end to the walkout" -> "for swift end to walkout", then
    "for end to walkout" (the noun's head and its "of/to/on" object's head), then "for end"
    (the noun alone) so that the bound phrase is never dropped whole. The noun keeps the
    phrase it needs ("end to", "ban on", "closure of"): without it the title is cut
    mid-phrase ("Council votes against ban"), and its adjectives ("leads to bills" would say
    the opposite of "leads to unpaid bills"). None when the verb binds none, or what follows
    the preposition is a time, a number or cannot be said."""
    bound = _bound_target(verb)
    if bound is None:
        return None
    prep, target = bound
    said = phrase(target, index, keep_adjectives=True, objective=True)
    if not said:
        return None
    needed = _needed_phrase(target, said, index)
    bare = single_phrase(target, index, False, True) or said
    forms = [f"{prep} {said} {needed}", f"{prep} {bare} {needed}"] if needed else []
    if needed:
        needed_prep, needed_noun = complement_of(target)
        heads = f"{_head(target, index)} {needed_prep} {_head(needed_noun, index)}"
        forms.append(f"{prep} {heads}")  # "for end to walkout": the two nouns' heads only
    forms += [f"{prep} {said}", f"{prep} {bare}"]
    unique = list(dict.fromkeys(forms))
    return unique[0], tuple(unique[1:])


def _bound_target(verb: Token) -> tuple[str, Token] | None:
    """The bound preposition after a verb and the noun it governs; None when the verb binds
    none, or what follows the preposition is a time or a number."""
    preps = _BOUND.get(verb.lemma_.lower())
    if preps is None:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps or prep.i < verb.i:
            continue
        target = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if target is None or is_time_word(target) or target.pos_ == "NUM" or target.like_num:
            return None
        return prep.lower_, target
    return None


def _head(noun: Token, index: MentionIndex) -> str:
    """A noun said by its head word alone (and a comparison before it), a person or a place
    by its short name."""
    if index.person(noun) is not None or index.place(noun) is not None:
        return single_phrase(noun, index, False, True) or noun.text
    head = said_head(noun)
    # "impact of fewer children": a comparison dropped would say another thing
    compared = [c.text for c in head.children if c.dep_ == "amod" and c.tag_ == "JJR"]
    return " ".join([*compared, head.text])


def _needed_phrase(noun: Token, said: str, index: MentionIndex) -> str:
    """The "of/to/on" phrase the bound noun needs, said short with its adjectives ("impact of
    fewer children": without "fewer" it says another thing), by its head alone when longer
    than a few words ("purchase of trailers"); "" when it has none, it is a time ("a meeting
    on Tuesday"), a name with a phrase of its own that a short form would cut ("conference of
    Organization"), or it repeats a word the noun's phrase says already (never "projects of
    projects")."""
    prep, target = complement_of(noun)
    if target is None or names_a_time(target):
        return ""
    if target.pos_ == "PROPN" and any(c.dep_ == "prep" for c in target.children):
        return ""
    if complement_phrase(noun, index) is None:
        return ""  # an amount, a pronoun or a measure's "of": nothing more to say
    needed = f"{prep} {phrase(target, index, keep_adjectives=True, objective=True) or ''}"
    if len(needed.split()) > _NEEDED_WORDS:
        needed = f"{prep} {_head(target, index)}"
    said_words = {w.lower() for w in said.split()}
    if any(w.lower() in said_words for w in needed.split()[1:]):
        return ""
    return needed.strip() if len(needed.split()) > 1 else ""


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


def needed_after(body: str, verb: Token, index: MentionIndex) -> str | None:
    """ "calls for end" -> "to walkout": a title whose verb frame already says its
    preposition's noun (events.frames: "call for end") and stops on it, the noun's needed
    "of/to/on" phrase said short; None when the title does not stop on such a noun or the
    noun needs nothing."""
    last = body.split()[-1].lower() if body.split() else ""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        target = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if target is not None and target.lower_ == last:
            needed = complement_of(target)[1]
            if needed is not None and index.place(needed) is not None:
                return None  # a place after the noun is the title's place, said after it
            return _needed_phrase(target, body, index) or None
    return None
