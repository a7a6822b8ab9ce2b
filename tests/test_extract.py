"""extract: long texts are cut at paragraph breaks and offsets survive the round trip."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import Extraction, chunk_text
from pipeline.records import Claim, Mention
from pipeline.timex import Timex


@pytest.mark.parametrize("max_chars", [10, 25, 60, 1000])
def test_chunks_cover_the_text_exactly(max_chars: int) -> None:
    text = "First para here.\n\nSecond paragraph is a bit longer.\nThird line.\n\nEnd."
    chunks = chunk_text(text, max_chars)
    assert "".join(piece for _, piece in chunks) == text
    for offset, piece in chunks:
        assert text[offset : offset + len(piece)] == piece
        assert len(piece) <= max_chars


def test_chunks_prefer_paragraph_breaks() -> None:
    text = "a" * 30 + "\n\n" + "b" * 30
    assert [p for _, p in chunk_text(text, 40)] == ["a" * 30 + "\n\n", "b" * 30]


def test_extraction_json_round_trip_and_shift() -> None:
    extraction = Extraction(
        sentences=[(0, 10)],
        mentions=[Mention(0, 4, "Port", "PERSON")],
        claims=[Claim(0, 4, "per:age", "47", 6, 8, "rule:x")],
        timexes=[
            Timex(
                0,
                4,
                "2016",
                "DATE",
                "2016",
                date(2016, 1, 1),
                date(2016, 12, 31),
                "year",
                None,
                "timex:absolute",
            )
        ],
    )
    assert Extraction.from_json(extraction.to_json()) == extraction
    moved = extraction.shifted(100)
    assert moved.mentions[0].start == 100
    assert moved.claims[0].target_end == 104
    assert moved.claims[0].object_start is None
    assert moved.timexes[0].start_char == 100
