"""A reported clause read as the saying's object, mended right after the parser.

"Police said the vehicles overturned on the highway": English drops the "that" of a reported
clause, and when its verb is a regular past ("overturned", "collapsed"), spelt like a past
participle, the small parser reads the clause's subject as the saying's object and the verb as
a participle describing it ("said the vehicles [that were] overturned"). Nobody says a thing;
a saying's bare object followed at once by such a participle with no agent, no auxiliary and
no other clause under the saying is the reported clause: the noun is its subject and the
participle its simple past verb.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of saying whose object is what was said, never a person told it ("told the man"),
# by their forms: the repair runs before the lemmatizer.
_SAYING = frozenset({"say", "says", "said", "saying", "report", "reports", "reported"})
_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "conj", "dative"})


def reported_participle(participle: Token) -> bool:
    """Whether `participle` is the verb of a reported clause the parser hung on its subject."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or not participle.lower_.endswith("ed"):
        return False
    noun = participle.head
    saying = noun.head
    if noun.dep_ != "dobj" or noun.tag_ not in _NOUNS or noun.i != participle.i - 1:
        return False
    if not saying.tag_.startswith("VB") or saying.lower_ not in _SAYING or saying.i > noun.i:
        return False
    if any(c.dep_ in ("agent", "aux", "auxpass") for c in participle.children):
        return False
    return not any(c.dep_ in _CLAUSES for c in saying.children)


def mend_reported_participle(participle: Token) -> None:
    """Make the participle the saying's reported clause, in the simple past, with the noun
    it hung on as its subject."""
    noun = participle.head
    saying = noun.head
    participle.head = saying
    participle.dep_ = "ccomp"
    participle.tag_ = "VBD"
    noun.head = participle
    noun.dep_ = "nsubj"
