"""Arrow schemas of every output table, with a one-line description per column.

The descriptions are the documentation: ``tests/test_schemas.py`` checks that each column
appears in the README, and they are stored as field metadata in every Parquet file.
"""

from __future__ import annotations

import pyarrow as pa

STR = pa.string()
INT = pa.int32()
DATE = pa.date32()
LIST_STR = pa.list_(pa.string())


def _field(name: str, kind: pa.DataType, doc: str, nullable: bool = True) -> pa.Field:
    return pa.field(name, kind, nullable=nullable, metadata={"doc": doc})


PROVENANCE = [
    _field("start_char", INT, "offset of the first character in the article text"),
    _field("end_char", INT, "offset one past the last character (Python slice end)"),
    _field("sentence", STR, "the evidence sentence containing the span"),
    _field("method", STR, "the rule or model that produced the row"),
]

ARTICLES = pa.schema(
    [
        _field(
            "article_id", STR, "stable id: hash of the relative path (and line of a .jsonl)", False
        ),
        _field("path", STR, "file path relative to the input folder, '/'-separated", False),
        _field("line", INT, "1-based line number inside a .jsonl file, else null"),
        _field("title", STR, "headline from metadata, <title> or a headline first line"),
        _field("published", DATE, "publication date (null when none was found)"),
        _field(
            "published_source",
            STR,
            "where the date came from: json, front_matter, html, inline, filename or none",
        ),
        _field("source_url", STR, "URL given by the article's metadata, if any"),
        _field("encoding", STR, "detected text encoding of the file"),
        _field("n_words", INT, "whitespace-separated words in the text"),
        _field("n_chars", INT, "characters in the text"),
        _field(
            "content_hash",
            STR,
            "sha256 of the text: with the config fingerprint, decides re-processing",
        ),
        _field("status", STR, "ok, empty, skipped or error", False),
        _field("error", STR, "why the article is skipped or failed, else null"),
        _field("text", STR, "the article text all offsets point into"),
    ]
)

MENTIONS = pa.schema(
    [
        _field("article_id", STR, "article the mention is in", False),
        _field(
            "entity_id", STR, "entity the mention belongs to (see people, organisations, places)"
        ),
        _field("label", STR, "PERSON, ORG, GPE, LOC, FAC or NORP after document-level correction"),
        _field("text", STR, "the mention as written"),
        *PROVENANCE,
    ]
)

PEOPLE = pa.schema(
    [
        _field("article_id", STR, "article the person is mentioned in", False),
        _field("entity_id", STR, "stable id of the person within the article", False),
        _field("name", STR, "fullest form of the name, without titles"),
        _field("aliases", LIST_STR, "other forms used for the person (surname, 'Mr Port', ...)"),
        _field(
            "name_method",
            STR,
            "how name was formed: 'text' (written so in the article) or the rule that gave a "
            "given name the surname of a relative the article names: rule:kin-given-name "
            "('Carl Brennig ... his wife, Dana'), rule:coordinated-name ('Omar and Jamar "
            "Hamlin'), rule:kin-relative (an unnamed relative, 'his 5-year-old son', known "
            "by the owner's surname)",
        ),
        _field("age", INT, "stated age (null when none is stated)"),
        _field("age_sentence", STR, "the sentence that states the age"),
        _field(
            "roles", LIST_STR, "titles and descriptions: 'regional director', 'fashion student'"
        ),
        _field("n_mentions", INT, "mentions of the person in the article"),
        _field("first_char", INT, "offset of the first mention"),
        _field(
            "case_role",
            STR,
            "role in the incident: victim, suspect, official, lawyer, relative, witness "
            "or other (the evidence is in facts, predicate case:role)",
        ),
        _field(
            "status",
            LIST_STR,
            "what happened to the person: killed, injured, arrested, charged, convicted, sentenced",
        ),
    ]
)

ORGANISATIONS = pa.schema(
    [
        _field("article_id", STR, "article the organisation is mentioned in", False),
        _field("entity_id", STR, "stable id of the organisation within the article", False),
        _field("name", STR, "long form of the name"),
        _field("aliases", LIST_STR, "acronyms, short forms and other spellings"),
        _field("n_mentions", INT, "mentions in the article"),
        _field("first_char", INT, "offset of the first mention"),
    ]
)

PLACES = pa.schema(
    [
        _field("article_id", STR, "article the place is mentioned in", False),
        _field("entity_id", STR, "stable id of the place within the article", False),
        _field("name", STR, "fullest form of the place name"),
        _field(
            "label",
            STR,
            "GPE (city, state, country), LOC (region, river) or FAC (building, street)",
        ),
        _field("aliases", LIST_STR, "other forms used"),
        _field("n_mentions", INT, "mentions in the article"),
        _field("first_char", INT, "offset of the first mention"),
    ]
)

DATES = pa.schema(
    [
        _field("article_id", STR, "article the expression is in", False),
        _field("text", STR, "the temporal expression as written"),
        _field("type", STR, "TIMEX3 type: DATE, TIME, DURATION or SET"),
        _field(
            "value",
            STR,
            "TIMEX3 value: 2021, 2014-06, 2023-11-16, 2019-W25, 2023-SU, P40Y, PRESENT_REF ...",
        ),
        _field("start", DATE, "first day the value covers (null for durations and references)"),
        _field("end", DATE, "last day the value covers"),
        _field(
            "granularity",
            STR,
            "century, decade, year, season, quarter, month, week, day, "
            "time, duration, set or reference",
        ),
        _field("range", STR, "for an end point of a range, the whole range as 'FROM/TO' values"),
        *PROVENANCE,
    ]
)

FACTS = pa.schema(
    [
        _field("article_id", STR, "article the fact is stated in", False),
        _field("subject", STR, "entity_id the fact is about", False),
        _field("subject_name", STR, "name of the subject entity"),
        _field(
            "predicate",
            STR,
            "slot name: per:age, per:title, per:employee_of, "
            "per:other_family, org:alternate_name, ...",
        ),
        _field("object", STR, "the value: an age, a title, an organisation name, an alias"),
        _field("object_id", STR, "entity_id of the object when it is an entity, else null"),
        *PROVENANCE,
    ]
)

QUOTES = pa.schema(
    [
        _field("article_id", STR, "article the quote is in", False),
        _field("speaker_id", STR, "entity_id of the speaker (a person or an organisation)"),
        _field("speaker", STR, "name of the speaker as resolved"),
        _field("quote", STR, "the quoted words, without quotation marks"),
        *PROVENANCE,
    ]
)

QUANTITIES = pa.schema(
    [
        _field("article_id", STR, "article the count is in", False),
        _field("quantity", pa.int64(), "the number, as an integer"),
        _field("unit", STR, "what is counted (the noun: 'officers', 'documents')"),
        _field("text", STR, "the phrase as written"),
        *PROVENANCE,
    ]
)

CASES = pa.schema(
    [
        _field(
            "article_id",
            STR,
            "article reporting the incident (at most one case per article; none for an "
            "article without crime or incident words)",
            False,
        ),
        _field(
            "case_id",
            STR,
            "incident id shared by the articles that report the same incident "
            "(filled by the corpus-level linking step)",
        ),
        _field("published", DATE, "publication date of the article"),
        _field("case_type", STR, "shooting, stabbing, killing, assault or death"),
        _field(
            "date",
            STR,
            "TIMEX3 value of the incident date, day granularity (YYYY-MM-DD); a month, "
            "year or range (2014-06/2015-09) when only the period is known (event-period)",
        ),
        _field("date_start", DATE, "the incident date as a date"),
        _field("date_sentence", STR, "the sentence the incident date comes from"),
        _field(
            "date_article_id",
            STR,
            "the article date_sentence is from: this one, or another article of the case "
            "(case-vote)",
        ),
        _field(
            "date_method",
            STR,
            "event-sentence, event-period (a month, year or range), today, "
            "published-fallback (no date found: the publication date) or case-vote (the "
            "day most articles of its case date from an event sentence, set when linking)",
        ),
        _field("place", STR, "most specific place: street, city, state, country"),
        _field("city", STR, "city (or county) of the incident"),
        _field("state", STR, "US state of the incident"),
        _field("country", STR, "country of the incident"),
        _field("place_sentence", STR, "a sentence (or the title) that names the city"),
        _field(
            "place_article_id",
            STR,
            "the article the place comes from (place_sentence, when there is one, is from "
            "it): this one, or another article of the case (case-vote)",
        ),
        _field(
            "place_method",
            STR,
            "event-sentence (the city is named in a sentence about the event), text "
            "(named elsewhere in the article), outlet (named nowhere: the city of a local "
            "outlet, or a town read from a county name) or case-vote (the city and state "
            "most articles of its case give, set when linking)",
        ),
        _field("victims", LIST_STR, "entity_ids of the people with case_role victim"),
        _field("suspects", LIST_STR, "entity_ids of the people with case_role suspect"),
        _field("n_killed", INT, "named victims and suspects with status killed"),
        _field("n_injured", INT, "named victims and suspects with status injured"),
        _field("method", STR, "weapon or means: gun, knife, vehicle, drugs, blunt object"),
    ]
)

PERSONS = pa.schema(
    [
        _field("person_id", STR, "stable id of the person across the archive", False),
        _field("name", STR, "fullest form of the name"),
        _field("aliases", LIST_STR, "other forms used in any article"),
        _field("article_ids", LIST_STR, "articles that mention the person, earliest first"),
        _field("entity_ids", LIST_STR, "the person's entity_id in each article (people table)"),
        _field("ages", pa.list_(INT), "distinct stated ages"),
        _field("case_roles", LIST_STR, "distinct case roles across the articles"),
        _field("n_articles", INT, "number of articles that mention the person"),
    ]
)

TABLES: dict[str, pa.Schema] = {
    "articles": ARTICLES,
    "mentions": MENTIONS,
    "people": PEOPLE,
    "organisations": ORGANISATIONS,
    "places": PLACES,
    "dates": DATES,
    "facts": FACTS,
    "quotes": QUOTES,
    "quantities": QUANTITIES,
    "cases": CASES,
}

# Tables made per article (everything but ``articles``), in writing order.
ARTICLE_TABLES = [name for name in TABLES if name != "articles"]

# Tables made from the whole archive after a run (``pipeline.cases.link``).
CORPUS_TABLES: dict[str, pa.Schema] = {"persons": PERSONS}


def column_docs() -> dict[str, dict[str, str]]:
    """``{table: {column: description}}`` for every table."""
    return {
        table: {f.name: (f.metadata or {}).get(b"doc", b"").decode() for f in schema}
        for table, schema in {**TABLES, **CORPUS_TABLES}.items()
    }


def restore_dates(table: str, rows: list[dict]) -> list[dict]:
    """Turn ISO strings back into ``datetime.date`` in the date columns of ``table`` rows.

    Rows that went through JSON (stage files, the cache) carry dates as strings; Arrow's
    ``date32`` needs ``date`` objects. Works in place and returns ``rows``.
    """
    from datetime import date

    columns = [f.name for f in TABLES[table] if f.type == DATE]
    for row in rows:
        for column in columns:
            if isinstance(row.get(column), str):
                row[column] = date.fromisoformat(row[column])
    return rows


def markdown_docs() -> str:
    """Markdown for the README: one section per table with a row per column."""
    parts = []
    for table, schema in {**TABLES, **CORPUS_TABLES}.items():
        parts.append(f"#### `{table}`\n\n| column | type | meaning |\n|---|---|---|")
        for f in schema:
            doc = (f.metadata or {}).get(b"doc", b"").decode()
            parts.append(f"| `{f.name}` | {f.type} | {doc} |")
        parts.append("")
    return "\n".join(parts)
