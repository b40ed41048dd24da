"""A "he" or "she" that goes on telling of the one the "he" or "she" before it meant.

Profiles, obituaries and features name their person once and then tell paragraph after
paragraph with "he" or "she" alone ("Two months later, he died of natural causes").
`MentionIndex.antecedent` looks for a person made a subject within a short reach; far into
such a story there is none, the pronoun stayed untraced, the clause had no title and the
happening was lost (dev: a writer's death told long after his name). English keeps a chain of
the same singular pronoun on one person until another is named: a subject "he" means whom the
nearest subject "he" before it means, when that one is near. So the chain is followed back,
link by link, each within the reach, to the last person made a subject near a link whom the
story itself calls by that pronoun and never by the other (`told_only`: "Ford said he would"):
far along a chain the last name passed may be someone else ("the editor Ann Bell" in a story
told of a "he"). Only "he" and "she": "they" and "it" change what they stand for too freely.
Used for titles only, and only of a happening's own verb ("died", "published", "fought":
events.clauses site kind "verb"): a feature's every deed told so ("he walked", "he
advocated") was not news (lgldev).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

_CHAINED = frozenset({"he", "she"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_LINKS = 12  # a chain longer than this has likely passed to someone else


def previous_link(pronoun: Token, reach: int) -> Token | None:
    """The nearest subject spelled as `pronoun` ("he", "she") before it within `reach`
    tokens, or None."""
    doc = pronoun.doc
    for token in reversed(doc[max(0, pronoun.i - reach) : pronoun.i]):
        if token.lower_ == pronoun.lower_ and token.dep_ in _SUBJECTS:
            return token
    return None


def told_only(pronoun: str, told: dict[str, frozenset[str]]) -> frozenset[str]:
    """The names the story calls `pronoun` ("he", "she") and never the other, from the table
    of events.pronoun_agreement.told_pronouns ("Ford said he would", "Ana Ruiz left after she
    signed")."""
    return frozenset(name for name, words in told.items() if words == {pronoun})


def chained_person[P](
    pronoun: Token,
    reach: int,
    near: Callable[[Token], P | None],
    newcomer: Callable[[Token, Token], bool] = lambda _later, _earlier: False,
) -> P | None:
    """Whom a subject "he"/"she" means through the chain of the same pronoun before it:
    the first person `near` finds for a link (the person within reach of that link whom the
    story calls by that pronoun), None when the chain breaks (no link within reach, or
    `newcomer` says another person was made a subject between two links: "the city's mayor
    faced a crisis … he resigned" means the mayor) first."""
    if pronoun.lower_ not in _CHAINED or pronoun.dep_ not in _SUBJECTS:
        return None
    link = pronoun
    for _ in range(_LINKS):
        later, link = link, previous_link(link, reach)
        if link is None or newcomer(later, link):
            return None
        found = near(link)
        if found is not None:
            return found
    return None
