"""Who does a verb's deed: its subject, or that of the clause it continues.

WHY: a title's actor (titles, clause_titles), and the rules that ask who acts (speech,
occasioned_sayings, partial_quotes, lead_findings, evidence_verbs, predication), need the
grammatical subject of a verb the parse often leaves without one: coordinated and infinitive
verbs share their governor's subject, a relative "which"/"who" stands for the noun the clause
hangs on, a cleft's "that" for its focus, an absolute or caused clause for the noun it names,
and one held "in custody for looting" is the looter.
Kept apart from events.titles, which says the subject in a title, because most of its callers
are no title rule.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.auxiliary_subjects import subject_on_auxiliary
from stories.extraction.events.caused_complements import made_to_act
from stories.extraction.events.cleft_sentences import cleft_focus
from stories.extraction.events.lexicon import ATTRIBUTION_VERBS, RELATIVE_WORDS
from stories.extraction.events.noise import absolute_subject
from stories.extraction.events.said_conjuncts import reported_doer

# "Was in custody", "remained in jail", "held in detention": where one is held for a deed, and
# the verbs that hold one there.
_HELD_IN = frozenset({"custody", "jail", "prison", "detention"})
_HELD_BY = frozenset({"be", "remain", "hold"})


def subject_of(verb: Token) -> Token | None:
    """Who or what does it: the verb's subject, or that of the clause it continues.

    Coordinated and infinitive verbs share their governor's subject ("took off ... and flew",
    "is expected to arrive", through an adjective: "is likely to reach"); "after crossing"
    takes the subject of the verb it modifies; a
    relative clause's "which"/"who" stands for the noun the clause hangs on.
    """
    if (absolute := absolute_subject(verb) or made_to_act(verb)) is not None:
        return absolute  # "with the agency announcing"; "led the mayor to resign" (its object)
    token = verb
    for _ in range(4):
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        subjects = subjects or [s for s in [subject_on_auxiliary(token)] if s is not None]
        if not subjects and token.pos_ == "VERB":
            # "Google Stadia launches tomorrow" parsed as one noun phrase: the name the parser
            # hung on the verb as a compound is its subject
            subjects = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"][
                -1:
            ]
        if subjects:
            # The one nearest the verb: a dateline parsed as a second subject comes first.
            before = [c for c in subjects if c.i < token.i]
            subject = before[-1] if before else subjects[0]
            if subject.lower_ in RELATIVE_WORDS and token.dep_ == "relcl":
                return token.head
            if subject.lower_ == "that" and (focus := cleft_focus(token)) is not None:
                return focus  # "It was Norland that invaded Sudland" (events.cleft_sentences)
            return subject
        if token.dep_ in ("conj", "xcomp", "advcl", "acomp") and token.head != token:
            if token.dep_ == "conj" and token.head.lemma_ in ATTRIBUTION_VERBS:
                return reported_doer(token)  # not who reports it (events.said_conjuncts)
            token = token.head
        elif (held := held_for(token)) is not None:
            token = held  # "is in custody for looting a shop": who is held looted it
        elif token.dep_ == "pcomp" and token.head.head != token.head:
            token = token.head.head
        elif token.dep_ in ("acl", "relcl"):
            return token.head
        else:
            return None
    return None


def held_for(gerund: Token) -> Token | None:
    """The verb of "is in custody for looting", "is in jail for stabbing": a gerund after
    "for" on the noun of a verb's phrase ("in custody") tells what that verb's subject did."""
    marker = gerund.head
    if gerund.dep_ != "pcomp" or marker.lower_ != "for" or marker.head.dep_ != "pobj":
        return None
    if marker.head.lemma_.lower() not in _HELD_IN:
        return None  # "an award at a ceremony for rescuing": the ceremony's, not the giver's
    verb = marker.head.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _HELD_BY:
        return None
    return verb
