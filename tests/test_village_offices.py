"""A story naming its village's offices names a village: its main town is no large city."""

from stories.geocoding.gazetteer import OfflineGazetteer
from stories.geocoding.mention_reading import Mention, lookup
from stories.geocoding.village_offices import follow_village_offices

_VILLAGE_STORY = (
    "Two vying for Kirkland president post. The mayor faces a village trustee in the race for "
    "village president. Kirkland needs a new plant, the village board said."
)


def _largest(gazetteer: OfflineGazetteer, name: str, start: int, text: str) -> Mention:
    candidates = lookup(gazetteer, name)
    choice = max((c.place for c in candidates), key=lambda p: p.population)
    at = text.index(name, start)
    return Mention(at, at + len(name), name, name.casefold(), candidates, None, [], "", choice)


def test_a_village_story_s_town_is_a_namesake_of_village_size(gazetteer):
    mentions = [_largest(gazetteer, "Kirkland", 0, _VILLAGE_STORY)]
    follow_village_offices(_VILLAGE_STORY, mentions)
    assert mentions[0].choice.admin1 == "IL"


def test_without_village_offices_the_town_stays(gazetteer):
    text = "Two vying for Kirkland council post. The city council said Kirkland needs a plant."
    mentions = [_largest(gazetteer, "Kirkland", 0, text)]
    follow_village_offices(text, mentions)
    assert mentions[0].choice.admin1 == "WA"


def test_a_single_village_word_is_not_enough(gazetteer):
    text = "Kirkland council met. A village trustee from nearby spoke. Kirkland needs a plant."
    mentions = [_largest(gazetteer, "Kirkland", 0, text)]
    follow_village_offices(text, mentions)
    assert mentions[0].choice.admin1 == "WA"
