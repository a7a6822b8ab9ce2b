"""Article metadata found in the text itself: front matter, date prefix, headline, file name.

Every function here is pure (text in, values out) so the readers in ``pipeline.readers``
stay short and each rule can be tested alone.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any

import yaml

log = logging.getLogger(__name__)

# Where a publication date came from (the ``published_source`` column).
SOURCE_JSON = "json"
SOURCE_FRONT_MATTER = "front_matter"
SOURCE_HTML = "html"
SOURCE_INLINE = "inline"
SOURCE_FILENAME = "filename"
SOURCE_NONE = "none"

# A headline first line has at most this many words.
MAX_HEADLINE_WORDS = 20

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")
_WRITTEN_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%Y/%m/%d", "%d.%m.%Y")
# The user's corpus starts some texts with " date 2023-11-16 " before the first sentence.
_INLINE_DATE = re.compile(r"\A\s*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+|[ \t]*\n\s*|\Z)", re.I)
_FILENAME_DATE = re.compile(r"(?<!\d)(\d{4})[-_](\d{2})[-_](\d{2})(?!\d)")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def parse_date(value: Any) -> date | None:
    """A calendar date from a metadata value, or ``None`` when it is not a valid date.

    Accepts ``date``/``datetime`` objects, ISO 8601 strings ("2023-11-16",
    "2023-11-16T09:30:00Z"), RFC 2822 strings ("Thu, 16 Nov 2023 09:30:00 GMT") and
    written dates ("16 November 2023", "Nov 16, 2023").

    Limits: the date is taken as written, without converting a time zone (a timestamp
    just before midnight UTC stays on its UTC day). Impossible dates such as
    "2023-02-30" give ``None``. Numbers (Unix timestamps) are not read. Dates in the
    future are kept.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    if match := _ISO_DATE.match(text):
        return _date_or_none(*(int(part) for part in match.groups()))
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    for pattern in _WRITTEN_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return _parse_free_date(text[:100])


@lru_cache(maxsize=4096)
def _parse_free_date(text: str) -> date | None:
    """Any other written date with day, month and year ("Wednesday, March 11, 2015 7:42
    PM EST", "28th Jan. 2014"), read by dateparser (English only, all three parts required,
    never relative to today)."""
    if not any(ch.isdigit() for ch in text):
        return None
    import dateparser  # imported late: slow to load, and most metadata is ISO

    try:
        parsed = dateparser.parse(
            text,
            languages=["en"],
            settings={"STRICT_PARSING": True, "PARSERS": ["absolute-time"]},
        )
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    return parsed.date() if parsed else None


def _date_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


class _StringDateLoader(yaml.SafeLoader):
    """YAML safe loader that leaves timestamps as strings.

    PyYAML's own loader raises on "2023-02-30"; here :func:`parse_date` decides.
    """


_StringDateLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Split YAML front matter (``---`` lines around it, at the very top) from the text.

    Returns:
        The front matter as a dict and the text after it. When there is no front
        matter, or it is not valid YAML, or not a mapping, returns ``({}, text)``:
        the text is kept whole and nothing is recorded from the block (a warning is
        logged).

    Limits: only YAML front matter (``---``), not TOML (``+++``).
    """
    match = _FRONT_MATTER.match(text)
    if match is None:
        return {}, text
    try:
        fields = yaml.load(match.group(1) or "", Loader=_StringDateLoader)
    except yaml.YAMLError as exc:
        log.warning("front matter is not valid YAML, kept in the text: %s", exc)
        return {}, text
    if fields is None:
        fields = {}
    if not isinstance(fields, dict):
        log.warning("front matter is not a mapping, kept in the text")
        return {}, text
    return {str(key): value for key, value in fields.items()}, text[match.end() :]


def strip_inline_date(text: str) -> tuple[str | None, str]:
    """Remove the ``date YYYY-MM-DD`` prefix the user's corpus puts before the first word.

    Returns:
        The date string as written (still to be checked by :func:`parse_date`) and the
        text without the prefix; ``(None, text)`` when there is no prefix. The prefix is
        removed even when its date is impossible: it is never article text.
    """
    match = _INLINE_DATE.match(text)
    if match is None:
        return None, text
    return match.group(1), text[match.end() :]


def filename_date(name: str) -> date | None:
    """A valid ``YYYY-MM-DD`` (or ``YYYY_MM_DD``) date in a file name, else ``None``."""
    for match in _FILENAME_DATE.finditer(name):
        found = _date_or_none(*(int(part) for part in match.groups()))
        if found is not None:
            return found
    return None


def headline(text: str) -> str | None:
    """The first line of the text when it reads as a headline, else ``None``.

    A headline is a non-empty first line of at most ``MAX_HEADLINE_WORDS`` words that does
    not end with a full stop (or ``,;:``) and is followed by a blank line. A Markdown
    heading's ``#`` marks are dropped from the returned title. The line stays in the
    text: offsets are not changed.

    Limits: a short first sentence without a full stop followed by a blank line (a
    dateline such as "LONDON" on its own) is taken as a headline too.
    """
    first, newline, rest = text.lstrip("\n").partition("\n")
    first = first.strip()
    if not first or not newline or not rest.startswith(("\n", " \n", "\t\n")):
        return None
    if first.endswith((".", ",", ";", ":")) or len(first.split()) > MAX_HEADLINE_WORDS:
        return None
    title = first.lstrip("#").strip()
    return title or None


def text_value(value: Any) -> str | None:
    """A metadata value as a stripped one-line string, or ``None`` when it is not text."""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        flat = " ".join(str(value).split())
        return flat or None
    return None
