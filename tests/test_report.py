"""The HTML report: escaping of hostile articles, highlighting, pagination and counts."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from spacy import displacy

from pipeline.report import top_entities, write_report
from pipeline.report_article import article_file, entity_spans, highlighted_text
from pipeline.report_html import CSP, esc, month_chart
from tests.fake_outputs import (
    ERROR_ID,
    HOSTILE_ID,
    PAYLOAD_IMG,
    PAYLOAD_SCRIPT,
    PAYLOAD_TEXTAREA,
    PORT_ID,
    write_fake_outputs,
)

EXTRA = 450  # 453 articles: three index pages of 200


class Page(HTMLParser):
    """Parsed page: every start tag with its attributes, and all text as one string."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.chunks: list[str] = []
        self.feed(source)
        self.text = "".join(self.chunks)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.chunks.append(data)

    def count(self, tag: str, **attrs: str) -> int:
        return sum(
            1
            for name, a in self.tags
            if name == tag and all(a.get(k) == v for k, v in attrs.items())
        )


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    out = write_fake_outputs(tmp_path_factory.mktemp("out"), extra=EXTRA)
    index = write_report(out, page_size=200)
    assert index == out / "report" / "index.html"
    return index.parent


def read(report: Path, name: str) -> Page:
    return Page((report / name).read_text(encoding="utf-8"))


def all_pages(report: Path) -> list[Path]:
    return sorted(report.rglob("*.html"))


def test_hostile_article_shows_payloads_as_text_and_has_no_active_markup(report):
    page = read(report, f"articles/{HOSTILE_ID}.html")
    for payload in (PAYLOAD_SCRIPT, PAYLOAD_IMG, PAYLOAD_TEXTAREA, "Acme & Sons <Ltd>"):
        assert payload in page.text
    assert "<img src=x onerror=alert(3)>" in page.text  # a role
    assert "</td><script>alert(4)</script>" in page.text  # a fact's value
    assert "<script>alert(5)</script>" in page.text  # a quote


@pytest.mark.parametrize("kind", ["index", "articles"])
def test_no_page_has_scripts_event_handlers_or_foreign_urls(report, kind):
    pages = all_pages(report)
    pages = [p for p in pages if (p.parent.name == "articles") == (kind == "articles")]
    assert pages
    for path in pages:
        page = Page(path.read_text(encoding="utf-8"))
        names = {name for name, _ in page.tags}
        assert not names & {"script", "img", "textarea", "iframe", "object", "embed", "b"}
        for name, attrs in page.tags:
            assert not [a for a in attrs if a.startswith("on")], (path, name, attrs)
            for key in ("href", "src"):
                value = attrs.get(key) or ""
                assert not value.lower().startswith(("javascript:", "http:", "//")), value
        assert page.count("meta", **{"http-equiv": "Content-Security-Policy", "content": CSP})


def test_article_text_is_highlighted_with_displacy_marks(report):
    page = read(report, f"articles/{PORT_ID}.html")
    # 10 mentions and 3 dates, none overlapping
    assert page.count("mark", **{"class": "entity"}) == 13
    source = (report / "articles" / f"{PORT_ID}.html").read_text(encoding="utf-8")
    assert re.search(
        r'<mark class="entity"[^>]*>\s*Stephen Port\s*<span[^>]*>PERSON</span>', source
    )
    assert re.search(r'<mark class="entity"[^>]*>\s*June 2014\s*<span[^>]*>DATE</span>', source)


def test_article_tables_show_ages_roles_aliases_and_sorted_timeline(report):
    source = (report / "articles" / f"{PORT_ID}.html").read_text(encoding="utf-8")
    people = source.split('<table class="people">')[1].split("</table>")[0]
    assert re.search(
        r"<td>Stephen Port</td><td class=\"num\">47</td><td></td><td>Port</td>", people
    )
    assert "<td>fashion student</td>" in people
    assert '<table class="places">' in source and "<td>east London</td>" in source
    timeline = source.split('<table class="timeline">')[1].split("</table>")[0]
    starts = re.findall(r"<tr><td>(\d{4}-\d\d-\d\d)</td>", timeline)
    assert starts == ["2014-06-01", "2014-08-01", "2023-11-16"]


def test_failed_article_page_shows_the_error(report):
    page = read(report, f"articles/{ERROR_ID}.html")
    assert "Error: invalid JSON" in page.text
    assert "(untitled)" in page.text


def test_index_is_paginated_and_links_every_article_once(report):
    assert (report / "index-3.html").exists() and not (report / "index-4.html").exists()
    links = []
    for name in ("index.html", "index-2.html", "index-3.html"):
        page = read(report, name)
        page_links = [a["href"] for tag, a in page.tags if tag == "a" and "articles/" in a["href"]]
        assert len(page_links) == (200 if name != "index-3.html" else 53)
        links += page_links
    assert len(set(links)) == len(links) == EXTRA + 3
    assert all((report / href).is_file() for href in links)
    assert len(list((report / "articles").glob("*.html"))) == EXTRA + 3


def test_article_links_back_to_its_index_page(report):
    # newest first: filler 449 .. 250 on page 1, the last fillers and the rest on page 3
    oldest_filler = read(report, "articles/f000000000000000.html")
    assert oldest_filler.count("a", href="../index-3.html") == 1
    newest_filler = read(report, f"articles/f{EXTRA - 1:015d}.html")
    assert newest_filler.count("a", href="../index.html") == 1


def test_summary_counts_only_on_the_first_page(report):
    source = (report / "index.html").read_text(encoding="utf-8")
    status = source.split('<table class="status">')[1].split("</table>")[0]
    assert '<td>ok</td><td class="num">452</td>' in status
    assert '<td>error</td><td class="num">1</td>' in status
    counts = source.split('<table class="counts">')[1].split("</table>")[0]
    assert '<td>people</td><td class="num">454</td>' in counts
    assert '<td>clusters</td><td class="num">1</td>' in counts
    top = source.split('<table class="top-people">')[1].split("</table>")[0]
    first_row = re.search(r"<tbody>\s*<tr>(.*?)</tr>", top).group(1)
    assert first_row == '<td>John Smith</td><td class="num">450</td><td class="num">450</td>'
    assert "<svg" in source
    port_row = re.search(rf'<tr><td><a href="articles/{PORT_ID}.html">.*?</tr>', source).group()
    assert port_row.endswith(
        '<td class="num">3</td><td class="num">3</td><td>port/met.txt</td></tr>'
    )
    assert "<svg" not in (report / "index-2.html").read_text(encoding="utf-8")


def test_rewriting_removes_pages_of_articles_that_are_gone(tmp_path):
    out = write_fake_outputs(tmp_path, extra=5)
    write_report(out, page_size=2)
    assert (out / "report" / "index-4.html").exists()
    write_fake_outputs(tmp_path, extra=0)
    write_report(out, page_size=2)
    assert not (out / "report" / "index-3.html").exists()
    assert not (out / "report" / "articles" / "f000000000000000.html").exists()
    assert len(list((out / "report" / "articles").glob("*.html"))) == 3


def test_entity_spans_escape_labels_and_drop_overlaps_and_bad_offsets():
    text = "Stephen Port of London"
    mentions = pd.DataFrame(
        {
            "start_char": [0, 8, 16, 30, 0, None],
            "end_char": [12, 12, 22, 35, 7, 3],
            "label": ["PERSON", "PERSON", "<i>GPE", "ORG", "PERSON", "ORG"],
        },
    ).astype({"start_char": "Int32", "end_char": "Int32"})
    dates = [{"start_char": 16, "end_char": 22, "type": "DURATION"}]
    assert entity_spans(text, mentions.to_dict("records"), dates) == [
        {"start": 0, "end": 12, "label": "PERSON"},
        {"start": 16, "end": 22, "label": "&lt;i&gt;GPE"},
    ]


def test_unsafe_article_ids_cannot_leave_the_folder():
    assert article_file("abc_123-x") == "abc_123-x.html"
    name = article_file("../../etc/passwd")
    assert "/" not in name and ".." not in name


def test_esc_handles_missing_values_lists_and_quotes():
    assert esc(None) == esc(pd.NA) == esc(float("nan")) == ""
    assert esc(["a<", None, "b"]) == "a&lt;; b"
    assert esc("\"x'") == "&quot;x&#x27;"
    assert esc(47.0) == "47"


def test_month_chart_has_one_bar_per_month_including_empty_ones():
    svg = month_chart(pd.Series({(2020, 11): 3, (2021, 2): 1}))
    assert svg.count("<rect") == 4
    assert "<title>December 2020: 0 articles</title>" in svg
    assert "<title>November 2020: 3 articles</title>" in svg


def test_top_entities_sum_mentions_across_articles():
    people = pd.DataFrame(
        {
            "article_id": ["a", "b", "b", "c"],
            "name": ["Port", "Port", "Kovari", None],
            "n_mentions": [2, 3, 9, 100],
        }
    )
    assert top_entities(people) == [["Kovari", 9, 1], ["Port", 5, 2]]
    assert top_entities(people, n=1) == [["Kovari", 9, 1]]
    assert top_entities(None) == []


def test_highlighted_text_is_displacy_markup_with_the_text_escaped():
    text = "Jane <b>Doe</b> & co"
    mentions = [{"start_char": 0, "end_char": 15, "label": "PERSON"}]
    expected = displacy.render(
        {"text": text, "ents": [{"start": 0, "end": 15, "label": "PERSON"}]},
        style="ent",
        manual=True,
        page=False,
        jupyter=False,
    )
    markup = highlighted_text(text, mentions, None)
    assert markup == expected
    assert "&lt;b&gt;Doe&lt;/b&gt;" in markup and " &amp; co" in markup


def test_cli_report_command_writes_the_report(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    out = write_fake_outputs(tmp_path / "outputs")
    result = CliRunner().invoke(app, ["report", str(out)])
    assert result.exit_code == 0, result.output
    assert str(out / "report" / "index.html") in result.output
    assert (out / "report" / "articles" / f"{PORT_ID}.html").is_file()
