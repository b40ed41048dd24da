from django.apps import AppConfig


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = "Stories"

    def ready(self) -> None:
        # Cache invalidation listens to saves; the deploy check to the settings.
        from stories import caching  # noqa: F401
