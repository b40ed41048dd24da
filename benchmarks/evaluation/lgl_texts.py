"""LGL articles as the real-news yardstick reads them: text and publication day by docid.

The LGL blind batch (tests/data/realnews-lgl/) annotates events in LGL's local news
(`../shared/eval/lgl/lgl.xml`). Its gold offsets refer to each article's `<text>` exactly as
ElementTree returns the CDATA (headline first, nothing stripped), so that is the text given here.
LGL has no publication date field; the day written in the article's URL (`/20090320/`,
`_20090320-`, `/2009/03/30/`) is the paper's own, so it is preferred, and the day of the crawler's
`dltime` stands in when the URL has none. The gold's `published` follows the same rule.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from stories.ingestion import pubday

LGL_XML = Path(__file__).resolve().parents[3] / "shared" / "eval" / "lgl" / "lgl.xml"
# The compact form "/20090320/", "_20090320-", which the product's reader does not trust (a
# page id may look like one) but which these papers' URLs all use.
_COMPACT_DAY = re.compile(r"(?<!\d)(20\d\d)(\d\d)(\d\d)(?!\d)")


@dataclass(frozen=True)
class LglText:
    """One LGL article: the text gold offsets refer to and the day it was published."""

    docid: str
    url: str
    text: str
    published: dt.date


def url_day(url: str) -> dt.date | None:
    """The day a URL's path writes as the product reads it (pubday.url_day: "/2009/03/30/"),
    else the first valid compact YYYYMMDD, or None."""
    day = pubday.url_day(url)
    if day is not None:
        return day
    for match in _COMPACT_DAY.finditer(url):
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            continue
    return None


def published_day(url: str, dltime: str) -> dt.date:
    """The URL's day when it has one, else the day of the download time ("2009-03-24 14:28:…")."""
    return url_day(url) or dt.date.fromisoformat(dltime.strip()[:10])


@lru_cache(maxsize=4)
def read_lgl_texts(path: Path = LGL_XML) -> dict[str, LglText]:
    """Every article of an LGL file by docid (parsed once per path: a batch asks for many)."""
    articles = {}
    for node in ET.parse(path).getroot().iter("article"):
        docid = node.get("docid", "")
        url = node.findtext("url", "").strip()
        published = published_day(url, node.findtext("dltime", ""))
        articles[docid] = LglText(docid, url, node.findtext("text", ""), published)
    return articles
