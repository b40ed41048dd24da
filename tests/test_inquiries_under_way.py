"""An inquiry under way told in the present progressive by an authority
(events.inquiries_under_way): "police are investigating the death" is a happening,
though a progressive outside the lexicon otherwise describes."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)

# Two sentences first, so the clause under test is past the lead.
_LEAD = "A man was found dead in a Velton flat on Sunday. Neighbours heard shouting late. "


def _triggers(nlp, sentence: str) -> list[str]:  # noqa: F811
    return [e.trigger for e in events_of(nlp, _LEAD + sentence)]


def test_police_investigating_a_death_is_an_inquiry_under_way(nlp):  # noqa: F811
    assert "investigate" in _triggers(nlp, "Velton police are investigating the death.")


def test_named_body_probing_is_an_inquiry_under_way(nlp):  # noqa: F811
    text = "The Norland State Police are probing the shooting at the flat."
    assert "probe" in _triggers(nlp, text)


def test_department_still_investigating_is_an_inquiry_under_way(nlp):  # noqa: F811
    text = "The county sheriff's department is still investigating the fire."
    assert "investigate" in _triggers(nlp, text)


def test_researchers_investigating_is_no_inquiry_of_authorities(nlp):  # noqa: F811
    text = "Researchers at the college are investigating how the cells age."
    assert "investigate" not in _triggers(nlp, text)


def test_inquiry_in_a_relative_clause_describes_the_case(nlp):  # noqa: F811
    text = "Of the cold cases that police are investigating, this is the oldest."
    assert "investigate" not in _triggers(nlp, text)


def test_perfect_progressive_inquiry_sums_up(nlp):  # noqa: F811
    text = "Detectives had been investigating the man for months."
    assert "investigate" not in _triggers(nlp, text)


def test_inquiry_title_carries_the_happening_it_looks_into(nlp):  # noqa: F811
    text = "Detectives in Velton are investigating the slaying of the man."
    titles = [e.title for e in events_of(nlp, _LEAD + text) if e.trigger == "investigate"]
    assert titles and "slaying" in titles[0]


def test_a_company_s_own_department_investigating_is_no_authority(nlp):  # noqa: F811
    # A firm's legal or security department is not a public body: its inquiry describes.
    text = "The Orvane Group's security department is investigating the leak."
    assert "investigate" not in _triggers(nlp, text)


def test_a_company_investigating_is_no_authority(nlp):  # noqa: F811
    assert "investigate" not in _triggers(nlp, "Orvane Holdings is investigating the leak.")


def test_a_public_department_investigating_is_an_inquiry_under_way(nlp):  # noqa: F811
    text = "The Velton County Sheriff's Department is investigating the death."
    assert "investigate" in _triggers(nlp, text)


def test_a_private_investigator_s_office_is_no_authority(nlp):  # noqa: F811
    text = "A private investigator's office is investigating the claims."
    assert "investigate" not in _triggers(nlp, text)


def test_a_company_named_with_its_legal_suffix_is_no_authority(nlp):  # noqa: F811
    assert "investigate" not in _triggers(nlp, "Orvane Corp. is investigating the leak.")
