"""Where in the parse events are reported, which words form their clause, which dates they own.

A *site* is a verb from the lexicon ("arrived"), a light verb carrying an event noun ("made a
visit", "had their meeting"), a verb of seeing with a thing and a place ("a photo showed the
train in X"), or an event noun on its own ("a summit in 2019"). Each time expression belongs to
the first site above it in the dependency tree, never crossing into another finite clause, so
"arrived on Monday to attend a forum that runs through Wednesday" keeps Monday only.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from stories.extraction.conjunctions import SUBORDINATORS
from stories.extraction.events.compass_bearings import bearing_tokens
from stories.extraction.events.complement_reach import takes_a_verb
from stories.extraction.events.dated_infinitives import dated_decided_act, dated_sought_object
from stories.extraction.events.deliberations import weighs_a_deed
from stories.extraction.events.governed_deeds import governed_deed
from stories.extraction.events.governing import governs_as_deed
from stories.extraction.events.inceptions import begun_activity
from stories.extraction.events.lexicon import (
    ATTRIBUTION_VERBS,
    GOVERNOR_CERTAINTY,
    IMPLICATIVE_VERBS,
    LIGHT_VERBS,
    MOTION_VERBS,
    NON_EVENT_VERBS,
    NOUN_CLASSES,
    OPINION_VERBS,
    PHRASAL_CLASSES,
    QUESTION_WORDS,
    SIGHTING_VERBS,
    VERB_CLASSES,
)
from stories.extraction.events.mandates import requests_by_mandate
from stories.extraction.events.meeting_acts import ACT_NOUNS, meeting_act
from stories.extraction.events.money_gains import money_got
from stories.extraction.events.noise import in_lead, lead_result
from stories.extraction.events.object_purposes import deed_for_a_purpose
from stories.extraction.events.opinion_sayings import only_comments
from stories.extraction.events.record_since import record_since
from stories.extraction.events.summoned import summoned_to_a_place
from stories.extraction.events.time_phrases import dates_the_verb
from stories.extraction.events.told_deeds import asks_only

# Dependents that start another clause or a side remark: not part of this event's clause.
_OTHER_CLAUSES = frozenset({"relcl", "appos", "ccomp", "advcl", "parataxis", "csubj"})
# Non-event verbs a date may pass through on its way up: participles and infinitives.
_TRANSPARENT = frozenset({"acl", "amod", "xcomp"})
# How an event noun hangs on a verb site that then takes it over ("attended the summit in 2019").
_ABSORBED = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "attr"})
_VERBS = frozenset({"VERB", "AUX"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "WORK_OF_ART", "DATE", "TIME", "NORP", "FAC"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_MAX_CLIMB = 8
# Where a general verb may head its clause: main, coordinated, reported and adverbial clauses,
# relative clauses, and infinitives taken by a governor ("expected to certify").
_GENERAL_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "xcomp", "parataxis"})


@dataclass(frozen=True)
class Site:
    """One place in the parse where an event is reported."""

    anchor: Token  # the verb whose clause holds the event, or the event noun itself
    trigger: str  # lemma (with particle) of the reporting word: "arrive", "take off", "summit"
    event_class: str
    kind: str  # "verb" | "motion" | "light" | "sighting" | "noun"
    noun: Token | None = None  # the event noun of "light" and "noun" sites


def find_sites(doc: Doc) -> list[Site]:
    """All sites of the document, in text order, at most one per anchor token."""
    return [site for token in doc if (site := site_at(token)) is not None and not _decided(token)]


def _decided(verb: Token) -> bool:
    """ "agreed to return the cash": the complement is told inside its governor's event."""
    return verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and governs_as_deed(verb.head)


def site_at(token: Token) -> Site | None:
    """The site one token is on its own (a verb or an event noun), else None: what
    `find_sites` walks, and what events.sayings asks when a reported clause must hold no
    happening of its own."""
    if token.pos_ == "VERB":
        return _verb_site(token)
    return _noun_site(token) if token.pos_ in _NOUNS else None


def _verb_site(verb: Token) -> Site | None:
    lemma = verb.lemma_.lower()
    if lemma in LIGHT_VERBS:
        noun = _event_noun_of(verb)
        if noun is not None:
            return Site(verb, noun.lemma_.lower(), NOUN_CLASSES[noun.lemma_.lower()], "light", noun)
    act = meeting_act(verb)
    if act is not None:
        return Site(verb, act.lemma_.lower(), ACT_NOUNS[act.lemma_.lower()], "light", act)
    particle = next((c.lower_ for c in verb.children if _particle(c, verb)), None)
    if particle and (lemma, particle) in PHRASAL_CLASSES:
        return Site(verb, f"{lemma} {particle}", PHRASAL_CLASSES[lemma, particle], "verb")
    if lemma in SIGHTING_VERBS and any(c.dep_ == "dobj" for c in verb.children):
        return Site(verb, lemma, "sighting", "sighting")
    if lemma in ATTRIBUTION_VERBS:
        return None
    if lemma in VERB_CLASSES:
        return Site(verb, lemma, VERB_CLASSES[lemma], "verb")
    if lemma in MOTION_VERBS:
        return Site(verb, lemma, MOTION_VERBS[lemma], "motion")
    if _is_general(verb, lemma):
        return Site(verb, lemma, lemma, "general")
    return None


def _particle(token: Token, verb: Token) -> bool:
    """The particle of a phrasal verb: "up" in "show up", and "back" right after its verb,
    which the parser often reads as an adverb ("will come back to the squad")."""
    if token.dep_ == "prt":
        return True
    return token.dep_ == "advmod" and token.lower_ == "back" and token.i == verb.i + 1


def after_having_done(verb: Token) -> bool:
    """ "after having moved to the coast, she…": a perfect participle after "after" tells a
    deed done before the clause it hangs on, not a description of its subject."""
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBN"
        and verb.head.lower_ == "after"
        and any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)
    )


def _is_general(verb: Token, lemma: str) -> bool:
    """Any other verb heading a clause of its own, unless it names a state, thought or saying.

    The clause must be finite (a tense, a modal, or an infinitive a governor takes: "plan to
    seal"); bare participles ("miners trapped underground", "ending an ordeal") are descriptions.
    """
    if weighs_a_deed(verb):
        return verb.dep_ in _GENERAL_DEPS and _finite(verb)
    if summoned_to_a_place(verb):  # "officers were called to the bar to break up a fight"
        return verb.dep_ in _GENERAL_DEPS and _finite(verb)
    if requests_by_mandate(verb):  # "asked that …" (events.mandates)
        return verb.dep_ in _GENERAL_DEPS and _finite(verb)
    # A light verb is no event unless it begins an activity or, "are to get about $198,000",
    # receives a sum (events.money_gains).
    light = lemma in NON_EVENT_VERBS and not (begun_activity(verb) or money_got(verb))
    if light or not lemma.isalpha():
        return False
    if governs_as_deed(verb):
        return verb.dep_ in _GENERAL_DEPS
    if governed_deed(verb):
        pass  # "finished repainting", "assured the minister that": the governor is the deed
    elif lemma in GOVERNOR_CERTAINTY:
        if not _governor_as_deed(verb, lemma):
            return False
    elif (
        _takes_a_verb(verb)
        and not dated_deed(verb)
        and not asks_only(verb)
        and not dated_sought_object(verb)
        and not deed_for_a_purpose(verb)
    ):
        return False  # "began deliberating", "tried to": the complement is the event
    if after_having_done(verb):
        return True
    if verb.dep_ not in _GENERAL_DEPS:
        return dated_decided_act(verb)  # "the decision to cut rates last month"
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in OPINION_VERBS:
        return False
    if verb.dep_ == "ccomp" and only_comments(verb.head):
        return False  # "said she was encouraged by the report" (events.opinion_sayings)
    if verb.dep_ != "relcl" and _asks(verb):
        return False
    if any(_since(c) for c in verb.children) and not _opening_change(verb):
        return False  # "relations have cooled since the summit": a state lasting from then
    return _finite(verb) or lead_result(verb)


# Governors that report a deed of their own when they govern no verb ("denied the allegations",
# "ordered an inquiry", "the attack was planned"): those of deciding and refusing, not those
# that only say when ("set for", "due", "scheduled") or that nothing came of it ("failed").
_DEED_CUES = frozenset({"planned", "denied"})
_NOT_DEEDS = frozenset({"schedule", "set", "due", "aim", "intend", "prepare", "fail"})


def _governor_as_deed(verb: Token, lemma: str) -> bool:
    """Whether a governing verb is used as a deed: with a particle it is another verb ("set up
    a venture"); without one, a deciding or refusing governor that governs no other verb, here
    or through a preposition ("rejected the appeal", not "refused to pay", "agreed on cutting"),
    tells its own act, which its certainty cue would otherwise hand to a complement. A
    complement that names a state, not a happening ("denied having an affair", "denied being
    there"), has no event to take the cue: the denial is the act told."""
    if any(c.dep_ == "prt" for c in verb.children):
        return True
    if GOVERNOR_CERTAINTY[lemma] not in _DEED_CUES or lemma in _NOT_DEEDS:
        return False
    return not any(
        t.pos_ == "VERB" and t.dep_ in ("ccomp", "xcomp", "pcomp") and not _a_state(t)
        for t in verb.subtree
        if t.head == verb or t.head.head == verb
    )


def _a_state(complement: Token) -> bool:
    """A complement verb the lexicon calls a state and no event noun turns into a happening
    ("having an affair", not "having talks")."""
    return complement.lemma_.lower() in NON_EVENT_VERBS and site_at(complement) is None


def _takes_a_verb(verb: Token) -> bool:
    return takes_a_verb(verb)  # not a clause the parser only hung on it


_DONE_AUXILIARIES = frozenset({"has", "have", "had", "was", "were"})


def dated_deed(verb: Token) -> bool:
    """A verb that takes a clause, told as done on a day of its own: "in 2012 a team found
    that the sugars activated the receptors", "police concluded in January he had been
    killed", "officers found the body Friday wrapped in bags". A finding, a conclusion or an
    assurance with its own date is something that happened then, not a frame for its clause;
    undated ("researchers found that mice carry more protozoa") it only says what is known.
    Verbs whose complement is the happening ("began to improve on Monday", "spent Monday
    trying to"), and a clause that only times another ("after word came on Monday that"),
    stay frames."""
    if verb.lemma_.lower() in IMPLICATIVE_VERBS or any(c.dep_ == "mark" for c in verb.children):
        return False
    if not any(c.dep_ == "ccomp" and c.pos_ in _VERBS for c in verb.children):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    done = verb.tag_ == "VBD" and not auxiliaries
    done = done or (
        verb.tag_ == "VBN"
        and bool(auxiliaries)
        and all(a.lower_ in _DONE_AUXILIARIES for a in auxiliaries)
    )
    return done and any(dates_the_verb(c) for c in verb.children)


def _opening_change(verb: Token) -> bool:
    """ "Since the ban, prices have plunged to record lows", opening the story: a change that
    has reached a new level since then is the news itself, not a state lasting from then."""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        verb.tag_ == "VBN"
        and bool(auxiliaries)
        and all(a in ("has", "have") for a in auxiliaries)
        and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" for o in c.children)
            for c in verb.children
        )
        and in_lead(verb)
    )


def _since(child: Token) -> bool:
    """ "since the summit", "since it was reintroduced": what the clause says lasts from then."""
    if child.dep_ == "prep":
        return child.lower_ == "since" and not record_since(child)
    return child.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "since" for c in child.children
    )


def _asks(verb: Token) -> bool:
    """An embedded question: "how long the astronauts will stay", "whether it worked"."""
    first = next(verb.subtree)
    return first.lower_ in QUESTION_WORDS


#: Penn tags of a verb written in a tense of its own ("left", "leaves", "leave").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def has_tense(verb: Token) -> bool:
    """A verb with a tense of its own or its auxiliary's ("that were used", "had suffered",
    "will go"), not an infinitive or a participle on its own."""
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ in FINITE_TAGS or c.tag_ == "MD")
        for c in verb.children
    )


def tensed(verb: Token) -> bool:
    """A verb in a tense of its own or with an auxiliary ("left", "has left"), not "to leave":
    what speech acts and actions ask before they count as something done."""
    if verb.tag_ in FINITE_TAGS:
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children)


def misread_past(verb: Token) -> bool:
    """ "After the first trucks shipped, …": a participle with a subject of its own before it,
    no auxiliary, in a clause a conjunction opens, can only be a simple past the tagger read
    as a participle (a participle clause has no conjunction, and a passive no active
    subject)."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) and any(
        c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in verb.children
    )


def _finite(verb: Token) -> bool:
    if verb.tag_ in FINITE_TAGS or misread_past(verb):
        return True
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.dep_ == "xcomp":
        if verb.tag_ == "VBG":  # "began deliberating", not "was seen leaving"
            return verb.head.lemma_.lower() in IMPLICATIVE_VERBS
        return any(a.lower_ == "to" for a in auxiliaries) or verb.tag_ == "VBN"
    if auxiliaries:
        return any(a.lower_ != "to" for a in auxiliaries)
    head = verb.head
    return verb.dep_ == "conj" and head != verb and head.pos_ == "VERB" and _finite(head)


def _event_noun_of(verb: Token) -> Token | None:
    """The event noun a light verb carries: its object, or its passive subject."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in NOUN_CLASSES:
            return child
    return None


def _noun_site(noun: Token) -> Site | None:
    lemma = noun.lemma_.lower()
    if lemma not in NOUN_CLASSES or noun.ent_type_ in _NAMED:
        return None  # "as of March", "the Hurricanes": a date or a name, not a happening
    if _carrier(noun) is not None:
        return None
    return Site(noun, lemma, NOUN_CLASSES[lemma], "noun", noun)


def _carrier(noun: Token) -> Token | None:
    """The verb that takes over an event noun: a light verb, or a lexicon verb it hangs on."""
    if noun.dep_ not in _ABSORBED:
        return None
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    if head.pos_ != "VERB":
        return None
    site = _verb_site(head)
    return head if site is not None and site.kind != "sighting" else None


def clause_tokens(anchor: Token) -> list[Token]:
    """The anchor's clause: its subtree without other clauses, side remarks or coordinated verbs.

    A complement whose governor reports nothing of its own ("began to promote", "tried to
    flee") brings the governor in: the news is the governor and its complement together, and a
    reader points at "began" as much as at "promote".
    """
    tokens = [anchor, *_bare_governor(anchor)]
    stack = list(anchor.children)
    while stack:
        token = stack.pop()
        if token.dep_ == "appos" and (bearing := bearing_tokens(token)):
            tokens.extend(bearing)  # "south out of X": its place, not what hangs on it
            continue
        if token.dep_ in _OTHER_CLAUSES:
            continue
        if token.dep_ == "conj" and token.pos_ in _VERBS:
            continue
        if token.dep_ == "acl" and any(c.dep_.startswith("nsubj") for c in token.children):
            continue
        tokens.append(token)
        stack.extend(token.children)
    return sorted(tokens, key=lambda t: t.i)


def _bare_governor(anchor: Token) -> list[Token]:
    """The verb an infinitive or gerund complements, when that verb is no site itself."""
    head = anchor.head
    if anchor.dep_ != "xcomp" or head == anchor or head.pos_ != "VERB":
        return []
    return [] if site_at(head) is not None else [head]


def enclosing_verb(token: Token) -> Token | None:
    """The nearest verb above a token (the clause an event noun sits in)."""
    for _ in range(_MAX_CLIMB):
        if token.head == token:
            return token if token.pos_ in _VERBS else None
        token = token.head
        if token.pos_ in _VERBS:
            return token
    return None


def owner_of(root: Token, anchors: dict[int, Site]) -> Site | None:
    """The site a time expression (given by its root token) belongs to, if any.

    Climbs the tree to the first site; a non-site verb stops the climb unless it is a
    participle or infinitive ("bound for X on Sunday" still dates "boarded").
    """
    token = root
    for _ in range(_MAX_CLIMB):
        if token.i in anchors:
            return anchors[token.i]
        if token.head == token:
            return None
        if token != root and token.pos_ in _VERBS and token.dep_ not in _TRANSPARENT:
            return None
        token = token.head
    return None


def anchor_index(sites: list[Site]) -> dict[int, Site]:
    """Token positions that lead to each site: its anchor, its event noun, nouns it absorbed."""
    index: dict[int, Site] = {}
    for site in sites:
        index[site.anchor.i] = site
        if site.noun is not None:
            index[site.noun.i] = site
    # A word's carrier is the same in whichever verb's subtree it is met (nested clauses meet
    # it again): found once.
    carriers: dict[int, Token | None] = {}
    for site in sites:
        if site.kind in ("verb", "motion"):
            for token in site.anchor.subtree:
                if token.i in index:
                    continue
                if token.i not in carriers:
                    carriers[token.i] = _carrier(token)
                if carriers[token.i] == site.anchor:
                    index[token.i] = site
    return index
