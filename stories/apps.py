from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import post_migrate


class StoriesConfig(AppConfig):
    default = True  # `"stories"` in INSTALLED_APPS means this one, not the admin's below
    name = "stories"
    verbose_name = "Stories"

    def ready(self) -> None:
        # Story versions listen to saves; the deploy checks to the settings.
        from stories import caching, versions  # noqa: F401
        from stories.editors import ensure_editors_group

        # The editors' group comes back after a flush, as permissions do (stories.editors).
        post_migrate.connect(ensure_editors_group, sender=self, dispatch_uid="editors-group")


class EditorsDeskConfig(admin_apps.AdminConfig):
    """Django's admin, with the editors' desk (stories/admin_site.py) as its default site."""

    default = False
    default_site = "stories.admin_site.EditorsDeskSite"
