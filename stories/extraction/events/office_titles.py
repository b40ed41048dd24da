"""A place in an office holder's title says whose office it is, not where the story is set.

Local news names people by the office they hold: "Norfield City Councilwoman Ana Ruiz", "the
Elm County Sheriff Tom Lee". The town in such a title tells the reader who the person is, as
"a Norfield man" tells where a man lives; the story may well be set in the next town, whose
race or budget that councilwoman takes part in. So a title's place neither counts towards the
story's setting (events.setting) nor, named in a sentence, takes that sentence out of it,
unless the story's other places give it no setting at all ("Norland Gov. X declared an
emergency" in a story that names Norland only so is set in Norland, as before).
Where the office holder's own acts happen is for events.local_offices to say.
"""

from __future__ import annotations

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.local_offices import LOCAL_OFFICE_WORDS
from stories.extraction.mentions import PlaceMention

# The courts' offices: a judge's, a prosecutor's.
COURT_OFFICE_WORDS = frozenset({"judge", "attorney", "prosecutor", "magistrate", "justice"})

# Words of a title before a person's name that make it an office: the local offices, a seat on
# a board or council ("school board member"), and an office of the courts ("U.S. District Judge
# X", "County Attorney X"): the place says whose court or office it is, as a town the mayor's.
TITLE_WORDS = LOCAL_OFFICE_WORDS | {"member", "councilmember", "trustee"} | COURT_OFFICE_WORDS


def in_an_office_title(place: PlaceMention, index: MentionIndex) -> bool:
    """Whether the place only begins the title before a person's name ("Norfield City
    Councilwoman Ana Ruiz"): its words modify, through compounds alone, an office word that
    modifies the person's name."""
    token = index.place_root(place)
    if token is None:
        return False
    titled = False
    while token.dep_ == "compound" and token.head != token:
        token = token.head
        if token.i in index.person_at:
            return titled
        titled = titled or token.lower_ in TITLE_WORDS
    return False
