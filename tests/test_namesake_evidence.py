"""The namesake rules' shared evidence: one sentence test, whose full stops of common
abbreviations end no sentence, and a name's resolved mentions taken together."""

from types import SimpleNamespace

import pytest

from stories.geocoding.namesake_evidence import name_groups, other_mentions, same_sentence


def _span(text: str, first: str, second: str) -> tuple[int, int]:
    return text.index(first), text.index(second)


@pytest.mark.parametrize(
    "text",
    [
        "The fair in Velton drew crowds from St. Brenmoor and Norburg County, Ohio.",
        "Hikers left Velton for Mt. Brenmoor, in Norburg County, Ohio.",
        "Velton reopened its bridge on Jan. 4 after repairs, Norburg County, Ohio, said.",
        "Velton's mayor met Gov. Alden Brenmoor of Norburg County, Ohio.",
        "Velton signed a deal with U.S. officials from Norburg County, Ohio.",
        "Velton sent a delegation to Washington, D.C. on behalf of Norburg County, Ohio.",
        "Velton's council heard J. Brenmoor of Norburg County, Ohio.",
        "Velton voted on Sept. 9 and Norburg County, Ohio, on Oct. 2.",
    ],
)
def test_same_sentence_reads_through_common_abbreviations(text: str) -> None:
    assert same_sentence(text, *_span(text, "Velton", "Ohio"))


@pytest.mark.parametrize(
    "text",
    [
        "Velton held its fair. Norburg County, Ohio, held its own.",
        "Velton held its fair! Norburg County, Ohio, held its own.",
        "Velton held its fair\nNorburg County, Ohio, held its own.",
        "Velton held its fair on the first. Norburg County, Ohio, waited.",
    ],
)
def test_same_sentence_ends_at_a_full_stop_after_a_word(text: str) -> None:
    assert not same_sentence(text, *_span(text, "Velton", "Ohio"))


def test_same_sentence_is_symmetric() -> None:
    text = "Velton held its fair. Norburg County, Ohio, held its own."
    a, b = _span(text, "Velton", "Ohio")
    assert same_sentence(text, a, b) == same_sentence(text, b, a)


def _mention(
    key: str, start: int, choice: object = "place", qualifiers: tuple = ()
) -> SimpleNamespace:
    return SimpleNamespace(key=key, start=start, choice=choice, qualifiers=qualifiers)


def test_name_groups_keeps_first_mention_order_and_skips_unresolved_names() -> None:
    velton, norburg, brenmoor, velton_again = (
        _mention("velton", 0),
        _mention("norburg", 10),
        _mention("brenmoor", 20, choice=None),
        _mention("velton", 30),
    )
    ordered = [velton, norburg, brenmoor, velton_again]
    groups = list(name_groups(ordered))
    assert [(key, group) for key, group in groups] == [
        ("velton", [velton, velton_again]),
        ("norburg", [norburg]),
    ]
    assert other_mentions(ordered, "velton") == [norburg]


def test_name_groups_takes_a_names_mentions_from_the_list_given() -> None:
    late, early = _mention("velton", 30), _mention("velton", 0)
    assert list(name_groups([early, late], [late, early])) == [("velton", [late, early])]


def test_state_and_county_cues_share_one_move_to_a_single_state():
    from stories.geocoding import county_cues, namesake_evidence, state_cues

    shared = namesake_evidence.move_to_single_state
    assert county_cues.move_to_single_state is shared
    assert state_cues.move_to_single_state is shared
