"""A thing's effect told as if it were a deed: "concerns about rents prompted the councillor", "a
tip led investigators to two suspects", "video surveillance led police to a residence",
"central bank support firmed sterling", "the profit record tarnished his reputation", "the
company was pressured by brokerage recommendations", "the final count left Measure C
trailing".

WHY: these clauses say how one thing bore on another, with a thing for subject (no one who
acts, no happening): the happening, when there is one, is told in its own clause ("police
searched the residence", "she filed to run"), and the clause of the cause adds nothing an
editor would put on a timeline; its title ("Video surveillance leads police", "Concerns prompt
councillor") is no event. Measured on the four dev batches when it was added (local, wire,
business and web news), the rule left twelve fewer unmatched events in eleven stories and lost
no matched gold happening. It is the causing counterpart of the influence verbs
(predication.states_an_influence: "technology has pushed prices up").

Left alone: a happening for cause ("the speech triggered scenes of jubilation", "the crash left
a woman in critical condition", "his arrest set off an uproar": event nouns), someone who acts
(a name, a pronoun, a person or a body of people: "police led the marchers"), a cause that
carries its own date ("the 2010 appearance sparked a wave": a dated thing happened), a caused
happening for object ("rising costs triggered a recount": the recount is the news), and a clause
with a time of its own (the caller asks only undated clauses: "a tip on Tuesday led
investigators to two suspects").

Known gap: a cause whose object is asked to act in an infinitive ("the leak prompted officials
to close the beach") is dropped with the deed it tells; bringing it back was measured on real
news and added only events that matched nothing, so the gap stays until the deed can be told
on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import INFLUENCE_VERBS, NOUN_CLASSES
from stories.extraction.events.role_nouns import GROUP_NOUNS, names_people
from stories.extraction.events.states import passive_agent

# Verbs whose subject makes something of their object: prompting, triggering, leading someone
# somewhere, firming or pressuring a price, tarnishing a name, telegraphing or epitomising.
CAUSING_VERBS = frozenset(
    {
        "prompt",
        "trigger",
        "spark",
        "provoke",
        "lead",
        "firm",
        "tarnish",
        "telegraph",
        "preoccupy",
        "epitomize",
        "epitomise",
        "pressure",
    }
)
# Verbs of influence (lexicon.INFLUENCE_VERBS) told in the passive with a thing for agent:
# "was undermined by his inability", "was weakened by losses"; not those that can tell a harm
# or a push done to someone or something ("was hurt by debris", "was pushed by the wind").
_PASSIVE_INFLUENCES = INFLUENCE_VERBS - {"hurt", "push", "impact", "dent"}
# A predicate put on the object: "left Measure C trailing", "left them stranded".
_PREDICATES = frozenset({"xcomp", "oprd", "acomp"})
# Bodies that act though no name or entity marks them: "the council prompted a review".
_BODIES = frozenset(
    {
        "council",
        "committee",
        "board",
        "court",
        "government",
        "administration",
        "department",
        "ministry",
        "police",
        "army",
        "military",
        "jury",
        "panel",
        "commission",
        "legislature",
        "parliament",
        "congress",
        "senate",
        "house",
        "city",
        "state",
        "county",
        "school",
        "university",
    }
)


def states_a_cause(verb: Token, subject: Token | None) -> bool:
    """Whether a causing verb has a thing for its cause and no happening for its object:
    "a tip led investigators to two suspects", "the company was pressured by brokerage
    recommendations", "the final count left Measure C trailing"."""
    lemma = verb.lemma_.lower()
    if lemma == "leave" and not _passive(verb):
        if not _puts_a_state(verb):
            return False  # "stocks left the index within 70 points": no state put on it
        lemma = "prompt"  # "the count left Measure C trailing": a state the cause brought
    if _passive(verb):
        if lemma not in CAUSING_VERBS and lemma not in _PASSIVE_INFLUENCES:
            return False
        cause = passive_agent(verb)
        acted_on = subject
        if acted_on is not None and (acted_on.ent_type_ == "PERSON" or names_people(acted_on)):
            return False  # "the man was pressured by debts": told of someone, left alone
    else:
        if lemma not in CAUSING_VERBS:
            return False
        cause = subject
        acted_on = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if cause is None or acted_on is None or _to_a_happening(verb):
        return False
    return _a_thing(cause) and not _names_a_happening(acted_on)


def _to_a_happening(verb: Token) -> bool:
    """ "his 30 points led the Lakers to a win": the happening the cause led to is named."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("to", "into")
        and any(o.dep_ == "pobj" and _names_a_happening(o) for o in c.children)
        for c in verb.children
    )


def _puts_a_state(verb: Token) -> bool:
    """ "left Measure C trailing", "left them stranded": a predicate on the object, or a
    participle right after it (which the parser may hang on the verb as a clause)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        c.dep_ in _PREDICATES
        or (
            c.dep_ == "advcl"
            and c.tag_ in ("VBG", "VBN")
            and any(c.i == o.right_edge.i + 1 for o in objects)
        )
        for c in verb.children
    )


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _a_thing(noun: Token) -> bool:
    """A common noun for no one who acts and no happening: "concerns", "a tip", "support",
    "the grocer's profit record" (the record is the cause, not its owner). A name, a pronoun or
    an entity acts."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or names_people(noun):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in noun.subtree):
        return False  # "the 2010 appearance sparked a wave": a dated thing is a happening
    word = noun.lemma_.lower()
    return word not in GROUP_NOUNS and word not in _BODIES and not _names_a_happening(noun)


def _names_a_happening(noun: Token) -> bool:
    """An event noun ("the speech", "a recount", "his arrest") or a verb's own form."""
    return noun.pos_ == "VERB" or noun.lemma_.lower() in NOUN_CLASSES
