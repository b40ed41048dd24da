"""An event noun and a verb of the same happening told in one clause or the next sentence are
one event ("A March 7 fire … gutted the block"; "an explosion … the bomb went off")
(events.happening_partners, hooked into events.identity's merge of retellings)."""

import datetime as dt
from dataclasses import replace

from stories.extraction.events.happening_partners import told_twice
from stories.extraction.events.identity import deduplicate
from stories.extraction.mentions import EventCandidate

_DATED = {"date": {"source": "clause", "text": "March 7"}}
_MARCH_7 = {"date_start": dt.date(2009, 3, 7), "date_precision": "day"}


def _noun(trigger: str, quote: str, start: int, **changes) -> EventCandidate:
    base = EventCandidate(
        trigger.capitalize(), "", quote, start, start + len(quote), trigger, "occurred",
        extra={"kind": "noun"}, **_MARCH_7,
    )  # fmt: skip
    return replace(base, **changes)


def _verb(title: str, trigger: str, quote: str, start: int, **changes) -> EventCandidate:
    base = EventCandidate(
        title, "", quote, start, start + len(quote), trigger, "occurred",
        extra={"kind": "verb"}, **_MARCH_7,
    )  # fmt: skip
    return replace(base, **changes)


def _fire() -> EventCandidate:
    return _noun("fire", "A March 7 fire", 0, provenance=_DATED)


def _gutted(trigger: str = "gut") -> EventCandidate:
    quote = "A March 7 fire, which investigators labeled an arson, gutted most of a block"
    return _verb("Fire guts block", trigger, quote, 0)


def test_an_event_noun_that_is_its_own_clause_s_subject_is_that_clause_s_event():
    assert len(deduplicate([_fire(), _gutted()])) == 1


def test_the_clause_telling_what_the_happening_did_stays_with_the_noun_s_stated_date():
    (kept,) = deduplicate([_fire(), _gutted()])
    assert kept.title == "Fire guts block"
    assert kept.provenance["date"]["retelling"] == "A March 7 fire"


def test_a_spaced_spelling_of_the_verb_lemma_still_names_the_fire_s_work():
    assert told_twice(_fire(), _gutted(trigger="gutte"))


def test_an_explosion_and_the_bomb_that_went_off_in_the_next_sentence_are_one_happening():
    explosion = _noun("explosion", "an explosion in the village", 0)
    went_off = _verb("Bomb goes off", "go", "The bomb went off in a shop", 60)
    assert told_twice(explosion, went_off)


def test_going_without_off_is_no_explosion():
    explosion = _noun("explosion", "an explosion in the village", 0)
    went = _verb("Soldiers go to shop", "go", "The soldiers went to the shop", 60)
    assert not told_twice(explosion, went)


def test_a_shooting_and_the_shots_of_the_next_sentence_are_one_happening():
    shooting = _noun("shooting", "the shooting on Elm Street", 0)
    shot = _verb("Officer shoots man", "shoot", "an officer shot the man twice", 40)
    assert told_twice(shooting, shot)


def test_a_noun_and_a_verb_of_other_happenings_are_two():
    arrest = _verb("Police arrest man", "arrest", "Police arrested a man", 40)
    assert not told_twice(_fire(), arrest)


def test_a_fire_told_some_sentences_on_is_another_happening():
    later = _verb("Fire burns barn", "burn", "the fire burned the barn", 900)
    assert not told_twice(_fire(), later)


def test_a_fire_of_another_year_is_another_fire():
    earlier = _verb(
        "Fire guts restaurant", "gut", "A fire gutted his restaurant in 2005", 30,
        date_start=dt.date(2005, 1, 1), date_precision="year",
    )  # fmt: skip
    assert not told_twice(_fire(), earlier)


def test_counted_fires_are_other_fires():
    counted = _verb("Fifteen fires burn", "burn", "Fifteen brush fires were burning", 40)
    assert not told_twice(_fire(), counted)


def test_a_fire_still_burning_is_told_of_as_it_goes_on_not_retold():
    burning = _verb("Fire burns", "burn", "the fire was still burning", 40, certainty="ongoing")
    assert not told_twice(_fire(), burning)


def test_a_fire_brought_in_with_an_article_is_another_fire():
    other = _verb("Fire burns shed", "burn", "a small fire burned a shed", 40)
    assert not told_twice(_fire(), other)


def test_a_fire_brought_in_by_another_is_another_fire():
    other = _verb("Fire burns shed", "burn", "another fire burned a shed", 40)
    assert not told_twice(_fire(), other)


def test_a_noun_naming_what_the_verb_s_clause_never_says_is_another_happening():
    explosion = _noun("explosion", "the explosion at Vesk Mill", 0, title="Explosion at Vesk Mill")
    went_off = _verb("Bomb goes off", "go", "The bomb went off at the Orlan depot", 60)
    assert not told_twice(explosion, went_off)
