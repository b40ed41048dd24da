"""A reported clause too long for a title, said without its trailing adjuncts.

"the board ruled that the permit was void because the fee reached it a week late": what
was ruled is "the permit was void"; the reason, the manner and the circumstances that
follow the clause's own verb and object ("since ...", "as ...", "at the hearing in ...") are
what a headline leaves out. Cutting the clause at a character count instead leaves a phrase
half said ("was void because the…"). Adjuncts are dropped from the right, one whole phrase at
a time, until the clause fits; a clause whose core alone is too long is left to the caller.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.noun_phrases import phrase

# Dependents that add to a clause without completing it: reasons, times, manners, places,
# and a second coordinated clause ("and ...").
_ADJUNCTS = frozenset({"advcl", "prep", "npadvmod", "advmod", "cc", "conj", "punct", "dep"})
# A noun's own phrase says what the noun is ("the subject of an inquiry"): no adjunct.
_NOMINALS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_MIN_LEFT = 3
_QUOTES = frozenset({'"', "“", "”", "‘", "’"})
_DANGLING = frozenset({"cc", "punct", "mark", "preconj"})


def trimmed_clause(clause: Token, first: int, limit: int, words: int) -> str | None:
    """The clause's words from token `first` on, with the adjuncts that end it dropped, the
    shortest first, until the text is at most `limit` characters and `words` words; None when
    it never fits or when too little would be left to read as a clause. An adjunct whose own
    phrase was cut goes with it ("left early in the hope of ..." is not "left early")."""
    doc = clause.doc
    if any(t.tag_ in ("``", "''") or t.text in _QUOTES for t in clause.subtree):
        return None  # a quotation is the speaker's words: given whole or marked as cut
    subtree = [
        t
        for t in clause.subtree
        if t.i > clause.i and t.dep_ in _ADJUNCTS and t.head.pos_ not in _NOMINALS
    ]
    end = max(t.i for t in clause.subtree) + 1
    while True:
        last = [t for t in subtree if t.left_edge.i < end <= t.right_edge.i + 1]
        if not last:
            return None
        end = max(last, key=lambda t: t.left_edge.i).left_edge.i
        while cut := [t for t in subtree if t.left_edge.i < end <= t.right_edge.i]:
            end = min(t.left_edge.i for t in cut)
        while end > first and doc[end - 1].dep_ in _DANGLING:
            end -= 1  # "sold the car and": a joining word with nothing left to join
        text = doc[first:end].text.strip(" .,;:—-")
        if end <= clause.i or len(text.split()) < _MIN_LEFT:
            return None
        if len(text) <= limit and len(text.split()) <= words:
            return text


# Verbs of deciding whose headline names what was decided on, not the decision's own clause:
# "the board ruled that the permit was void" -> "board rules on permit". Another verb's
# clause in the title would make the ruling read like the happening it rules on.
_DECIDING_VERBS = frozenset({"rule", "decide", "adjudicate"})


def decided_on(verb: Token, index: MentionIndex) -> str | None:
    """ "on <subject of the decided clause>" for a verb of deciding with a "that" clause."""
    if verb.lemma_.lower() not in _DECIDING_VERBS:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None:
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    said = phrase(subject, index, objective=True)
    return f"on {said}" if said else None
