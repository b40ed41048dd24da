"""An agreement named as the accord in force is no happening: "Under the 2015 agreement, Iran
limited its enrichment", "The 2020 agreement remains in force".

"agreement" is in the happening nouns for the deal two sides reach ("reached an agreement", "under
a June agreement with the shareholders", a story telling when it was made). With a date of its
own it then stands alone as an event wherever it appears. But news also names a known accord by
its year or month as the frame a later deed is done under, or as the subject of what it requires
or how long it lasts; that is the text in force, not the act of agreeing. Three such uses are
read: a definite agreement as the object of "under", "per", "in" or "by" (an indefinite one,
"under a June agreement with", still introduces the deal); an agreement as the subject of a verb
of what it requires, allows or how long it stands; and an agreement, accord, convention or
treaty that a relative clause in the present says grants or requires something ("a 1971
convention which gives Norland the right to try the men"): what it says now is in force, where
"the convention, which drew 4,000 people" stays a gathering.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.determiners import DEFINITE_DETERMINERS

ACCORD_NOUNS = frozenset({"agreement"})
#: Texts that a present relative clause can say are in force ("a convention which gives …").
TEXTS_IN_FORCE = ACCORD_NOUNS | frozenset({"accord", "convention", "treaty"})
#: Prepositions that name an accord as the frame of a deed: "under the treaty", "per the deal".
FRAME_PREPOSITIONS = frozenset({"under", "per", "in", "by"})
#: Verbs that tell what an accord in force requires, allows or how long it stands.
IN_FORCE_VERBS = frozenset(
    {"remain", "require", "expire", "call", "allow", "permit", "forbid", "bar", "oblige"}
)
#: What a text in force does to a party, said in a present relative clause: grants or requires.
GRANTING_VERBS = IN_FORCE_VERBS | frozenset({"give", "grant", "guarantee", "entitle", "ban"})


def accord_in_force(noun: Token) -> bool:
    """Whether an agreement noun names the accord in force rather than the deal being made (or a
    convention or treaty a present relative clause says grants something: the text, not the
    meeting or the signing)."""
    if noun.lemma_.lower() in TEXTS_IN_FORCE and _granting_now(noun):
        return True
    if noun.lemma_.lower() not in ACCORD_NOUNS:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in FRAME_PREPOSITIONS:
        return any(c.dep_ == "poss" or c.lower_ in DEFINITE_DETERMINERS for c in noun.children)
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in IN_FORCE_VERBS


def _granting_now(noun: Token) -> bool:
    """ "the agreement, which allows Norland to enrich", "a convention which gives X the right":
    a relative clause in the simple present (no auxiliary: "which will give" is still to come)
    whose verb grants, requires or forbids."""
    return any(
        c.dep_ == "relcl"
        and c.tag_ in ("VBZ", "VBP")
        and c.lemma_.lower() in GRANTING_VERBS
        and not any(a.dep_ in ("aux", "auxpass") for a in c.children)
        for c in noun.children
    )
