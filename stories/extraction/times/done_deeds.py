"""Whether a yearless date dates a deed told as done, which cannot lie after publication.

``resolve_yearly`` reads a yearless day within a few weeks of publication as the near one in
any tense, because reported speech, payment dates and schedules mislead the parse ("said the
dividend was payable Sept. 20"). A date hung on a lexical verb told in the simple past, the
present perfect or the past progressive ("was arrested April 2", "has signed on April 5",
"was escorting a convoy April 2") is no such case: the deed is over by the telling, so a date
a few weeks ahead is last year's. Plans, modals, reported
futures ("would leave") and scheduling verbs already read as another tense; the copula
("was due April 2") is left to the near reading, since its date is its complement's, and so
are a deadline ("gave him until April 2"), a date written before a noun ("campaigned ahead of
the April 25 election": the election's day) and a date parsed onto a saying verb ("…at our next
meeting," April 6, the mayor said), which mostly dates the thing said.
"""

from spacy.tokens import Doc, Token

from stories.extraction.contractions import contracted_d_word
from stories.extraction.events.lexicon import ATTRIBUTION_VERBS
from stories.extraction.times.tense import OPEN_END_PREPOSITIONS, governing_verb

# Days after publication a past deed's date may still fall: feeds stamp a story a day or two
# late (or early, across time zones), and no one means a year ago by tomorrow's date.
PUBLICATION_SLACK_DAYS = 3
_MODALS = frozenset({"will", "shall", "would", "can", "could", "may", "might", "must", "should"})
_FINITE_PAST = frozenset({"VBD", "VBN", "VBG"})
# A date after "to" is the new end a deed set ("was extended to April 2"), like "until".
_END_POINTS = OPEN_END_PREPOSITIONS | {"to"}
_PAST_BE = frozenset({"was", "were"})
_MAX_STEPS = 6
# A date written before a noun ("the April 25 election") dates that noun, whose day may be
# ahead whatever the tense of the verb the phrase hangs on.
_BEFORE_A_NOUN = frozenset({"nmod", "compound", "amod"})


def _path_up(token: Token, verb: Token) -> list[Token]:
    """The words from the time's head up to (not including) its governing verb."""
    path = []
    while token != verb and token.head != token and len(path) < _MAX_STEPS:
        token = token.head
        path.append(token)
    return path


def told_as_done(doc: Doc | None, start: int, end: int) -> bool:
    """Whether the time at text[start:end] hangs on a lexical verb in the simple past or
    present perfect, with no modal or infinitive marker."""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if span.root.dep_ in _BEFORE_A_NOUN and span.root.head.pos_ in ("NOUN", "PROPN"):
        return False  # "campaigned ahead of the April 25 election": the date is the noun's
    verb = governing_verb(span.root)
    if verb is None or verb.tag_ not in _FINITE_PAST:
        return False
    if any(t.lower_ in _END_POINTS for t in _path_up(span.root, verb)):
        return False  # "gave him until 11 a.m. April 2": the clock noun may stand between
    if verb.lemma_.lower() == "be" or verb.lemma_.lower() in ATTRIBUTION_VERBS:
        return False
    auxiliaries = {contracted_d_word(a) for a in verb.children if a.dep_ in ("aux", "auxpass")}
    if auxiliaries & _MODALS or "to" in auxiliaries:
        return False
    if verb.tag_ == "VBG":
        return bool(auxiliaries & _PAST_BE)  # "was escorting a convoy April 2"
    return verb.tag_ == "VBD" or bool(auxiliaries)
