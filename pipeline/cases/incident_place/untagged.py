"""Towns the NER missed, added as city candidates in US articles.

``add_untagged`` adds known US places before "police", "man", "teen", ... ("Sylvester
police", "a Palm Bay man": ``scanned_places``), after "shooting ... in" (``scene_places``,
also marked as scenes), after a street address ("at 4127 Pine Ridge Road, Goose Creek":
``address_places``), and the known places of 5,000+ people in the headline (``title_places``,
+3 whether tagged or not).

Limits: only places the gazetteer knows (US places of 500+ people) are found; a
capitalised word before "man" that is also the name of a town is taken as that town.
"""

from __future__ import annotations

import re

from pipeline.cases.incident_place.candidates import Candidates
from pipeline.cases.places import abbreviated_at, abbreviated_place, gazetteer
from pipeline.cases.scene import address_places, in_caption, scene_places
from pipeline.cases.words import CaseWords, SentenceIndex

TITLE_PLACE_BONUS = 3.0  # a known place of 5,000+ people in the headline (``title_places``)


def add_untagged(
    found: Candidates, text: str, title: str | None, sents: SentenceIndex, words: CaseWords
) -> None:
    """Add the towns the NER missed to ``found`` (known: +2) and +3 to the headline's
    known places (the module's docstring)."""
    for name, score in scanned_places(text, found.scores, sents, words).items():
        found.scores[name] = score
        found.known[name] = 2.0
    for name, score in scene_places(text, found.scores, found.person_words).items():
        found.scores[name] = score  # "a shooting in Alum Creek" the NER missed
        found.known[name] = 2.0
        found.scenes.add(name)
    for name, score in address_places(text, found.scores, found.person_words).items():
        found.scores[name] = score  # "at 4127 Pine Ridge Road, Goose Creek" the NER missed
        found.known[name] = 2.0
    for name in title_places(title):
        found.scores[name] = found.scores.get(name, 0.0) + TITLE_PLACE_BONUS
        found.known.setdefault(name, 2.0)


SCAN = re.compile(
    r"(?:\b(?:in|near|of)\s+)?((?:[A-Z][a-z]+|[A-Z]\.)(?:\s(?:[A-Z][a-z]+|[A-Z]\.)){0,2})"
    r"(?=(?:\s+(police|Police|man|woman|teen|teenager|boy|girl|resident|residents|home|"
    r"officers|detectives|native))|(?:,\s+[A-Z]))"
)
TITLE_WORDS = re.compile(r"(?:(?:Mt|St|Ft)\.?\s)?[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}")


def title_places(title: str | None, min_population: int = 5000) -> list[str]:
    """Known US places of 5,000+ people named in the headline ("Miami Boy Killed ...")."""
    if not title:
        return []
    gaz = gazetteer()
    found = []
    for match in TITLE_WORDS.finditer(title.split(" - ")[0]):
        words = match.group(0).split()
        for n in range(len(words), 0, -1):  # longest known prefix: "Los Angeles Man"
            name = " ".join(words[:n])
            name = abbreviated_place(name) or name  # "Mt. Juliet Shooting": Mount Juliet
            pops = gaz.cities.get(name.lower(), {})
            if pops and max(pops.values()) >= min_population and not gaz.state_code(name):
                found.append(gaz.spelled(name))
                break
    return found


def scanned_places(
    text: str, found: dict[str, float], sents: SentenceIndex, words: CaseWords
) -> dict[str, float]:
    """Known US places the NER missed: "Sylvester police", "a Palm Bay man".

    Only names in the gazetteer, before "police"/"man"/"teen"/... ; scored +1, +2 in a
    sentence with an event word, +2 before "police". Names already found are left alone.
    """
    gaz = gazetteer()
    out: dict[str, float] = {}
    for match in SCAN.finditer(text):
        name = match.group(1)
        name = abbreviated_at(text, match.start(1), name) or name  # "Mt. Oliver police"
        if name in found or name in out or not match.group(2):
            continue
        if not gaz.city_states(name) or gaz.state_code(name) or in_caption(text, match.start(1)):
            continue  # unknown, a state, or another story's in a video carousel
        n = sents.index(match.start(1))
        score = 1.0 + (2.0 if sents.words[n] & words.event_words else 0.0)
        if match.group(2) in ("police", "Police"):
            score += 2
        out[name] = score
    return out
