"""One incident date per case: the articles of one incident agree on its day.

Each article dates its incident alone (``pipeline.cases.incident.incident_date``); a
follow-up story about a trial or a funeral often names no day of the shooting, and a
story may date a later act. Once ``pipeline.cases.link.link_cases`` has grouped the
articles of one incident, ``agree_case_dates`` gives every member of a case of two or
more articles the day most of its members date from an event sentence (ties: the
earliest day, as an attack comes before the acts that follow it).

Limits: a count, not a weighing of the evidence: two stories repeating one wrong day
outvote a right one; a wrong link carries one incident's day to another. A row's own date
is kept in memory only (``own_date``), not in ``cases.parquet``: ``pipeline run`` links
the rows each article gives (fresh or from the cache), never the linked table again.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from typing import Any

VOTING_METHODS = ("event-sentence",)
DATE_KEYS = ("date", "date_start", "date_sentence", "date_article_id", "date_method")
OWN = "own_date"  # the article's own date fields, kept in a row whose date was voted
DAY_LENGTH = 10  # "YYYY-MM-DD"


def agree_case_dates(cases: list[dict[str, Any]], ids: dict[str, str]) -> int:
    """Give the members of each case of two articles or more the case's voted day.

    ``ids`` maps an article id to its case id. A changed row takes the day (``date``,
    ``date_start``), the sentence of a member that voted for it, that member's id
    (``date_article_id``) and ``date_method`` case-vote, and keeps its own date fields
    under ``own_date`` (not a table column) for ``restore_own_dates``. Works in place;
    returns how many rows changed.
    """
    members: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for case in cases:
        case_id = ids.get(case["article_id"])
        if case_id is not None:
            members[case_id].append(case)
    changed = 0
    for group in members.values():
        if len(group) < 2:
            continue
        voters = [
            c
            for c in group
            if c.get("date_method") in VOTING_METHODS and len(c.get("date") or "") == DAY_LENGTH
        ]
        if not voters:
            continue
        counts = Counter(c["date"] for c in voters)
        most = max(counts.values())
        day = min(d for d, n in counts.items() if n == most)
        source = next(c for c in voters if c["date"] == day)
        for case in group:
            if case.get("date") == day:
                continue
            case[OWN] = {k: case.get(k) for k in DATE_KEYS}
            case["date"] = day
            case["date_start"] = date.fromisoformat(day)
            case["date_sentence"] = source.get("date_sentence")
            case["date_article_id"] = source["article_id"]
            case["date_method"] = "case-vote"
            changed += 1
    return changed


def restore_own_dates(cases: list[dict[str, Any]]) -> None:
    """Put back each row's own date fields that ``agree_case_dates`` replaced (in place),
    so that linking the same rows again starts from what each article says."""
    for case in cases:
        own = case.pop(OWN, None)
        if own:
            case.update(own)
