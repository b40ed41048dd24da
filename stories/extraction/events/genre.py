"""Whether a page reports or argues, and what that leaves of its undated events.

A news report narrates what happened in the past tense and keeps its writer out of sight
("officials said on Tuesday"); a column, a feature, an explainer or a product piece argues
or describes in the present tense and speaks to the reader ("we", "you"). The same undated
clause means different things in the two: in a report it is often a step of the story the
narrative date will place, in an argument it is the writer's reasoning ("Democrats are leaving
an advantage on the table", "the platform will optimize ads"). So the page's genre is read
from its grammar alone (no word list about any subject): the writer's first and second person
outside quotation marks, and the share of present-tense finite verbs among the page's main
clauses outside quotation marks; a page an agency files under a wire dateline ("MOSCOW (AP) —")
is a report whatever its grammar (its sources' "we" and present tense run through it). In a
page that argues, an undated event after the lead is
not kept; on any page an undated possibility ("could issue subsidies", "may have perished")
is commentary, not a happening a timeline can show, and after the lead a verb outside the
event lexicon with nothing after it ("the law worked", "he disagreed") tells nothing to place.

Whatever the genre, a happening the story tells comes through narration or a source's saying,
not as what someone found, thought or felt had happened ("researchers found that the mice
carried more parasites", "doctors, alarmed that the agency is denying vaccines"): that is a
finding or a belief, told for what it says about the finder.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Token

from stories.datelines import find_dateline
from stories.extraction.contractions import contracted_d_word
from stories.extraction.doc_text import doc_text
from stories.extraction.events.asides import aside
from stories.extraction.events.evidence_verbs import shows_evidence
from stories.extraction.events.folding import anchor_of, fold_shared_actor
from stories.extraction.events.imminent_plans import dated_by_a_time
from stories.extraction.events.lexicon import ATTRIBUTION_VERBS
from stories.extraction.events.negated_perfects import denied_perfect
from stories.extraction.events.one_deed import fold_one_deed
from stories.extraction.events.partial_quotes import finishes_narration
from stories.extraction.events.presupposed_acts import presupposed_legal_act
from stories.extraction.events.quotations import quotation_spans
from stories.extraction.events.second_views import fold_second_views
from stories.extraction.events.standing_statements import stated_over_time
from stories.extraction.events.statements import unsaid_complement
from stories.extraction.events.states import states_or_sums_up
from stories.extraction.events.wire_quotes import QUOTED_OPEN_ENDED as WIRE_QUOTED_OPEN_ENDED
from stories.extraction.events.within import fold_told_within
from stories.extraction.events.wounded_tolls import fold_wounded_tolls
from stories.extraction.mentions import EventCandidate
from stories.extraction.sentence_breaks import lead_end

# A quotation never runs past its paragraph (the clause reader's rule); one the paragraph leaves
# open (a quote continued in the next paragraph) runs to the paragraph's end, so a speaker's
# "we" is never taken for the writer's.
# Wire copy's ``…'' is a quotation too (events.wire_quotes).
_QUOTED = re.compile(rf"“[^”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)|{WIRE_QUOTED_OPEN_ENDED}", re.MULTILINE)
# Case matters: "US" is a country, "us" the writer.
_WRITER = frozenset(
    {"I", "me", "my", "myself", "we", "We", "us", "our", "Our", "ours", "ourselves"}
    | {"you", "You", "your", "Your", "yours", "yourself", "yourselves"}
)
_FINITE_DEPS = frozenset({"ROOT", "ccomp", "conj", "advcl", "relcl"})
_PRESENT = frozenset({"VBZ", "VBP"})
_FINITE = _PRESENT | {"VBD"}
# Per thousand words outside quotes: a few "we" or "you" mean the writer speaks.
WRITER_PER_THOUSAND = 3.0
# Reports narrate in the past: well over half the finite verbs are past tense.
PRESENT_SHARE = 0.6
# What a verb can say beyond itself: whom or what it acted on, how much, where, what it said.
_COMPLEMENTS = frozenset(
    {"dobj", "dative", "attr", "oprd", "acomp", "ccomp", "xcomp", "prep", "agent", "npadvmod"}
)
_POSSIBLE = frozenset({"could", "may", "might", "would"})
_POINTING_BACK = frozenset({"this", "that", "these", "those"})
# Verbs that carry an activity on: what they take is a continuation, not a start.
_CARRYING_ON = frozenset({"continue", "keep", "remain"})
# Verbs that report what someone says or believes: a possibility under them is the source's.
_REPORTING = ATTRIBUTION_VERBS | {
    "warn",
    "fear",
    "suggest",
    "expect",
    "assume",
    "speculate",
    "predict",
    "estimate",
    "hope",
}
# Adverbs that tell a deed as done again and again: a habit, not one happening.
_AGAIN_AND_AGAIN = frozenset(
    {
        "repeatedly",
        "often",
        "usually",
        "regularly",
        "typically",
        "frequently",
        "routinely",
        "habitually",
        "customarily",
        "traditionally",
        "normally",
        "constantly",
        "occasionally",
        "sometimes",
    }
)
# Adverbs that put a past at some earlier time they do not name: the backstory.
_SOME_EARLIER_TIME = frozenset({"once", "previously", "originally", "formerly"})
# Nouns for an occasion that "each" or "every" spreads a deed over ("in each case", "every year").
_OCCASIONS = frozenset(
    {"case", "occasion", "instance", "time", "year", "month", "week", "day", "night", "season"}
)
# A clause that completes another: where a verb or an adjective above it judges it.
_COMPLETING = frozenset({"ccomp", "conj", "xcomp", "csubj"})
# Verbs by which evidence points to something, not a source telling of it.
_INFERRING = frozenset({"suggest", "imply"})
# Adjectives that judge a clause possible ("it is possible that…").
_LIKELY = frozenset({"possible", "likely", "conceivable", "plausible"})
# What a finding or a belief may be about and still not be news: what happened or goes on.
_SETTLED = frozenset({"occurred", "ongoing"})
# What a backdrop can be told as: done, going on or denied (not a plan or a prospect).
_BACKDROP_CERTAINTIES = _SETTLED | {"denied"}


def argues(doc: Doc) -> bool:
    """Whether the page argues or describes (column, feature, explainer) rather than reports.

    A page opened by a dateline with a news agency in parentheses ("O'SMACH, Cambodia (AP)_",
    "WASHINGTON (AP) —") is a wire report: a correspondent files it from the place, and its
    sources' "we" and present tense ("says", "hopes") do not make it a column."""
    if _wire_report(doc_text(doc)):
        return False
    quotes = [(m.start(), m.end()) for m in _QUOTED.finditer(doc_text(doc))]
    starts = [start for start, _ in quotes]
    narration = [t for t in doc if not _quoted(t.idx, starts, quotes)]
    words = sum(t.is_alpha for t in narration)
    if not words:
        return False
    if sum(t.text in _WRITER for t in narration) * 1000 / words >= WRITER_PER_THOUSAND:
        return True
    finite = [t for t in narration if t.tag_ in _FINITE and t.dep_ in _FINITE_DEPS]
    present = sum(t.tag_ in _PRESENT for t in finite)
    return bool(finite) and present / len(finite) >= PRESENT_SHARE


def _wire_report(text: str) -> bool:
    """Whether the text opens with an agency's dateline: the agency in parentheses after the
    place, not a press release's distributor between slashes ("/PRNewswire/")."""
    dateline = find_dateline(text)
    if dateline is None or not dateline.agency:
        return False
    return "(" in text[dateline.city_end : dateline.body_start]


def keep_news(events: list[EventCandidate], doc: Doc) -> list[EventCandidate]:
    """The events a timeline keeps: one per actor's happening in a sentence (events.folding,
    a toll's hurt in its killing: events.wounded_tolls),
    nothing only a speaker's quoted words tell, no undated possibility of the writer's or one
    evidence points to ("the study suggests that it might"), no happening that is only what
    someone found or thought, no past or perfect progressive (a backdrop), no activity told as
    carried on ("continued to sign up subscribers"), no undated comment on a thing told ("that
    process led to"), no habit ("has repeatedly said", "in each case") nor
    backstory at an unnamed earlier time ("was originally launched"), no state or summary
    (events.states: "ruled for centuries", "in three cases", "was infatuated") nor evidence
    (events.evidence_verbs: "the increase reflected strong demand"), in a page that
    argues no undated event after the lead (its first two sentences, where even a column states its
    news) but a deed the narration tells in the past, after the lead no bare "X happened"
    of a verb outside the lexicon, and no aside without a time of its own (events.asides: a
    participle naming a noun, a remark in brackets), nor a perfect denied in a reported or relative
    clause (events.negated_perfects: "said they haven't reached a decision")."""
    arguing = argues(doc)
    lead = lead_end(doc)
    quotations = quotation_spans(doc_text(doc))
    starts = [start for start, _ in quotations]
    kept = []
    for event in fold_one_deed(fold_shared_actor(fold_wounded_tolls(events, doc), doc), doc):
        after_lead = event.start >= lead
        if after_lead and says_only_that_it_happened(event, doc):
            continue
        if _spoken(event, doc, starts, quotations):
            continue
        if not dated_by_a_time(event) and (
            (arguing and after_lead and not _narrated(event, doc))
            or _writers_possibility(event, doc)
            or _inferred_possibility(event, doc)
        ):
            continue
        if _unsaid(event, doc):
            continue
        if _backdrop_progressive(event, doc) or _continued(event, doc):
            continue
        if _comment_on_what_was_told(event, doc):
            continue
        if _habitual(event, doc) or _backstory(event, doc) or stated_over_time(event, doc):
            continue
        if states_or_sums_up(event, doc) or shows_evidence(event, doc):
            continue
        if aside(event, doc) or denied_perfect(event, doc):
            continue
        kept.append(event)
    return fold_second_views(fold_told_within(kept, doc), doc)


def _narrated(event: EventCandidate, doc: Doc) -> bool:
    """ "The envoy called on the rebels to lay down their arms", "firefighters ordered the
    evacuation of the street": even in a page that argues, a deed its narration tells in the
    simple past, with a subject that did it, is a step of the story, not the writer's reasoning
    (which runs in the present, the future and the modal). A light verb's noun ("ordered the
    evacuation") is told by its verb. A saying ("the maker promised more") is not a deed: on
    such a page it is a claim the writer weighs, the argument's material."""
    if event.extra.get("kind") == "speech":
        return False
    verb = anchor_of(event, doc)
    if verb is not None and presupposed_legal_act(verb):
        return True  # "in the aftermath of the ICC indictment of X" (events.presupposed_acts)
    if verb is not None and verb.dep_ == "dobj" and verb.pos_ == "NOUN":
        verb = verb.head
    if verb is None or verb.tag_ != "VBD":
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def says_only_that_it_happened(event: EventCandidate, doc: Doc) -> bool:
    """ "The law worked", "none of them clicked", "he disagreed": a verb outside the event
    lexicon with nothing after it (no object, complement, phrase or amount) and no date of its
    own in its clause tells a reader only that something went on, nothing a timeline can
    place. An event verb ("the man died", "McAleenan resigned") is news on its own."""
    if event.extra.get("kind") != "general" or _own_date(event):
        return False
    verb = anchor_of(event, doc)
    if verb is None or verb.dep_ == "ccomp":
        return False  # "denied that the count had been rigged": what the saying is about
    return not any(c.dep_ in _COMPLEMENTS for c in verb.children)


def _spoken(
    event: EventCandidate, doc: Doc, starts: list[int], quotations: list[tuple[int, int]]
) -> bool:
    """ "“We will reopen the harbor in May,” the mayor said": inside a quotation
    the happening is the speaker's words, told for what they say (the saying is the news the
    narration reports); the clause reader already leaves out an undated one, a date the speaker
    names makes it no more the reporter's. Not a partial quotation finishing the writer's own
    clause (events.partial_quotes: "said it "intends to seek control"")."""
    anchor = anchor_of(event, doc)
    return (
        anchor is not None
        and _quoted(anchor.idx, starts, quotations)
        and not finishes_narration(anchor, quotations)
    )


def _own_date(event: EventCandidate) -> bool:
    return (event.provenance.get("date") or {}).get("source") == "clause"


def _unsaid(event: EventCandidate, doc: Doc) -> bool:
    """Whether the event is what someone found or thought had happened or goes on
    (statements.unsaid_complement); a plan or a prospect under such a verb ("made sure every
    vote would be counted") is the certainty's question."""
    if event.certainty not in _SETTLED:
        return False
    anchor = anchor_of(event, doc)
    return anchor is not None and unsaid_complement(anchor)


def _backdrop_progressive(event: EventCandidate, doc: Doc) -> bool:
    """ "the team was really screwing up back in 2015", "the agency has been holding people
    far longer", "she hasn't been returning his calls": a past or a perfect progressive tells
    an activity stretched over a time, the backdrop a happening stands against, not a
    happening a timeline can place, even with a year of its own; one its own words put on a
    day ("were still battling blazes on Monday") was under way that day. A journey in progress
    ("was heading for X") is a motion's question, a plan a prospect's, and one dated by its
    onset ("has been facing criticism since Monday") began on a day."""
    if event.certainty not in _BACKDROP_CERTAINTIES or event.extra.get("kind") == "motion":
        return False
    if _own_date(event) and event.date_precision == "day":
        return False  # "were still battling blazes on Monday": under way on a day it names
    verb = anchor_of(event, doc)
    if verb is None or verb.tag_ != "VBG":
        return False
    be = [c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "be"]
    if not be or be[0].tag_ not in ("VBD", "VBN"):
        return False
    return not any(c.lower_ == "since" or _opened_by_since(c) for c in verb.children)


def _opened_by_since(clause: Token) -> bool:
    """ "have been striking since it opened": a clause opened by "since" dates the onset."""
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in clause.children)


def _continued(event: EventCandidate, doc: Doc) -> bool:
    """ "the company continued to sign up subscribers", "London continues to suffer
    pollution": an activity told as carried on is no new happening, its start is; one going on
    now ("the sides continue to negotiate") is the certainty's "ongoing"."""
    if event.certainty != "occurred":
        return False
    verb = anchor_of(event, doc)
    return verb is not None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _CARRYING_ON


def _comment_on_what_was_told(event: EventCandidate, doc: Doc) -> bool:
    """ "That process led to a realization", "These races were centered on health care",
    "That prediction turned out to be true": a subject that points back with "this", "that",
    "these" or "those" names something the story has already told, and a verb outside the
    event lexicon with no date of its own says what it meant or how it went, a comment on the
    telling, not a new happening. A date of its own ("that deal closed in June 2018") or an
    event verb makes it one."""
    if event.extra.get("kind") != "general" or _own_date(event):
        return False
    if event.extra.get("date_from") == "clause":
        return False  # "this design contributed to the thinness of the 2015 model": a time told
    verb = anchor_of(event, doc)
    if verb is None:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(
        c.dep_ == "det" and c.lower_ in _POINTING_BACK for c in subject.children
    )


def _undated_deed(event: EventCandidate, doc: Doc) -> Token | None:
    """The verb of a deed told as done with no date in its own clause: what a habit or a
    backstory is told with (a dated one is placed on its day and stays)."""
    if event.certainty != "occurred" or _own_date(event):
        return None
    return anchor_of(event, doc)


def _habitual(event: EventCandidate, doc: Doc) -> bool:
    """ "The minister has repeatedly said the plant would stay open", "the band usually opened
    with a ballad", "in each case the company paid the fine": a deed told as done again and
    again, or over every occasion of a kind, is a habit or a pattern the story sums up, not
    one happening a timeline can place. A date in its own clause ("on Monday, in each
    district, voters queued") puts it on a day, and it stays; so does an activity going on
    now ("athletes are being tested regularly"), which the certainty calls ongoing."""
    verb = _undated_deed(event, doc)
    if verb is None:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _AGAIN_AND_AGAIN for c in verb.children):
        return True
    occasions = [c for c in verb.children if c.dep_ == "npadvmod"] + [
        p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
    ]
    return any(
        o.lemma_.lower() in _OCCASIONS
        and any(d.dep_ == "det" and d.lower_ in ("each", "every") for d in o.children)
        for o in occasions
    )


def _backstory(event: EventCandidate, doc: Doc) -> bool:
    """ "The service was originally launched for small firms", "the coach once banned
    phones", "previously the board has rejected such bids": a past the words put at some
    earlier time they do not name is the backstory the news stands against, with no time a
    timeline could place it at. A date in its own clause ("was originally launched in 2012")
    places it; "once" opening its clause ("once the deal closed, …") is a condition, not a
    time."""
    verb = _undated_deed(event, doc)
    return verb is not None and any(
        c.dep_ == "advmod"
        and c.lower_ in _SOME_EARLIER_TIME
        and not (c.lower_ == "once" and c == verb.left_edge)
        for c in verb.children
    )


def _writers_possibility(event: EventCandidate, doc: Doc) -> bool:
    """ "the government could issue subsidies": the writer's own modal ("could", "may",
    "might") with no date is commentary; a source's ("officials said the leaders would meet")
    is news, and so is an uncertainty the writer reports ("it is unclear whether the ferry
    will dock")."""
    if event.certainty != "speculated":
        return False
    anchor = anchor_of(event, doc)
    modal = anchor is not None and any(contracted_d_word(c) in _POSSIBLE for c in anchor.children)
    return modal and not _reported(anchor)


def _inferred_possibility(event: EventCandidate, doc: Doc) -> bool:
    """ "It is possible that the board is losing patience", "the findings suggest that the
    drug might slow the disease": an undated possibility that evidence points to or that is
    judged possible, with no one saying it will come, is a reading of the facts, not a
    happening a timeline can place. A source who says it could come ("the mayor said the
    bridge could reopen") voices a prospect, and stays."""
    if event.certainty != "speculated":
        return False
    clause = anchor_of(event, doc)
    for _ in range(4):
        if clause is None or clause.dep_ not in _COMPLETING or clause.head == clause:
            return False
        clause = clause.head
        if clause.lemma_.lower() in _INFERRING:
            return True
        if any(c.dep_ == "acomp" and c.lemma_.lower() in _LIKELY for c in clause.children):
            return True
        if clause.lemma_.lower() in ATTRIBUTION_VERBS:
            return False
    return False


def _reported(token: Token) -> bool:
    """Whether a clause is what a reporting verb above it reports ("said that X would")."""
    for _ in range(4):
        if token.dep_ not in ("ccomp", "conj", "xcomp") or token.head == token:
            return False
        token = token.head
        if token.lemma_.lower() in _REPORTING:
            return True
    return False


def _quoted(offset: int, starts: list[int], quotes: list[tuple[int, int]]) -> bool:
    at = bisect_right(starts, offset) - 1
    return at >= 0 and offset < quotes[at][1]
