"""A state written after a town in the dotted abbreviation news style uses: "Olathe, Kan.".

American local and wire news writes a town with its state abbreviated the AP way ("Ely, Minn.",
"Cherry Hill, N.J.", "Charleston, W. Va."), in datelines and in running text alike. The
abbreviation carries its full stop, so it is no run of letters that the comma cue reads as a
region ("Lujhu, Taiwan", "Alpharetta, GA"), and a town the recogniser missed before it ("A
tornado struck Olathe, Kan.", "SALINA, Kan. Strong winds ...") was lost. Here the abbreviation
counts as that region when the gazetteer knows it as a state's or province's own abbreviation,
written with its dots: "Mass." or "Ga." standing alone, a church service or a party label
("R-Ga."), never follows a town's comma, so the comma cue alone still decides.
"""

from __future__ import annotations

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


def dotted_state_at(doc: Doc, start: int, gazetteer: OfflineGazetteer) -> Span | None:
    """The state or province abbreviated with its dots at token ``start`` ("Kan.", "N.J.",
    "W. Va." written as two words), if the gazetteer knows it as one."""
    for size in (2, 1):
        end = start + size
        if end > len(doc) or not all(_dotted_word(t.text) for t in doc[start:end]):
            continue
        span = doc[start:end]
        if any(
            c.match == "abbreviation" and c.place.kind == "admin1"
            for c in gazetteer.candidates(span.text)
        ):
            return span
    return None


# Abbreviations that are also a word with a full stop after it: the church's "Mass." ending a
# sentence ("gathered for Mass."), the title "Miss." before a name.
_WORDLIKE = frozenset({"Mass.", "Miss."})


def a_word_not_a_state(span: Span) -> bool:
    """ "Mass." or "Miss." that is the word, not the state: AP style abbreviates a state only
    after a town ("Worcester, Mass.") or before a noun in a headline ("Missing Miss. man", "Sold
    To Mass. Concert Promoter", its words capitalised), so standing alone in running prose it is
    the church service or the title."""
    if span.text not in _WORDLIKE:
        return False
    doc = span.doc
    town = doc[span.start - 2] if span.start >= 2 else None
    after_town = (
        town is not None and doc[span.start - 1].text == "," and (town.is_title or town.is_upper)
    )
    before_noun = span.end < len(doc) and doc[span.end].is_lower and doc[span.end].pos_ == "NOUN"
    previous = doc[span.start - 1] if span.start > 0 else None
    in_headline = previous is not None and previous.is_alpha and previous.is_title
    return not (after_town or before_noun or in_headline)  # "Sold To Mass. Concert Promoter"
