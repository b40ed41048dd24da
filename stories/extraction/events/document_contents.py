"""What a law, ruling or resolution says: its content, not a happening.

News about rules paraphrases what a text forbids, allows, requires or declares ("the water act
prohibited sowing before May", "resolutions declaring the settlements illegal", "the embargo
resolution did not authorize a blockade", "the order identified two banks as its winners").
The verb's subject is the text itself, and the verb is one of the words a rule is written in:
a ban, a permission, a duty, a declaration of status. That is what the text says, true for as
long as it stands, not something that happened on a day; the happening is what was done with
it (passed, signed, struck down), which a person or body does. On the dev batches every such
clause matched no gold event.

The class is narrow on purpose: a text that makes something ("the act creates four reserves",
"the warrant charges her with theft") reports its effect, a deed the story dates
(events.instruments), and a person or body forbidding or allowing ("the mayor banned
fireworks") is a deed as well. A day of the clause's own ("the governor's order declared an
emergency on Tuesday") dates the text's issuing, a happening, which content has none of; the
caller (events.clauses) keeps such a clause. A bare gerund the parser joined to the verb
("prohibited sowing before May and transplanting before June") is one more thing the text rules
on.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.instruments import INSTRUMENTS

# Texts that rule: the instruments of events.instruments and the texts bodies adopt or issue.
_RULING_TEXTS = INSTRUMENTS | frozenset(
    {
        "constitution",
        "convention",
        "directive",
        "order",
        "regulation",
        "resolution",
        "rule",
        "treaty",
    }
)
# The words a rule is written in: forbidding, allowing, requiring, declaring a status.
_RULING_VERBS = frozenset(
    {
        "allow",
        "authorise",
        "authorize",
        "ban",
        "bar",
        "declare",
        "designate",
        "entitle",
        "exempt",
        "forbid",
        "identify",
        "mandate",
        "oblige",
        "outlaw",
        "overrule",
        "override",
        "permit",
        "prohibit",
        "require",
    }
)


def states_a_texts_content(verb: Token) -> bool:
    """ "The act prohibited sowing", "resolutions declaring the settlements illegal": an
    active verb of forbidding, allowing, requiring or declaring whose subject (its own, the
    verb it is coordinated with, or the noun it describes) is a law, ruling or resolution."""
    if _joined_gerund(verb):
        return states_a_texts_content(verb.head)  # "prohibited sowing … and transplanting"
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _RULING_VERBS:
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "fireworks were banned by the council": the banning is the deed
    head = verb
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if head.dep_ in ("acl", "relcl"):
        subjects.append(head.head)
    return any(s.lemma_.lower() in _RULING_TEXTS for s in subjects)


def _joined_gerund(verb: Token) -> bool:
    """ "prohibited sowing before May and transplanting before June": a bare gerund the parser
    joined to a finite verb, with no subject or auxiliary of its own, is a second object of that
    verb, not a clause."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "conj"
        and verb.head.tag_ in ("VBD", "VBZ", "VBP")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )
