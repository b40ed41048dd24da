"""Partial quotations: the writer names who acts and quotes only the rest of the clause.

An undated verb inside quotation marks is someone's talk, and `clauses._candidate` drops it.
A quotation opened after its clause's subject ("Acme said it "intends to seek control" of
Beta", "he had recently "acquired" a duvet") is not: the writer tells who acts in their own
words and borrows only the wording of the deed, so the clause is narration like any other.
The look-alike stays talk: a quotation that holds its own subject ("We intend to seek
control," Acme said), opens before it (she said, "the firm will seek control"),
continues a quotation that held the subject, is what a subject's own unquoted verb says
(signs that said "Vote no"), or finishes a clause held as a belief (events.held_beliefs:
"neighbours believed he was "being followed"").
Evidence: dev key events lost as quoted talk though only a verb phrase was quoted.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.held_beliefs import held_belief
from stories.extraction.events.verb_subjects import subject_of


def finishes_narration(verb: Token, quotes: list[tuple[int, int]]) -> bool:
    """Whether the quotation `verb` lies in opens between the verb's subject and the verb the
    subject belongs to, within one sentence: the quoted words finish a clause the writer
    began."""
    quote = next(((s, e) for s, e in quotes if s <= verb.idx < e), None)
    if quote is None:
        return False
    subject = subject_of(verb)
    if subject is None or subject.sent != verb.sent:
        return False
    if verb.dep_ == "ccomp" and held_belief(verb.head):
        return False  # "believed the mayor was "being followed"": someone's belief, quoted
    if any(verb.sent.start_char <= s < quote[0] for s, _ in quotes):
        return False  # ""We will," he said, "acquire it"": the sentence opened as talk
    if not quote[0] <= subject.head.idx < quote[1]:
        return False  # "signs that said "Vote no"": the subject's own verb is the writer's
    return verb.sent.start_char <= subject.idx and subject.idx + len(subject.text) <= quote[0]
