"""An infinitive held off its verb by a time or a count is still the verb's complement.

"The board voted 5-2 on Monday to fire the coach", "The council voted in March to raise fees",
"The company sought in May to block the sale": with a time or a tally between the verb and its
"to" infinitive, the parser hangs the infinitive on the verb as an adverbial clause (advcl)
instead of its open complement (xcomp), and the title loses it (events.titles): "Board votes"
instead of "Board votes to fire coach". A purpose clause
("residents gathered on Saturday to protest the plan", "a commission he appointed in February to
make recommendations") has the same shape, so the advcl counts only under a verb of will that
takes an infinitive complement (voting, seeking, vowing, agreeing, refusing), with no object of
its own, and only when every word between the verb and the "to" belongs to a time or count
modifier of the verb. (The plan's dating, events.planned_acts, never meets such an infinitive:
an advcl with a bare "to" is no event of its own, so only the title reads it.)
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import GOVERNOR_CERTAINTY

_TIME_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL"})
_MODIFIERS = frozenset({"prep", "npadvmod", "tmod", "advmod", "nummod"})
# Verbs of will whose "to" infinitive is what they decide, seek or promise (lemmas), beside the
# governors of the certainty table ("agree", "decide", "plan", "refuse").
WILLING_VERBS = frozenset(
    {"vote", "seek", "vow", "pledge", "promise", "offer", "try", "attempt", "threaten",
     "move", "elect", "opt", "choose", "decline", "resolve", "want", "hope", "ask", "need"}
) | frozenset(GOVERNOR_CERTAINTY)  # fmt: skip


def is_infinitive_complement(child: Token) -> bool:
    """Whether `child` is its head's "to" infinitive complement: an xcomp, or an advcl "to" + VB
    whose "to" directly follows a time or count modifier of the head ("voted on Monday to
    fire")."""
    if child.dep_ == "xcomp":
        return True
    return timed_infinitive(child)


def timed_infinitive(child: Token) -> bool:
    """Whether `child` is an advcl "to" + VB that the parser split off its head only because a
    time or a count stood between them ("voted 5-2 on Monday to fire the coach")."""
    if child.dep_ != "advcl" or child.tag_ != "VB":
        return False
    verb = child.head
    if verb.lemma_.lower() not in WILLING_VERBS or any(c.dep_ == "dobj" for c in verb.children):
        return False
    to = next((a for a in child.children if a.dep_ == "aux" and a.lower_ == "to"), None)
    if to is None or to.i != child.i - 1 or to.i <= verb.i + 1:
        return False
    covered: set[int] = set()
    for modifier in verb.children:
        if verb.i < modifier.i < to.i and modifier.dep_ in _MODIFIERS and _timed(modifier):
            covered.update(t.i for t in modifier.subtree)
    return all(i in covered for i in range(verb.i + 1, to.i))


def _timed(modifier: Token) -> bool:
    """A modifier that says when, or by how many: "on Monday", "in March", "Monday", "5-2"."""
    words = list(modifier.subtree)
    if modifier.dep_ == "prep":
        words = words[1:]
    if not words:
        return False
    return all(
        t.ent_type_ in _TIME_ENTITIES or t.tag_ in ("CD", "SYM", "HYPH", "DT") or t.is_punct
        for t in words
    ) and any(t.ent_type_ in _TIME_ENTITIES or t.tag_ == "CD" for t in words)
