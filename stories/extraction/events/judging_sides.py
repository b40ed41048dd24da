"""A judge blames or praises another country from home: the country judged is no side met.

A body that faces a place ("Norland beat Sudland", "talks with Sudland") is taken abroad or set
against another side, so events.homes gives it no home. A verb of blame or praise with a
country as its object is different: "Norlandic officials assailed Sudland for holding drills",
"the ministry condemned Sudland" judge the other country from where the judge speaks, as
events.judged_deeds says of the deed judged; the judge acts at home, as an accuser does
(events.sides.contest). Evidence: wire copy's "Russian officials assailed Ukraine for ...",
left unplaced while its gold is the judge's country. A match, a meeting or talks with the
other country still face it.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events import place_rules
from stories.extraction.events.judged_deeds import JUDGING_VERBS


def judges(word: Token) -> bool:
    """Whether the event's verb blames or praises its object ("assailed Sudland"), active
    with its judge as subject: the place it faces is the party judged, not a side met."""
    return (
        "judges at home" in place_rules.ENABLED
        and word.pos_ == "VERB"
        and word.lemma_.lower() in JUDGING_VERBS
        and any(c.dep_ == "nsubj" for c in word.children)
    )
