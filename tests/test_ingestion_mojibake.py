"""Broken characters in real news are mended at ingestion, correct text is never touched."""

import datetime as dt
import time

import pytest

from stories.ingestion.mojibake import repair_mojibake, repair_text
from stories.ingestion.readers import read_source
from stories.ingestion.records import ArticleRecord
from stories.ingestion.text import read_text

# --- UTF-8 read as cp1252 / latin-1: re-encoded and decoded as UTF-8 ---------------------------


def test_a_cp1252_read_apostrophe_becomes_the_apostrophe():
    assert repair_text("Minnesota\u00e2\u20ac\u2122s school") == "Minnesota\u2019s school"


def test_cp1252_read_curly_quotes_become_curly_quotes():
    broken = "\u00e2\u20ac\u0153Fear is setting in,\u00e2\u20ac\x9d said Moore."

    assert repair_text(broken) == "\u201cFear is setting in,\u201d said Moore."


def test_a_latin1_read_accented_letter_becomes_the_letter():
    mended = repair_text("the caf\u00c3\u00a9 in S\u00c3\u00a3o Paulo")

    assert mended == "the caf\u00e9 in S\u00e3o Paulo"


def test_a_cp1252_read_no_break_space_becomes_the_space():
    assert repair_text("a 10\u00c2\u00a0km walk") == "a 10\u00a0km walk"


def test_a_no_break_space_that_lost_its_second_byte_leaves_no_a_circumflex():
    assert repair_text("a 10\u00c2 km walk.\u00c2 Then") == "a 10 km walk. Then"


def test_a_cp1252_read_em_dash_becomes_the_dash():
    assert repair_text("KANSAS CITY, Mo. \u00e2\u20ac\u201d Tens") == "KANSAS CITY, Mo. \u2014 Tens"


# --- UTF-8 read lossily: "â" left with a space or nothing, repaired by its context --------------


@pytest.mark.parametrize(
    ("broken", "mended"),
    [
        ("Minnesota\u00e2 s school", "Minnesota\u2019s school"),
        ("Tuesday\u00e2\u20acs storm", "Tuesday\u2019s storm"),
        ("she couldn\u00e2 t believe it", "she couldn\u2019t believe it"),
        ("We\u00e2 re seeing that", "We\u2019re seeing that"),
        ("they\u00e2 ll come", "they\u2019ll come"),
        ("I\u00e2 m sure", "I\u2019m sure"),
    ],
)
def test_a_lossy_apostrophe_before_a_possessive_or_contraction_is_mended(broken, mended):
    assert repair_text(broken) == mended


def test_a_lossy_dash_keeps_its_last_byte_and_is_decoded():
    assert repair_text("Gary Dahms, R-Redwood Falls \u00e2 \u201c joined") == (
        "Gary Dahms, R-Redwood Falls \u2013 joined"
    )
    assert repair_text("KANSAS CITY, Mo. \u00e2 \u201d Tens") == "KANSAS CITY, Mo. \u2014 Tens"


def test_a_lossy_bullet_is_decoded():
    mended = repair_text("also discussed:\u00e2 \u00a2 canceling")

    assert mended == "also discussed:\u2022 canceling"


def test_lossy_quote_marks_become_opening_and_closing_quotes_in_turn():
    broken = (
        "began to take its toll. \u00e2 Fear is setting in,\u00e2 said Adam Moore. "
        "\u00e2 We\u00e2 re seeing that on the streets. \u00e2 As of 8:15 p.m."
    )

    assert repair_text(broken) == (
        "began to take its toll. \u201cFear is setting in,\u201d said Adam Moore. "
        "\u201cWe\u2019re seeing that on the streets.\u201d As of 8:15 p.m."
    )


def test_a_lossy_closing_quote_after_a_question_mark_closes_the_quote():
    broken = "\u00e2 Can you imagine it? \u00e2 she said."

    assert repair_text(broken) == "\u201cCan you imagine it?\u201d she said."


def test_an_open_lossy_quote_does_not_run_into_the_next_paragraph():
    broken = "\u00e2 It was cold.\n\n\u00e2 We stayed in, \u00e2 she said."

    assert repair_text(broken) == "\u201cIt was cold.\n\n\u201cWe stayed in,\u201d she said."


def test_an_open_lossy_quote_does_not_run_into_the_next_html_paragraph():
    broken = "<p>\u00e2 It was cold.</p><p>\u00e2 We stayed in,\u00e2 she said.</p>"

    assert repair_text(broken, entities=False) == (
        "<p>\u201cIt was cold.</p><p>\u201cWe stayed in,\u201d she said.</p>"
    )


# --- entities escaped twice -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("broken", "mended"),
    [
        ("Minnesota&amp;#8217;s school", "Minnesota\u2019s school"),
        ("Minnesota&#8217;s school", "Minnesota\u2019s school"),
        ("&amp;quot;No,&amp;quot; he said", '"No," he said'),
        ("caf&amp;eacute; owner", "caf\u00e9 owner"),
        ("it&#x2019;s", "it\u2019s"),
        ("Minnesota&amp;amp;#8217;s school", "Minnesota\u2019s school"),
    ],
)
def test_escaped_entities_left_in_the_text_are_unescaped(broken, mended):
    assert repair_text(broken) == mended


# --- correct text stays as it is --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We ate p\u00e2t\u00e9 at the ch\u00e2teau.",
        "N\u00e2z\u0131m Hikmet wrote it.",
        "Il a l'\u00e2ge de raison, \u00e2me et c\u0153ur.",
        "Nguyen Van L\u00e2m said the T\u00e2n Son Nhat airport reopened.",
        "C\u00e2t co\u0219t\u0103? Rom\u00e2nia and C\u00e2mpina.",
        "The \u201cCAF\u00c9\u201d sign in S\u00c3O PAULO is gone.",
        "Mr. O\u2019Brien\u2019s team \u2014 the best \u2013 won \u201cagain\u201d.",
        "AT&T, Q&A and R&D; Barnes & Noble; &c.",
        "Prices rose 5\u00a0% \u00b7 \u00a9 2009 \u00ae \u00bd \u00ab oui \u00bb.",
        "Se\u00f1or Mu\u00f1oz and Fran\u00e7ois met in Z\u00fcrich and M\u00e1laga.",
    ],
)
def test_correct_text_is_left_unchanged(text):
    assert repair_text(text) == text


def test_an_entity_naming_no_character_is_left_as_written():
    assert repair_text("a &#0; b &#55296; c &#1114112;") == "a &#0; b &#55296; c &#1114112;"


def test_an_ambiguous_two_byte_run_that_decodes_to_an_unlikely_letter_is_left():
    # "É" then a closing quote would re-decode to U+0254, an IPA letter no news text holds.
    assert repair_text("said \u201cOL\u00c9\u201d twice") == "said \u201cOL\u00c9\u201d twice"


# --- offsets: the repair says where every old position went ----------------------------------


def test_the_repair_maps_old_offsets_to_new_ones():
    text = "Minnesota\u00e2\u20ac\u2122s school and Weâ re here"
    repair = repair_mojibake(text)

    assert repair.text == "Minnesota\u2019s school and We\u2019re here"
    for word in ("school", "here", "Minnesota"):
        assert repair.text[repair.offset(text.index(word)) :].startswith(word)
    assert repair.offset(len(text)) == len(repair.text)


def test_an_unbroken_text_maps_every_offset_to_itself():
    repair = repair_mojibake("Nothing is broken here.")

    assert repair.text == "Nothing is broken here." and repair.offset(8) == 8


# --- ingestion ------------------------------------------------------------------------------


def test_read_text_stores_the_mended_text_and_keeps_the_raw_payload():
    raw = (
        "Flood fight goes on\n\nFARGO \u00e2 \u201d The river rose on Tuesday, and the "
        "city\u00e2 s mayor said they couldn\u00e2 t rest until the crest passed.\n"
    )

    record = read_text(raw, source="t.txt")[0]

    assert "city\u2019s mayor" in record.text and "couldn\u2019t rest" in record.text
    assert "\u00e2" not in record.text
    assert record.raw == raw


def test_a_record_mends_its_title_and_byline():
    record = ArticleRecord(
        source="s",
        input_format="text",
        canonical_url="",
        outlet="",
        title="Fargo\u00e2\u20ac\u2122s flood fight",
        byline="Jos\u00c3\u00a9 Ruiz",
        published=None,
        modified=None,
        raw="x",
        text="A text.",
        display_html="",
    )

    assert record.title == "Fargo\u2019s flood fight" and record.byline == "Jos\u00e9 Ruiz"


def test_a_paragraph_ending_in_a_lossy_quote_mark_is_still_prose():
    raw = (
        "Flood fight goes on\n\n"
        "The river rose on Tuesday and volunteers filled bags all night long in the city.\n\n"
        "\u00e2 We will be done by the weekend if the weather holds, \u00e2 he said. "
        "\u00e2 It is going to be close. \u00e2\n"
    )

    text = read_text(raw, source="t.txt")[0].text

    assert text.endswith("he said. \u201cIt is going to be close.\u201d")


def test_display_html_is_mended_but_its_entities_stay_markup():
    record = ArticleRecord(
        source="s",
        input_format="html",
        canonical_url="",
        outlet="",
        title="t",
        byline="",
        published=None,
        modified=None,
        raw="x",
        text="A text.",
        display_html="<p>\u00e2 Fargo\u00e2 s dikes &amp;lt;b&amp;gt; held,\u00e2 he said.</p>",
    )

    assert record.display_html == (
        "<p>\u201cFargo\u2019s dikes &amp;lt;b&amp;gt; held,\u201d he said.</p>"
    )


# "\u2019" read as cp1252 twice over: "\u00e2\u20ac\u2122" read again.
TWICE_BROKEN_APOSTROPHE = "\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2"

# --- bounded work, one pass is enough --------------------------------------------------------


def test_a_long_chain_of_escaped_ampersands_is_mended_in_linear_time():
    chain = "a&" + "amp;" * 250_000 + "x"  # 1 MB

    started = time.perf_counter()
    repair_text(chain)

    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize(
    ("broken", "mended"),
    [
        (
            "Minnesota\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2s school",
            "Minnesota\u2019s school",
        ),
        ("the caf\u00c3\u0192\u00c2\u00a9 owner", "the caf\u00e9 owner"),
        ("\u00c3\u201a\u00c2\u00a9 AP", "\u00a9 AP"),
    ],
)
def test_repairing_twice_equals_repairing_once_on_double_encoded_text(broken, mended):
    once = repair_text(broken)

    assert once == mended and repair_text(once) == once


def test_a_double_encoded_text_maps_old_offsets_to_new_ones():
    text = f"Minnesota{TWICE_BROKEN_APOSTROPHE}s caf\u00c3\u0192\u00c2\u00a9 is open"
    repair = repair_mojibake(text)

    assert repair.text == "Minnesota\u2019s caf\u00e9 is open"
    for word in ("Minnesota", "s caf", "is open"):
        assert repair.text[repair.offset(text.index(word)) :].startswith(word)
    assert repair.offset(len(text)) == len(repair.text)


def test_an_html_dateline_behind_a_broken_dash_still_sets_the_day():
    """02:34 UTC on the 19th is the 19th in Hong Kong, whatever the URL's day (the 18th)."""
    lead = "HONG KONG (AP) \u00e2\u20ac\u201d Asian markets were mixed in early trading Tuesday. "
    filler = "Traders said volumes were thin and the day\u00e2\u20ac\u2122s moves were small. "
    body = "".join(f"<p>{lead if i == 0 else filler * 3}</p>" for i in range(5))
    head = (
        '<meta property="article:published_time" content="2019-11-19T02:34:30Z">'
        '<link rel="canonical" href="https://news.example/2019/11/18/markets/">'
    )
    page = f"<html><head>{head}</head><body><article>{body}</article></body></html>"

    [record] = read_source(page.encode(), source="p.html")

    assert record.text.startswith("HONG KONG (AP) \u2014 Asian")
    assert record.published_day == dt.date(2019, 11, 19)


def test_an_html_page_mends_its_categories_and_tags():
    record = ArticleRecord(
        source="s",
        input_format="html",
        canonical_url="",
        outlet="",
        title="t",
        byline="",
        published=None,
        modified=None,
        raw="x",
        text="A text.",
        display_html="",
        categories=("Caf\u00c3\u00a9 news",),
        tags=("Minnesota\u00e2\u20ac\u2122s schools",),
    )

    assert record.categories == ("Caf\u00e9 news",)
    assert record.tags == ("Minnesota\u2019s schools",)


@pytest.mark.parametrize(
    "text",
    [
        "a &#x202E;reversed b",
        "a &amp;#8238;reversed b",
        "a \u00e2\u20ac\u00aereversed b",
        "a &#x2067;isolated b",
        "a \u00e2\u0081\u00a6isolated b",
    ],
)
def test_an_entity_naming_a_bidi_control_is_left_as_written(text):
    assert repair_text(text) == text


@pytest.mark.parametrize(
    ("broken", "mended"),
    [
        ("the G7\u00e2 s summit", "the G7\u2019s summit"),
        ("the F-35\u00e2 s engine", "the F-35\u2019s engine"),
        ("the 1960\u00e2 s songs", "the 1960\u2019s songs"),
        ("the U.K.\u00e2 s vote", "the U.K.\u2019s vote"),
    ],
)
def test_a_lossy_possessive_after_a_digit_or_abbreviation_is_an_apostrophe(broken, mended):
    assert repair_text(broken) == mended


@pytest.mark.parametrize("text", ["Ion a r\u0103m\u00e2s acas\u0103.", "R\u00e2s de la Dunav."])
def test_a_romanian_word_with_a_real_a_circumflex_before_s_is_untouched(text):
    assert repair_text(text) == text
