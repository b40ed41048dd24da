"""A dateline below a page's top matter: headline, byline, time stamp, caption, standfirst."""

import datetime

import pytest

from stories.datelines import find_dateline
from stories.ingestion.html import read_html
from stories.ingestion.text import read_text
from tests.extracting import event_of

_LEAD = "MOSCOW (AP) — Russia on Friday warned Ukraine against joining NATO, a spokesman said."
_MORE = "\n\nThe warning came after talks in Kyiv, officials said on Friday."


def _city(text: str) -> str | None:
    dateline = find_dateline(text)
    return None if dateline is None else text[dateline.city_start : dateline.city_end]


@pytest.mark.parametrize(
    "above",
    [
        "Russia warns Ukraine",
        "Russia warns Ukraine\nBy Jane Doe, Associated Press",
        "Russia warns Ukraine\n\nBy Jane Doe, AP\n\nUpdated 3:41 PM EDT, Tue May 21, 2019",
        "Updated 3:41 PM EDT, Tue May 21, 2019",
    ],
)
def test_a_dateline_below_a_headline_byline_or_time_stamp_line_is_read(above):
    assert _city(f"{above}\n\n{_LEAD}{_MORE}") == "MOSCOW"


def test_a_dateline_below_a_photo_caption_is_read():
    caption = "Vladimir Putin speaks in Moscow on Thursday. (AP Photo/Ivan Sekretarev)"

    assert _city(f"Russia warns Ukraine\n\n{caption}\n\n{_LEAD}{_MORE}") == "MOSCOW"


def test_a_dateline_below_a_one_sentence_standfirst_is_read():
    standfirst = (
        "Russia has warned Ukraine against joining NATO, raising tensions across the region "
        "after weeks of talks between the two governments."
    )

    assert _city(f"{standfirst}\n\n{_LEAD}{_MORE}") == "MOSCOW"


def test_a_dateline_below_a_paragraph_of_prose_is_not_read():
    prose = (
        "Russia warned Ukraine on Friday against joining the alliance. Kyiv said it would "
        "answer in time, after talking with its partners in Europe."
    )

    assert find_dateline(f"{prose}\n\n{_LEAD}{_MORE}") is None


def test_a_dateline_below_more_top_matter_lines_than_a_page_puts_there_is_not_read():
    # Five short lines, none of them prose: past top_matter.TOP_LINES the top is over.
    above = "Russia warns Ukraine\n\nBy Jane Doe, AP\n\nUpdated 3:41 PM EDT, Tue May 21, 2019"
    above += "\n\nWorld news\n\nMore from Europe"

    assert find_dateline(f"{above}\n\n{_LEAD}{_MORE}") is None


def test_a_short_paragraph_of_prose_below_a_one_sentence_lead_ends_the_top_matter():
    # A one-sentence lead reads like a standfirst, but the short sentence below it is prose,
    # no headline, byline or time stamp: the story has begun, and a colon dateline further
    # down ("SYDNEY: Australian shares fell too.") is in its body.
    lead = (
        "Shares fell across Asia on Thursday after the Federal Reserve signalled more rate "
        "rises, traders said, with Tokyo's main index down 2 percent"
    )
    text = f"{lead}\n\nAnalysts expect more losses.\n\nSYDNEY: Australian shares fell too."

    assert find_dateline(text) is None


def test_a_time_stamp_that_ends_on_an_abbreviation_is_still_top_matter():
    text = f"Russia warns Ukraine\n\nPosted May 21, 2019 at 3:41 p.m.\n\n{_LEAD}{_MORE}"

    assert _city(text) == "MOSCOW"


def test_a_headline_shaped_like_a_dateline_below_a_headline_is_no_dateline():
    text = f"Strikes in Britain\n\nLONDON: Strikes go on\n\n{_LEAD}"

    assert _city(text) != "LONDON"


def test_a_file_photo_caption_below_a_headline_is_no_dateline():
    text = "Russia warns Ukraine\n\nFILE - In this photo, Putin speaks in Moscow on Thursday."

    assert find_dateline(f"{text}{_MORE}") is None


def test_a_caption_that_opens_with_its_own_dateline_does_not_hide_the_lead_s():
    # Wire captions open on a dateline of their own ("KABUL, Afghanistan - Afghan men wait …
    # (AP Photo/…)"): the caption is top matter, and the lead's dateline below it is read.
    caption = "MOSCOW, Russia - Vladimir Putin speaks on Thursday. (AP Photo/Ivan Sekretarev)"

    dateline = find_dateline(f"Russia warns Ukraine\n\n{caption}\n\n{_LEAD}{_MORE}")

    assert dateline is not None and dateline.agency == "AP"


def test_a_file_photo_caption_that_opens_the_page_is_no_dateline():
    caption = "FILE - In this May 5 file photo, Putin speaks. (AP Photo/Ivan Sekretarev)"

    assert _city(f"{caption}\n\n{_LEAD}{_MORE}") == "MOSCOW"


def test_a_speaker_before_a_colon_below_a_heading_is_no_dateline():
    text = "Full transcript\n\nHOLT: Mr President, thank you for joining us tonight."

    assert find_dateline(text) is None


def test_a_great_city_before_a_colon_below_a_headline_is_a_dateline():
    text = "Strikes in Britain\n\nLONDON: Strikes went on across the capital, unions said."

    assert _city(text) == "LONDON"


_PAGE = """<html><head><title>Russia warns Ukraine</title></head><body><article>
<h1>Russia warns Ukraine</h1>
<p class="byline">By Jane Doe, Associated Press</p>
<p class="date">Updated 3:41 PM EDT, Tue May 21, 2019</p>
<p>MOSCOW (AP) — Russia on Friday warned Ukraine against joining NATO, a Kremlin spokesman
said, raising tensions across the region after weeks of talks.</p>
<p>The warning came after talks in Kyiv, officials said on Friday, and the two sides traded
accusations over the border.</p>
<p>Ukraine's foreign ministry said it would respond in due course, and that it was consulting
with its partners in Europe.</p>
</article></body></html>"""


def test_an_html_page_s_dateline_below_its_time_stamp_is_read_from_the_stored_text():
    record = read_html(_PAGE, source="page.html")[0]

    assert _city(record.text) == "MOSCOW"


def test_an_html_page_s_lead_event_takes_the_dateline_below_its_time_stamp():
    record = read_html(_PAGE, source="page.html")[0]

    event = event_of(record.text, "warn", datetime.date(2019, 5, 24))

    assert event.place is not None and event.place.name == "Moscow"


def test_a_pasted_page_s_dateline_below_headline_byline_and_caption_is_read():
    page = (
        "Russia warns Ukraine\n\nBy Jane Doe, Associated Press\n\n"
        "Vladimir Putin speaks in Moscow on Thursday. (AP Photo/Ivan Sekretarev)\n\n"
        f"{_LEAD}{_MORE}\n"
    )
    record = read_text(page, source="page.txt")[0]

    assert _city(record.text) == "MOSCOW"
