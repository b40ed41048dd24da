"""Where the subject is now, said in a relative clause on it: "Ms. Arden, who is in Velton for
talks, said ...".

A relative clause usually describes its noun's own happenings ("a man who lives in X", "the
arms that were sent to X") and says nothing of where the sentence's narration is, so the clause
placing leaves it out. One kind is different: the present of "be" with "in" or "at" says where
the subject is at the time of writing, and what the subject does in the sentence (says, signs,
releases a statement) it does there.
"""

from spacy.tokens import Token

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_WHEREABOUTS_PREPOSITIONS = frozenset({"in", "at"})


def subject_whereabouts(anchor: Token) -> list[Token]:
    """The place words of "who is in X" / "who are at X" hung on the event verb's subject."""
    found = []
    for subject in anchor.children:
        if subject.dep_ not in _SUBJECT_DEPS:
            continue
        for clause in subject.children:
            if not _present_being_of_a_person(clause):
                continue
            found += [
                token
                for preposition in clause.children
                if preposition.dep_ == "prep" and preposition.lower_ in _WHEREABOUTS_PREPOSITIONS
                for token in preposition.subtree
                if token != preposition
            ]
    return found


def _present_being_of_a_person(clause: Token) -> bool:
    return (
        clause.dep_ == "relcl"
        and clause.lemma_ == "be"
        and clause.tag_ in _PRESENT_TAGS
        and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children)
    )
