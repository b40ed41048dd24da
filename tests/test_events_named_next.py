"""Someone brought in by "a …" and named in the next sentences, the same deed told again:
one happening (events.named_next).

Short texts written for these tests, read whole.
"""

import datetime as dt

from stories.extraction.analysis import analyse_text

PUBLISHED = dt.date(2024, 3, 6)


def arrests(text: str):
    return [e for e in analyse_text(text, published=PUBLISHED).events if e.trigger == "arrest"]


def test_a_described_person_named_in_the_next_sentence_is_one_arrest():
    text = (
        "A Harbor City man was arrested on Sunday on two counts of burglary. "
        "Tom Lee, 19, of Pine Street, was arrested at the city hall by a police sergeant."
    )

    (arrest,) = arrests(text)
    assert "city hall" in arrest.quote


def test_two_named_people_arrested_the_same_day_are_two_arrests():
    text = "Officers arrested Tom Lee on Sunday. Officers arrested Ana Ruiz on Sunday at her home."

    assert len(arrests(text)) == 2


def test_each_named_person_folds_into_the_nearest_description_before_it():
    text = (
        "A Harbor City man was arrested on Sunday on a charge of theft. "
        "Tom Lee, 19, was arrested at his home by a deputy. "
        "A Harbor City woman was arrested on Sunday on a charge of fraud. "
        "Ana Ruiz, 32, was arrested at her office by a deputy."
    )

    first, second = arrests(text)
    assert "his home" in first.quote
    assert "her office" in second.quote


def test_a_named_person_also_arrested_is_a_second_arrest():
    text = (
        "A Harbor City man was arrested on Sunday after a fight at a bar. "
        "Tom Lee, 40, was also arrested on Sunday on a charge of fraud."
    )

    assert len(arrests(text)) == 2


def test_a_named_person_arrested_in_a_separate_case_is_a_second_arrest():
    text = (
        "A Harbor City woman was arrested on Sunday after a chase. "
        "Ana Ruiz was arrested on Sunday in a separate case by state troopers."
    )

    assert len(arrests(text)) == 2


def test_a_named_person_arrested_in_another_town_is_a_second_arrest():
    text = (
        "A Harbor City man was arrested on Sunday in Springfield. "
        "Tom Lee, 19, was arrested on Sunday in Boston by a state trooper."
    )

    assert len(arrests(text)) == 2


def test_a_named_person_who_died_of_another_cause_is_a_second_death():
    text = (
        "A Harbor City woman died on Sunday in a fire. "
        "Ana Ruiz, 80, died on Sunday at a nursing home after a fall, her son said."
    )

    deaths = [e for e in analyse_text(text, published=PUBLISHED).events if e.trigger == "die"]
    assert len(deaths) == 2


def test_a_second_degree_charge_does_not_set_the_named_arrest_apart():
    text = (
        "A Harbor City man was arrested on Sunday after a fight. "
        "Tom Lee, 19, was arrested at his home on a charge of second-degree assault."
    )

    assert len(arrests(text)) == 1


def finds(text: str):
    return [e for e in analyse_text(text, published=PUBLISHED).events if e.trigger == "find"]


def test_a_naming_dated_only_by_its_saying_week_is_the_same_find():
    text = (
        "A dog that went missing three years ago in Dover has been found in Bristol. "
        "The Bristol Dogs Trust said this week that Biscuit the brown terrier was recently "
        "found wandering the streets of the city."
    )

    (find,) = finds(text)
    assert "Biscuit" in find.quote


def test_a_naming_on_another_stated_day_is_another_find():
    text = (
        "A dog was found in Bristol on Monday. The trust said on Friday that Biscuit the "
        "brown terrier was found on Thursday near the docks."
    )

    assert len(finds(text)) == 2


def test_a_naming_lent_only_a_month_by_its_saying_is_another_arrest():
    text = (
        "A Harbor City man was arrested on two counts of burglary, police said Sunday. "
        "The sheriff said this month that Tom Lee, 19, was arrested at the city hall."
    )

    assert len(arrests(text)) == 2


def test_a_naming_lent_only_a_year_by_its_saying_is_another_arrest():
    text = (
        "A Harbor City man was arrested on Sunday on two counts of burglary. "
        "The sheriff said this year that Tom Lee, 19, was arrested at the city hall."
    )

    assert len(arrests(text)) == 2
