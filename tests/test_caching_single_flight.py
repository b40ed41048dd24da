"""After a save, threads that ask for the same page at once build it once between them."""

import threading
import time

from django.http import HttpResponse
from django.test import RequestFactory

from stories import caching
from stories.versions import StoryVersion


def test_concurrent_misses_of_one_key_build_the_page_once(monkeypatch):
    version = StoryVersion(story_id=1, number=7, changed_at=None)
    monkeypatch.setattr(caching, "story_version", lambda request, slug: version)
    builds = []

    @caching.cache_story_response
    def slow_view(request, slug):
        builds.append(slug)
        time.sleep(0.2)  # long enough for every other thread to arrive and wait
        return HttpResponse("page")

    request = RequestFactory().get("/stories/single-flight/")
    threads = [
        threading.Thread(target=slow_view, args=(request,), kwargs={"slug": "single-flight"})
        for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert builds == ["single-flight"]
