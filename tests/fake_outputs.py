"""Tiny but realistic output folders, built from :mod:`pipeline.schemas`, for tests.

``write_fake_outputs(folder)`` writes every table of a run over three articles (one
about the Stephen Port case, one hostile article full of HTML and script payloads, one
that failed to ingest) plus ``extra`` filler articles for pagination tests. Offsets point
into the article texts, as the pipeline's do.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schemas import TABLES

PORT_ID = "a1b2c3d4e5f60718"
HOSTILE_ID = "deadbeef00000001"
ERROR_ID = "e0e0e0e0e0e0e0e0"

# What a successful attack would do to the page; the browser test looks for its effects.
PAYLOAD_SCRIPT = (
    "<script>document.title='PWNED';document.body.setAttribute('data-pwned','1')</script>"
)
PAYLOAD_IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">"
PAYLOAD_TEXTAREA = "</textarea><script>alert(1)</script>"

PORT_TEXT = (
    "Eight Metropolitan Police officers are being investigated over the case of "
    "Stephen Port.\n\n"
    "Officers missed chances to catch Port, 47, after he killed Anthony Walgate, a "
    "23-year-old fashion student, in Barking, east London, in June 2014.\n\n"
    "He killed Gabriel Kovari, 22, in August 2014. The Met said on 16 November 2023 "
    "that the Independent Office for Police Conduct (IOPC) had written to the officers."
)

HOSTILE_TEXT = (
    f"Jane Doe wrote {PAYLOAD_SCRIPT} to the council in Leeds in March 2021.\n\n"
    f"An image {PAYLOAD_IMG} and a form {PAYLOAD_TEXTAREA} followed. "
    "Acme & Sons <Ltd> denied it."
)


def _span(text: str, phrase: str, occurrence: int = 1) -> tuple[int, int]:
    """``(start, end)`` of the n-th occurrence of ``phrase`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def _sentence(text: str, start: int) -> str:
    """The sentence around ``start``: good enough for fake data (splits on '. ' and '\\n')."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return text[left + 1 if left >= 0 else 0 : right].strip()


def _mention(article_id: str, text: str, entity_id: str, label: str, phrase: str, n: int = 1):
    start, end = _span(text, phrase, n)
    return {
        "article_id": article_id,
        "entity_id": entity_id,
        "label": label,
        "text": phrase,
        "start_char": start,
        "end_char": end,
        "sentence": _sentence(text, start),
        "method": "ner",
    }


def _date(article_id, text, phrase, value, start, end, granularity, kind="DATE"):
    s, e = _span(text, phrase)
    return {
        "article_id": article_id,
        "text": phrase,
        "type": kind,
        "value": value,
        "start": start,
        "end": end,
        "granularity": granularity,
        "range": None,
        "start_char": s,
        "end_char": e,
        "sentence": _sentence(text, s),
        "method": "dateparser",
    }


def _article(article_id, path, title, published, text, status="ok", error=None):
    return {
        "article_id": article_id,
        "path": path,
        "line": None,
        "title": title,
        "published": published,
        "published_source": "inline" if published else "none",
        "source_url": None,
        "encoding": "utf-8",
        "n_words": len(text.split()) if text else 0,
        "n_chars": len(text) if text else 0,
        "content_hash": None,
        "status": status,
        "error": error,
        "text": text,
    }


def fake_rows(extra: int = 0) -> dict[str, list[dict[str, Any]]]:
    """Rows of every table of :data:`pipeline.schemas.TABLES`, keyed by table name.

    Args:
        extra: number of filler articles to add (status ``ok``, one person each, published
            one per week from 2019-01-07), for pagination and chart tests.
    """
    p, h, t1, t2 = PORT_ID, HOSTILE_ID, PORT_TEXT, HOSTILE_TEXT
    articles = [
        _article(p, "port/met.txt", "Met officers investigated over Port case",
                 dt.date(2023, 11, 16), t1),
        _article(h, "evil/<script>.html", f"Hostile {PAYLOAD_SCRIPT} title",
                 dt.date(2021, 3, 20), t2),
        _article(ERROR_ID, "broken.json", None, None, None, "error", "invalid JSON"),
    ]  # fmt: skip
    mentions = [
        _mention(p, t1, "p1", "ORG", "Metropolitan Police"),
        _mention(p, t1, "p2", "PERSON", "Stephen Port"),
        _mention(p, t1, "p2", "PERSON", "Port", 2),
        _mention(p, t1, "p3", "PERSON", "Anthony Walgate"),
        _mention(p, t1, "p4", "GPE", "Barking"),
        _mention(p, t1, "p5", "GPE", "east London"),
        _mention(p, t1, "p6", "PERSON", "Gabriel Kovari"),
        _mention(p, t1, "p1", "ORG", "Met", 2),
        _mention(p, t1, "p7", "ORG", "Independent Office for Police Conduct"),
        _mention(p, t1, "p7", "ORG", "IOPC"),
        _mention(h, t2, "h1", "PERSON", "Jane Doe"),
        _mention(h, t2, "h2", "GPE", "Leeds"),
        _mention(h, t2, "h3", "ORG", "Acme & Sons <Ltd>"),
    ]
    people = [
        _person(p, "p2", "Stephen Port", ["Port"], 47, t1, "Port, 47", [], 2, mentions[1]),
        _person(p, "p3", "Anthony Walgate", [], 23, t1, "23-year-old", ["fashion student"],
                1, mentions[3]),
        _person(p, "p6", "Gabriel Kovari", [], 22, t1, "Kovari, 22", [], 1, mentions[6]),
        _person(h, "h1", "Jane Doe", ["<b>JD</b>"], None, t2, None,
                ["<img src=x onerror=alert(3)>"], 1, mentions[10]),
    ]  # fmt: skip
    organisations = [
        _entity(p, "p1", "Metropolitan Police", ["Met"], 2, mentions[0]),
        _entity(p, "p7", "Independent Office for Police Conduct", ["IOPC"], 2, mentions[8]),
        _entity(h, "h3", "Acme & Sons <Ltd>", [], 1, mentions[12]),
    ]
    places = [
        {**_entity(p, "p4", "Barking", [], 1, mentions[4]), "label": "GPE"},
        {**_entity(p, "p5", "east London", ["London"], 1, mentions[5]), "label": "GPE"},
        {**_entity(h, "h2", "Leeds", [], 1, mentions[11]), "label": "GPE"},
    ]
    dates = [
        _date(p, t1, "16 November 2023", "2023-11-16", dt.date(2023, 11, 16),
              dt.date(2023, 11, 16), "day"),
        _date(p, t1, "June 2014", "2014-06", dt.date(2014, 6, 1), dt.date(2014, 6, 30),
              "month"),
        _date(p, t1, "August 2014", "2014-08", dt.date(2014, 8, 1), dt.date(2014, 8, 31),
              "month"),
        _date(h, t2, "March 2021", "2021-03", dt.date(2021, 3, 1), dt.date(2021, 3, 31),
              "month"),
    ]  # fmt: skip
    facts = [
        _fact(p, "p2", "Stephen Port", "per:age", "47", None, t1, "Port, 47"),
        _fact(p, "p3", "Anthony Walgate", "per:title", "fashion student", None, t1,
              "fashion student"),
        _fact(p, "p7", "Independent Office for Police Conduct", "org:alternate_name", "IOPC",
              None, t1, "(IOPC)"),
        _fact(h, "h1", "Jane Doe", "per:title", "</td><script>alert(4)</script>", None, t2,
              "Jane Doe"),
    ]  # fmt: skip
    quotes = [
        {
            "article_id": h,
            "speaker_id": "h3",
            "speaker": "Acme & Sons <Ltd>",
            "quote": "<script>alert(5)</script>",
            "start_char": 0,
            "end_char": 8,
            "sentence": "Jane Doe wrote",
            "method": "quote_rule",
        }
    ]
    s, e = _span(t1, "Eight Metropolitan Police officers")
    quantities = [
        {
            "article_id": p,
            "quantity": 8,
            "unit": "officers",
            "text": "Eight Metropolitan Police officers",
            "start_char": s,
            "end_char": e,
            "sentence": _sentence(t1, s),
            "method": "cardinal_noun",
        }
    ]
    rows = {
        "articles": articles,
        "mentions": mentions,
        "people": people,
        "organisations": organisations,
        "places": places,
        "dates": dates,
        "facts": facts,
        "quotes": quotes,
        "quantities": quantities,
    }
    _add_filler(rows, extra)
    return rows


def _person(article_id, entity_id, name, aliases, age, text, age_phrase, roles, n, first):
    return {
        "article_id": article_id,
        "entity_id": entity_id,
        "name": name,
        "aliases": aliases,
        "age": age,
        "age_sentence": _sentence(text, text.index(age_phrase)) if age_phrase else None,
        "roles": roles,
        "n_mentions": n,
        "first_char": first["start_char"],
    }


def _entity(article_id, entity_id, name, aliases, n, first):
    return {
        "article_id": article_id,
        "entity_id": entity_id,
        "name": name,
        "aliases": aliases,
        "n_mentions": n,
        "first_char": first["start_char"],
    }


def _fact(article_id, subject, subject_name, predicate, obj, object_id, text, phrase):
    s, e = _span(text, phrase)
    return {
        "article_id": article_id,
        "subject": subject,
        "subject_name": subject_name,
        "predicate": predicate,
        "object": obj,
        "object_id": object_id,
        "start_char": s,
        "end_char": e,
        "sentence": _sentence(text, s),
        "method": "apposition",
    }


def _add_filler(rows: dict[str, list[dict[str, Any]]], extra: int) -> None:
    """Append ``extra`` plain articles, each naming one person, one per week."""
    for i in range(extra):
        article_id = f"f{i:015d}"
        text = f"Filler story {i} mentions John Smith in Manchester."
        published = dt.date(2019, 1, 7) + dt.timedelta(weeks=i)
        rows["articles"].append(
            _article(article_id, f"filler/{i:05d}.txt", f"Filler {i}", published, text)
        )
        mention = _mention(article_id, text, "x1", "PERSON", "John Smith")
        rows["mentions"].append(mention)
        rows["people"].append(
            _person(article_id, "x1", "John Smith", [], None, text, None, [], 1, mention)
        )


def write_fake_outputs(
    folder: str | Path, extra: int = 0, part_folders: tuple[str, ...] = ()
) -> Path:
    """Write a fake run's tables into ``folder`` (created) and return it.

    Args:
        folder: where to write ``<table>.parquet`` files.
        extra: filler articles to add, see :func:`fake_rows`.
        part_folders: tables to write as a folder ``<table>/`` of two part files instead
            of one file, as a parallel writer may.

    Tables with no fake rows are written empty. Also writes ``clusters.parquet``, a
    table unknown to :mod:`pipeline.schemas`.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    all_rows = {name: [] for name in TABLES} | fake_rows(extra)
    for name, rows in all_rows.items():
        table = pa.Table.from_pylist(rows, schema=TABLES[name])
        if name in part_folders:
            (folder / name).mkdir(exist_ok=True)
            half = table.num_rows // 2
            pq.write_table(table.slice(0, half), folder / name / "part-0.parquet")
            pq.write_table(table.slice(half), folder / name / "part-1.parquet")
        else:
            pq.write_table(table, folder / f"{name}.parquet")
    clusters = pa.table({"case_id": ["c1"], "article_ids": [[PORT_ID]]})
    pq.write_table(clusters, folder / "clusters.parquet")
    return folder
