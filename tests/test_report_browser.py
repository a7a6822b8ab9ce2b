"""The report in a real browser: Debian's headless Chromium renders the pages.

Checks the DOM *after* the browser has parsed and (would have) run the page: entities are
highlighted, tables and the chart are there, and the hostile article's payloads are text
that changed nothing. Skipped when ``/usr/bin/chromium`` is absent (CI installs it with
``apt-get install -y chromium``).

Set ``CASEFACTS_SCREENSHOT=/some/file.png`` to also keep a screenshot of the Port article.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.report import write_report
from pipeline.report_html import page as report_page
from tests.fake_outputs import (
    HOSTILE_ID,
    PAYLOAD_IMG,
    PAYLOAD_SCRIPT,
    PAYLOAD_TEXTAREA,
    PORT_ID,
    write_fake_outputs,
)

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)",
)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium(tmp_path: Path, url: str, *extra: str) -> str:
    """Run headless Chromium on ``url`` with ``extra`` flags; its stdout."""
    profile = tmp_path / "chromium-profile"
    command = [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *extra, url]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


class Dom(HTMLParser):
    """The dumped DOM: start tags with attributes, the title and the body's text."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.title = ""
        self._in_title = False
        self.feed(source)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        self.text.append(data)

    def find(self, tag: str, **attrs: str) -> list[dict[str, str | None]]:
        return [
            a
            for name, a in self.tags
            if name == tag and all(a.get(k) == v for k, v in attrs.items())
        ]


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    out = write_fake_outputs(tmp_path_factory.mktemp("outputs"), extra=30)
    return write_report(out).parent


def dump(tmp_path: Path, page: Path) -> Dom:
    return Dom(chromium(tmp_path, page.as_uri(), "--dump-dom"))


def test_hostile_article_runs_nothing(report, tmp_path):
    dom = dump(tmp_path, report / "articles" / f"{HOSTILE_ID}.html")
    body = dom.find("body")
    assert len(body) == 1 and "data-pwned" not in body[0]
    assert dom.title != "PWNED"
    assert dom.title.startswith("Hostile <script>")  # the title shows the payload as text
    assert not dom.find("script") and not dom.find("img") and not dom.find("textarea")
    text = "".join(dom.text)
    assert PAYLOAD_SCRIPT in text and PAYLOAD_IMG in text
    # the whole text is still there after the payloads: no </textarea> cut it short
    assert f"{PAYLOAD_TEXTAREA} followed." in text and "denied it." in text
    assert dom.find("table", **{"class": "people"})


def test_article_page_highlights_entities(report, tmp_path):
    dom = dump(tmp_path, report / "articles" / f"{PORT_ID}.html")
    assert len(dom.find("mark", **{"class": "entity"})) == 13
    for table in ("people", "organisations", "places", "facts", "timeline"):
        assert dom.find("table", **{"class": table}), table


def test_index_has_chart_top_tables_and_a_screenshot(report, tmp_path):
    dom = dump(tmp_path, report / "index.html")
    assert dom.find("svg", **{"class": "chart"})
    assert len(dom.find("rect")) > 5
    for table in ("status", "counts", "top-people", "top-places", "articles"):
        assert dom.find("table", **{"class": table}), table
    screenshot = report.parent / "report-screenshot.png"
    article = (report / "articles" / f"{PORT_ID}.html").as_uri()
    chromium(tmp_path, article, f"--screenshot={screenshot}", "--window-size=1280,2000")
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("CASEFACTS_SCREENSHOT"):
        shutil.copyfile(screenshot, os.environ["CASEFACTS_SCREENSHOT"])


def test_the_detector_sees_a_script_that_does_run(tmp_path):
    """Control: without escaping, the same payload does mark the DOM, so the check can fail."""
    page = tmp_path / "unsafe.html"
    page.write_text(f"<!DOCTYPE html><title>t</title><body>{PAYLOAD_SCRIPT}</body>")
    dom = dump(tmp_path, page)
    assert dom.title == "PWNED"
    assert dom.find("body")[0].get("data-pwned") == "1"


def test_content_security_policy_blocks_a_script_that_slipped_through(tmp_path):
    """Defense in depth: even unescaped, a script in a report page does not run."""
    page = tmp_path / "slipped.html"
    page.write_text(report_page("t", f"<p>{PAYLOAD_SCRIPT}{PAYLOAD_IMG}</p>"))
    dom = dump(tmp_path, page)
    assert dom.find("script")  # it is in the DOM ...
    assert dom.title == "t" and "data-pwned" not in dom.find("body")[0]  # ... and did nothing
