"""Local news names its own towns by their institutions, streets and residents."""

from stories.geocoding.descriptions import local_cue
from stories.geocoding.disambiguation import resolve_mentions
from stories.geocoding.gazetteer import OfflineGazetteer


def cue(text: str, name: str) -> bool:
    start = text.rindex(name)
    return local_cue(text, start, start + len(name))


def test_a_city_council_after_the_name_is_a_local_cue():
    assert cue("The Jordan City Council met on Monday.", "Jordan")


def test_a_resident_of_the_name_is_a_local_cue():
    assert cue("Police arrested a Jordan woman on Friday.", "Jordan")


def test_a_street_address_before_the_name_is_a_local_cue():
    assert cue("The service is at 12 Elm St., Jordan.", "Jordan")


def test_a_person_of_an_age_of_the_name_is_a_local_cue():
    assert cue("Pat Lowry, 41, of Jordan was charged.", "Jordan")


def test_a_plain_mention_is_no_local_cue():
    assert not cue("Talks with Jordan resumed on Monday.", "Jordan")


def test_a_hyphenated_word_after_the_name_is_no_resident():
    assert not cue("A Jordan-based charity sent aid.", "Jordan")


def lead_of_country_over_town(text: str, gazetteer: OfflineGazetteer) -> float:
    start = text.index("Jordan")
    found = resolve_mentions(text, [(start, start + 6)], gazetteer=gazetteer)[0]
    scores = {c.kind: c.score for c in reversed(found.candidates) if c.country_code in "JO US"}
    return scores["country"] - scores["city"]


def test_a_name_written_as_a_local_institution_moves_toward_the_home_country_town(gazetteer):
    plain = lead_of_country_over_town("Jordan approved a $2 million budget.", gazetteer)
    local = lead_of_country_over_town("Jordan City Council passed a $2 million budget.", gazetteer)

    assert local < plain - 1.0


def test_local_news_evidence_is_the_editors_first_reason(gazetteer):
    text = "The Jordan City Council approved a $2 million budget for Jordan police."
    found = resolve_mentions(text, [(4, 10)], gazetteer=gazetteer)[0]

    town = next(c for c in found.candidates if c.country_code == "US")
    assert town.why.startswith("named as local news names its towns")


def test_a_country_named_plainly_in_a_dollar_story_stays_the_country(gazetteer):
    text = "Aid to Jordan rose to $2 million this year."
    start = text.index("Jordan")

    found = resolve_mentions(text, [(start, start + 6)], gazetteer=gazetteer)

    assert found[0].kind == "country"
