"""Words around a place mention that mark it as the scene of the incident or not.

``scene_bonus`` scores one place mention of an article from the few words around it
(``models/lexicons/scene_words.json``): "the Gary shooting" and "was shot Friday in
Alum Creek" name the scene; "a Lufkin man", "Roanoke Regional Medical Center" and
"airlifted to Jacksonville" name a home town, a hospital or a place the story moved to.

A possessive may stand between ("shot ... in their Roswell home").

Limits: regexes over a short window only (no parse): "shot in the leg in Dayton" is a
scene, but so is a place after "killed ... in" two clauses away; a home town that is
also the scene is marked down all the same (its other mentions keep their score).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.alternation import alternatives
from pipeline.cases.lexicon import load_json
from pipeline.cases.places import abbreviated_at, gazetteer

SCENE_AFTER_BONUS = 3.0  # "the Gary shooting", "Sharon shooting"
SCENE_BEFORE_BONUS = 3.0  # "shot ... in Alum Creek"
RESIDENT_MALUS = 2.0  # "a Lufkin man"
CARE_MALUS = 3.0  # "Roanoke Regional Medical Center", "taken to ... in Jacksonville"
BEFORE_WINDOW = 60  # characters looked at before a mention
AFTER_WINDOW = 30  # characters looked at after it
PLURAL_STREETS = r"(?:[Ss]treets|[Aa]venues|[Rr]oads|[Bb]oulevards|[Dd]rives)\b"
INTERSECTION_BEFORE = re.compile(r"\b[A-Z0-9][\w.]*[ \t]+(?:and|&)[ \t]+$")  # "Prospect" half
PLURAL_STREET_AFTER = re.compile(rf"[ \t]+{PLURAL_STREETS}")


HOME_BEFORE = re.compile(r"\b(?:[Ff]rom|[Nn]ative of|resident of)\s+$")  # "a teen from X"
PERSON_OF = re.compile(
    r"(?:\b([A-Z][a-z]+)(?:,?[ \t]+(?:Jr|Sr|II|III)\.?)?|,[ \t]*(\d{1,3})),?[ \t]+of[ \t]+$"
)  # "George Halloran of X", "Jacques Shelburne, 26, of X"


@dataclass(frozen=True)
class ScenePatterns:
    """Compiled patterns of ``scene_words.json``."""

    scene_after: re.Pattern[str]
    scene_before: re.Pattern[str]
    resident_after: re.Pattern[str]
    care_after: re.Pattern[str]
    moved_before: re.Pattern[str]
    scene_scan: re.Pattern[str]
    address_scan: re.Pattern[str]
    street_after: re.Pattern[str]
    compass_leads: frozenset[str]
    network_names: frozenset[str]


@lru_cache(maxsize=1)
def scene_patterns() -> ScenePatterns:
    """The patterns (cached)."""
    data = load_json("scene_words.json")
    scene = alternatives(data["scene_nouns"])
    before = alternatives(data["scene_words"])
    resident = alternatives(data["resident_nouns"])
    care = alternatives(data["care_words"])
    moved = alternatives(data["moved_words"])
    street = alternatives(data["street_suffixes"])
    return ScenePatterns(
        scene_after=re.compile(rf"^(?:['’]s)?\s+(?:{scene})\b", re.I),
        scene_before=re.compile(
            rf"\b(?:{before})\b[^.;:!?\"“”]{{0,45}}?\b(?:in|near|at|outside)\s+"
            r"(?:(?:the|a|an|his|her|their)\s+)?(?:(?:town|city|village|community|borough|township)\s+of\s+)?$",
            re.I,
        ),
        resident_after=re.compile(
            rf"^\s+(?:{resident})\b|^,\s+(?:a|an)\s+(?:\w+\s+)?(?:suburb|city|town)\b"
        ),
        care_after=re.compile(rf"^[\s-]+(?:[A-Z][a-z]+\s+)?(?:{care})\b", re.I),
        scene_scan=re.compile(
            rf"\b(?:{before})\b[^.;:!?\"“”\n]{{0,45}}?\b(?:in|near|outside)\s+"
            r"((?:[A-Z][a-z]+|[A-Z]\.)(?:\s[A-Z][a-z]+){0,2})"
        ),
        moved_before=re.compile(rf"\b(?:{moved})\s+(?:[\w'’-]+\s+){{0,4}}?(?:in\s+)?$", re.I),
        address_scan=re.compile(
            r"\b(?:\d+[ \t]+|block[ \t]+of[ \t]+|on[ \t]+)(?:[NSEW]\.?[ \t]+)?"
            rf"(?:[A-Z0-9][\w.'’-]*[ \t]+){{1,3}}?(?:{street})\b\.?(?:[ \t]+[NSEW][EW]?\b\.?)?"
            r"(?:,[ \t]*|[ \t]+in[ \t]+)((?:[A-Z][a-z]+|[A-Z]\.)(?:[ \t][A-Z][a-z]+){0,2})"
        ),
        street_after=re.compile(
            rf"(?:[ \t]+[A-Z][a-z]+){{0,2}}[ \t]+(?:{street})\b"
            rf"|[ \t]+(?:and|&)[ \t]+(?:[A-Z0-9][\w.]*[ \t]+){{1,3}}?{PLURAL_STREETS}"
        ),
        compass_leads=frozenset(data["compass_leads"]),
        network_names=frozenset(data["network_names"]),
    )


def scene_bonus(text: str, start: int, end: int) -> float:
    """The score change of the place mention ``text[start:end]`` from the words around it.

    + for a scene noun after it or a scene word shortly before "in/near/at" it; - for a
    resident noun after it ("a Lufkin man") or "from"/"native of" before it, a hospital
    after it, or a move before it ("airlifted to", "arrested in"). Limits: see the module docstring.
    """
    pats = scene_patterns()
    before = text[max(0, start - BEFORE_WINDOW) : start]
    after = text[end : end + AFTER_WINDOW]
    score = 0.0
    if pats.scene_after.match(after):
        score += SCENE_AFTER_BONUS
    elif pats.scene_before.search(before):
        score += SCENE_BEFORE_BONUS
    elif pats.resident_after.match(after) or HOME_BEFORE.search(before):
        score -= RESIDENT_MALUS
    moved = pats.moved_before.search(before)
    if moved and pats.scene_before.search(before[moved.start() :]):
        moved = None  # "arrested in connection with the shooting in Dayton": the scene
    if pats.care_after.match(after) or moved:
        score -= CARE_MALUS
    return score


LOWER_LEAD = re.compile(
    r"^(?:[a-z]+\s+)+(?=[A-Z])|^(?:Town|City|Village|Borough)\s+[Oo]f\s+"
)  # "west Houston", "suburban Cleveland"


def city_part(city: str, candidates: dict[str, float]) -> str | None:
    """The best-scored part of ``city`` (``city_parts``: "Brooklyn" of "New York") among
    the ``candidates`` the article names, else None. Limits: only the cities listed; a
    borough named only as a suspect's home wins all the same."""
    parts = _city_parts().get(city)
    if not parts:
        return None
    named = [name for name in candidates if name in parts]
    if not named:
        return None
    best = max(named, key=lambda name: candidates[name])
    return best[4:] if best.startswith("The ") else best


@lru_cache(maxsize=1)
def _city_parts() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_json("scene_words.json")["city_parts"].items()}


def town_of_state(candidates: dict[str, float], states: set[str]) -> str | None:
    """The best-scored candidate (score above 0) that is a known town of one of ``states``
    and no county or state: the town a story names besides the county that scored best
    ("the Cypress home" in a story about "northwest Harris County"). Limits: the gazetteer
    has no county membership, so a town elsewhere in the state will do."""
    gaz = gazetteer()
    towns = [
        name
        for name, score in candidates.items()
        if score > 0
        and not name.endswith((" County", " Parish"))
        and not gaz.state_code(name)
        and set(gaz.cities.get(name.lower(), {})) & states
    ]
    return max(towns, key=lambda name: candidates[name]) if towns else None


def title_bonus(title: str, name: str) -> float:
    """``SCENE_AFTER_BONUS`` when a place named in ``title`` stands before a scene noun
    ("Muncie Man Dies in Gary Shooting"), else 0. Limits: a home town in the
    headline ("Libertyville Man Shot ...") is not marked down: it is the scene too often."""
    pats = scene_patterns()
    start = title.find(name)
    while start >= 0:
        after = title[start + len(name) : start + len(name) + AFTER_WINDOW]
        if pats.scene_after.match(after):
            return SCENE_AFTER_BONUS
        start = title.find(name, start + 1)
    return 0.0


SCENE_PLACE_SCORE = 5.0  # an untagged known place after "shooting ... in"


def scene_places(text: str, found: dict[str, float], person_words: set[str]) -> dict[str, float]:
    """Known US places the NER missed after a scene word and "in/near/outside" ("deputies
    were sent to look into a shooting in Alum Creek"): up to three capitalised
    words, all of them a known place ("West Texas" is no "West"), each scored
    ``SCENE_PLACE_SCORE``. Names already found, states and people's names are skipped.

    Limits: case-sensitive words; a place the story moved to after a scene word ("shot
    him and fled in Dayton") is found too."""
    gaz = gazetteer()
    out: dict[str, float] = {}
    for match in scene_patterns().scene_scan.finditer(text):
        name = match.group(1)
        name = abbreviated_at(text, match.start(1), name) or name  # "shot in Mt. Oliver"
        if name in found or name in out or set(name.split()) & person_words:
            continue
        if in_caption(text, match.start(1)):
            continue  # another story's shooting in a video carousel
        if name.lower() in gaz.cities and not gaz.state_code(name):
            out[gaz.spelled(name)] = SCENE_PLACE_SCORE
    return out


CAPTION_LINE = re.compile(r"[ \t]*Caption[ \t]+[A-Z0-9]")  # "Caption Storm topples oak ..."


def in_caption(text: str, start: int) -> bool:
    """Whether ``start`` lies on a line that begins with "Caption" and a capital: a video
    or photo carousel of the outlet's other stories ("Caption Storm topples oak -
    Video Crews cleared ... near the Brockfield police station"), no place of this story.
    Limits: only the word "Caption" at a line's start; a carousel without it is read as
    text, and a caption line of this story's own photo is skipped too."""
    return bool(CAPTION_LINE.match(text, text.rfind("\n", 0, start) + 1))


def resident_of(text: str, start: int, person_words: set[str]) -> bool:
    """Whether the place at ``start`` follows a person's name and "of" ("George Halloran of
    Libertyville"): the person's home town. Limits: only a name word of a person the story
    names; "Smith of Dayton" is read as a home even when Smith was shot in Dayton."""
    match = PERSON_OF.search(text, max(0, start - 40), start)
    return bool(match) and (bool(match.group(2)) or match.group(1) in person_words)


def outlet_name(name: str) -> bool:
    """Whether a tagged name holds a TV network's name in capitals ("FOX Carolina", "CBS
    Miami"): an outlet, no place. Limits: only the ``network_names``; "Fox Lake" is left."""
    return bool(set(name.split()) & scene_patterns().network_names)


def street_name_at(text: str, start: int, end: int) -> bool:
    """Whether the place ``text[start:end]`` begins a street name ("Raleigh Avenue",
    "Orange Grove Trail") or names an intersection ("Independence and Prospect avenues":
    both names): no place of the story. Limits: up to two more capitalised words before
    the street word; "Chicago Police", "Boston Common" and "on Chicago streets" are left
    alone."""
    if scene_patterns().street_after.match(text, end, end + 40):
        return True
    return bool(INTERSECTION_BEFORE.search(text, max(0, start - 40), start)) and bool(
        PLURAL_STREET_AFTER.match(text, end, end + 20)
    )


def address_places(text: str, found: dict[str, float], person_words: set[str]) -> dict[str, float]:
    """Known US places the NER missed after a street address ("at 4127 Pine Ridge Road,
    Goose Creek", "on Hollins Neck Road in Bethany Beach", "the 13800 block of Wendover Road in
    New Orleans East"), each scored ``SCENE_PLACE_SCORE``: the longest known start of up
    to three capitalised words, after a compass word the rest ("East Dallas" -> Dallas).
    Names already found, states and people's names are skipped.

    Limits: a home address ("Smith, of 12 Oak Street, Dayton") counts as much as the
    scene; a street missing its street word ("at 207 Capri") is not seen."""
    pats = scene_patterns()
    gaz = gazetteer()
    out: dict[str, float] = {}
    for match in pats.address_scan.finditer(text):
        words = match.group(1).split()
        if {"County", "Parish"} & set(words) or in_caption(text, match.start(1)):
            continue  # "in West Knox County": a county, no town; a carousel's story
        lead = len(words) > 1 and words[0] in pats.compass_leads
        if lead and " ".join(words).lower() not in gaz.cities:
            words = words[1:]  # "East Dallas": Dallas
        for n in range(len(words), 0, -1):  # the longest known start: "New Orleans East"
            name = " ".join(words[:n])
            if name in person_words or gaz.state_code(name):
                break
            if name.lower() in gaz.cities:
                name = gaz.spelled(name)
                if name not in found:
                    out[name] = SCENE_PLACE_SCORE
                break
    return out
