"""The loader: every table found, dtypes as documented in ``pipeline.loader``."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import pipeline
from pipeline.loader import load_tables
from pipeline.schemas import TABLES
from tests.fake_outputs import HOSTILE_ID, PORT_ID, write_fake_outputs


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> dict[str, pd.DataFrame]:
    out = write_fake_outputs(tmp_path_factory.mktemp("out"), part_folders=("quotes",))
    return load_tables(out)


def test_every_table_is_loaded_known_ones_first(tables):
    assert list(tables) == [*TABLES, "clusters"]


def test_part_folder_is_read_whole(tables):
    assert len(tables["quotes"]) == 1
    assert tables["quotes"].loc[0, "speaker"] == "Acme & Sons <Ltd>"


def test_columns_follow_the_schemas(tables):
    for name, schema in TABLES.items():
        assert list(tables[name].columns) == schema.names, name


def test_dates_are_date_objects_or_none(tables):
    published = tables["articles"].set_index("article_id")["published"]
    assert published.dtype == object
    assert published[PORT_ID] == dt.date(2023, 11, 16)
    assert type(published[PORT_ID]) is dt.date
    assert published.isna().sum() == 1
    starts = tables["dates"]["start"]
    assert all(type(d) is dt.date for d in starts)


def test_lists_are_python_lists_and_null_lists_are_empty(tables):
    people = tables["people"].set_index("name")
    assert people.loc["Stephen Port", "aliases"] == ["Port"]
    assert people.loc["Gabriel Kovari", "roles"] == []
    assert all(type(v) is list for v in tables["people"]["aliases"])
    assert tables["clusters"].loc[0, "article_ids"] == [PORT_ID]


def test_integers_stay_integers_when_some_are_missing(tables):
    ages = tables["people"].set_index("name")["age"]
    assert str(ages.dtype) == "Int32"
    assert ages["Stephen Port"] == 47
    assert pd.isna(ages["Jane Doe"])


def test_strings_are_a_string_dtype(tables):
    articles = tables["articles"]
    assert pd.api.types.is_string_dtype(articles["text"])
    hostile = articles.set_index("article_id").loc[HOSTILE_ID, "text"]
    assert "<script>" in hostile  # stored as written; escaping is the report's job


def test_absent_tables_are_absent(tmp_path):
    write_fake_outputs(tmp_path)
    (tmp_path / "quantities.parquet").unlink()
    (tmp_path / "_stage.parquet").write_bytes(b"not parquet")  # ignored: starts with '_'
    assert "quantities" not in pipeline.load(str(tmp_path))


def test_missing_folder_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_tables(tmp_path / "nope")


def test_parquet_glob_points_duckdb_at_files_and_part_folders(tmp_path):
    import duckdb

    from pipeline.loader import parquet_glob

    write_fake_outputs(tmp_path, part_folders=("people",))
    assert parquet_glob(tmp_path, "articles") == str(tmp_path / "articles.parquet")
    people = parquet_glob(tmp_path, "people")
    assert people == str(tmp_path / "people" / "*.parquet")
    rows = duckdb.connect().execute(f"select count(*) from read_parquet('{people}')").fetchall()
    assert rows == [(4,)]
    with pytest.raises(FileNotFoundError):
        parquet_glob(tmp_path, "persons")
