"""Whether a yearless date dates a deed told as done, which cannot lie after publication.

``resolve_yearly`` reads a yearless day within a few weeks of publication as the near one in
any tense, because reported speech, payment dates and schedules mislead the parse ("said the
dividend was payable Sept. 20"). A date hung on a lexical verb told in the simple past or the
present perfect ("was arrested April 2", "has signed on April 5") is no such case: the deed is
over by the telling, so a date a few weeks ahead is last year's. Plans, modals, reported
futures ("would leave") and scheduling verbs already read as another tense; the copula
("was due April 2") is left to the near reading, since its date is its complement's.
"""

from spacy.tokens import Doc

from stories.extraction.times.tense import auxiliary_word, governing_verb

# Days after publication a past deed's date may still fall: feeds stamp a story a day or two
# late (or early, across time zones), and no one means a year ago by tomorrow's date.
PUBLICATION_SLACK_DAYS = 3
_MODALS = frozenset({"will", "shall", "would", "can", "could", "may", "might", "must", "should"})
_FINITE_PAST = frozenset({"VBD", "VBN"})


def told_as_done(doc: Doc | None, start: int, end: int) -> bool:
    """Whether the time at text[start:end] hangs on a lexical verb in the simple past or
    present perfect, with no modal or infinitive marker."""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = governing_verb(span.root)
    if verb is None or verb.lemma_.lower() == "be" or verb.tag_ not in _FINITE_PAST:
        return False
    auxiliaries = {auxiliary_word(a, verb) for a in verb.children if a.dep_ in ("aux", "auxpass")}
    if auxiliaries & _MODALS or "to" in auxiliaries:
        return False
    return verb.tag_ == "VBD" or bool(auxiliaries)
