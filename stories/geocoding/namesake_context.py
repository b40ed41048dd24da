"""The last word on a name several places share, after the weighed evidence: what news copy
takes for granted (famous_namesakes.py) and where a local story is written (phone_region.py)."""

from stories.geocoding.famous_namesakes import prefer_famous_namesakes
from stories.geocoding.mention_reading import Mention
from stories.geocoding.phone_region import follow_phone_state


def settle_namesakes(text: str, mentions: list[Mention]) -> None:
    """The famous bearer first; then a local story's own state, which never moves a metropolis
    or a capital."""
    prefer_famous_namesakes(text, mentions)
    follow_phone_state(text, mentions)
