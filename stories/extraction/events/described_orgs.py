"""An organisation acting only in a clause that describes one of the event's nouns takes no part
in the event.

"The court will postpone a ruling on the lawsuit launched by the University of X": the event's
clause holds the whole noun phrase, but the university only launched the suit (a participle or
relative clause describing "lawsuit"); the ruling is the court's, wherever it sits. News writes
such describing clauses to say which thing is meant, not where the main deed happens, so the
town an organisation there is named for (events.org_towns) does not place the event. Nor does a
place inside the doer of such a clause ("criticised the report released by the Houston Police
Department", "rejected a plan drawn up by the University of Texas at Austin": events.places).
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events import place_rules

# A clause that describes a noun: "the lawsuit launched by X", "the suit that X filed".
_DESCRIBING = frozenset({"acl", "relcl"})


def only_describes(verb: Token, trigger: str) -> bool:
    """Whether `verb`, the verb the organisation acts in, heads a clause describing a noun and is
    not the event's own word (`trigger`'s first word)."""
    if "described orgs" not in place_rules.ENABLED:
        return False
    word = trigger.split()[0] if trigger else ""
    return verb.dep_ in _DESCRIBING and verb.lemma_.lower() != word


def in_describing_agent(token: Token, heads: set[int]) -> bool:
    """Whether `token` lies in the "by" phrase naming the doer of a passive clause that
    describes a noun other than the event's subject ("criticised the report released by the
    Houston Police Department"; not "a team led by researchers at X confirmed"), a clause whose
    verb is not one of the event's `heads`."""
    if "described orgs" not in place_rules.ENABLED:
        return False
    node = token
    while node.head != node and node.i not in heads:
        clause = node.head
        if node.dep_ == "agent" and clause.dep_ in _DESCRIBING and clause.i not in heads:
            return not clause.head.dep_.startswith("nsubj")  # "a team led by X" is the doer
        node = node.head
    return False
