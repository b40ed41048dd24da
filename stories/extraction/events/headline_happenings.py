"""A headline that announces a dated plan the body never tells again is an event of the story.

A headline says in short what the lead then tells in full ("Deputies arrest two men. Deputies
arrested two men Tuesday …"), so its clause is usually a second, thinner view of a body event
and stays out (`reporters_notes`). One kind of headline is often news the body leaves untold: a
plan dated by the headline's own time word ("Council to vote today on financing package",
"Funding to dry up on Friday for center"). The body then spends itself on what the plan is
about (what the money would buy, how the center got by so far), and dropping the headline
loses the story's key happening.

So a headline clause is read like a lead clause, with headline grammar ("X to vote today": the
infinitive with "to" is a plan, dated by its time word), and stays only when it is such a dated
plan and no body word tells the same predicate again (by lemma or stem: "vote"/"voting",
"charged"/"charges"); when the body retells it, the body's event stays alone. Other headline
happenings ("Man pleads guilty", "Drugs prompt scare") the body mostly retells in words of its
own, which a predicate match cannot see, so they stay out (measured on the LGL dev batch: kept,
they added some 25 events matching nothing for 4 found).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from stories.extraction.doc_text import doc_text
from stories.extraction.events.event_dates import EventDate
from stories.extraction.events.lexicon import FORESEEN
from stories.extraction.events.reporters_notes import in_headline_style
from stories.extraction.mentions import EventCandidate
from stories.paragraphs import HEADLINE_WORDS

# A stem this long says the same predicate across word classes ("sentenced"/"sentence",
# "charged"/"charges", "voting"/"vote"); shorter words are compared whole.
_STEM = 5
# Certainties of a happening still to come.


def headline_above(doc: Doc, dateline_start: int, sentences: list[Span]) -> int:
    """Where a headline that opens the text ends: above a dateline ("Woman sentenced for
    fraud. CORSICANA — …"), the dateline's start when the text before it is one short sentence
    in headline style; with no dateline, the end of a short first sentence in headline grammar
    ("Man charged in widow's murder. Police said …"): no tense of prose (a simple past, a
    modal) and a headline's predicate. 0 otherwise."""
    if len(sentences) < 2:
        return 0
    first = sentences[0]
    end = dateline_start if dateline_start > 0 else first.end_char
    if len(doc_text(doc)[:end].split()) > HEADLINE_WORDS or not in_headline_style(list(first)):
        return 0
    if dateline_start > 0:
        return end if sentences[1].start_char >= dateline_start else 0
    if any(t.tag_ in ("VBD", "MD") for t in first) or _headline_predicate(list(first)) is None:
        return 0
    return end


# Verbs that tell no happening of their own in a headline ("Budget is key").
_EMPTY_VERBS = frozenset({"be", "have", "do", "say"})


def _headline_predicate(tokens: list[Token]) -> tuple[Token, str] | None:
    """The headline's predicate, read with headline grammar, and its certainty: "Council to
    vote today" (an infinitive with "to" tells a plan), "Man charged in murder" (a bare past
    participle is a passive past), "Deputies arrest two" (the present tells the past)."""
    for token in tokens:
        if token.lemma_.casefold() in _EMPTY_VERBS or token.pos_ not in ("VERB", "AUX"):
            continue
        auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        if token.tag_ == "VB" and [a.lower_ for a in auxiliaries] == ["to"]:
            return token, "planned"
        if token.tag_ == "VBN" and not auxiliaries and token.dep_ in ("ROOT", "acl", "relcl"):
            return token, "occurred"
        if token.tag_ in ("VBZ", "VBP", "VBD") and not auxiliaries:
            return token, "occurred"
    return None


def headline_happening(
    doc: Doc, headline_end: int, time_at: dict[int, EventDate]
) -> EventCandidate | None:
    """The headline's happening as an event when clause reading found none there (a headline's
    grammar misleads the parser: "Council to vote" reads as a relative clause), titled by the
    headline itself and dated by its own time word ("today", "on Friday")."""
    tokens = [t for t in doc if t.idx < headline_end and not t.is_space]
    found = _headline_predicate(tokens)
    if found is None:
        return None
    predicate, certainty = found
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    title = doc_text(doc)[start:end].strip().rstrip(".").strip()
    time = next((time_at[t.i] for t in tokens if t.i in time_at), None)
    return EventCandidate(
        title=title,
        summary=title,
        quote=doc_text(doc)[start:end],
        start=start,
        end=end,
        trigger=predicate.lemma_.casefold(),
        certainty=certainty,
        date_start=time.start if time else None,
        date_end=time.end if time else None,
        date_precision=time.precision if time else "unknown",
        date_text=time.text if time else "",
        extra={"kind": "headline"},
        provenance={"date": {"source": "headline", "text": time.text}} if time else {},
    )


def with_headline_happening(
    events: list[EventCandidate], doc: Doc, headline_end: int, time_at: dict[int, EventDate]
) -> list[EventCandidate]:
    """`events` with the headline's happening added when none of them starts in the headline
    and it is a dated plan the body does not retell."""
    if not headline_end or any(e.start < headline_end for e in events):
        return events
    added = headline_happening(doc, headline_end, time_at)
    if added is None or not announces_a_dated_plan(added, headline_end):
        return events
    return events if retold(added, doc, headline_end, events) else [added, *events]


def _stem(word: str) -> str:
    folded = word.casefold()
    return folded[:_STEM] if len(folded) > _STEM else folded


def _words(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _predicates(event: EventCandidate, tokens: list[Token]) -> set[str]:
    """Stems that say the event's predicate: its trigger lemma and the words it was read from."""
    stems = {_stem(event.trigger)}
    stems |= {_stem(t.text) for t in tokens if t.lemma_.casefold() == event.trigger.casefold()}
    return stems


def retold(
    headline: EventCandidate, doc: Doc, headline_end: int, events: list[EventCandidate]
) -> bool:
    """Whether the body tells the headline event's happening again: a verb or noun of the same
    predicate, by lemma or stem ("vote"/"voting", "charged"/"charges"), or a body event on
    the headline's own date that is planned too or of the same class ("Storm to hit coast
    Friday" told as "the hurricane would make landfall Friday"). Any body word counts, not
    only the body's events: a retelling the extraction passes over still says the headline is
    no news of its own."""
    if any(_same_plan(headline, e, doc) for e in events if e.start >= headline_end):
        return True
    predicates = _predicates(headline, _words(doc, headline.start, headline.end))
    return any(
        token.idx >= headline_end
        and token.pos_ in ("VERB", "NOUN")
        and bool({_stem(token.lemma_), _stem(token.text)} & predicates)
        for token in doc
    )


# Names that say where or when a plan is, not which plan it is.
_NOT_THE_PLAN = frozenset({"GPE", "LOC", "DATE", "TIME"})


def _same_plan(headline: EventCandidate, body: EventCandidate, doc: Doc) -> bool:
    """A body event on the headline's date, to come as the headline's plan is (planned or
    expected) or of its class: the body's words for the same plan, which the headline only
    puts shortly. A headline dated by its month only ("to host games in April") is the body's
    plan on a day of that month ("the games, scheduled for April 20-24") when the body's sentence
    shares a noun with the headline ("chess fair" and "chess tournament"): a month holds other
    plans ("the council will vote on May 3")."""
    if headline.date_start is None or body.date_start is None:
        return False
    if body.date_start != headline.date_start and not (
        _within_month(headline, body) and _shares_a_noun(headline, body, doc)
    ):
        return False
    kind = headline.extra.get("class")
    to_come = body.certainty in FORESEEN and headline.certainty in FORESEEN
    return to_come or (kind is not None and body.extra.get("class") == kind)


def _shares_a_noun(headline: EventCandidate, body: EventCandidate, doc: Doc) -> bool:
    """Whether the body event's sentence writes a noun of the headline event's, a place's or
    a date's name aside ("Senior Olympics" in both; the town hosting them says nothing)."""
    return bool(_sentence_nouns(headline, doc) & _sentence_nouns(body, doc))


def _sentence_nouns(event: EventCandidate, doc: Doc) -> set[str]:
    words = _words(doc, event.start, event.end)
    return (
        {
            t.lemma_.casefold()
            for t in words[0].sent
            if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in _NOT_THE_PLAN
        }
        if words
        else set()
    )


def _within_month(headline: EventCandidate, body: EventCandidate) -> bool:
    """Whether the headline is dated by a month only and the body's date falls in it."""
    start, day = headline.date_start, body.date_start
    return (
        headline.date_precision == "month"
        and start is not None
        and day is not None
        and (day.year, day.month) == (start.year, start.month)
    )


def announces_a_dated_plan(event: EventCandidate, headline_end: int) -> bool:
    """Whether a headline event is a plan dated by the headline's own time word ("Council to
    vote today", "Funding to dry up on Friday"): the story's news, which the body often leaves
    untold. A headline's other happenings ("Man pleads guilty", "Drugs prompt scare") the body
    mostly retells in words of its own, so they stay out."""
    return (
        event.certainty == "planned"
        and event.date_start is not None
        and event.provenance.get("date", {}).get("source") in ("clause", "headline")
        and event.start < headline_end
    )


def keep_untold_headlines(
    events: list[EventCandidate], doc: Doc, headline_end: int, noise_end: int
) -> list[EventCandidate]:
    """`events` without the headline's events the body retells or that tell no dated plan.
    Only events above `noise_end` (the headline that reporters_notes made noise) or added by
    `with_headline_happening` are judged; a short first sentence was always read."""

    def judged(event: EventCandidate) -> bool:
        return event.start < noise_end or event.extra.get("kind") == "headline"

    return [
        e
        for e in events
        if not judged(e)
        or (announces_a_dated_plan(e, headline_end) and not retold(e, doc, headline_end, events))
    ]
