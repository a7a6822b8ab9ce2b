"""The whole pipeline on corpus/: the facts a reader of the user's article would check."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from pipeline.config import Config
from pipeline.run import run_pipeline

ROOT = Path(__file__).parents[1]
SEED = "000_a43bdba0afa9a79a.txt"


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    out = tmp_path_factory.mktemp("outputs")
    run_pipeline(ROOT / "corpus", out, Config(), progress=False)
    return {p.stem: pd.read_parquet(p) for p in out.glob("*.parquet")}


@pytest.fixture(scope="module")
def seed_id(tables: dict[str, pd.DataFrame]) -> str:
    articles = tables["articles"]
    return articles.loc[articles["path"] == SEED, "article_id"].item()


def _of(table: pd.DataFrame, article_id: str) -> pd.DataFrame:
    return table[table["article_id"] == article_id]


def test_every_corpus_file_is_accounted_for(tables: dict[str, pd.DataFrame]) -> None:
    files = sorted(
        p.relative_to(ROOT / "corpus").as_posix()
        for p in (ROOT / "corpus").rglob("*")
        if p.is_file()
    )
    paths = set(tables["articles"]["path"])
    assert set(files) <= paths
    assert (tables["articles"]["status"] != "error").all()


def test_seed_published_and_text(tables: dict[str, pd.DataFrame], seed_id: str) -> None:
    row = _of(tables["articles"], seed_id).iloc[0]
    assert row["published"] == date(2023, 11, 16)
    assert row["text"].startswith("Eight Metropolitan Police officers")


PEOPLE = [
    ("Stephen Port", 47),
    ("Anthony Walgate", 23),
    ("Gabriel Kovari", 22),
    ("Daniel Whitworth", 21),
    ("Jack Taylor", 25),
    ("Neil Hudgell", None),
    ("Steve Noonan", None),
    ("Jon Savell", None),
]


@pytest.mark.parametrize(("name", "age"), PEOPLE)
def test_seed_people_and_ages(
    tables: dict[str, pd.DataFrame], seed_id: str, name: str, age: int | None
) -> None:
    people = _of(tables["people"], seed_id)
    match = people[people["name"] == name]
    assert len(match) == 1, f"{name} should be one person, got {people['name'].tolist()}"
    if age is not None:
        assert match["age"].item() == age


def test_seed_port_alias_and_no_false_people(tables: dict[str, pd.DataFrame], seed_id: str) -> None:
    people = _of(tables["people"], seed_id)
    port = people[people["name"] == "Stephen Port"].iloc[0]
    assert "Port" in list(port["aliases"])
    names = {n.lower() for n in people["name"]}
    assert not names & {"clockwise", "coroner", "coroner’s", "port"}


@pytest.mark.parametrize(
    ("name", "alias"),
    [
        ("Independent Office for Police Conduct", "IOPC"),
        ("Metropolitan Police", "Met"),
        ("Hudgell Solicitors", None),
    ],
)
def test_seed_organisations(
    tables: dict[str, pd.DataFrame], seed_id: str, name: str, alias: str | None
) -> None:
    orgs = _of(tables["organisations"], seed_id)
    match = orgs[orgs["name"] == name]
    assert len(match) == 1, f"{name} missing from {orgs['name'].tolist()}"
    if alias:
        assert alias in list(match.iloc[0]["aliases"])


def test_seed_places(tables: dict[str, pd.DataFrame], seed_id: str) -> None:
    places = _of(tables["places"], seed_id)
    names = set(places["name"])
    assert {"Barking", "London"} <= names
    all_forms = names | {a for aliases in places["aliases"] for a in aliases}
    assert "Port" not in all_forms


def test_seed_dates(tables: dict[str, pd.DataFrame], seed_id: str) -> None:
    dates = _of(tables["dates"], seed_id)
    values = set(dates["value"])
    assert {"2021", "2014-06", "2015-09", "2016", "2021-12", "2018-08"} <= values
    assert not set(dates["text"]) & {"47", "22", "21", "25", "23-year-old"}
    june = dates[dates["value"] == "2014-06"].iloc[0]
    assert june["range"] == "2014-06/2015-09"
    assert june["start"] == date(2014, 6, 1)


def test_seed_facts_have_evidence(tables: dict[str, pd.DataFrame], seed_id: str) -> None:
    facts = _of(tables["facts"], seed_id)
    text = _of(tables["articles"], seed_id).iloc[0]["text"]
    noonan = facts[facts["subject_name"] == "Steve Noonan"]
    assert "regional director" in set(noonan[noonan["predicate"] == "per:title"]["object"])
    employers = set(noonan[noonan["predicate"] == "per:employee_of"]["object"])
    assert employers & {"Independent Office for Police Conduct", "IOPC"}
    for row in facts.itertuples():
        assert text[row.start_char : row.end_char] in row.sentence
