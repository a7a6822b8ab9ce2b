"""Tests of the ingest stage: one test per kind of input a news folder may hold."""

from __future__ import annotations

import os
import random
import shutil
import tracemalloc
from datetime import date
from pathlib import Path

import pytest

from pipeline import ingest as ingest_module
from pipeline import readers
from pipeline.article import Article, article_id_for
from pipeline.ingest import README_REASON, articles_table, ingest
from pipeline.schemas import ARTICLES

PROJECT = Path(__file__).resolve().parents[1]
SHARED = PROJECT / ".." / "shared"
BBC_LATIN1 = SHARED / "data" / "bbc" / "sport" / "199.txt"


def write(folder: Path, files: dict[str, bytes | str]) -> None:
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content.encode("utf-8") if isinstance(content, str) else content
        path.write_bytes(data)


def run(folder: Path, files: dict[str, bytes | str], **options: int) -> list[Article]:
    write(folder, files)
    return list(ingest(folder, **options))


def one(folder: Path, name: str, content: bytes | str, **options: int) -> Article:
    articles = run(folder, {name: content}, **options)
    assert len(articles) == 1, articles
    return articles[0]


# --- empty and binary -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.txt", b""),
        ("spaces.txt", b"   \n\t \r\n  "),
        ("empty.md", b""),
        ("blank.md", "---\ntitle: Nothing here\n---\n\n  \n"),
        ("empty.html", b""),
        ("bom-only.txt", b"\xef\xbb\xbf"),
        ("empty.jsonl", b"\n\n"),
        ("empty-array.json", b"[]"),
        ("empty-text.json", b'{"text": "  "}'),
    ],
)
def test_empty_and_whitespace_files_are_empty(tmp_path: Path, name: str, content: bytes) -> None:
    article = one(tmp_path, name, content)
    assert article.status == "empty"
    assert article.text.strip() == ""


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
PDF = (
    b"%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
RANDOM = random.Random(7).randbytes(4096)


@pytest.mark.parametrize(
    ("name", "content"),
    [("image.txt", PNG), ("paper.txt", PDF), ("noise.txt", RANDOM), ("noise.json", RANDOM)],
)
def test_binary_content_is_skipped(tmp_path: Path, name: str, content: bytes) -> None:
    article = one(tmp_path, name, content)
    assert (article.status, article.error, article.text) == ("skipped", "binary content", "")


# --- encodings ------------------------------------------------------------------------

SENTENCE = "Zoë Hartmann, 41, said the “£5,000 fine” was fair — café owners agreed."


@pytest.mark.parametrize(
    ("content", "encodings"),
    [
        (SENTENCE.encode("utf-8"), {"utf-8"}),
        (b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), {"utf-8-sig"}),
        (SENTENCE.encode("utf-16"), {"utf-16"}),
        (SENTENCE.encode("utf-16-be").join([b"\xfe\xff", b""]), {"utf-16"}),
        (SENTENCE.encode("cp1252"), {"cp1252"}),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "windows-1252"],
)
def test_encodings_are_detected(tmp_path: Path, content: bytes, encodings: set[str]) -> None:
    article = one(tmp_path, "a.txt", content)
    assert article.status == "ok"
    assert article.text == SENTENCE
    assert article.encoding in encodings


def test_latin1_text_is_read_as_western(tmp_path: Path) -> None:
    text = "José Muñoz, 45, was fined £300 in Córdoba on Tuesday."
    article = one(tmp_path, "a.txt", text.encode("latin-1"))
    assert article.text == text
    assert article.encoding in {"cp1252", "iso8859-1"}


@pytest.mark.skipif(not BBC_LATIN1.exists(), reason=f"shared data absent: {BBC_LATIN1}")
def test_bbc_latin1_file(tmp_path: Path) -> None:
    shutil.copy(BBC_LATIN1, tmp_path / "199.txt")
    [article] = list(ingest(tmp_path))
    assert article.status == "ok"
    assert "a £15.8m signing from Parma" in article.text
    assert article.title == "Chelsea sack Mutu"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("He said itâ€™s over.", "He said it’s over."),
        ("â€œWe are relievedâ€\x9d, she said.", "“We are relieved”, she said."),
        ("The CafÃ© in SÃ£o Paulo", "The Café in São Paulo"),
        ("Fined Â£200 â€” again", "Fined £200 — again"),
        ("São Paulo café, déjà vu", "São Paulo café, déjà vu"),  # correct text is left alone
    ],
)
def test_mojibake_is_repaired(tmp_path: Path, written: str, expected: str) -> None:
    assert one(tmp_path, "a.txt", written).text == expected


@pytest.mark.parametrize(
    "content", [b"Line one.\r\nLine two.\r\n", b"Line one.\rLine two.\r", b"Line one.\nLine two.\n"]
)
def test_line_ends_become_lf(tmp_path: Path, content: bytes) -> None:
    assert one(tmp_path, "a.txt", content).text == "Line one.\nLine two.\n"


# --- size -----------------------------------------------------------------------------


@pytest.mark.parametrize(("size", "status"), [(99, "ok"), (100, "ok"), (101, "skipped")])
def test_max_bytes(tmp_path: Path, size: int, status: str) -> None:
    article = one(tmp_path, "a.txt", b"x" * size, max_bytes=100)
    assert article.status == status
    if status == "skipped":
        assert article.error == "file too large: 101 bytes > max_bytes 100"


def test_50_mb_file_is_skipped_without_reading_it(tmp_path: Path) -> None:
    with open(tmp_path / "huge.txt", "wb") as handle:
        handle.truncate(50_000_000)  # sparse: fast to make, 50 MB to read
    tracemalloc.start()
    [article] = list(ingest(tmp_path))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert article.status == "skipped"
    assert "too large" in article.error
    assert peak < 2_000_000


def test_file_that_grows_past_max_bytes_is_skipped(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(ingest_module, "read_bytes", lambda path, limit: b"x" * (limit + 1))
    article = one(tmp_path, "a.txt", b"small", max_bytes=10)
    assert article.status == "skipped"
    assert article.error.startswith("file too large: more than")


# --- HTML -----------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>Teacher jailed | Ledger</title>
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<link rel="canonical" href="https://ledger.example/teacher">
<style>body { color: red } .STYLETEXT {}</style>
<script>var tracking = "SCRIPTTEXT";</script></head>
<body><nav><a href="/">Home</a> NAVTEXT</nav>
<article><p>A teacher, aged 42, was jailed for three years at Leeds Crown Court on Tuesday.</p>
<!-- COMMENTTEXT --><p>The court heard she had taken money from the school fund.</p></article>
<footer>FOOTERTEXT</footer><script>trackPage("SCRIPTTWO")</script></body></html>"""
BOILERPLATE = ("STYLETEXT", "SCRIPTTEXT", "NAVTEXT", "COMMENTTEXT", "FOOTERTEXT", "SCRIPTTWO")


@pytest.mark.parametrize("trafilatura_works", [True, False], ids=["trafilatura", "fallback"])
def test_html_main_text_and_metadata(tmp_path: Path, monkeypatch, trafilatura_works: bool) -> None:
    if not trafilatura_works:
        monkeypatch.setattr(readers.trafilatura, "extract", lambda *args, **kwargs: None)
    article = one(tmp_path, "page.html", PAGE)
    assert article.status == "ok"
    assert "aged 42, was jailed" in article.text
    assert "taken money from the school fund" in article.text
    for marker in BOILERPLATE:
        assert marker not in article.text
    assert article.title == "Teacher jailed | Ledger"
    assert (article.published, article.published_source) == (date(2024, 3, 5), "html")
    assert article.source_url == "https://ledger.example/teacher"


@pytest.mark.parametrize(
    ("page", "text", "title"),
    [
        ('<?xml version="1.0" encoding="utf-8"?><html><head><title>X</title></head>'
         "<body><p>Body text.</p></body></html>", "Body text.", "X"),
        ("<<<>>> & not really HTML", "<<<>>> & not really HTML", None),
        ("Plain words in an .html file.", "Plain words in an .html file.", None),
    ],
)  # fmt: skip
def test_odd_html_does_not_fail(tmp_path: Path, page: str, text: str, title: str | None) -> None:
    article = one(tmp_path, "page.html", page)
    assert (article.status, article.text, article.title) == ("ok", text, title)


def test_html_date_from_htmldate_when_no_meta_tag(tmp_path: Path) -> None:
    page = PAGE.replace('property="article:published_time"', 'name="unrelated"')
    page = page.replace("</head>", '<meta name="date" content="2023-07-01"></head>')
    article = one(tmp_path, "page.htm", page)
    assert (article.published, article.published_source) == (date(2023, 7, 1), "html")


# --- JSON and JSON Lines --------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"title": "T", "text": "Body.", "url": "u", "date": "2023-01-02"}', [("ok", None)]),
        ('{"headline": "T", "content": "Body."}', [("ok", None)]),
        ('{"body": "Body."}', [("ok", None)]),
        ('[{"text": "One."}, {"text": "Two."}]', [("ok", None), ("ok", None)]),
        ('{"title": "T"}', [("error", "no text field (expected one of: text, content, body)")]),
        ('{"text": 42}', [("error", "field 'text' is int, expected a string")]),
        ('{"text": null}', [("error", "field 'text' is null, expected a string")]),
        ('{"text": ["a"]}', [("error", "field 'text' is list, expected a string")]),
        ('"just a string"', [("error", "expected a JSON object, got str")]),
        ('[{"text": "One."}, 7]', [("ok", None), ("error", "expected a JSON object, got int")]),
        ('{"text": "unclosed', [("error", "invalid JSON: Unterminated string starting at: ")]),
    ],
)
def test_json_files(tmp_path: Path, content: str, expected: list[tuple[str, str | None]]) -> None:
    articles = run(tmp_path, {"a.json": content})
    got = [(a.status, a.error) for a in articles]
    assert [status for status, _ in got] == [status for status, _ in expected]
    for (_, error), (_, want) in zip(got, expected, strict=True):
        assert error == want or (want is not None and error.startswith(want))


def test_json_text_with_c1_controls_reads_them_as_windows_1252(tmp_path: Path) -> None:
    # a crawler that read Windows-1252 bytes as Latin-1 left U+0092 for the apostrophe
    content = '{"title": "\\u0093Pask\\u0094", "text": "Mercy Hospital\\u0092s ward\\u0085"}'
    article = one(tmp_path, "a.json", content)
    assert (article.title, article.text) == ("“Pask”", "Mercy Hospital’s ward…")


def test_json_object_fields(tmp_path: Path) -> None:
    content = '{"headline": "T", "content": "Body.", "url": "https://x.example/a", '
    content += '"pubdate": "2023-05-06"}'
    article = one(tmp_path, "a.json", content)
    assert (article.title, article.text, article.source_url) == (
        "T",
        "Body.",
        "https://x.example/a",
    )
    assert (article.published, article.published_source) == (date(2023, 5, 6), "json")
    assert article.line is None


def test_json_array_lines_are_indexes(tmp_path: Path) -> None:
    articles = run(tmp_path, {"a.json": '[{"text": "One."}, {"text": "Two."}]'})
    assert [a.line for a in articles] == [1, 2]
    assert [a.article_id for a in articles] == [article_id_for("a.json", n) for n in (1, 2)]


def test_jsonl_bad_lines_do_not_stop_good_ones(tmp_path: Path) -> None:
    lines = [
        '{"title": "First", "date": "2023-08-19", "url": "https://w.example/1", "text": "One."}',
        "",
        '{"title": "Broken", "text": "no closing brace"',
        '{"title": "No text"}',
        '{"text": 3.5}',
        "[1, 2]",
        '{"text": "Six."}',
    ]
    articles = run(tmp_path, {"wire.jsonl": "\n".join(lines) + "\n"})
    got = [(a.line, a.status) for a in articles]
    assert got == [(1, "ok"), (3, "error"), (4, "error"), (5, "error"), (6, "error"), (7, "ok")]
    assert articles[1].error.startswith("invalid JSON: Expecting ',' delimiter")
    assert articles[2].error.startswith("no text field")
    assert articles[3].error == "field 'text' is float, expected a string"
    assert articles[4].error == "expected a JSON object, got list"
    first = articles[0]
    assert (first.title, first.text, first.source_url) == ("First", "One.", "https://w.example/1")
    assert (first.published, first.published_source) == (date(2023, 8, 19), "json")
    assert first.article_id == article_id_for("wire.jsonl", 1)


# --- front matter, dates, titles ------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        "---\ntitle: [unclosed\ndate: 2023-01-01\n---\nThe body stays.\n",
        "---\n: : :\n\t- bad\n---\nThe body stays.\n",
        "---\n- a list, not a mapping\n---\nThe body stays.\n",
        "---\ntitle: never closed\nThe body stays.\n",
    ],
)
def test_broken_front_matter_keeps_the_text(tmp_path: Path, content: str) -> None:
    article = one(tmp_path, "a.md", content)
    assert article.status == "ok"
    assert article.text == content
    assert (article.published, article.published_source) == (None, "none")
    assert article.title is None


def test_front_matter_is_read_and_removed(tmp_path: Path) -> None:
    content = "---\ntitle: Court case\ndate: 2024-03-14\nurl: https://a.example/x\n---\nBody.\n"
    article = one(tmp_path, "a.md", content)
    assert (article.title, article.text, article.source_url) == (
        "Court case",
        "Body.\n",
        "https://a.example/x",
    )
    assert (article.published, article.published_source) == (date(2024, 3, 14), "front_matter")


@pytest.mark.parametrize(
    ("name", "content", "published", "source"),
    [
        ("a.md", "---\ndate: 2023-02-30\n---\nText.", None, "none"),
        ("2024-01-05 a.md", "---\ndate: 2023-02-30\n---\nText.", date(2024, 1, 5), "filename"),
        ("a.md", "---\ndate: 2031-05-01\n---\nText.", date(2031, 5, 1), "front_matter"),
        ("a.md", "---\ndate: 2023-11-16 10:30:00\n---\nText.", date(2023, 11, 16), "front_matter"),
        ("a.txt", "Text without any date.", None, "none"),
        ("a.txt", " date 2023-02-30 Text.", None, "none"),
        ("a.txt", " date 2023-11-16", date(2023, 11, 16), "inline"),
        ("a.txt", "Date: 2023-11-16\nText.", date(2023, 11, 16), "inline"),
        ("a.txt", "Text. date 2023-11-16 is not a prefix", None, "none"),
        (
            "a.txt",
            "---\ndate: 2020-01-01\n---\n date 2023-11-16 T.",
            date(2020, 1, 1),
            "front_matter",
        ),
        ("2022-09-24_a.txt", "Text.", date(2022, 9, 24), "filename"),
        ("report_2021_07_04.txt", "Text.", date(2021, 7, 4), "filename"),
        ("2021-13-40.txt", "Text.", None, "none"),
        ("a.json", '{"text": "T.", "published": "2023-11-16T23:59Z"}', date(2023, 11, 16), "json"),
        ("a.json", '{"text": "T.", "dct": "16 November 2023"}', date(2023, 11, 16), "json"),
        ("a.json", '{"text": "T.", "date": "Nov 16, 2023"}', date(2023, 11, 16), "json"),
        (
            "a.json",
            '{"text": "T.", "date": "Thu, 16 Nov 2023 09:00 GMT"}',
            date(2023, 11, 16),
            "json",
        ),
        (
            "a.json",
            '{"text": "T.", "date": "2023-02-30", "pubdate": "2023-03-01"}',
            date(2023, 3, 1),
            "json",
        ),
        ("2020-05-05.json", '{"text": "T.", "date": "soon"}', date(2020, 5, 5), "filename"),
        (
            "a.json",
            '{"text": " date 2023-11-16 T.", "date": 1700000}',
            date(2023, 11, 16),
            "inline",
        ),
    ],
)
def test_publication_dates(
    tmp_path: Path, name: str, content: str, published: date | None, source: str
) -> None:
    article = one(tmp_path, name, content)
    assert (article.published, article.published_source) == (published, source)


def test_seed_prefix_is_stripped_and_kept_as_date(tmp_path: Path) -> None:
    seed = " date 2023-11-16 Eight Metropolitan Police officers are being investigated.\n"
    article = one(tmp_path, "000_a43bdba0afa9a79a.txt", seed)
    assert article.text == "Eight Metropolitan Police officers are being investigated.\n"
    assert (article.published, article.published_source) == (date(2023, 11, 16), "inline")


def test_invalid_inline_date_is_still_stripped(tmp_path: Path) -> None:
    article = one(tmp_path, "a.txt", " date 2023-02-30 Officers were questioned.")
    assert article.text == "Officers were questioned."
    assert article.published is None


@pytest.mark.parametrize(
    ("content", "title"),
    [
        ("Teen among three charged\n\nNASHVILLE — Three people.", "Teen among three charged"),
        ("# Man jailed for arson\n\nA man was jailed.", "Man jailed for arson"),
        ("\nChelsea sack Mutu\n\nChelsea have sacked Adrian Mutu.", "Chelsea sack Mutu"),
        ("A man was jailed on Tuesday.\n\nHe is 40.", None),
        ("No blank line after this\nA man was jailed.", None),
        (" ".join(["word"] * 21) + "\n\nBody.", None),
        ("Only one line", None),
    ],
)
def test_title_from_headline_first_line(tmp_path: Path, content: str, title: str | None) -> None:
    article = one(tmp_path, "a.txt", content)
    assert article.title == title
    assert article.text == content  # the headline stays in the text


# --- file names, folders, links -------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["with spaces in name.txt", "تقرير المحكمة.txt", "-leading-dash.txt", "UPPER.TXT"]
)
def test_unusual_file_names(tmp_path: Path, name: str) -> None:
    article = one(tmp_path, name, "A man was charged.")
    assert (article.path, article.status) == (name, "ok")
    assert article.article_id == article_id_for(name)


def test_paths_are_relative_posix_and_sorted(tmp_path: Path) -> None:
    files = {"b/z.txt": "Z.", "a.txt": "A.", "b/a b/c.txt": "C.", "B.txt": "B."}
    paths = [a.path for a in run(tmp_path, files)]
    assert paths == ["B.txt", "a.txt", "b/a b/c.txt", "b/z.txt"]


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("photo.xyz", "unsupported file type .xyz"),
        ("scan.PDF", "unsupported file type .pdf"),
        ("Makefile", "unsupported file type (no extension)"),
        ("README.md", README_REASON),
        ("sub/readme.txt", README_REASON),
    ],
)
def test_files_not_read_get_a_skipped_row(tmp_path: Path, name: str, error: str) -> None:
    article = one(tmp_path, name, "Some text.")
    assert (article.path, article.status, article.error) == (name, "skipped", error)


def test_symlink_loops_and_broken_links(tmp_path: Path) -> None:
    write(tmp_path, {"news/a.txt": "A story."})
    (tmp_path / "news" / "back").symlink_to(tmp_path)  # a folder enclosing the link
    (tmp_path / "news" / "self.txt").symlink_to(tmp_path / "news" / "self.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "alias.txt").symlink_to(tmp_path / "news" / "a.txt")
    rows = {a.path: (a.status, a.error) for a in ingest(tmp_path)}
    assert rows == {
        "alias.txt": ("ok", None),
        "gone.txt": ("error", "broken symbolic link"),
        "news/a.txt": ("skipped", "duplicate of alias.txt"),
        "news/back": ("skipped", "symbolic link loop: points to a folder that encloses it"),
        "news/self.txt": ("skipped", "symbolic link loop"),
    }


def test_linked_folder_outside_input_is_read(tmp_path: Path) -> None:
    write(tmp_path, {"outside/x.txt": "Outside story.", "input/a.txt": "Inside story."})
    (tmp_path / "input" / "more").symlink_to(tmp_path / "outside")
    paths = [a.path for a in ingest(tmp_path / "input")]
    assert paths == ["a.txt", "more/x.txt"]


def test_unreadable_file_is_an_error_row(tmp_path: Path, monkeypatch) -> None:
    def refuse(path: Path, limit: int) -> bytes:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(ingest_module, "read_bytes", refuse)
    article = one(tmp_path, "locked.txt", "Secret.")
    assert (article.status, article.error) == ("error", "cannot read file: permission denied")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_chmod_000_file_is_an_error_row(tmp_path: Path) -> None:
    write(tmp_path, {"locked.txt": "Secret."})
    (tmp_path / "locked.txt").chmod(0)
    [article] = list(ingest(tmp_path))
    assert (article.status, article.error) == ("error", "cannot read file: permission denied")


def test_fifo_is_skipped_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block forever
    rows = {a.path: (a.status, a.error) for a in run(tmp_path, {"ok.txt": "Text."})}
    assert rows == {"ok.txt": ("ok", None), "pipe.txt": ("skipped", "not a regular file")}


def test_input_must_be_a_folder(tmp_path: Path) -> None:
    with pytest.raises(NotADirectoryError):
        list(ingest(tmp_path / "missing"))


# --- duplicates -----------------------------------------------------------------------


def test_duplicates_are_skipped_with_their_text_kept(tmp_path: Path) -> None:
    story = "Two men were charged with burglary in Hull."
    files = {
        "a.txt": story,
        "copy of a.txt": story,
        "wire.jsonl": '{"text": "Other."}\n{"text": "Other."}\n',
        "z.md": "",
        "zz.md": "",
    }
    rows = [(a.path, a.line, a.status, a.error) for a in run(tmp_path, files)]
    assert rows == [
        ("a.txt", None, "ok", None),
        ("copy of a.txt", None, "skipped", "duplicate of a.txt"),
        ("wire.jsonl", 1, "ok", None),
        ("wire.jsonl", 2, "skipped", "duplicate of wire.jsonl#L1"),
        ("z.md", None, "empty", None),  # empty texts are not duplicates of each other
        ("zz.md", None, "empty", None),
    ]
    assert all(a.text == story for a in ingest(tmp_path) if a.path.endswith("a.txt"))


# --- table and corpus -----------------------------------------------------------------


def test_articles_table_has_the_schema(tmp_path: Path) -> None:
    files = {"a.txt": " date 2023-11-16 Text.", "b.bin": b"\x00", "c.json": "{"}
    table = articles_table(run(tmp_path, files))
    assert table.schema.equals(ARTICLES, check_metadata=True)
    assert table.column("status").to_pylist() == ["ok", "skipped", "error"]
    assert table.column("published").to_pylist() == [date(2023, 11, 16), None, None]


def test_project_corpus(tmp_path: Path) -> None:
    rows = {(a.path, a.line): a for a in ingest(PROJECT / "corpus")}
    seed = rows[("000_a43bdba0afa9a79a.txt", None)]
    assert seed.text.startswith("Eight Metropolitan Police officers")
    assert (seed.published, seed.published_source) == (date(2023, 11, 16), "inline")
    assert rows[("README.md", None)].status == "skipped"
    expected = {
        ("001_harbour_street_stabbing.md", None): (date(2024, 3, 14), "front_matter"),
        ("002_cardiff_fraud_sentencing.html", None): (date(2024, 6, 7), "html"),
        ("003_midlands_wire.jsonl", 1): (date(2023, 8, 19), "json"),
        ("003_midlands_wire.jsonl", 2): (date(2023, 10, 5), "json"),
        ("2022-09-24_nashville_carjacking.txt", None): (date(2022, 9, 24), "filename"),
    }
    for key, (published, source) in expected.items():
        article = rows[key]
        assert (article.status, article.published, article.published_source) == (
            "ok",
            published,
            source,
        ), key
        assert article.title, key
    assert "dataLayer" not in rows[("002_cardiff_fraud_sentencing.html", None)].text
    assert len(rows) == 7
