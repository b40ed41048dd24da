"""Who reported a story: outlets, bylines and the wire agency behind them, as a reader names them.

An agency's story reprinted by a site is one source, not two: versions of one article
(`Article.version_of`) share one credit line, and the agency keeps its credit ("AP via
viewworld.org"), found in a byline ("Tomas Lindqvist, Meridian Wire") or a dateline
("SEOUL, South Korea (AP) —").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from stories.models import Article

#: Agencies by the names bylines and datelines give them, and the name a reader knows.
AGENCIES = {
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "dpa": "dpa",
    "efe": "EFE",
}
AGENCY_WORDS = re.compile(r"\b(wire|press|news agency|agency)\b", re.IGNORECASE)
DATELINE_AGENCY = re.compile(r"^[^\n]{0,120}?\(([A-Za-z][A-Za-z .-]{1,30})\)\s*[—–-]")


@dataclass
class Credit:
    """One source line: "AP via viewworld.org", its link, and the people who wrote it."""

    outlet: str
    agency: str
    url: str | None
    bylines: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        if self.agency and self.outlet and self.agency != self.outlet:
            return f"{self.agency} via {self.outlet}"
        return self.agency or self.outlet or "Unnamed source"


def web_url(url: str | None) -> str | None:
    return url if url and url.lower().startswith(("https://", "http://")) else None


def agency_name(text: str) -> str:
    known = AGENCIES.get(text.strip().lower())
    if known:
        return known
    return text.strip() if AGENCY_WORDS.search(text) else ""


def split_byline(byline: str) -> tuple[list[str], str]:
    """("Tomas Lindqvist, Meridian Wire") -> (["Tomas Lindqvist"], "Meridian Wire")."""
    byline = re.sub(r"^\s*by\s+", "", byline.strip(), flags=re.IGNORECASE)
    if not byline:
        return [], ""
    people, _, tail = byline.rpartition(",")
    if people and (agency := agency_name(tail)):
        return [people.strip()], agency
    if "," not in byline and (agency := agency_name(byline)):
        return [], agency
    return [byline], ""


def article_credit(article: Article, *, read_dateline: bool = True) -> Credit:
    url = web_url(article.canonical_url)
    outlet = article.outlet.strip()
    if not outlet and url:
        outlet = urlsplit(url).hostname.removeprefix("www.")
    people, agency = split_byline(article.byline)
    if not agency and read_dateline and (match := DATELINE_AGENCY.match(article.text[:200])):
        agency = agency_name(match.group(1))
    return Credit(outlet=outlet, agency=agency, url=url, bylines=people)


def merge(into: Credit, other: Credit) -> Credit:
    """Versions of one article: the linked outlet wins, the agency and bylines are kept."""
    if other.url and not into.url:
        into.url, into.outlet = other.url, other.outlet or into.outlet
    into.outlet = into.outlet or other.outlet
    into.agency = into.agency or other.agency
    into.bylines += [b for b in other.bylines if b not in into.bylines]
    return into


def version_root(article: Article) -> int:
    return article.version_of_id or article.pk


def credits_for(articles: Iterable[Article]) -> list[Credit]:
    """One credit per article and its versions, then one per distinct label, in the given order."""
    by_root: dict[int, Credit] = {}
    for article in articles:
        credit = article_credit(article)
        root = version_root(article)
        by_root[root] = merge(by_root[root], credit) if root in by_root else credit
    by_label: dict[str, Credit] = {}
    for credit in by_root.values():
        if credit.label in by_label:
            merge(by_label[credit.label], credit)
        else:
            by_label[credit.label] = credit
    return list(by_label.values())


@dataclass
class SourceLine:
    """An event's source as the chronology lists it: one line per article (versions merged)."""

    credit: Credit
    quote: str


def source_lines(sources: Iterable) -> list[SourceLine]:
    """EventSource rows (with `article` loaded) as one line per article and its versions.

    Datelines are not read here: the chronology loads articles without their text.
    """
    lines: dict[int, SourceLine] = {}
    for source in sources:
        article = source.article
        credit = article_credit(article, read_dateline=False)
        root = version_root(article)
        if root in lines:
            merge(lines[root].credit, credit)
            lines[root].quote = lines[root].quote or source.quote
        else:
            lines[root] = SourceLine(credit=credit, quote=source.quote)
    return list(lines.values())
