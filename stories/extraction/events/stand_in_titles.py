"""Words that only stand for a noun the clause before named, said as that noun in a title.

WHY: "signed the treaty on Tuesday and signed it on Wednesday", "a soldier was killed and
another was wounded": the second deed is news, but its title step found no noun for "it" or
"another" and the event was dropped. A coordinated verb continues its head clause, so its
object "it" is the head's object (one singular thing) and its subject "another" / "one" is one
more of the head's subject noun ("Another soldier wounded"); a bare "one" after a singular
noun is a person ("a car crashed and one was killed"), not one more car.
"""

from __future__ import annotations

from spacy.tokens import Token

# Subjects that count one more of a noun named before: "another was wounded". A bare "one"
# after a singular noun is a person, not one more of it ("a car crashed and one was killed").
_ONE_MORE = frozenset({"another"})


def conjunct_object(pronoun: Token, verb: Token) -> Token | None:
    """What an object "it" of a coordinated verb stands for: the singular object of the verb
    it continues ("signed the treaty ... and signed it": the treaty); None otherwise, and
    when that object names another thing after it ("gained control of the airport and
    destroyed it": the airport, not the control)."""
    if verb.dep_ != "conj" or pronoun.lower_ != "it":
        return None
    head_object = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    if head_object is None or head_object.i > pronoun.i or head_object.tag_ not in ("NN", "NNP"):
        return None
    if any(c.dep_ == "prep" for c in head_object.rights):
        return None
    return head_object


def acts_on_its_governors_object(verb: Token) -> bool:
    """Whether a coordinated verb's object is an "it" standing for its governor's object
    ("located the cable and spliced it"): two deeds of one actor on one thing."""
    return any(c.dep_ == "dobj" and conjunct_object(c, verb) is not None for c in verb.children)


def counted_noun(subject: Token, verb: Token) -> Token | None:
    """The singular common noun a subject "another" of a coordinated verb counts
    one more of: the subject of the verb it continues ("a soldier was killed and another was
    wounded": soldier); None otherwise."""
    if subject.lower_ not in _ONE_MORE or any(
        c.dep_ in ("prep", "compound") for c in subject.children
    ):
        return None
    if verb.dep_ != "conj" or subject.head != verb:
        return None
    first = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if first is None or first.pos_ != "NOUN" or first.tag_ != "NN":
        return None
    return first


def one_more_of(subject: Token, verb: Token) -> str | None:
    """ "another soldier" for a subject that counts one more of a noun named before
    (`counted_noun`); None otherwise."""
    noun = counted_noun(subject, verb)
    return f"{subject.lower_} {noun.lower_}" if noun is not None else None
