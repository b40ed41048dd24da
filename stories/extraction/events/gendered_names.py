"""Which of "he" and "she" a name takes from the noun the story calls the person by.

"Her husband Roger", "Ana Ruiz and her son, Tom", "husband Robert Drawbough", "Mrs. Lee": a
name set beside a noun of kin or a courtesy title that is said of one sex only (husband, wife,
son, daughter, Mr., Mrs.) is told by that noun which pronoun stands for it, as surely as by a
"he" in its own clause (events.pronoun_agreement). Without it a "she" a few words after "her
husband Roger" was taken for Roger, the last subject named before it. Only the noun set
beside the name (in apposition, or before it as its title), never a noun elsewhere in its
clause; never a list of first names, nor a title joined to another ("Mr. and Mrs. Tom Lee").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# Nouns of kin and kind said of one sex only, set beside a name; events.sexed_nouns widens
# them with a few more ("monk", "nun") for the nouns a pronoun itself may stand for.
HE_NOUNS = frozenset(
    {"husband", "son", "father", "brother", "grandson", "grandfather", "nephew", "uncle",
     "stepson", "stepfather", "widower", "boyfriend", "man", "boy", "king", "prince"}
)  # fmt: skip
SHE_NOUNS = frozenset(
    {"wife", "daughter", "mother", "sister", "granddaughter", "grandmother", "niece", "aunt",
     "stepdaughter", "stepmother", "widow", "girlfriend", "woman", "girl", "queen", "princess"}
)  # fmt: skip
_HE_TITLES = frozenset({"mr.", "mr"})
_SHE_TITLES = frozenset({"mrs.", "mrs", "ms.", "ms"})
_TITLES = _HE_TITLES | _SHE_TITLES
_HE = HE_NOUNS | _HE_TITLES
_SHE = SHE_NOUNS | _SHE_TITLES
_BESIDE = frozenset({"appos", "compound"})


def _of_a_couple(name: Token, title: Token) -> bool:
    """ "Mr. and Mrs. Tom Lee": a courtesy title joined by "and" to another names a couple,
    not the sex of the name it stands before."""
    joined = any(c.dep_ in ("cc", "conj") for c in title.children)
    return title.lower_ in _TITLES and (
        joined or (name.dep_ == "conj" and name.head.lower_ in _TITLES)
    )


def noun_pronouns(doc: Doc, names_at: dict[int, str]) -> dict[str, set[str]]:
    """For each name (`names_at` maps token positions to names), "he" or "she" when a noun
    said of one sex is set beside one of its mentions."""
    found: dict[str, set[str]] = {}
    for i, name in names_at.items():
        token = doc[i]
        beside = [c for c in token.children if c.dep_ in _BESIDE and c.i not in names_at]
        if token.dep_ == "appos" and token.head.i not in names_at:
            beside.append(token.head)  # "her husband Roger", "her son, Tom"
        for noun in beside:
            word = noun.lower_
            if _of_a_couple(token, noun):
                continue
            if word in _HE or word in _SHE:
                found.setdefault(name, set()).add("he" if word in _HE else "she")
    return found
