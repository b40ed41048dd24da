"""Whether a "he"/"she" may stand for a common noun of a person, by the noun's own sex.

English pronouns agree with what they stand for: "The girl's father, Tom Reyes, spoke … He
said she ran away" cannot mean the father ran away, yet the noun a "she" fell back on
(`MentionIndex.antecedent_noun`: the last person-like subject) was taken whatever its sex,
and titles read "Girl's father runs away". A noun said of one sex only (father, wife, king)
tells it ("chairman", "spokesman" are said of women too, so tell nothing), and so does a name
set beside the noun ("the girl's father, Tom Reyes") that the
story calls by the other pronoun (events.pronoun_agreement). Nouns said of either sex
("officer", "parent") agree with both.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from stories.extraction.events.gendered_names import HE_NOUNS, SHE_NOUNS
from stories.extraction.events.pronoun_agreement import pronoun_of

_HE = HE_NOUNS | {"gentleman", "dad", "monk", "priest"}  # not "chairman": news says it of women too
_SHE = SHE_NOUNS | {
    "lady", "businesswoman", "congresswoman", "chairwoman", "spokeswoman", "policewoman", "mom",
    "mum", "nun", "actress", "waitress",
}  # fmt: skip


def noun_sex(noun: Token) -> str | None:
    """ "he" for a noun said only of men ("father", "monk"), "she" for one said only of
    women ("wife", "girl"), else None."""
    word = noun.lemma_.lower()
    if word in _HE or noun.lower_ in _HE:
        return "he"
    if word in _SHE or noun.lower_ in _SHE:
        return "she"
    return None


def noun_disagrees(pronoun: Token, noun: Token, named_disagrees: Callable[[Token], bool]) -> bool:
    """Whether `pronoun` ("he"/"she" or their forms) cannot stand for `noun`: the noun is of
    the other sex, or a name set beside it (`named_disagrees` of its token) is called by the
    other pronoun."""
    word = pronoun_of(pronoun.lower_)
    if word is None:
        return False
    sex = noun_sex(noun)
    if sex is not None and sex != word:
        return True
    beside = [c for c in noun.children if c.dep_ in ("appos", "compound")]
    return any(named_disagrees(c) for c in beside)
