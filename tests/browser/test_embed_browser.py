"""The embed on a newsroom's page: a second loopback origin frames the snippet from the dialog.

The live server answers on http://localhost:PORT; the host page is served from
http://127.0.0.1:OTHER, a different origin, as a newsroom's site would be. The snippet is read
from the story page's Embed dialog in the browser, exactly as an editor would copy it.
"""

import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

pytestmark = pytest.mark.browser

EMBED_FRAME = "iframe[data-newsmap-embed]"


class HostSite:
    """A newsroom's site on its own origin: serves the pages a test gives it, by path."""

    def __init__(self) -> None:
        self.pages: dict[str, str] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = site.pages.get(self.path)
                if body is None:
                    self.send_error(404)
                    return
                data = body.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()

    def publish(self, path: str, body_html: str) -> str:
        self.pages[path] = (
            "<!doctype html><html><head><meta charset='utf-8'><link rel='icon' href='data:,'>"
            "<title>Newsroom article</title>"
            f"</head><body><h1>Our article</h1>{body_html}</body></html>"
        )
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}{path}"

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


@pytest.fixture
def host_site() -> Iterator[HostSite]:
    site = HostSite()
    yield site
    site.close()


@pytest.fixture
def dialog_snippet(seed, open_story):
    """Open the story's Embed dialog, choose map and chronology, and copy the snippet."""

    def copy(view: str = "both") -> str:
        page = open_story(seed)
        page.get_by_role("button", name="Embed").click()
        page.locator(f'#embed-options input[name="view"][value="{view}"]').check()
        if view != "map":
            page.wait_for_function(
                f"() => document.getElementById('embed-snippet').value.includes('view={view}')"
            )
        page.get_by_role("button", name="Copy").click()
        page.get_by_text("Copied.").wait_for()
        return page.locator("#embed-snippet").input_value()

    return copy


def embed_frame(page):
    """The embed's Frame (Playwright reaches into cross-origin frames), once its map has data."""
    frame = page.locator(EMBED_FRAME).element_handle().content_frame()
    frame.wait_for_function("() => document.documentElement?.dataset.mapReady === 'true'")
    return frame


def test_the_snippet_from_the_dialog_renders_the_map_on_another_origin(
    seed, dialog_snippet, host_site, page
):
    snippet = dialog_snippet()
    url = host_site.publish("/article.html", snippet)

    page.goto(url)
    frame = embed_frame(page)

    assert frame.locator(".leaflet-container").count() == 1
    assert frame.locator(".leaflet-marker-pane .nm-marker").count() == len(seed.pinned_places)
    assert not frame.url.startswith(url.rsplit("/", 1)[0])


def test_the_host_script_resizes_the_iframe_to_the_embeds_height(
    seed, dialog_snippet, host_site, page
):
    snippet = dialog_snippet()
    snippet_height = int(re.search(r'height="(\d+)"', snippet).group(1))
    # A narrow article column: map and chronology stack, so the embed is taller than the snippet.
    url = host_site.publish("/column.html", f'<div style="width: 420px">{snippet}</div>')

    page.goto(url)
    frame = embed_frame(page)
    # While the frame is still navigating it has no document element yet: keep polling.
    frame.wait_for_function("() => Number(document.documentElement?.dataset.embedHeight) > 0")
    reported = frame.evaluate("Number(document.documentElement.dataset.embedHeight)")
    page.wait_for_function(
        f"() => Math.round(document.querySelector('{EMBED_FRAME}').getBoundingClientRect().height)"
        f" === {reported}"
    )

    assert reported != snippet_height


def test_a_host_script_that_loads_after_the_embed_reported_still_resizes_the_iframe(
    seed, dialog_snippet, host_site, page
):
    # The snippet loads the script async: on a slow host page it can arrive after the embed has
    # posted its only height message, which then reached no listener.
    snippet = dialog_snippet()
    iframe_only, script = snippet.split("<script", 1)
    script_src = re.search(r'src="([^"]+)"', script).group(1)
    url = host_site.publish("/late.html", f'<div style="width: 420px">{iframe_only}</div>')

    page.goto(url)
    frame = embed_frame(page)
    frame.wait_for_function("() => Number(document.documentElement?.dataset.embedHeight) > 0")
    reported = frame.evaluate("Number(document.documentElement.dataset.embedHeight)")
    page.add_script_tag(url=script_src)

    page.wait_for_function(
        f"() => Math.round(document.querySelector('{EMBED_FRAME}').getBoundingClientRect().height)"
        f" === {reported}"
    )


def test_without_the_script_the_iframe_keeps_its_given_height(
    seed, dialog_snippet, host_site, page
):
    snippet = dialog_snippet("map")
    iframe_only = snippet.split("<script", 1)[0]
    url = host_site.publish("/no-script.html", iframe_only)

    page.goto(url)
    embed_frame(page)

    height = page.evaluate(
        f"document.querySelector('{EMBED_FRAME}').getBoundingClientRect().height"
    )
    assert round(height) == int(re.search(r'height="(\d+)"', iframe_only).group(1))


def test_the_story_page_itself_cannot_be_framed_by_another_origin(
    seed, host_site, page, live_server
):
    story_url = f"{live_server.url}{seed.story.get_absolute_url()}"
    url = host_site.publish("/framed.html", f'<iframe id="story" src="{story_url}"></iframe>')

    page.goto(url)
    frame = page.locator("#story").element_handle().content_frame()
    frame.wait_for_load_state()

    assert frame.url.startswith("chrome-error://")
    assert frame.locator(".story-header").count() == 0


def test_the_embed_logs_no_errors_and_asks_only_its_server_and_the_tiles(
    seed, dialog_snippet, host_site, page, browser_log, live_server, tile_server
):
    snippet = dialog_snippet()
    url = host_site.publish("/article.html", snippet)
    browser_log.console_errors.clear()
    browser_log.requests.clear()

    page.goto(url)
    embed_frame(page)

    assert browser_log.console_errors == []
    assert browser_log.page_errors == []
    host = url.split("/")[2]
    assert browser_log.hosts() <= {host, live_server.url.split("/")[2], tile_server.host}
