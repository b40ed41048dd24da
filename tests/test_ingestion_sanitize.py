"""Display HTML goes through nh3: nothing executable or styled survives."""

from stories.ingestion.sanitize import sanitize_html


def test_script_elements_are_removed_with_their_content():
    html = "<p>Text</p><script>steal()</script>"

    cleaned = sanitize_html(html)

    assert cleaned == "<p>Text</p>"


def test_event_handlers_and_style_attributes_are_removed():
    html = '<p style="color:red" onclick="steal()" onmouseover="x()">Text</p>'

    cleaned = sanitize_html(html)

    assert cleaned == "<p>Text</p>"


def test_javascript_urls_are_removed():
    html = '<a href="javascript:alert(1)">x</a>'

    cleaned = sanitize_html(html)

    assert "javascript" not in cleaned


def test_http_links_are_kept_with_a_safe_rel():
    html = '<a href="https://example.org/a" target="_blank">x</a>'

    cleaned = sanitize_html(html)

    assert cleaned == '<a href="https://example.org/a" rel="noopener noreferrer nofollow">x</a>'


def test_iframes_and_forms_are_removed():
    html = '<iframe src="https://e.example"></iframe><form><input name="q"></form><p>ok</p>'

    cleaned = sanitize_html(html)

    assert cleaned == "<p>ok</p>"


def test_empty_paragraphs_left_by_cleaning_are_dropped():
    html = "<p></p><p>Kept</p><p> </p>"

    cleaned = sanitize_html(html)

    assert cleaned == "<p>Kept</p>"


def test_blank_input_gives_empty_string():
    html = "   "

    cleaned = sanitize_html(html)

    assert cleaned == ""
