"""The editors' desk: the Django admin, arranged for people who correct stories.

The site itself is `stories.admin_site.EditorsDeskSite` (the review queue of stories/review.py
as its landing page, throttled login), installed as the default admin site by
`stories.apps.EditorsDeskConfig`. Every change an editor saves locks the changed fields against
the pipeline (`base`); events, places and articles each have their page.
"""

from stories.admin import articles, events, places, stories

__all__ = ["articles", "events", "places", "stories"]
