"""The street of the incident: an address or a FAC entity named in an event sentence.

Limits: only addresses of one to three capitalised words and a street word ("Drive",
"Ave", "Pike") are seen; the first event sentence with one wins, whatever it is the
address of (a court's address is skipped); any FAC entity in an event sentence that is
not a court, hospital, station, jail or office counts as the scene.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.cases.words import CaseWords, SentenceIndex

STREET = re.compile(
    r"\b(?:(?:\d+|the \d+)(?:[- ]block of )?|\d+ )?(?:[NSEW]\.? )?"
    r"(?:[A-Z][a-z0-9]+ ){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|"
    r"Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Terrace|Trail|Pike)\b\.?"
)
COURTS = re.compile(
    r"(?i)\b(?:crown|magistrates'?|county|high|municipal|district|superior|circuit|family|"
    r"supreme|juvenile|criminal)\s+court\b"
)
NOT_SCENES = re.compile(r"(?i)\b(?:court|hospital|station|police|prison|jail|office|center)\b")


def incident_street(
    text: str, rows: dict[str, list[dict[str, Any]]], sents: SentenceIndex, words: CaseWords
) -> str | None:
    """The first street address of an event sentence ("2100 block of Thistlewood Drive"),
    else the first FAC entity mentioned in one, else None.

    Courts, hospitals, police stations, jails and offices are where the story goes
    afterwards, not the scene: they are skipped.
    """
    for n, sentence in enumerate(sents.texts):
        if not sents.words[n] & words.event_words:
            continue
        match = STREET.search(sentence)
        if match and not COURTS.search(match.group(0)):
            street = match.group(0).strip().rstrip(".")
            return street[4:] if street.startswith("the ") else street
    names = {
        p["entity_id"]: p["name"]
        for p in rows.get("places", [])
        if p.get("label") == "FAC" and not NOT_SCENES.search(p["name"])
    }
    for mention in rows.get("mentions", []):
        if mention.get("entity_id") in names:
            n = sents.index(mention["start_char"])
            if sents.words[n] & words.event_words:
                return names[mention["entity_id"]]
    return None
