"""The editors' desk: the Django admin, arranged for people who correct stories.

Every change an editor saves locks the changed fields against the pipeline (`base`); the review
queue (`review`) is the landing page; events, places and articles each have their page.
"""

from django.contrib import admin

from stories.admin import articles, events, places, stories
from stories.admin.review import show_review_queue_on_index

__all__ = ["articles", "events", "places", "stories"]

show_review_queue_on_index(admin.site)
