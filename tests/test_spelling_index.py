"""geocoding.spelling.NearNames finds exactly the prominent names one edit from a name."""

import random
import string

from stories.geocoding.spelling import NearNames


def _spelled_out(key: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion of a letter a to z
    from `key`: the variants the finder must agree with, spelt out one by one."""
    letters = string.ascii_lowercase
    splits = [(key[:i], key[i:]) for i in range(len(key) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    changes = {a + c + b[1:] for a, b in splits if b for c in letters}
    inserts = {a + c + b for a, b in splits for c in letters}
    return (deletes | swaps | changes | inserts) - {key}


def test_each_kind_of_slip_finds_the_prominent_name():
    near = NearNames({"vladivostok"})

    for slip in ("vladvostok", "vladivostokk", "vladivsotok", "vladivostek"):
        assert near.one_edit_away(slip) == {"vladivostok"}


def test_the_name_itself_is_no_slip():
    assert NearNames({"vladivostok"}).one_edit_away("vladivostok") == set()


def test_a_changed_or_added_character_must_be_a_letter():
    near = NearNames({"san-marino", "st. louis"})

    assert near.one_edit_away("san marino") == set()
    assert near.one_edit_away("st louis") == set()


def test_a_dropped_or_swapped_character_may_be_any():
    near = NearNames({"st louis", "stlouis", "st. louis"})

    assert near.one_edit_away("st. louis") == {"st louis"}
    assert near.one_edit_away("stl ouis") == {"st louis", "stlouis"}


def test_the_finder_agrees_with_the_variants_spelt_out():
    rng = random.Random(14)
    alphabet = "aabbe -'é1"
    keys = {"".join(rng.choices(alphabet, k=rng.randint(1, 6))) for _ in range(3000)}
    near = NearNames(keys)

    made_up = ("".join(rng.choices(alphabet, k=5)) for _ in range(400))
    for query in ["", *sorted(keys)[:400], *made_up]:
        assert near.one_edit_away(query) == _spelled_out(query) & keys, query
