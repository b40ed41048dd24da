"""Clauses that report something happening, turned into EventCandidates.

Reads spaCy's dependency parse: each verb or event noun from the lexicon (events_lexicon) is a
candidate site (events_sites); the site's clause gives it a date (the time expression that hangs
on it), a place (the most specific one of the clause, events_places), its people, a certainty
read from the wording (events_certainty) and a headline-style title (events_titles). Nothing
is borrowed from outside the clause except through relative words ("where", "which"), the
subject of a coordinated verb, and "later", which moves on from the day the story was at; a
clause that names no place may take the dateline's or the sentence before's (events.placing).
Bylines, captions and commentary are dropped (events.noise), date lists read line by line
(events.schedules), and each event says whether it is background (events.mainline).

Which candidates are one happening (`event_key`, `same_event`) is events.identity's question;
merging them is events.deduplication's.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Token

from stories.extraction.events.acting import acts_in_its_clause
from stories.extraction.events.actions import action_sites
from stories.extraction.events.announced_deeds import dated_announcements
from stories.extraction.events.antecedents import governing_name
from stories.extraction.events.appointed_appositions import LATELY_APPOINTED, appointed_person
from stories.extraction.events.case_matters import drop_case_matters
from stories.extraction.events.certainty import told_as_done, verb_certainty
from stories.extraction.events.charges import charged_participle
from stories.extraction.events.clause_titles import clause_title
from stories.extraction.events.context import MentionIndex
from stories.extraction.events.counted_subjects import counted_part_subject
from stories.extraction.events.dated_prospects import dated_prospect
from stories.extraction.events.dates import (
    EventDate,
    date_from_narrative,
    period_end,
)
from stories.extraction.events.day_references import drop_days_named_again
from stories.extraction.events.deduplication import deduplicate
from stories.extraction.events.deeds_before_sayings import deeds_before_sayings
from stories.extraction.events.denied_claims import under_denial
from stories.extraction.events.destination_clauses import next_step_there
from stories.extraction.events.document_contents import states_a_texts_content
from stories.extraction.events.downed_craft import craft_went_down
from stories.extraction.events.findings import finding_sites
from stories.extraction.events.following import follow_narrative, told_later
from stories.extraction.events.fronted_settings import fronted_deed_date
from stories.extraction.events.genre import keep_news
from stories.extraction.events.governed_deeds import drop_doubled_governors
from stories.extraction.events.headline_happenings import (
    keep_untold_headlines,
    with_headline_happening,
)
from stories.extraction.events.identity import event_key, same_event
from stories.extraction.events.lexicon import (
    ATTRIBUTION_VERBS,
    GOVERNOR_CERTAINTY,
    NOUN_CLASSES,
)
from stories.extraction.events.local_scenes import local_scenes
from stories.extraction.events.mainline import mark_background, past_perfect, story_day
from stories.extraction.events.meeting_acts import ACT_TARGET, act_target, passive_act
from stories.extraction.events.motion import (
    comes_out,
    entered_state,
    goes_somewhere,
    goes_to_someone,
    moves_something,
)
from stories.extraction.events.named import named_events
from stories.extraction.events.named_next import fold_named_next, numbered_by_sentence
from stories.extraction.events.named_relatives import named_which_clause
from stories.extraction.events.named_targets import aimed_at_a_name, done_by_a_people
from stories.extraction.events.neighbour_dates import perfects_elaborated, plans_carried
from stories.extraction.events.noise import (
    absolute_subject,
    describes_rather_than_reports,
    general_report,
    lead_result,
    side_clause,
    speaks_in_first_or_second_person,
)
from stories.extraction.events.nominals import (
    nominal_sites,
    noun_phrase,
    owned_by_name,
    stands_alone,
)
from stories.extraction.events.occasioned_sayings import drop_framing_sayings
from stories.extraction.events.owned_dates import dates_by_token, times_by_site, when_date
from stories.extraction.events.owned_objects import deed_place
from stories.extraction.events.owned_references import named_only_by_owner
from stories.extraction.events.partial_quotes import finishes_narration
from stories.extraction.events.participles import participle_sites
from stories.extraction.events.past_spans import dated_by_past_span
from stories.extraction.events.performative_positions import position_taker
from stories.extraction.events.phrase_years import dated_by_phrase_year
from stories.extraction.events.places import (
    choose_place,
    people_of,
)
from stories.extraction.events.placing import STATED_CONFIDENCE, place_events
from stories.extraction.events.praised_deeds import praised_deed
from stories.extraction.events.predication import lacks_predication
from stories.extraction.events.profiles import drop_profiles
from stories.extraction.events.prospects import drop_idle_prospects
from stories.extraction.events.quotations import quotation_spans
from stories.extraction.events.reacted_happenings import reacted_to
from stories.extraction.events.record_comparisons import compares_with_anyone
from stories.extraction.events.referents import dated_by_referent
from stories.extraction.events.reported_happenings import reported_happening_sites
from stories.extraction.events.retold_violence import violence_retold
from stories.extraction.events.road_exits import leaves_the_road
from stories.extraction.events.scene_exits import leaves_a_scene
from stories.extraction.events.schedules import schedule_events
from stories.extraction.events.sites import (
    Site,
    after_having_done,
    anchor_index,
    clause_tokens,
    enclosing_verb,
    find_sites,
)
from stories.extraction.events.speech import speech_sites
from stories.extraction.events.statements import states_rather_than_reports
from stories.extraction.events.subject_prospects import noun_certainty_ahead
from stories.extraction.events.thing_prospects import drop_foreseen_effects
from stories.extraction.events.timed_deeds import deed_in_time_clause
from stories.extraction.events.told_deeds import second_deed
from stories.extraction.events.unrealised import unrealised
from stories.extraction.mentions import EventCandidate, PersonMention, PlaceMention
from stories.extraction.sentence_breaks import lead_end
from stories.extraction.times.tense import clause_tense

__all__ = ["event_key", "extract_events", "same_event"]

_EDGE_DEPS = frozenset({"punct", "cc", "mark"})
_ACTOR_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def extract_events(
    doc: Doc,
    *,
    times: list,
    places: list[PlaceMention],
    people: list[PersonMention],
    published: dt.date | None,
) -> list[EventCandidate]:
    """Events reported by the article, one per clause at most, each quote its clause's own
    (analysis.analyse_text then widens quotes: events.whole_telling); `times` are the text's
    TimeMentions."""
    index = MentionIndex.build(doc, places, people)
    spoken = speech_sites(doc, index) + action_sites(doc)
    acted = {s.anchor.i for s in spoken}
    spoken += [s for s in finding_sites(doc, index) if s.anchor.i not in acted]
    said = {s.anchor.i for s in spoken}
    found = [s for s in find_sites(doc) if s.anchor.i not in said] + spoken
    known = {s.anchor.i for s in found}
    found += [s for s in participle_sites(doc) if s.anchor.i not in known]
    known = {s.anchor.i for s in found}
    found += [s for s in reported_happening_sites(doc) if s.anchor.i not in known]
    nominal = nominal_sites(doc, found)
    sites = sorted([*found, *nominal], key=lambda s: s.anchor.i)
    sites = [comes_out(goes_to_someone(entered_state(site))) for site in sites]
    verbs = {s.anchor.i for s in sites if s.kind != "noun"} | _shared_clauses(sites)
    owned, reported, lasting = times_by_site(doc, times, anchor_index(found))
    if nominal:
        # Verbs keep the dates they had; a noun a verb took over gets those under it as well.
        own_dates = times_by_site(doc, times, anchor_index(sites))[0]
        owned.update(
            {s.anchor.i: own_dates[s.anchor.i] for s in nominal if s.anchor.i in own_dates}
        )
    # The paragraph's marks read in order (events.quotations): pairing them two by two on a
    # line runs out of step after a quotation reopened over a lost paragraph break, and on a
    # page that is one long line all later narration would read as quoted (straight_quotes).
    quotes = quotation_spans(index.text)
    time_at = dates_by_token(doc, times)
    built: list[tuple[EventCandidate, bool]] = []
    for site in sites:
        if site.anchor.i in lasting and site.anchor.i not in owned:
            continue  # "had been trapped since June 23": a state that lasts, not a happening
        own = owned.get(site.anchor.i) or when_date(site.anchor, time_at)
        own = own or fronted_deed_date(site.anchor, time_at)
        date = own or _shared_date(site, owned)
        report = _report_date(site, reported)
        result = _candidate(
            site, date, index, published, quotes, report, dated=own is not None, verbs=verbs
        )
        if result is not None:
            built.append(result)
    told = keep_untold_headlines(
        [e for e, _ in built], doc, index.told_headline_end, index.noise_headline_end
    )
    built = [b for b in built if any(b[0] is e for e in told)]
    listed = schedule_events(index.text, times=times, places=places, published=published)
    listed += named_events(
        doc, times=times, places=places, published=published, told=[e for e, _ in built]
    )
    spans = [(sentence.start_char, sentence.end_char) for sentence in index.sentences]
    tense_of = lambda e: clause_tense(doc, e.start, e.end, e.trigger)  # noqa: E731
    dated = date_from_narrative(
        follow_narrative(built),
        text=index.text,
        times=times,
        sentences=spans,
        published=published,
        tense_of=tense_of,
        doc=doc,
    )
    dated = dated_by_referent(dated, doc, time_at, published, tense_of)
    dated = perfects_elaborated(
        dated,
        text=index.text,
        times=times,
        sentences=spans,
        published=published,
        tense_of=tense_of,
        doc=doc,
    )
    dated = dated_announcements(dated, text=index.text, published=published, tense_of=tense_of)
    dated = deeds_before_sayings(dated, doc=doc, times=times, tense_of=tense_of)
    dated = dated_by_phrase_year(violence_retold(dated, doc), times=times, doc=doc)
    dated = dated_by_past_span(dated, times=times, doc=doc, published=published)
    own_day = story_day([*dated, *listed], lead_end(doc), published)
    listed = mark_background(listed, own_day)
    narrative = mark_background(dated, own_day)
    numbered = numbered_by_sentence(narrative, doc)
    events = [e for e in keep_news(deduplicate(numbered), doc) if not _inside(e, listed)]
    events = drop_doubled_governors(drop_framing_sayings(events, doc), doc)
    events = sorted([*events, *listed], key=lambda e: e.start)
    events = with_headline_happening(events, doc, index.told_headline_end, time_at)
    placed = local_scenes(place_events(events, index=index, places=places), index)
    kept = drop_foreseen_effects(drop_idle_prospects(placed, doc), doc)
    kept = drop_days_named_again(drop_profiles(kept, doc), doc)
    kept = drop_case_matters(kept, doc)
    kept = fold_named_next(kept, doc)
    return plans_carried(
        kept, text=index.text, times=times, sentences=spans, published=published, doc=doc
    )


def _shared_clauses(sites: list[Site]) -> set[int]:
    """Verbs whose clause holds two event nouns or more ("Russia's victory over X and
    Canada's win over Y"): each noun then quotes its own phrase, so both stay."""
    seen = Counter(
        verb.i
        for site in sites
        if site.kind == "noun" and (verb := enclosing_verb(site.anchor)) is not None
    )
    return {position for position, count in seen.items() if count > 1}


def _did_to(verb: Token, noun: Token) -> bool:
    """Whether `noun` is the direct object of `verb` told in the active simple past or a
    perfect without a modal ("ordered the evacuation", "has cancelled the match"). A deadline
    ("ordered a new vote within 60 days") puts what was ordered still ahead: not then."""
    if noun.head != verb or noun.dep_ != "dobj" or _deadline(verb) or _deadline(noun):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return not any(a.dep_ == "auxpass" for a in auxiliaries) and told_as_done(verb, auxiliaries)


_DEADLINE_WORDS = frozenset({"within", "by", "before", "until", "for"})


def _deadline(word: Token) -> bool:
    """A time phrase on `word` that sets a term ("within 60 days", "by Friday")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in _DEADLINE_WORDS
        and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
        for c in word.children
    )


def _candidate(
    site: Site,
    time: EventDate | None,
    index: MentionIndex,
    published: dt.date | None,
    quotes: list[tuple[int, int]],
    report: EventDate | None,
    *,
    dated: bool,
    verbs: set[int] = frozenset(),
) -> tuple[EventCandidate, bool] | None:
    """The candidate for one site and whether it moves the narrative on ("later"), or None.

    `report` is the date of the reporting verb above the clause ("reported on Tuesday that the
    train had crossed"): an undated past event takes it, marked as inferred. `verbs` are the
    positions of verb sites: an event noun inside one's clause quotes its own phrase.
    """
    anchor = site.anchor
    if index.is_noise(anchor, headline_news=True):
        return None  # a byline, credit line or caption (a headline: headline_happenings)
    if site.kind == "general" and describes_rather_than_reports(anchor, dated=dated):
        return None
    quoted = any(s <= anchor.idx < e for s, e in quotes)
    narrated = quoted and finishes_narration(anchor, quotes)  # events.partial_quotes
    if time is None and quoted and not narrated:
        return None  # talk; not a deed the writer tells
    start = time.start if time else None
    if site.kind == "noun":
        certainty = noun_certainty_ahead(
            anchor, date=start, published=published, event_class=site.event_class
        )
    else:
        certainty = verb_certainty(
            anchor,
            event_class=site.event_class,
            date=start,
            published=published,
            date_end=(time.end or period_end(time.start, time.precision)) if time else None,
        )
        if certainty == "occurred" and site.noun is not None:
            # "a strike is planned for October": the carrying verb may itself be the cue.
            # Not when the noun is what an active past or perfect did ("ordered the
            # evacuation"): the ordering happened; whether what was ordered did, is the noun's.
            cue = None if _did_to(anchor, site.noun) else GOVERNOR_CERTAINTY.get(anchor.lemma_)
            certainty = cue or noun_certainty_ahead(site.noun, date=start, published=published)
    if certainty is None or (
        site.kind == "general"
        and not general_report(anchor, certainty)
        and not dated_prospect(anchor, certainty, time if dated else None, published)
    ):
        return None
    if site.kind != "noun" and side_clause(anchor, certainty, dated=dated):
        return None
    if states_rather_than_reports(site, certainty, dated=dated, narrated=narrated):
        return None
    if site.kind != "noun" and lacks_predication(site, dated=dated):
        return None
    if site.kind != "noun" and unrealised(anchor):
        return None  # "would have cut…", "intended to…" (events.unrealised)
    if site.kind != "noun" and under_denial(anchor):
        return None  # "denied he had taken the money": the denial is the event
    on_a_day = time is not None and time.precision == "day"
    issued_on_a_day = dated and on_a_day and not _deadline(anchor)  # not "before May 10"
    if site.kind != "noun" and not issued_on_a_day and states_a_texts_content(anchor):
        return None  # "the act prohibited sowing": what a rule says (events.document_contents)
    if site.kind != "noun" and not on_a_day and compares_with_anyone(anchor):
        return None  # "executed more prisoners than any other state" (record_comparisons)
    if site.kind != "noun" and time is None and leaves_a_scene(anchor):
        return None  # "the men left the home", "the officer left" (events.scene_exits)
    tokens = [t for t in clause_tokens(anchor) if not index.in_dateline(t)]
    choice = choose_place(site, tokens, index)
    place = choice.place
    if (
        site.kind == "noun"
        and not stands_alone(anchor, dated=time is not None)
        and not acts_in_its_clause(anchor)
    ):
        return None
    if site.kind == "noun" and named_only_by_owner(anchor, dated=time is not None):
        return None  # "his appointment": a happening known already (events.owned_references)
    if (
        site.kind == "motion"
        and not goes_somewhere(anchor, place, index)
        and not moves_something(anchor, dated=dated)
        and not leaves_the_road(anchor)
        and not craft_went_down(anchor)
    ):
        return None
    title, subject = clause_title(
        site, choice, index, grounded=time is not None or place is not None
    )
    # "We experience": a speaker's own words; "the US is seeking" is a country, not "us".
    spoken = subject is not None and subject.pos_ == "PRON"
    if title is None or (spoken and speaks_in_first_or_second_person(subject)):
        return None
    people = people_of(tokens, subject, index)
    if time is None and place is None and not people and not _actor_named(site, subject, index):
        return None
    if site.kind == "general" and not _grounded(anchor, dated, place):
        return None
    place = deed_place(choice, site, index)  # "declined Sudland's bid": no place of its own
    quote_tokens = tokens
    if site.kind == "noun":
        verb = enclosing_verb(anchor)
        quote_tokens = clause_tokens(verb) if verb is not None else tokens
        if anchor not in quote_tokens:
            quote_tokens = tokens
        elif verb is not None and verb.i in verbs:
            quote_tokens = noun_phrase(anchor)
    begin, end = _span(quote_tokens)
    begin = _antecedent_start(anchor, begin)
    sentence = index.sentence(anchor)
    candidate = EventCandidate(
        title=title,
        summary=index.text[sentence.start_char : sentence.end_char].strip(),
        quote=index.text[begin:end],
        start=begin,
        end=end,
        trigger=site.trigger,
        certainty=certainty,
        date_start=start,
        date_end=time.end if time else None,
        date_precision=time.precision if time else "unknown",
        date_text=time.text if time else "",
        place=place,
        people=people,
    )
    extra = {"class": site.event_class, "kind": site.kind}
    provenance: dict = {}
    if place is not None:
        confidence = STATED_CONFIDENCE[choice.source]
        provenance["place"] = {"source": choice.source, "confidence": confidence}
    if time is None and report is not None and certainty == "occurred":
        candidate = replace(
            candidate,
            date_start=report.start,
            date_precision=report.precision,
            date_text=report.text,
        )
        extra["date_inferred"] = True
        provenance["date"] = {"source": "reporting verb", "text": report.text}
    elif time is not None:
        provenance["date"] = {"source": "clause", "text": time.text}
    extra["past_perfect"] = past_perfect(anchor)
    if site.kind == "light" and (target := act_target(anchor, site.noun)) is not None:
        extra[ACT_TARGET] = target.idx  # two acts keyed apart by their targets (meeting_acts)
    if site.kind != "noun" and appointed_person(anchor) is not None:
        extra[LATELY_APPOINTED] = True  # dated lately, not on the saying's day
    later = candidate.date_start is None and told_later(anchor)
    candidate = mark_background(
        [replace(candidate, extra=extra, provenance=provenance)], published
    )[0]
    return candidate, later


def _antecedent_start(anchor: Token, begin: int) -> int:
    """ "the full hearing, which is scheduled to take place in February": a relative clause
    whose subject is the relative word tells what happens to the noun it hangs on, so the
    quote starts with that noun's phrase."""
    absolute = absolute_subject(anchor)
    if absolute is not None:
        return min(begin, absolute.left_edge.idx)  # "with protests exploding": from "protests"
    clause = anchor
    while clause.dep_ in ("xcomp", "conj") and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "relcl" or not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in clause.children
    ):
        return begin
    return min(begin, clause.head.left_edge.idx)


def _actor_named(site: Site, subject: Token | None, index: MentionIndex) -> bool:
    """A verb in a main, reported or adverbial clause whose subject is a noun ("prosecutors
    have opened an investigation", "before Garrett hit Rudolph") reports a happening even
    without a date, place or person; so does an event noun whose owner is named ("the Wild's
    win over the Sabres", "the SEC inquiry")."""
    if site.kind == "noun":
        # "a storm keeps its grip on the region": the happening is its own actor
        # "denounced a court ruling": what was reacted to had happened, done by its own actor
        return (
            owned_by_name(site.anchor, index)
            or aimed_at_a_name(site.anchor)
            or done_by_a_people(site.anchor)
            or acts_in_its_clause(site.anchor)
            or reacted_to(site.anchor)
        )
    if _caused_by_event(site, subject) or (site.kind == "light" and passive_act(site.noun)):
        return True
    if site.kind == "motion" and craft_went_down(site.anchor):
        return True  # "the night TWA Flight 800 went down": the craft (events.downed_craft)
    if site.kind == "verb" and subject is not None and subject == absolute_subject(site.anchor):
        return True  # "with protests exploding": the participle's own subject acts
    if site.kind in ("general", "verb") and counted_part_subject(site.anchor, subject):
        return True  # "most of the monuments were destroyed" (events.counted_subjects)
    if site.kind in ("general", "verb") and named_which_clause(site.anchor):
        return True  # "the firm Kolin, which won the tender" (events.named_relatives)
    return (
        site.kind in ("general", "verb", "speech", "light", "motion")
        and (
            site.anchor.dep_ in ("ROOT", "ccomp", "conj", "xcomp", "advcl")
            or after_having_done(site.anchor)
            or praised_deed(site.anchor)
        )
        and subject is not None
        and (
            subject.pos_ in ("NOUN", "PROPN")
            or subject.lower_ in _ACTOR_PRONOUNS
            or governing_name(subject) is not None
            or position_taker(site.anchor) is not None
        )
    )


def _caused_by_event(site: Site, subject: Token | None) -> bool:
    """ "a protest that closed half the schools", "the storm, which killed five": a relative
    clause whose relative word stands for an event noun tells what that happening did, a
    happening of its own (the antecedent is its actor; a lexicon verb says it happened)."""
    return (
        site.kind == "verb"
        and site.anchor.dep_ == "relcl"
        and subject is not None
        and subject.i == site.anchor.head.i
        and subject.lemma_.lower() in NOUN_CLASSES
    )


def _grounded(verb: Token, dated: bool, place: PlaceMention | None) -> bool:
    """Whether a general verb's clause reports a happening rather than describing something.

    Relative and adverbial clauses describe more often than they report: they need a date of
    their own ("a measure X adopted in 2012"); an adverbial clause with a noun subject may
    instead say where ("while the air in Lyon improved": a change in a place, not a scene for
    the main clause). A clause of time in the simple past whose noun subject does something
    to a noun object ("when a fire destroyed the building") reports (events.timed_deeds).
    A verb coordinated without a subject of its own needs its own date or a place ("broke out
    on Monday and spread rapidly" is one event).
    """
    if verb.dep_ == "advcl" and (_named_subject(verb) or _named_it(verb)):
        return True  # "as the House concluded its hearing": a named actor's own act
    if verb.dep_ == "advcl" and place is not None and _noun_subject(verb):
        return True  # "while the air in Lyon has improved": where it happened is news
    if verb.dep_ == "advcl" and deed_in_time_clause(verb):
        return True  # "when a fire destroyed the building": a happening the story knows
    if verb.dep_ in ("relcl", "advcl", "acl"):
        # "booked into the jail, where he was charged": the next step (destination_clauses);
        # "is at the jail, charged with assault": the charging (events.charges)
        return dated or lead_result(verb) or next_step_there(verb) or charged_participle(verb)
    if verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        return dated or place is not None or second_deed(verb)
    return True


def _named_it(verb: Token) -> bool:
    """ "before it refunded the fees" after "Acme admitted the fault": an "it" for a name."""
    return any(governing_name(c) is not None for c in verb.children)


def _noun_subject(verb: Token) -> bool:
    """The clause says who or what with a noun of its own, not a "he" only guessed at."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in verb.children
    )


def _named_subject(verb: Token) -> bool:
    """The clause's own subject is a name: "the Arab League", "Congress", or the name a
    passive is about ("as Randall was ejected")."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (c.tag_ in ("NNP", "NNPS") or c.ent_type_ in ("ORG", "PERSON"))
        for c in verb.children
    )


def _report_date(site: Site, reported: dict[int, EventDate]) -> EventDate | None:
    """The date of the reporting verbs above a clause, through "said that", "and reported"."""
    token = site.anchor
    for _ in range(4):
        if token.dep_ not in ("ccomp", "conj") or token.head == token:
            return None
        token = token.head
        if token.lemma_ not in ATTRIBUTION_VERBS:
            return None
        if token.i in reported:
            return reported[token.i]
    return None


def _shared_date(site: Site, owned: dict[int, EventDate]) -> EventDate | None:
    """A coordinated verb without a subject of its own shares its governor's date:
    "took off from X on Tuesday and flew to Y"."""
    verb = site.anchor
    while verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        verb = verb.head
        if verb.i in owned:
            return owned[verb.i]
    return None


def _inside(candidate: EventCandidate, listed: list[EventCandidate]) -> bool:
    """Whether a clause the parser made lies on a schedule line (read as its own event)."""
    return any(e.start <= candidate.start < e.end for e in listed)


def _span(tokens: list[Token]) -> tuple[int, int]:
    """Character span of the clause, trimmed of edge punctuation and conjunctions."""
    first, last = 0, len(tokens) - 1
    while first < last and _edge(tokens[first]):
        first += 1
    while last > first and _edge(tokens[last]):
        last -= 1
    return tokens[first].idx, tokens[last].idx + len(tokens[last].text)


def _edge(token: Token) -> bool:
    return token.dep_ in _EDGE_DEPS or token.is_space or token.is_punct
