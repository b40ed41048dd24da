from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class StoriesConfig(AppConfig):
    default = True  # `"stories"` in INSTALLED_APPS means this one, not the admin's below
    name = "stories"
    verbose_name = "Stories"

    def ready(self) -> None:
        # Story versions listen to saves; the deploy checks to the settings.
        from stories import caching, versions  # noqa: F401


class EditorsDeskConfig(admin_apps.AdminConfig):
    """Django's admin, with the editors' desk (stories/admin_site.py) as its default site."""

    default = False
    default_site = "stories.admin_site.EditorsDeskSite"
