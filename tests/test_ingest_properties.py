"""Property tests: what ingest must never do, whatever the folder holds."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.article import article_id_for
from pipeline.decode import decode, fix_c1_controls, fix_mojibake
from pipeline.ingest import articles_table, ingest
from pipeline.metadata import parse_date

STATUSES = {"ok", "empty", "skipped", "error"}
SUFFIXES = [".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".TXT", ".bin", ""]
MULTI_ROW = {".json", ".jsonl"}  # a JSON array or JSON Lines file may give several rows

# File name stems: any characters but "/" and NUL (and no surrogates, which a UTF-8 file
# system cannot store), kept short enough for a 255-byte name.
stems = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"),
    min_size=1,
    max_size=20,
).filter(lambda stem: stem not in {".", ".."})
names = st.builds(lambda stem, suffix: stem + suffix, stems, st.sampled_from(SUFFIXES))
contents = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.sampled_from(
        [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"---\n", b"[]", b"{}", b"\n\n", b"<html>"]
    ),
)
folders = st.dictionaries(names, contents, min_size=1, max_size=6).filter(
    lambda files: len({name.lower() for name in files}) == len(files)
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files=folders)
def test_ingest_never_loses_a_file(files: dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name, data in files.items():
            (Path(folder) / name).write_bytes(data)
        articles = list(ingest(Path(folder)))
        table = articles_table(articles)  # every value is valid for Arrow
    assert table.num_rows == len(articles)
    paths = [article.path for article in articles]
    assert set(paths) == set(files)
    assert paths == sorted(paths)
    for name in files:
        if Path(name).suffix.lower() not in MULTI_ROW:
            assert paths.count(name) == 1, name
    for article in articles:
        assert article.status in STATUSES
        assert article.article_id == article_id_for(article.path, article.line)
        assert "\r" not in article.text
        assert (article.error is not None) or article.status in {"ok", "empty"}


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=2000))
def test_decode_never_raises(data: bytes) -> None:
    decoded = decode(data)
    if decoded is not None:
        assert "\r" not in decoded.text
        decoded.text.encode("utf-8")  # no lone surrogates


@settings(max_examples=300, deadline=None)
@given(text=st.text(st.characters(blacklist_categories=("Cs",))))
def test_mojibake_from_latin1_is_undone(text: str) -> None:
    assert fix_mojibake(text.encode("utf-8").decode("latin-1")) == text


_CP1252_TEXT = st.text(
    st.characters(codec="cp1252").filter(lambda c: not "\x80" <= c <= "\x9f"), max_size=60
)


@settings(max_examples=300, deadline=None)
@given(text=_CP1252_TEXT)
def test_windows_1252_read_as_latin1_is_undone(text: str) -> None:
    assert fix_c1_controls(text.encode("cp1252").decode("latin-1")) == text


@settings(max_examples=300, deadline=None)
@given(value=st.one_of(st.text(max_size=40), st.integers(), st.none(), st.dates()))
def test_parse_date_gives_a_date_or_none(value: object) -> None:
    parsed = parse_date(value)
    assert parsed is None or isinstance(parsed, date)
