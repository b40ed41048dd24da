"""Sanitize HTML that is kept for display.

Article HTML comes from third parties and will be rendered in our pages, so
everything kept for display goes through nh3 (a Rust allow-list sanitizer):
no scripts, no event handlers, no ``javascript:`` URLs, no inline styles,
no iframes or forms.  Only structural and text-level tags survive.
"""

from __future__ import annotations

import re

import nh3

_EMPTY_BLOCK_RE = re.compile(r"<(p|li|h[2-6]|blockquote)>(?:\s|&nbsp;|<br>)*</\1>")
# A Python str holds a surrogate only when it is unpaired (JSON's "\ud800" escape decodes to
# one): no encoder accepts it, so nh3, the database and the terminal would all raise.
_LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")

ALLOWED_TAGS: frozenset[str] = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del",
        "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr",
        "i", "img", "ins", "li", "mark", "ol", "p", "pre", "q", "s", "small", "strong",
        "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr",
        "u", "ul",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "time": {"datetime"},
    "abbr": {"title"},
    "q": {"cite"},
    "blockquote": {"cite"},
}
ALLOWED_URL_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto"})


def replace_lone_surrogates(text: str) -> str:
    """``text`` with every unpaired surrogate replaced by U+FFFD, as a UTF-8 decoder would."""
    return _LONE_SURROGATE_RE.sub("\ufffd", text)


def sanitize_html(fragment: str) -> str:
    """Return ``fragment`` reduced to the display allow-list.

    ``script``/``style`` elements are removed with their content; every other
    disallowed tag is unwrapped (its text kept).  Links get
    ``rel="noopener noreferrer nofollow"`` because they point off-site.
    """
    if not fragment or not fragment.strip():
        return ""
    cleaned = nh3.clean(
        replace_lone_surrogates(fragment),
        tags=set(ALLOWED_TAGS),
        clean_content_tags={"script", "style", "noscript", "template", "iframe", "object", "svg"},
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=set(ALLOWED_URL_SCHEMES),
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )
    return _EMPTY_BLOCK_RE.sub("", cleaned).strip()
