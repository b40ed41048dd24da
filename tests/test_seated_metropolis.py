"""A name both a state's and its metropolis's, written as where a company or a court sits, is
the metropolis, even in a story that names other states: bodies sit in cities."""

from tests.resolving import resolve, resolve_names


def test_a_company_based_in_the_name_sits_in_the_metropolis(gazetteer):
    text = "A Dayton, Ohio, toy maker agreed to buy a New York-based chain of shops."
    found = resolve(text, ["Dayton", "Ohio", "New York"], gazetteer)
    assert found["New York"].kind == "city"


def test_a_company_written_with_the_name_as_its_seat_sits_in_the_metropolis(gazetteer):
    text = "Ohio regulators approved the sale. Acme Corp., New York, said it would pay cash."
    found = resolve(text, ["Ohio", "New York"], gazetteer)
    assert found["New York"].kind == "city"


def test_a_court_in_the_name_sits_in_the_metropolis(gazetteer):
    text = "The Dayton, Ohio, firm filed its plan in federal bankruptcy court in New York."
    found = resolve(text, ["Dayton", "Ohio", "New York"], gazetteer)
    assert found["New York"].kind == "city"


def test_a_town_written_with_the_name_keeps_the_state(gazetteer):
    text = "Farms near Dayton, Ohio, and Albany, New York, lost their crops to the frost."
    found = resolve_names(text, ["Dayton", "Ohio", "Albany", "New York"], gazetteer)
    assert found[3].kind == "admin1"


def test_where_crops_were_lost_in_a_story_of_states_keeps_the_state(gazetteer):
    text = "Farmers in Ohio and in New York lost crops to the frost."
    found = resolve(text, ["Ohio", "New York"], gazetteer)
    assert found["New York"].kind == "admin1"


def test_a_company_headquartered_in_the_name_sits_in_the_metropolis(gazetteer):
    text = "The Ohio regulator fined a lender headquartered in New York on Monday."
    found = resolve(text, ["Ohio", "New York"], gazetteer)
    assert found["New York"].kind == "city"


def test_a_company_based_in_a_part_of_the_state_sits_in_the_state(gazetteer):
    text = "Ohio regulators fined an upstate New York-based dairy on Monday."
    found = resolve(text, ["Ohio", "New York"], gazetteer)
    assert found["New York"].kind == "admin1"


def test_a_state_court_in_the_name_sits_in_the_state(gazetteer):
    text = "The Ohio man sued the lender in a state court in New York on Monday."
    found = resolve(text, ["Ohio", "New York"], gazetteer)
    assert found["New York"].kind == "admin1"
