"""The editors' desk: the Django admin, arranged for people who correct stories.

Every change an editor saves locks the changed fields against the pipeline (`base`); the review
queue (`review`) is the landing page; events, places and articles each have their page.
"""

from django.contrib import admin

from stories.admin import articles, events, places, stories
from stories.admin.review import show_review_queue_on_index
from stories.throttle import ThrottledAdminLoginForm

__all__ = ["articles", "events", "places", "stories"]

show_review_queue_on_index(admin.site)
# A few wrong passwords, then a cool-down (stories/throttle.py).
admin.site.login_form = ThrottledAdminLoginForm
