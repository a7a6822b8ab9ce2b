"""The ingest stage: a folder of article files → :class:`~pipeline.article.Article` records.

Every file found gives at least one row, so nothing is lost silently: a file that cannot
be read is a row with status ``error``, one that is not read on purpose (unsupported
type, binary, too large, a duplicate, the corpus README) a row with status ``skipped``,
each with the reason in ``error``. ``.json`` arrays and ``.jsonl`` files give one row
per article.

Choices worth knowing:

- A corpus's ``README`` (any extension) is documentation, not an article: it gets a
  ``skipped`` row with error "corpus documentation (README)".
- Title lines are never added to ``text``: an HTML ``<title>`` or a front-matter
  ``title`` is only in the ``title`` column; a headline first line of a text file stays
  in the text (offsets point into the file's own words).
- Exact duplicates keep their text but are ``skipped``: later stages read only ``ok``.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pyarrow as pa

from pipeline.article import (
    STATUS_EMPTY,
    STATUS_ERROR,
    STATUS_OK,
    STATUS_SKIPPED,
    Article,
    article_id_for,
    content_hash,
)
from pipeline.decode import decode
from pipeline.metadata import (
    SOURCE_FILENAME,
    SOURCE_INLINE,
    filename_date,
    headline,
    parse_date,
    strip_inline_date,
)
from pipeline.readers import Draft, read_html, read_json, read_jsonl, read_plain
from pipeline.schemas import ARTICLES

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20_000_000

# File suffix (lower case) → the reader of that format.
READERS: dict[str, Callable[[str], list[Draft]]] = {
    ".txt": read_plain,
    ".md": read_plain,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
}

# Error text of a corpus's own documentation file (README, README.md, ...).
README_REASON = "corpus documentation (README)"


@dataclass(frozen=True)
class Found:
    """A file (or a link that could not be followed) found under the input folder."""

    rel: str
    path: Path
    status: str | None = None
    error: str | None = None


def ingest(input_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article]:
    """Read every file under ``input_dir`` into articles, in sorted relative-path order.

    Args:
        input_dir: folder of articles, searched recursively. Symbolic links are followed,
            except one that points to a folder enclosing it (a loop: one ``skipped`` row).
        max_bytes: files larger than this are ``skipped`` without being read.

    Yields:
        One :class:`Article` per file, per ``.jsonl`` line (blank lines excepted) and per
        element of a ``.json`` array. ``path`` is relative to ``input_dir`` with ``/``
        separators. Statuses: ``ok``; ``empty`` (no text or only whitespace);
        ``skipped`` (unsupported type, binary content, too large, README, symlink loop,
        or ``duplicate of <path>`` / ``<path>#L<n>`` for the same text as an earlier
        article: its text is kept); ``error`` (unreadable file, malformed JSON, missing
        or non-string text field, broken link).

    Raises:
        NotADirectoryError: when ``input_dir`` is not a folder. A bad file never raises.

    Limits: a file is read whole (up to ``max_bytes``), so memory per file is bounded by
    ``max_bytes``. Duplicates are exact (same text after decoding), not near-duplicates.
    The first published-date source that gives a valid date wins, in this order: JSON
    field, front matter, HTML metadata, the inline ``date YYYY-MM-DD`` prefix, the file
    name.
    """
    root = Path(input_dir)
    if not root.is_dir():
        raise NotADirectoryError(f"not a folder: {root}")
    first_of: dict[str, str] = {}
    for found in find_files(root):
        for article in read_found(found, max_bytes):
            _mark_duplicate(article, first_of)
            yield article


def articles_table(articles: Iterable[Article]) -> pa.Table:
    """The articles as an Arrow table with the ``ARTICLES`` schema (one row each)."""
    return pa.Table.from_pylist([article.row() for article in articles], schema=ARTICLES)


# --- finding files --------------------------------------------------------------------


def find_files(root: Path) -> list[Found]:
    """Every file under ``root``, sorted by relative POSIX path.

    Links to files are listed as files; links to folders are walked unless they point to
    a folder that encloses them. Broken links, link loops and folders that cannot be
    listed are listed with their status and reason.
    """
    found: list[Found] = []
    _walk(root, "", {os.path.realpath(root)}, found)
    return sorted(found, key=lambda item: item.rel)


def _walk(folder: Path, prefix: str, enclosing: set[str], found: list[Found]) -> None:
    try:
        children = sorted(os.scandir(folder), key=lambda child: child.name)
    except OSError as exc:
        rel = prefix.rstrip("/") or "."
        found.append(Found(rel, folder, STATUS_ERROR, f"cannot list folder: {_reason(exc)}"))
        return
    for child in children:
        rel = _display(prefix + child.name)
        path = Path(child.path)
        if child.is_symlink():
            try:
                target = path.resolve(strict=True)
            except FileNotFoundError:
                found.append(Found(rel, path, STATUS_ERROR, "broken symbolic link"))
                continue
            except (RuntimeError, OSError):
                found.append(Found(rel, path, STATUS_SKIPPED, "symbolic link loop"))
                continue
            if target.is_dir():
                if str(target) in enclosing:
                    reason = "symbolic link loop: points to a folder that encloses it"
                    found.append(Found(rel, path, STATUS_SKIPPED, reason))
                else:
                    _walk(path, rel + "/", enclosing | {str(target)}, found)
                continue
        elif child.is_dir(follow_symlinks=False):
            _walk(path, rel + "/", enclosing | {os.path.realpath(path)}, found)
            continue
        found.append(Found(rel, path))


def _display(rel: str) -> str:
    """The relative path as valid Unicode: undecodable name bytes shown as ``\\xNN``."""
    try:
        rel.encode("utf-8")
    except UnicodeEncodeError:
        return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return rel


# --- reading one file -----------------------------------------------------------------


def read_bytes(path: Path, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of the file (one more than allowed shows it is too big)."""
    with open(path, "rb") as handle:
        return handle.read(limit + 1)


def read_found(found: Found, max_bytes: int) -> list[Article]:
    """The articles of one found file; never raises."""
    rel = found.rel
    if found.status is not None:
        return [_row(rel, found.status, found.error)]
    name = PurePosixPath(rel).name
    if name.upper() == "README" or name.upper().startswith("README."):
        return [_row(rel, STATUS_SKIPPED, README_REASON)]
    suffix = PurePosixPath(name).suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        kind = suffix or "(no extension)"
        return [_row(rel, STATUS_SKIPPED, f"unsupported file type {kind}")]
    try:
        info = os.stat(found.path)
        if not stat.S_ISREG(info.st_mode):
            return [_row(rel, STATUS_SKIPPED, "not a regular file")]
        if info.st_size > max_bytes:
            return [_row(rel, STATUS_SKIPPED, _too_large(info.st_size, max_bytes))]
        data = read_bytes(found.path, max_bytes)
    except OSError as exc:
        return [_row(rel, STATUS_ERROR, f"cannot read file: {_reason(exc)}")]
    if len(data) > max_bytes:
        return [_row(rel, STATUS_SKIPPED, _too_large(len(data), max_bytes, grown=True))]
    decoded = decode(data)
    if decoded is None:
        return [_row(rel, STATUS_SKIPPED, "binary content")]
    try:
        drafts = reader(decoded.text)
    except Exception as exc:  # a reader bug must not stop the run: record it on the row
        log.exception("reading %s failed", rel)
        return [_row(rel, STATUS_ERROR, f"{type(exc).__name__}: {exc}", decoded.encoding)]
    return [_finish(draft, rel, name, decoded.encoding) for draft in drafts]


def _finish(draft: Draft, rel: str, name: str, encoding: str) -> Article:
    """Apply the rules every format shares: date prefix, dates, headline, empty text."""
    article = Article(
        article_id=article_id_for(rel, draft.line),
        path=rel,
        line=draft.line,
        title=draft.title,
        source_url=draft.source_url,
        encoding=encoding,
        status=draft.status,
        error=draft.error,
    )
    if draft.status != STATUS_OK:
        return article
    inline, text = strip_inline_date(draft.text)
    candidates = list(draft.dates)
    if inline is not None:
        candidates.append((SOURCE_INLINE, inline))
    candidates.append((SOURCE_FILENAME, filename_date(name)))
    for source, value in candidates:
        published = parse_date(value)
        if published is not None:
            article.published, article.published_source = published, source
            break
    article.text = text
    if article.title is None:
        article.title = headline(text)
    if not text.strip():
        article.status = STATUS_EMPTY
    return article


def _mark_duplicate(article: Article, first_of: dict[str, str]) -> None:
    """Skip an ``ok`` article whose text an earlier article already had (text is kept)."""
    if article.status != STATUS_OK:
        return
    key = content_hash(article.text)
    ref = article.path if article.line is None else f"{article.path}#L{article.line}"
    if key in first_of:
        article.status, article.error = STATUS_SKIPPED, f"duplicate of {first_of[key]}"
    else:
        first_of[key] = ref


def _row(rel: str, status: str, error: str | None, encoding: str | None = None) -> Article:
    return Article(
        article_id=article_id_for(rel), path=rel, status=status, error=error, encoding=encoding
    )


def _too_large(size: int, max_bytes: int, grown: bool = False) -> str:
    more = "more than " if grown else ""
    return f"file too large: {more}{size:,} bytes > max_bytes {max_bytes:,}"


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()
