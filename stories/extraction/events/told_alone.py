"""Who made a noun event, and of what, when its title would be the bare noun.

"Statement", "Release", "Fire" or "Sentencing" alone is no headline: a reader on the timeline cannot
tell whose or of what. A noun event told without a party the title can name, or a place, is
said with its owner (a "his" the story's antecedent rules resolve: "Carlineo's sentencing"),
else with whoever made it (`title_parts.maker_of`: "Agency's statement", "Williams's
speech"), and with the first phrase on it that says of what, by whom or against whom, even
when that is indefinite ("Release of files", "Investigations for fraud"), or where it
happened when that is no gazetteer place ("Fire at farmhouse").
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.lexicon import PRONOUNS
from stories.extraction.events.noun_phrases import phrase
from stories.extraction.events.title_parts import maker_of, names_a_time, possessive

_OF_PHRASES = ("of", "by", "against", "for", "into", "with", "over", "on", "to", "at")


def owned(noun: Token, what: str, index: MentionIndex) -> str:
    """The noun's phrase with its owner or maker before it, when the story names one."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.tag_ != "PRP$":
        return what  # a named owner is in `what` already
    source = owner if owner is not None else maker_of(noun)
    if source is None:
        return what
    name = phrase(source, index)
    if not name or name.lower() in PRONOUNS or name.lower() == source.lower_:
        return what
    if any(c.dep_ == "conj" for c in source.children):
        return f"{what} by {name}"  # "search by police and army", never "police and army's"
    return f"{possessive(name, source)} {what[:1].lower() + what[1:]}"


def of_phrase(noun: Token, index: MentionIndex) -> str:
    """The first phrase on the noun saying of what, by or against whom: "of the files"."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in _OF_PHRASES:
            continue
        target = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if target is None or names_a_time(target):
            continue
        if target.like_num or target.pos_ == "NUM":
            continue  # "win at 112", "rise by 5": a quantity, not a party or a scene
        said = phrase(target, index, objective=True)
        if said:
            return f"{prep.lower_} {said}"
    return ""
