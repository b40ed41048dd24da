"""The editors' desk as an admin site of its own, installed as Django's default admin site.

`EditorsDeskConfig` (stories/apps.py) names it in `AdminConfig.default_site`, so `admin.site`,
`@admin.register` and `admin.site.urls` all mean this site: its landing page is the review
queue, and its login form throttles wrong passwords (stories/throttle.py). It lives outside the
`stories.admin` package because that package's modules register on it as they are imported.
"""

from __future__ import annotations

from django.contrib.admin import AdminSite
from django.http import HttpRequest, HttpResponse

from stories.review import review_queue
from stories.throttle import ThrottledAdminLoginForm


class EditorsDeskSite(AdminSite):
    site_header = "Newsmap editors' desk"
    site_title = "Newsmap editors' desk"
    index_title = "Review queue"
    index_template = "admin/editors_desk_index.html"
    login_form = ThrottledAdminLoginForm

    def index(self, request: HttpRequest, extra_context: dict | None = None) -> HttpResponse:
        """The landing page: what needs a human, story by story, above the app list."""
        context = {"review_queue": review_queue(request.user), **(extra_context or {})}
        return super().index(request, extra_context=context)
