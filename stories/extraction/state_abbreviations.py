"""A state written after a town in the dotted abbreviation news style uses: "Olathe, Kan.".

American local and wire news writes a town with its state abbreviated the AP way ("Ely, Minn.",
"Cherry Hill, N.J.", "Charleston, W. Va."), in datelines and in running text alike. The
abbreviation carries its full stop, so it is no run of letters that the comma cue reads as a
region ("Lujhu, Taiwan", "Alpharetta, GA"), and a town the recogniser missed before it ("A
tornado struck Olathe, Kan.", "SALINA, Kan. Strong winds ...") was lost. Here the abbreviation
counts as that region when the gazetteer knows it as a state's or province's own abbreviation,
written with its dots: "Mass." or "Ga." standing alone, a church service or a party label
("R-Ga."), never follows a town's comma, so the comma cue alone still decides. The two
abbreviations that are also words, "Mass." and "Miss.", are read as the state elsewhere only where
the word could not stand (`a_word_not_a_state`, which the place recogniser asks).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from stories.geocoding.gazetteer import OfflineGazetteer

# Letters of a state's abbreviation, at most: "Calif.", "Mass.", "W.Va.".
_LONGEST = 6


def _dotted_word(text: str) -> bool:
    """ "Kan.", "N.J.", "W.", "Va.": capitalised letters closed by a full stop."""
    letters = text.replace(".", "")
    return (
        text.endswith(".") and letters.isalpha() and text[:1].isupper() and len(letters) <= _LONGEST
    )


# A state joined to what the town is to a company or a district: "Olathe, Kan.-based Garmin".
_JOINED = re.compile(r"^(\w+\.)-(?:based|area)$")


def _a_state_abbreviation(text: str, gazetteer: OfflineGazetteer) -> bool:
    return any(
        c.match == "abbreviation" and c.place.kind == "admin1" for c in gazetteer.candidates(text)
    )


def dotted_state_at(doc: Doc, start: int, gazetteer: OfflineGazetteer) -> Span | None:
    """The state or province abbreviated with its dots at token ``start`` ("Kan.", "N.J.",
    "W. Va." written as two words), if the gazetteer knows it as one. A state joined to
    "-based" or "-area" ("Kan.-based") is returned whole: it places the town before it but is no
    mention of the state itself (see `joined_state`)."""
    for size in (2, 1):
        end = start + size
        if end > len(doc) or not all(_dotted_word(t.text) for t in doc[start:end]):
            continue
        span = doc[start:end]
        if _a_state_abbreviation(span.text, gazetteer):
            return span
    if start < len(doc):
        joined = _JOINED.match(doc[start].text)
        if joined and _dotted_word(joined[1]) and _a_state_abbreviation(joined[1], gazetteer):
            return doc[start : start + 1]
    return None


def joined_state(span: Span) -> bool:
    """ "Kan.-based", "Kan.-area": a state written into a compound word, not a place mention."""
    return len(span) == 1 and _JOINED.match(span.text) is not None


# Abbreviations that are also a word with a full stop after it: the church's "Mass." ending a
# sentence ("gathered for Mass."), the title "Miss." before a name.
_WORDLIKE = frozenset({"Mass.", "Miss."})
# Words of an office a state names, written after it: "Mass. Gov. Maura Healey", "Mass. State
# Police".
_OFFICE_WORDS = frozenset(
    {"Gov.", "Governor", "Lt.", "Sen.", "Rep.", "State", "Attorney", "Mayor", "Sheriff"}
)
# Marks that may follow the abbreviation inside a sentence, never a sentence's full stop.
_INSIDE_SENTENCE = frozenset({",", ";", ":", ")"})


def a_word_not_a_state(span: Span) -> bool:
    """ "Mass." or "Miss." that is the word, not the state. The church's "Mass." takes its full
    stop only at a sentence end, so a lowercase word, a comma or an office ("Mass. Gov.",
    "Mass. State Police") after it means the state, as does a town's comma before it ("Worcester,
    Mass.") or a title-cased headline around it ("Sold To Mass. Concert Promoter"). "Miss." is
    the title only before a person's name ("Miss. Smith")."""
    if span.text not in _WORDLIKE:
        return False
    doc = span.doc
    town = doc[span.start - 2] if span.start >= 2 else None
    if town is not None and doc[span.start - 1].text == "," and (town.is_title or town.is_upper):
        return False
    following = doc[span.end] if span.end < len(doc) else None
    if following is not None and (
        following.is_lower or following.text in _OFFICE_WORDS or following.text in _INSIDE_SENTENCE
    ):
        return False
    if span.text == "Miss.":
        return following is not None and following.ent_type_ == "PERSON"
    previous = doc[span.start - 1] if span.start > 0 else None
    in_headline = (  # title-cased words on both sides, the next one not starting a sentence
        previous is not None
        and previous.is_alpha
        and previous.is_title
        and following is not None
        and following.is_title
        and not following.is_sent_start
    )
    return not in_headline  # "Sold To Mass. Concert Promoter"
