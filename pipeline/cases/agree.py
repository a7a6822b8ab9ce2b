"""One date and one place per case: the articles of one incident agree on them.

Each article dates and places its incident alone (``pipeline.cases.incident_date``,
``pipeline.cases.incident_place``); a follow-up story about a trial or a funeral often names
no day of the shooting, may date a later act, or names the court's town. Once
``pipeline.cases.link.link_cases`` has grouped the articles of one incident, the members of
a case of two or more articles agree:

* ``agree_case_dates``: the day most members date from an event sentence (ties: the
  earliest day, as an attack comes before the acts that follow it);
* ``agree_case_places``: the city and state more members give than any other, a city
  named in a sentence about the event weighing 1.25; a tie goes to the place with more
  people (the city over its neighbourhood, suburb or county), else changes nothing.

A changed row gets ``case-vote`` as its method and the evidence sentence and article id
of a member that voted for the winner.

Limits: a count, not a weighing of the evidence: two stories repeating one wrong day or
town outvote a right one; a wrong link carries one incident's facts to another. A row's
own fields are kept in memory only (under ``own_date`` / ``own_place``), not in
``cases.parquet``: ``pipeline run`` links the rows each article gives (fresh or from the
cache), never the linked table again.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable
from datetime import date
from typing import Any

from pipeline.cases.places import gazetteer

DATE_VOTING_METHODS = ("event-sentence",)
DATE_KEYS = ("date", "date_start", "date_sentence", "date_article_id", "date_method")
PLACE_KEYS = (
    "place",
    "city",
    "state",
    "country",
    "place_sentence",
    "place_article_id",
    "place_method",
)
OWN_DATE, OWN_PLACE = "own_date", "own_place"  # a row's own fields, kept when voted over
CASE_VOTE = "case-vote"
# a city named in a sentence about the event weighs a little more: it breaks a tie
PLACE_VOTE = {"event-sentence": 1.25, "text": 1.0, "outlet": 1.0}
DAY_LENGTH = 10  # "YYYY-MM-DD"

Row = dict[str, Any]
PlaceKey = tuple[str, str | None]  # lower-case city, state name


def _groups(cases: list[Row], ids: dict[str, str]) -> list[list[Row]]:
    """The rows of each case of two articles or more."""
    members: dict[str, list[Row]] = defaultdict(list)
    for case in cases:
        case_id = ids.get(case["article_id"])
        if case_id is not None:
            members[case_id].append(case)
    return [group for group in members.values() if len(group) >= 2]


def _give(
    group: list[Row],
    source: Row,
    key: Callable[[Row], Hashable],
    prefix: str,
    keys: tuple[str, ...],
) -> int:
    """Copy ``source``'s ``keys`` to the rows of ``group`` whose ``key`` differs from the
    source's, keeping their own values under ``own_<prefix>``, with ``<prefix>_article_id``
    the source's id and ``<prefix>_method`` case-vote; returns how many rows changed."""
    own, winner = f"own_{prefix}", key(source)
    changed = 0
    for case in group:
        if key(case) == winner:
            continue
        case.setdefault(own, {k: case.get(k) for k in keys})  # the article's own, kept once
        case.update({k: source.get(k) for k in keys})
        case[f"{prefix}_article_id"] = source["article_id"]
        case[f"{prefix}_method"] = CASE_VOTE
        changed += 1
    return changed


def agree_case_dates(cases: list[Row], ids: dict[str, str]) -> int:
    """Give the members of each case of two articles or more the case's voted day.

    ``ids`` maps an article id to its case id. A changed row takes the day (``date``,
    ``date_start``), the sentence of a member that voted for it, that member's id
    (``date_article_id``) and ``date_method`` case-vote, and keeps its own date fields
    under ``own_date`` (not a table column) for ``restore_own``. Works in place;
    returns how many rows changed.
    """
    changed = 0
    for group in _groups(cases, ids):
        voters = [
            c
            for c in group
            if c.get("date_method") in DATE_VOTING_METHODS
            and len(c.get("date") or "") == DAY_LENGTH
        ]
        if not voters:
            continue
        counts = Counter(c["date"] for c in voters)
        most = max(counts.values())
        day = min(d for d, n in counts.items() if n == most)
        source = dict(next(c for c in voters if c["date"] == day))
        source["date_start"] = date.fromisoformat(day)
        changed += _give(group, source, _date_key, "date", DATE_KEYS)
    return changed


def agree_case_places(cases: list[Row], ids: dict[str, str]) -> int:
    """Give the members of each case of two articles or more the case's voted place.

    The vote is over ``(city, state)`` of the members with a city (named in the article or
    an outlet's), each weighing ``PLACE_VOTE`` of its ``place_method``; a winner needs
    more weight than any other place, or as much and more people (``_place_winner``).
    A changed row takes the winner's place fields (``place``, ``city``, ``state``,
    ``country``, ``place_sentence``), ``place_article_id`` and ``place_method``
    case-vote, keeping its own under ``own_place``. Works in place; returns the count.
    """
    changed = 0
    for group in _groups(cases, ids):
        counts: Counter[PlaceKey] = Counter()
        for c in group:
            if c.get("city"):
                counts[_place_key(c)] += PLACE_VOTE.get(c.get("place_method"), 1.0)
        key = _place_winner(counts)
        if key is None:
            continue
        source = next(c for c in group if c.get("city") and _place_key(c) == key)
        changed += _give(group, source, _place_key, "place", PLACE_KEYS)
    return changed


def _place_winner(counts: Counter[PlaceKey]) -> PlaceKey | None:
    """The place with the most vote weight; a tie goes to the place with more people
    (gazetteer population in its state: a county, unknown to the city list, counts 0),
    so a city beats its neighbourhood, suburb or county (Dallas over Garland, a town over
    "X County"). None when no place has a vote or a tie stays.

    Limits: a big city a story names only as the media market (a TV station's home)
    wins a tie against the smaller town where the shooting was."""
    if not counts:
        return None
    most = max(counts.values())
    leaders = [key for key, weight in counts.items() if weight == most]
    if len(leaders) == 1:
        return leaders[0]
    people = sorted(((_population(key), key) for key in leaders), key=lambda pk: -pk[0])
    if people[0][0] == people[1][0]:
        return None
    return people[0][1]


def _population(key: PlaceKey) -> int:
    """People of a ``(city, state name)`` place in the gazetteer, 0 when unknown."""
    city, state = key
    gaz = gazetteer()
    code = gaz.state_code(state) if state else None
    if not city or not code:
        return 0
    return gaz.city_states(city).get(code, 0)


def _date_key(case: Row) -> Hashable:
    return case.get("date")


def _place_key(case: Row) -> PlaceKey:
    return ((case.get("city") or "").lower(), case.get("state"))


def restore_own(cases: list[Row]) -> None:
    """Put back each row's own date and place fields that a vote replaced (in place),
    so that linking the same rows again starts from what each article says."""
    for case in cases:
        for own in (OWN_DATE, OWN_PLACE):
            fields = case.pop(own, None)
            if fields:
                case.update(fields)
