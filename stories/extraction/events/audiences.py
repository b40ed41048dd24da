"""Whom a telling is addressed to, when telling them is news in itself.

"Told" frames most quotes ("he told reporters", "she told the newspaper"): the channel, not a
happening. Two addressees make the telling a deed of its own. The authorities who take
statements: a suspect who "told police he acted alone", a mother who "told detectives she was
at the park" gave a statement that the story goes on to weigh, and "told the jury" is
testimony. And an audience gathered to hear the speaker: "told a crowd of 2,000 supporters",
"told cheering delegates", "told the rally" is a speech given, the occasion the story reports.
The press is never such an audience: "told reporters" and "told a news conference" stay
frames unless dated (events.speech).
"""

from __future__ import annotations

from spacy.tokens import Token

# Those who take statements on the record.
AUTHORITIES = frozenset(
    {
        "police",
        "detective",
        "investigator",
        "officer",
        "deputy",
        "trooper",
        "authority",
        "prosecutor",
        "jury",
        "juror",
        "judge",
        "court",
        "magistrate",
    }
)
# Nouns that are a gathered audience by themselves. (Plain "supporters" may be anyone on the
# speaker's side; a quote told to them is a saying at an occasion, events.occasioned_sayings.)
GATHERINGS = frozenset({"crowd", "audience", "rally", "gathering", "congregation", "assembly"})
# The press: a channel for a quote, never an occasion or an audience; telling it is how a
# quote reaches the page (also for events.occasioned_sayings).
PRESS = frozenset(
    {
        "reporter",
        "journalist",
        "outlet",
        "newspaper",
        "paper",
        "press",
        "media",
        "medium",
        "magazine",
        "station",
        "network",
        "broadcaster",
        "agency",
        "interviewer",
        "publication",
        "website",
        "site",
        "podcast",
        "program",
        "programme",
        "show",
    }
)


def addressed_on_record(verb: Token) -> bool:
    """Whether a telling verb's addressee makes it news: the authorities, or an audience."""
    for addressee in verb.children:
        if addressee.dep_ not in ("dobj", "dative") or addressee.pos_ != "NOUN":
            continue
        lemma = addressee.lemma_.lower()
        if lemma in PRESS or addressee.ent_type_:
            continue
        if lemma in AUTHORITIES or lemma in GATHERINGS:
            return True
        if addressee.tag_ == "NNS" and _gathered(addressee):
            return True
    return False


def _gathered(noun: Token) -> bool:
    """ "a few thousand nurses", "cheering nurses", "hundreds of farmers": a crowd of them,
    counted or shown reacting, is an audience, not a listener."""
    for child in noun.children:
        if child.dep_ == "nummod" or (child.dep_ == "amod" and child.tag_ == "VBG"):
            return True
        if child.dep_ == "quantmod" or child.lower_ in ("hundreds", "thousands", "dozens"):
            return True
    return False
