"""Which site owns each date of the text: the site a time expression hangs on.

A date belongs to the first event site above it in the parse (events.sites.owner_of); a
copula lends its date to its event-noun subject ("the hearing is on May 2"), or else to the
event noun its predicate names ("was behind two robberies last week"); a "since"
phrase on the verb makes the clause a lasting state, and one on a noun ("the first time since
1993") is a record's reference point that dates nothing; a date on a plain noun dates the
thing ("a 2019 model"); the new time of a moved happening ("delayed the vote until May")
is the vote's, not the delay's (events.moved_times), while a verb of moving that moves
nothing keeps its own ("the strike extended through Friday"). The dates of reporting verbs
are kept apart, for the clauses they report.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from stories.extraction.doc_text import doc_text
from stories.extraction.events.context import token_span
from stories.extraction.events.coordinated_days import earlier_coordinated
from stories.extraction.events.counted_offsets import offset_date
from stories.extraction.events.dates import EventDate, event_date
from stories.extraction.events.lexicon import ATTRIBUTION_VERBS, NOUN_CLASSES
from stories.extraction.events.moved_times import moved_happening, moving_verb
from stories.extraction.events.opened_clauses import before_its_opener
from stories.extraction.events.participle_times import through_participle
from stories.extraction.events.record_since import record_since
from stories.extraction.events.sites import Site, enclosing_verb, owner_of
from stories.extraction.events.time_owners import model_year


def times_by_site(
    doc: Doc, times: Iterable, anchors: dict[int, Site]
) -> tuple[dict[int, EventDate], dict[int, EventDate], set[int]]:
    """The most precise date each site owns, the dates of reporting verbs by position, and the
    sites dated only by "since" (a state lasting from then on)."""
    owned: dict[int, EventDate] = {}
    reported: dict[int, EventDate] = {}
    lasting: set[int] = set()
    hung: set[int] = set()  # positions whose date hangs on their own verb, not a participle
    roots: dict[int, Token] = {}  # the time expression each position's date came from
    for time in times:
        date = event_date(time)
        span = token_span(doc, time.start, time.end) if date is not None else None
        if span is None or _describes_a_thing(span.root):
            continue
        site = (
            owner_of(span.root, anchors)
            or _copula_subject(span.root, anchors)
            or _copula_predicate(span.root, anchors)
        )
        if site is not None and before_its_opener(span, site.anchor):
            continue  # "shot Saturday, … since four agents died 15 years ago"
        since = span.root.head if span.root.head.lower_ == "since" else None
        if site is not None and since is not None and record_since(since):
            continue  # "won for the first time since 1993": 1993 dates no happening here
        if site is not None and since is not None:
            lasting.add(site.anchor.i)
            continue
        mover = moving_verb(span.root)
        if site is not None and mover is not None and _above_or_at(site.anchor, mover):
            # "delayed the inquiry until May", "agreed to delay the inquiry until May":
            # May is the inquiry's, not the delay's nor the agreeing's.
            # With nothing moved ("the strike extended through Friday"), the time is the
            # mover's own and stays on its site.
            moved = moved_happening(mover)
            if moved is not None:
                held = anchors.get(moved.i)
                if held is None or held is site:
                    continue  # the moved thing is no event of its own here
                site = held
        if site is not None:
            position, table = site.anchor.i, owned
        else:
            verb = enclosing_verb(span.root)
            if verb is None or verb.lemma_ not in ATTRIBUTION_VERBS:
                continue
            position, table = verb.i, reported
        current = table.get(position)
        direct = not through_participle(span.root, position)
        if current is None or (direct, date.rank) > (position in hung, current.rank):
            table[position] = date
            roots[position] = span.root
            hung.discard(position)
            if direct:
                hung.add(position)
        elif earlier_coordinated(current, roots[position], date, span.root):
            table[position] = date  # "statements made Friday and Thursday": from Thursday
            roots[position] = span.root
    return owned, reported, lasting


def _above_or_at(anchor: Token, word: Token) -> bool:
    """Whether a site's anchor is `word` or governs it ("voted" above "to delay")."""
    return anchor.i == word.i or anchor in word.ancestors


def _copula_subject(root: Token, anchors: dict[int, Site]) -> Site | None:
    """ "The hearing is on May 2", "his first match will be on Saturday": a copula says when
    its subject happens, so an event noun as the subject of "be" owns the clause's date."""
    verb = enclosing_verb(root)
    if verb is None or verb.lemma_ != "be":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return anchors.get(subject.i) if subject is not None else None


def _copula_predicate(root: Token, anchors: dict[int, Site]) -> Site | None:
    """ "the gang was behind two robberies last week", "she was at the summit on Monday": a
    copula tells no happening of its own, so when its subject is no event, the date it carries
    dates the one event noun its predicate names (behind, at, during...). The noun must point
    at happenings with a determiner, an owner or a count: a bare one is a state ("was under
    attack last month"). "There were N deaths in 2015" is a tally, not a happening told.
    With two such nouns, or none, the date stays unowned."""
    verb = enclosing_verb(root)
    if verb is None or verb.lemma_ != "be":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i in anchors:
        return None
    predicates = [
        o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
    ]
    found = [
        anchors[t.i]
        for t in predicates
        if t.i in anchors
        and t.pos_ == "NOUN"
        and any(c.dep_ in ("det", "poss", "nummod") for c in t.children)
    ]
    return found[0] if len(found) == 1 else None


def dates_by_token(doc: Doc, times: Iterable) -> dict[int, EventDate]:
    """The date each token of a time expression belongs to."""
    found: dict[int, EventDate] = {}
    for time in times:
        date = event_date(time)
        span = token_span(doc, time.start, time.end) if date is not None else None
        if span is not None:
            found.update(dict.fromkeys((t.i for t in span), date))
    return found


def when_date(verb: Token, time_at: dict[int, EventDate]) -> EventDate | None:
    """A clause opened by "when" right after a date takes that date: "since June 23, when heavy
    rain flooded the cave", "until Aug. 22, when a probe came back"; one opened by "two
    days after" is counted from its governor's day (events.counted_offsets)."""
    counted = offset_date(verb, time_at)
    if counted is not None:
        return counted
    if verb.dep_ not in ("relcl", "advcl"):
        return None
    when = next((c for c in verb.children if c.lower_ == "when" and c.dep_ == "advmod"), None)
    if when is None:
        return None
    before = when.nbor(-1) if when.i > 0 else None
    while before is not None and before.is_punct and before.i > 0:
        before = before.nbor(-1)
    return time_at.get(before.i) if before is not None else None


def _describes_a_thing(root: Token) -> bool:
    """A date that modifies a plain noun ("the 19th-century spire", "a 2019 model") dates the
    thing, not what happens to it; event nouns keep theirs ("the 2016 election"), but a make's
    model year does not, whatever its name means ("struck a 2003 Honda Accord": a proper
    noun)."""
    head = root.head
    if root.dep_ not in ("amod", "compound", "nummod") or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.lemma_.lower() not in NOUN_CLASSES:
        return True
    # A make's name is a proper noun: "a 2020 American tour" is still the tour's year.
    return head.pos_ == "PROPN" and model_year(
        root.idx, root.idx + len(root.text), doc_text(root.doc)
    )
