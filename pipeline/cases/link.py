"""Across articles: the same incident (``case_id``) and the same person (``persons``).

``link_cases`` groups articles that report the same incident: two articles are linked when
they share the name (first and last word, case, punctuation, initials and "Jr" ignored)
of a person who is a victim or a suspect in one of them and not an official or lawyer
in the other, and (``same_incident``) their incident dates are compatible and their
places do not disagree, or their dates are within ``max_days`` days, or they share two
such names and their dates are within a year, or they are in the same city and state
within a year. A shared name that is neither victim nor suspect in both articles (a
relative, a witness) links only articles of the same state within ``max_days``. A lone
article that shares two such names with another in the same city and state up to four
years away (``late_follow_up``: a trial or verdict story) then joins that article's
case; such a late link never joins two cases of several articles. Groups are the
connected components of those links.

* dates are compatible within ``max_days`` (3); a date that is only the publication
  date (``date_method`` published-fallback) is compatible with any incident date up to a
  year before it (a follow-up story), and two such dates with each other up to a year;
  an incident period (``date_method`` event-period) holds any date up to a year after
  its start;
* places disagree when both states are known and differ, or, with no state on either
  side, both cities are known and differ.

The members of a case of two articles or more then agree on one incident date and place
(``pipeline.cases.agree``).

``case_id`` is ``case-`` + the first 12 hex digits of sha1 of the article id of the
earliest-published member (ties: smallest article id). It does not change when unrelated
articles arrive; it changes only when an article published earlier joins the case.

``link_people`` makes one ``persons`` row per real person: people rows with the same full
name are the same person when they are in the same case, or in cases of the same state
with compatible ages (within one year, or unknown) and dates within two years; a
one-word name is never linked beyond its article. ``person_id`` is ``per-`` + a hash of
the name key and the person's earliest-published article id.

Limits: name variants ("Andy" vs "Walter Parish") and misspellings do not link; linking
is transitive, so one wrong link can join two incidents; an article is in one case.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.cases.agree import agree_case_dates, agree_case_places, restore_own
from pipeline.names import NAME_SUFFIXES as SUFFIXES

MAX_DAYS = 3
FOLLOW_UP_DAYS = 366
LATE_FOLLOW_UP_DAYS = 1461  # four years: a trial or verdict long after the incident
LATE_NAMES = 2  # victim/suspect names a late follow-up shares with its case
LINK_ROLES = ("victim", "suspect")
NEVER_LINK_ROLES = ("official", "lawyer")


def name_key(name: str | None) -> str | None:
    """Lower-case ASCII words of a full name ("Allen Osgood Jr." → "allen osgood jr").

    None for names of fewer than two words (they are too ambiguous to link).
    """
    if not name:
        return None
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_name.lower().replace("'", ""))
    if len([w for w in words if w not in SUFFIXES]) < 2:
        return None
    return " ".join(words)


def link_key(name: str | None) -> str | None:
    """First and last word of a full name, suffixes and initials dropped, for linking.

    "Dorian J. Quarles" and "Dorian Quarles" → "dorian quarles"; "Travis Crandall Jr." →
    "travis crandall". None for one-word names.
    """
    key = name_key(name)
    if key is None:
        return None
    words = [w for w in key.split() if w not in SUFFIXES and len(w) > 1]
    return f"{words[0]} {words[-1]}" if len(words) >= 2 else None


class UnionFind:
    """Disjoint sets over hashable items."""

    def __init__(self, items: Iterable[Any]) -> None:
        self.parent = {item: item for item in items}

    def find(self, item: Any) -> Any:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: Any, b: Any) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> dict[Any, list[Any]]:
        out: dict[Any, list[Any]] = defaultdict(list)
        for item in self.parent:
            out[self.find(item)].append(item)
        return out


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def dates_compatible(a: dict[str, Any], b: dict[str, Any], max_days: int = MAX_DAYS) -> bool:
    """Whether two cases' incident dates can be the same incident (see module doc)."""
    da, db = _as_date(a.get("date_start")), _as_date(b.get("date_start"))
    if da is None or db is None:
        return True
    fa = a.get("date_method") == "published-fallback"
    fb = b.get("date_method") == "published-fallback"
    pa, pb = a.get("date_method") == "event-period", b.get("date_method") == "event-period"
    if pa != pb:  # a period ("between June 2014 and September 2015") holds a later day
        start, day = (da, db) if pa else (db, da)
        return -max_days <= (day - start).days <= FOLLOW_UP_DAYS
    if fa and fb:
        return abs((da - db).days) <= FOLLOW_UP_DAYS
    if fa:
        return -max_days <= (da - db).days <= FOLLOW_UP_DAYS
    if fb:
        return -max_days <= (db - da).days <= FOLLOW_UP_DAYS
    return abs((da - db).days) <= max_days


def places_compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """False when both states are known and differ, or (no state) both cities differ."""
    if a.get("state") and b.get("state"):
        return a["state"] == b["state"]
    if a.get("city") and b.get("city"):
        return a["city"].lower() == b["city"].lower()
    return True


def case_id_for(members: list[dict[str, Any]]) -> str:
    """``case-`` + hash of the earliest-published member's article id."""
    first = min(members, key=lambda c: (_as_date(c.get("published")) or date.max, c["article_id"]))
    return "case-" + hashlib.sha1(first["article_id"].encode()).hexdigest()[:12]


def link_cases(
    people: list[dict[str, Any]], cases: list[dict[str, Any]], max_days: int = MAX_DAYS
) -> dict[str, str]:
    """``{article_id: case_id}`` for every case row (see module doc).

    The rows of a case of two articles or more then share one incident date and place
    (``pipeline.cases.agree``, in place; a row's own date and place come back before it is
    linked again).
    """
    restore_own(cases)  # rows linked before: link on each article's own date and place
    by_article = {c["article_id"]: c for c in cases}
    uf = UnionFind(by_article)
    strong: dict[str, set[str]] = defaultdict(set)  # name key -> articles: victim/suspect
    weak: dict[str, set[str]] = defaultdict(set)  # name key -> articles: any but official
    for person in people:
        key = link_key(person.get("name"))
        if key is None or person["article_id"] not in by_article:
            continue
        role = person.get("case_role")
        if role in LINK_ROLES:
            strong[key].add(person["article_id"])
        if role not in NEVER_LINK_ROLES:
            weak[key].add(person["article_id"])
    shared: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for key, articles in weak.items():
        candidates = sorted(articles)
        for i, a in enumerate(candidates):
            for b in candidates[i + 1 :]:
                is_strong = a in strong[key] or b in strong[key]
                shared[(a, b)][0 if is_strong else 1] += 1
    late: list[tuple[str, str]] = []
    for (a, b), (n_strong, n_weak) in sorted(shared.items()):
        ca, cb = by_article[a], by_article[b]
        strong_link = n_strong and same_incident(ca, cb, n_strong, max_days)
        if strong_link or (n_weak and _close_and_same_place(ca, cb, max_days)):
            uf.union(a, b)
        elif n_strong >= LATE_NAMES and late_follow_up(ca, cb):
            late.append((a, b))
    sizes = {root: len(members) for root, members in uf.groups().items()}
    for a, b in late:  # a lone late story joins its case; two cases never merge this way
        ra, rb = uf.find(a), uf.find(b)
        if ra != rb and min(sizes.get(ra, 0), sizes.get(rb, 0)) == 1:
            uf.union(a, b)
            sizes[uf.find(a)] = sizes.get(ra, 0) + sizes.get(rb, 0)
    ids: dict[str, str] = {}
    for members in uf.groups().values():
        case_id = case_id_for([by_article[a] for a in members])
        for article in members:
            ids[article] = case_id
    agree_case_dates(cases, ids)
    agree_case_places(cases, ids)
    return ids


def same_incident(a: dict[str, Any], b: dict[str, Any], n_names: int, max_days: int) -> bool:
    """Whether two cases sharing ``n_names`` victim/suspect names are one incident.

    Two shared names or more: dates within a year (places may be misread). One name:
    compatible dates and places, or incident dates within ``max_days`` whatever the place,
    or the same city and state within a year (a follow-up story dated by a later event).
    """
    da, db = _as_date(a.get("date_start")), _as_date(b.get("date_start"))
    gap = abs((da - db).days) if da and db else None
    if n_names >= 2:
        return gap is None or gap <= FOLLOW_UP_DAYS
    if dates_compatible(a, b, max_days) and places_compatible(a, b):
        return True
    if gap is not None and gap <= max_days:
        return True
    return _same_town(a, b) and gap is not None and gap <= FOLLOW_UP_DAYS


def late_follow_up(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two cases sharing two victim/suspect names or more may be one incident told
    again years later (a trial, a verdict): the same known city and state, incident dates
    more than a year and at most ``LATE_FOLLOW_UP_DAYS`` apart.

    Limits: namesakes in one town years apart would be joined, so ``link_cases`` lets
    such a link only join a lone article to a case, never two cases of several articles.
    """
    da, db = _as_date(a.get("date_start")), _as_date(b.get("date_start"))
    if da is None or db is None:
        return False
    return _same_town(a, b) and abs((da - db).days) <= LATE_FOLLOW_UP_DAYS


def _same_town(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """The same known city (any case) and state."""
    return bool(a.get("city") and a.get("state")) and (
        a["city"].lower() == (b.get("city") or "").lower() and a["state"] == b.get("state")
    )


def _close_and_same_place(a: dict[str, Any], b: dict[str, Any], max_days: int) -> bool:
    """For a shared name that is no victim or suspect in either: same state, close dates."""
    da, db = _as_date(a.get("date_start")), _as_date(b.get("date_start"))
    if da is None or db is None or abs((da - db).days) > max_days:
        return False
    return bool(a.get("state")) and a.get("state") == b.get("state")


def link_people(
    people: list[dict[str, Any]], cases: list[dict[str, Any]], case_ids: dict[str, str]
) -> list[dict[str, Any]]:
    """``persons`` rows: one per real person across the archive (see module doc)."""
    by_article = {c["article_id"]: c for c in cases}
    rows = list(enumerate(people))
    uf = UnionFind(range(len(people)))
    by_key: dict[str, list[int]] = defaultdict(list)
    for n, person in rows:
        key = name_key(person.get("name"))
        if key is not None:
            by_key[key].append(n)
    for members in by_key.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if _same_person(people[a], people[b], by_article, case_ids):
                    uf.union(a, b)
    persons = []
    for members in uf.groups().values():
        group = [people[n] for n in sorted(members)]
        persons.append(_person_row(group, by_article))
    persons.sort(key=lambda p: (p["name"] or "", p["person_id"]))
    return persons


def _same_person(
    a: dict[str, Any],
    b: dict[str, Any],
    by_article: dict[str, dict[str, Any]],
    case_ids: dict[str, str],
) -> bool:
    ca, cb = by_article.get(a["article_id"], {}), by_article.get(b["article_id"], {})
    if case_ids.get(a["article_id"]) and case_ids.get(a["article_id"]) == case_ids.get(
        b["article_id"]
    ):
        return True
    if a.get("age") is not None and b.get("age") is not None and abs(a["age"] - b["age"]) > 1:
        return False
    if not (ca.get("state") and ca.get("state") == cb.get("state")):
        return False
    da, db = _as_date(ca.get("date_start")), _as_date(cb.get("date_start"))
    return da is None or db is None or abs((da - db).days) <= 730


def _person_row(group: list[dict[str, Any]], by_article: dict[str, dict[str, Any]]) -> dict:
    def published(p: dict[str, Any]) -> tuple[date, str]:
        case = by_article.get(p["article_id"], {})
        return (_as_date(case.get("published")) or date.max, p["article_id"])

    group = sorted(group, key=published)
    names = [p["name"] for p in group if p.get("name")]
    name = max(names, key=lambda n: (len(n.split()), len(n)), default=None)
    key = name_key(name) or f"{group[0]['article_id']}:{group[0]['entity_id']}"
    aliases = sorted(
        {n for n in names if n != name}
        | {a for p in group for a in (p.get("aliases") or []) if a != name}
    )
    digest = hashlib.sha1(f"{key}|{group[0]['article_id']}".encode()).hexdigest()[:12]
    return {
        "person_id": f"per-{digest}",
        "name": name,
        "aliases": aliases,
        "article_ids": list(dict.fromkeys(p["article_id"] for p in group)),
        "entity_ids": [p["entity_id"] for p in group],
        "ages": sorted({p["age"] for p in group if p.get("age") is not None}),
        "case_roles": list(dict.fromkeys(p.get("case_role") or "other" for p in group)),
        "n_articles": len({p["article_id"] for p in group}),
    }


PEOPLE_COLUMNS = ["article_id", "entity_id", "name", "aliases", "age", "case_role"]


def link_outputs(out_dir: Path) -> dict[str, int]:
    """Fill ``case_id`` in ``cases.parquet`` and write ``persons.parquet`` in ``out_dir``.

    Each file is written to a temporary file in the folder and moved into place with
    ``os.replace``. Holds only the people columns it needs and the cases table in memory.
    Returns row counts ``{"cases": n, "persons": m}``; does nothing when a table is missing.
    """
    from pipeline.schemas import CASES, PERSONS

    out_dir = Path(out_dir)
    people_file, cases_file = out_dir / "people.parquet", out_dir / "cases.parquet"
    if not people_file.is_file() or not cases_file.is_file():
        return {}
    people = pq.read_table(people_file, columns=PEOPLE_COLUMNS).to_pylist()
    cases_table = pq.read_table(cases_file)
    cases = cases_table.to_pylist()
    ids = link_cases(people, cases)
    for case in cases:
        case["case_id"] = ids.get(case["article_id"])
    persons = link_people(people, cases, ids)
    metadata = cases_table.schema.metadata or {}
    _write_atomic(cases_file, pa.Table.from_pylist(cases, schema=CASES.with_metadata(metadata)))
    schema = PERSONS.with_metadata({"casefacts.table": "persons"})
    _write_atomic(out_dir / "persons.parquet", pa.Table.from_pylist(persons, schema=schema))
    return {"cases": len(cases), "persons": len(persons)}


def _write_atomic(path: Path, table: pa.Table) -> None:
    handle, tmp = tempfile.mkstemp(prefix=".tmp-link-", suffix=".parquet", dir=path.parent)
    os.close(handle)
    try:
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
