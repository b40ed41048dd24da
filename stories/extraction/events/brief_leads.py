"""Whether a brief story that arrives as one block opens on its lead rather than a headline.

A scraped brief with no line break is read as opening on a headline when its first sentence
is short (`stories.paragraphs.headline_end`) and in headline style
(`reporters_notes.in_headline_style`: no article, no finite "be" or "have"). Many a lead has
neither either: "Wheat prices rose sharply." Taken for a headline, the lead's event is lost,
and in a brief there is no second telling of it to fall back on.

A headline and a lead differ in grammar and in what follows them:

- A lead is a whole sentence of prose: a subject and a finite past verb ("prices rose"), the
  end mark right after its last word. A headline tells a past deed in the present or as a bare
  participle ("Trucks toppled on highway", the tagger often reading it as a past), and writes
  its words in title case or sets its full stop apart ("Storm hits coast .").
- A headline drops the article a singular noun needs in prose ("disappointed with ruling",
  "on highway"); a lead keeps it ("with the ruling").
- A headline is told again at once: the body's first sentence says the same in full, with
  most of the headline's words ("Trucks toppled on Norland highway. A gale blew over six trucks
  on the Norland highway …"). A lead is followed by what comes next in the story.

So a first sentence is a lead only when it has all of the lead's marks: a finite past root
with a subject, a closing mark set on its last word, no title case, no noun shorn of its
article, and fewer than half its words told again by the next sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

# A stem this long says the same word across its forms ("toppled"/"topple", "rises"/"rise").
_STEM = 5
_END_MARKS = frozenset({".", "!", "?"})
# Words that tell what a sentence says (its names, things and deeds), compared for a retelling.
_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
# Heads of a noun phrase where prose writes an article before a singular noun.
_NOUN_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})
# What stands in an article's place: "the", "its", "his", "two", "all".
_DETERMINING = frozenset({"det", "poss", "nummod", "predet", "quantmod"})


def opens_on_a_lead(first: list[Token], following: list[Token]) -> bool:
    """Whether the first sentence of a brief one-block story (`first`) is its lead, given the
    sentence after it (`following`): a finite past with a subject, written as prose (end mark
    on its last word, no title case, no noun without its article) and not told again by the
    next sentence."""
    words = [t for t in first if not t.is_space]
    if len(words) < 3 or words[-1].text not in _END_MARKS or words[-2].whitespace_:
        return False
    root = words[0].sent.root
    if root not in words or root.tag_ != "VBD":
        return False
    if not any(c.dep_ == "nsubj" for c in root.children):
        return False
    return not (_title_case(words) or _drops_an_article(words) or _retold(words, following))


def _title_case(words: list[Token]) -> bool:
    """Whether every word after the first that could be written small is capitalised ("Wheat
    Prices Rose Sharply."): a headline's style, never a sentence's."""
    small = [t for t in words[1:] if t.is_alpha and t.pos_ != "PROPN" and len(t) > 3]
    return bool(small) and all(t.text[0].isupper() for t in small)


def _drops_an_article(words: list[Token]) -> bool:
    """Whether a singular common noun heads a noun phrase with no article or other determiner
    ("disappointed with ruling"): prose writes "with the ruling"."""
    return any(
        t.tag_ == "NN"
        and t.dep_ in _NOUN_SLOTS
        and not any(c.dep_ in _DETERMINING for c in t.children)
        for t in words
    )


def _retold(words: list[Token], following: list[Token]) -> bool:
    """Whether the next sentence writes more than half of the first sentence's words again (by
    lemma or stem): the body's first sentence telling the headline in full."""
    said = {_stem(t.lemma_) for t in words if t.pos_ in _CONTENT}
    if not said:
        return False
    again = {_stem(t.lemma_) for t in following} | {_stem(t.text) for t in following}
    return 2 * len(said & again) > len(said)


def _stem(word: str) -> str:
    folded = word.casefold()
    return folded[:_STEM] if len(folded) > _STEM else folded
