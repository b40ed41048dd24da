"""Prospects no one holds: a forecast about a thing, not a plan or an expectation of a party.

A plan or an expectation is news when someone holds it or it is tied to the world: a party
named as its subject ("the league will fine the player", "Norland would press for a trial"),
a time ("talks will resume on Monday") or a place ("a ceremony would be held in Ostland").
A prospect told of a common noun (not a counted one, "300 volunteers will take part") with
none of these ("the gains will be limited", "a rescue could be managed with two boats",
"tenants will be offered a rebate", "the change is expected to prevent a walkout") is the
reasoning or the terms a story sets out, with nothing a timeline or a map could hold it by.
Only verbs outside the event lexicon are judged: a lexicon verb names a happening of its own
("residents could cross the border", "the provinces could declare independence"), and so
does a light verb's event noun ("the new firm will open talks"). Deeds told as done are not
judged either: "prosecutors have opened an investigation" reports a happening without a
name (clauses._actor_named).

This runs on placed events (after events.placing), so a place the sentence, the dateline or
the story's setting gives counts as much as one in the clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.events.deal_terms import states_terms
from stories.extraction.events.duties import idle_duty
from stories.extraction.events.folding import anchor_of
from stories.extraction.events.imminent_plans import dated_by_a_time
from stories.extraction.mentions import EventCandidate

PROSPECTS = frozenset({"planned", "expected", "speculated"})
_NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT"})
# A personal pronoun stands for someone the story has named (events.context traces whom).
_PERSONAL = frozenset({"he", "she", "it", "they", "we", "i", "you"})
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
_CLAUSAL = frozenset({"acl", "relcl"})
_RELATIVE_TAGS = frozenset({"WDT", "WP"})
# Links through which a verb shares its governor's subject ("is expected to prevent": the
# governor's; "will fine him and suspend him": the first verb's).
SUBJECT_SHARING = frozenset({"xcomp", "conj"})


def drop_idle_prospects(events: list[EventCandidate], doc: Doc) -> list[EventCandidate]:
    """The events without those that are idle prospects (see the module's docstring),
    duties and permissions ahead with no time of their own (events.duties) or the terms of a
    deal still ahead, a sum to be paid (events.deal_terms)."""
    return [
        event
        for event in events
        if not idle_prospect(event, doc)
        and not idle_duty(event, doc)
        and not states_terms(event, doc)
    ]


def idle_prospect(event: EventCandidate, doc: Doc) -> bool:
    """Whether the event is a plan, expectation or possibility told with a verb outside the
    event lexicon, with no date, no place, no person and no named party as its subject or
    agent."""
    if event.certainty not in PROSPECTS or event.extra.get("kind") != "general":
        return False
    if dated_by_a_time(event) or event.place is not None or event.people:
        return False
    anchor = anchor_of(event, doc)
    return anchor is not None and not _named_party(anchor)


def _named_party(verb: Token) -> bool:
    """Whether the verb's subject or agent, or failing one its governor's, is a name, a
    counted party ("400 volunteers will take part": these, not any), a personal pronoun, or a
    relative word standing for one of them."""
    for _ in range(4):
        parties = [c for c in verb.children if c.dep_ in _PARTY_DEPS]
        if parties:
            return any(named(party) for party in parties)
        if verb.dep_ not in SUBJECT_SHARING or verb.head == verb:
            return False
        verb = verb.head
    return False


def named(party: Token) -> bool:
    """A personal pronoun, a name or a number in the party's phrase, or a relative word
    standing for one."""
    if party.lower_ in _PERSONAL:
        return True
    if party.tag_ in _RELATIVE_TAGS and party.head.dep_ == "relcl":
        party = party.head.head  # "a firm that will…": the firm
    return any(
        t.ent_type_ in _NAMED_TYPES or t.pos_ == "PROPN" or t.like_num for t in _phrase(party)
    )


def _phrase(noun: Token) -> list[Token]:
    """The noun's phrase without the clauses that describe it ("customers holding contracts
    with Norland": customers; the name is what they hold, not who they are)."""
    words = [noun]
    for child in noun.children:
        if child.dep_ not in _CLAUSAL:
            words.extend(child.subtree)
    return words
