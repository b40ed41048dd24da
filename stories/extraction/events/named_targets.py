"""Happenings between nations named by a noun whose party is a named country or people.

"a possible strike against Iraq", "its war with Iran", "an attack on Israel": an event noun of
attack or fighting whose "against", "on" or "with" phrase names a country or a people points at
one happening between named parties, even with no date, place or owner of its own: the target
is as much its party as an owner would be ("the Wild's win"). A company or other body as the
target is a figure of speech more often ("a battle against Ford for control of Jaguar"), and
other classes stay out ("talks with China" names a kind of thing as often as one happening).
A contest of trade, money or law is no fighting ("a trade war with Japan", "the court fight
with Canada"), and a fight "over" an issue is a dispute ("the long fight with Mexico over
water rights"): neither points at one happening. Nor does a noun named only "of" another
noun ("survivors of the German attack on Norway", "the anniversary of the Iraqi invasion"):
the phrase names a happening as what people outlived or remember, which the sentence's time
and place are not.
In the same way a definite noun of attack, fighting, seizure, takeover, withdrawal or
deployment whose actor is a word for a nation ("the Chinese takeover", "the Iraqi invasion")
is that nation's one act; "a Chinese takeover" (no "the") is a kind of deal.
On dev (TimeBank round-ups of the Gulf crisis and of Asian markets) they found a strike, two
wars and a takeover the gold holds, and nothing the gold lacks but one second war.
Sports writing names a team by its country: "a strike against Norway in the second half", "the
clash with Spain" in a sentence that names a game (a match, a half, a team) is a shot or a
match, not an attack between nations; a word a game shares with other trades counts only bare
("the squad", not "a team of inspectors", "a game of brinkmanship" or "a bomb squad").
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import NOUN_CLASSES

_HOSTILE = frozenset({"attack", "fight"})
_AIMED = frozenset({"against", "on", "with"})
_PARTIES = frozenset({"GPE", "NORP"})
# What a contest fought without arms is over: "a trade war", "a price war", "a court fight".
UNARMED_CONTESTS = frozenset(
    {"trade", "tariff", "price", "currency", "tax", "budget", "bidding", "takeover", "court",
     "legal", "custody", "patent", "turf", "propaganda", "ratings"}
)  # fmt: skip


# Nouns that only a game or its players are: a sentence holding one is sports writing.
_GAME_NOUNS = frozenset(
    {"match", "tournament", "championship", "semifinal", "quarterfinal", "qualifier",
     "halftime", "inning", "goalkeeper", "midfielder", "kickoff", "scoreline", "equaliser",
     "equalizer"}
)  # fmt: skip
# Nouns of a game that other trades share ("a team of inspectors", "a bomb squad", "a game
# of brinkmanship", "war games"): they tell a game only bare, with no noun before them naming
# another trade and no "of" phrase after.
_SHARED_GAME_NOUNS = frozenset({"game", "team", "squad", "league", "cup", "striker"})
# Ordinals that make "half" a game's: "in the second half".
_HALVES = frozenset({"first", "second"})


def in_a_game(noun: Token) -> bool:
    """Whether the noun's sentence names a game (a match, a team, "the second half"), so that
    a country it names stands for its team."""
    return any(t.pos_ == "NOUN" and _a_game_word(t) for t in noun.sent)


def _a_game_word(word: Token) -> bool:
    lemma = word.lemma_.lower()
    if lemma in _GAME_NOUNS:
        return True
    if lemma == "half":
        return _a_game_s_half(word)
    return lemma in _SHARED_GAME_NOUNS and not any(
        c.dep_ == "compound" or (c.dep_ == "prep" and c.lower_ == "of") for c in word.children
    )


def _a_game_s_half(half: Token) -> bool:
    """ "the second half", not "the second half of the year"."""
    children = list(half.children)
    return any(c.lower_ in _HALVES for c in children) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in children
    )


def aimed_at_a_name(noun: Token) -> bool:
    """Whether an attack or fighting noun names its target or opponent after "against",
    "on" or "with" ("a strike against Iraq", "the war with Iran")."""
    if NOUN_CLASSES.get(noun.lemma_.lower()) not in _HOSTILE or noun.tag_ != "NN":
        return False
    if of_another_noun(noun) or in_a_game(noun):
        return False
    if any(
        (c.dep_ in ("compound", "amod") and c.lemma_.lower() in UNARMED_CONTESTS)
        or (c.dep_ == "prep" and c.lower_ == "over")
        for c in noun.children
    ):
        return False  # "a trade war with Japan", "the fight with Canada over river rights"
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in _AIMED
        and any(o.dep_ == "pobj" and o.ent_type_ in _PARTIES for o in prep.children)
        for prep in noun.children
    )


_NATIONAL_DEEDS = frozenset({"attack", "fight", "capture", "acquire", "withdraw", "deploy"})


def done_by_a_people(noun: Token) -> bool:
    """Whether a definite noun of attack, fighting, seizure, takeover, withdrawal or deployment
    names its actor by a word for a nation ("the Chinese takeover", "the Iraqi invasion", "the
    Soviet withdrawal"): that nation's one act, as an owner would make it."""
    if NOUN_CLASSES.get(noun.lemma_.lower()) not in _NATIONAL_DEEDS or noun.tag_ != "NN":
        return False
    if of_another_noun(noun):
        return False
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    return definite and any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in noun.children)


def of_another_noun(noun: Token) -> bool:
    """ "survivors of the attack", "the anniversary of the invasion": the happening named only
    as what another noun is of."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.pos_ in ("NOUN", "PROPN")
        and prep.head != prep
    )
