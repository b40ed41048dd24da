"""A subject the parser hides inside the phrase that opens its sentence, given back to its verb.

News leads often open on a time, place or occasion and only then name who acted: "During the
harvest festival, the Marlow Inn on Quay Street hosts a cider tasting", "At Sunday's council
meeting, the Brandt family, owners of the mill, asked for a new road", "In Eastfold, the Tern
Valley Trust, which runs the ferry, sold two boats". The small parser reads the name after the
comma as a second name for the opening phrase's noun (an apposition of "festival", "meeting",
"Eastfold"), so the sentence's verb is
left with no subject and the rules that need one (who did it, the title) drop the lead's main
happening. A subjectless tensed verb whose opening prepositional phrase ends in such an
apposition, with nothing but commas, adverbs and auxiliaries between that noun phrase and the
verb, has that noun phrase as its subject: no English sentence puts an apposition of a
fronted adverbial right before a verb that lacks a subject.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_TENSED = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
# Arcs that keep a noun inside the opening prepositional phrase: "at the show", "in a report
# by the police".
_PHRASE_ARCS = frozenset({"pobj", "prep", "pcomp", "agent"})
# What may stand between the hidden subject and its verb: "…, the firm has finally unveiled".
_BETWEEN = frozenset({"punct", "advmod", "aux", "auxpass", "neg"})


def subjectless_verb(root: Token) -> bool:
    """A tensed main verb (or an auxiliary's participle) with no subject of its own."""
    if root.dep_ != "ROOT":
        return False
    deps = {c.dep_ for c in root.children}
    if deps & _SUBJECTS:
        return False
    return root.tag_ in _TENSED or (root.tag_ in ("VBG", "VBN") and bool(deps & {"aux", "auxpass"}))


def fronted_subject(sentence: Span) -> Token | None:
    """The noun the parser hung as an apposition inside the sentence's opening phrase that is
    really the subject of its verb, if there is one."""
    root = sentence.root
    if not subjectless_verb(root):
        return None
    doc = root.doc
    for noun in sentence:
        if noun.i >= root.i:
            return None
        if noun.dep_ != "appos" or noun.tag_ not in _NOUNS or noun.head.dep_ != "pobj":
            continue
        if not _inside_opening_phrase(noun.head, root):
            continue
        if noun.left_edge.i == 0 or doc[noun.left_edge.i - 1].text != ",":
            continue
        if _only_glue_between(noun, root):
            return noun
    return None


def _inside_opening_phrase(token: Token, root: Token) -> bool:
    """A noun reached from the verb only through prepositions and their objects, in a phrase
    that comes before the verb."""
    while token.head != token and token.dep_ in _PHRASE_ARCS:
        if token.head == root:
            return token.dep_ == "prep" and token.i < root.i
        token = token.head
    return False


def _only_glue_between(noun: Token, root: Token) -> bool:
    """Nothing but commas, adverbs, auxiliaries and the rest of the noun phrase before the
    verb: what the parser hung beside the noun on the same head ("in Quay Street 4", ", led by
    its captain,") belongs to the noun phrase all the same."""
    doc = root.doc
    beside = {t.i for c in noun.head.rights if c.i > noun.i for t in c.subtree}
    between = doc[noun.right_edge.i + 1 : root.i]
    return all(
        t.i in beside or (t.dep_ in _BETWEEN and (t.dep_ == "punct" or t.head == root))
        for t in between
    )


def mend_fronted_subject(noun: Token, root: Token) -> None:
    """Make `noun` the subject of `root`, passive when the verb has a passive auxiliary."""
    passive = any(c.dep_ == "auxpass" for c in root.children)
    noun.head = root
    noun.dep_ = "nsubjpass" if passive else "nsubj"
