"""The new time of a moved happening is not the time of the moving.

"The board put the inquiry off until May", "the final was postponed to Sunday", "the
trial was pushed back to June", "the vote was rescheduled for May 3": the delay was decided at
its own time (a time of its own clause, "on Tuesday", or the narrative's), and the phrase
after "until", "to" or "for" says when the moved happening (the inquiry) is now to be held.
So such a time never dates the verb of moving; it dates the happening moved, when that is an
event the clause names as the verb's object or passive subject.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs that move a happening to another time, or stretch or halt it up to one.
_MOVERS = frozenset(
    {
        "postpone",
        "delay",
        "push",
        "move",
        "reschedule",
        "adjourn",
        "put",
        "defer",
        "recess",
        "bump",
        "shift",
        "extend",
        "suspend",
        "halt",
        "pause",
        "bring",
        "pull",
    }
)
# "put" moves a happening only as "put off".
_NEEDS_PARTICLE = {"put": frozenset({"off"})}
# The prepositions that name the time the happening is moved to.
_TO_A_TIME = frozenset({"to", "until", "till", "til", "for", "into", "through"})
# Particles between the verb and the preposition: "pushed back to June".
_PARTICLES = frozenset({"back", "forward", "off", "over", "up", "out"})


def _mover(word: Token) -> bool:
    """Whether `word` is a verb of moving a happening in time ("postponed", "put off")."""
    lemma = word.lemma_.lower()
    if word.pos_ not in ("VERB", "AUX") or lemma not in _MOVERS:
        return False
    needed = _NEEDS_PARTICLE.get(lemma)
    return needed is None or any(c.dep_ == "prt" and c.lower_ in needed for c in word.children)


def moving_verb(root: Token) -> Token | None:
    """The verb of moving whose new time the time phrase headed by `root` names: "until
    May" on "delayed", "back to June" on "pushed", "for May 3" on "rescheduled"; else None.
    The phrase must hang by one of the prepositions of a new time on the verb, its particle
    or the happening it moves."""
    prep = root if root.dep_ == "prep" else root.head
    if root.dep_ != "prep" and root.dep_ != "pobj":
        return None
    if prep.lower_ not in _TO_A_TIME or prep.dep_ != "prep":
        return None
    head = prep.head
    if head.lower_ in _PARTICLES and head.dep_ in ("prt", "advmod") and head.head is not head:
        head = head.head
    if head.dep_ in ("dobj", "nsubjpass") and _mover(head.head):
        return head.head  # "delayed the zoning vote until May": on the thing moved
    return head if _mover(head) else None


def moved_happening(verb: Token) -> Token | None:
    """The happening a verb of moving moves: its object ("delayed the hearing") or, in the
    passive, its subject ("the vote was moved")."""
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
