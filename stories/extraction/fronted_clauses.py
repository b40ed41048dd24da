"""An opening "after"/"when" clause the parser takes for the sentence, its main clause undone.

A lead often sets its main happening after a clause of time or condition: "Two days after the
council approved the budget, the first of the new buses rolled into Dunmore on Monday". The
small parser may make the opening clause's verb ("approved") the sentence's root and swallow
the main clause whole: its subject becomes an adverb of that verb and its verb ("rolled") a
participle describing the nearest noun ("buses"). Every rule then sees only the side clause and
the lead's main happening gets no event. A root opened by a subordinating conjunction cannot
be a sentence's main clause; when, after the comma that closes it, a noun phrase runs straight
into a past verb the parser hung on it as a participle with no auxiliary or subject of its
own, that verb is the main verb, the noun phrase its subject, and the opening clause its
adverbial clause.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from stories.extraction.conjunctions import ADVERBIAL_OPENERS

_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD", "JJ", "PRP"})


def hidden_main_clause(sentence: Span) -> tuple[Token, Token] | None:
    """(subject, verb) of the main clause hidden under an opening subordinate root, if any."""
    root = sentence.root
    if root.dep_ != "ROOT" or root.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    marks = [c for c in root.children if c.dep_ == "mark" and c.i < root.i]
    if not marks or marks[0].lower_ not in ADVERBIAL_OPENERS or marks[0].i > sentence.start + 2:
        return None
    doc = root.doc
    for subject in root.rights:
        if subject.i == 0 or doc[subject.left_edge.i - 1].text != ",":
            continue
        if subject.tag_ not in _NOUNS or subject.dep_ in ("punct", "cc", "conj"):
            continue
        verb = _participle_verb(subject)
        if verb is not None:
            return subject, verb
    return None


def _participle_verb(subject: Token) -> Token | None:
    """The first past form after the noun phrase's head, hung inside it as a participle
    with no auxiliary, subject or words before it of its own: "the first of the new buses
    rolled", "one of the drivers working there said"."""
    for verb in subject.subtree:
        if verb.i <= subject.i or verb.dep_ not in ("acl", "relcl") or verb.tag_ == "VBG":
            continue  # "psychologists working with the group": a description, read past
        if verb.dep_ == "relcl" or verb.tag_ not in ("VBD", "VBN") or verb.left_edge.i != verb.i:
            return None
        if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
            return None
        return verb
    return None


def mend_main_clause(root: Token, subject: Token, verb: Token) -> None:
    """Make `verb` the root, `subject` its subject and the old root its adverbial clause."""
    later = [c for c in root.rights if c.i > verb.i]
    verb.head = verb
    verb.dep_ = "ROOT"
    verb.tag_ = "VBD"
    subject.head = verb
    subject.dep_ = "nsubj"
    root.head = verb
    root.dep_ = "advcl"
    for child in later:
        child.head = verb
