"""The article's case: what happened, when, where, to whom and by whom.

``build_case`` turns one article's normalised rows (people with ``case_role``/``status``,
places, mentions, dates) into one row of the ``cases`` table:

* ``case_type``: the incident type whose trigger words weigh most (title ×3, first three
  sentences ×2, the rest ×1; ``models/lexicons/case_types.json``), ``method`` the weapon;
* ``date``: the day of the best sentence about the event (``pipeline.cases.incident_date``);
* place: street, city, state and country (``pipeline.cases.incident_place``), with
  ``place_sentence``, the sentence that names the city (``pipeline.cases.place_evidence``);
* ``victims``/``suspects``: entity ids of people with that ``case_role``; ``n_killed`` and
  ``n_injured`` count people with that status (never less than stated counts are found).

An article gets a case row only when ``has_crime_evidence``: crime or incident words
(``crime_words`` of ``case_types.json``) weigh enough.

Limits: one case per article (an article reporting several incidents gets the main
one); counts of unnamed people ("two others were wounded") are not read; places outside
the US get a city and a country only when the entity names them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pipeline.alternation import alternatives
from pipeline.article import Article
from pipeline.cases.incident_date import incident_date
from pipeline.cases.incident_place import incident_place
from pipeline.cases.lexicon import case_lexicon
from pipeline.cases.place_evidence import place_evidence
from pipeline.cases.roles.decide import LEGAL_STATUSES
from pipeline.cases.roles.evidence import MODALS, NARRATED
from pipeline.cases.words import CaseWords, SentenceIndex, case_words
from pipeline.numbers import UNITS
from pipeline.quote_marks import QuoteIndex


def crime_evidence(text: str, title: str | None = None) -> float:
    """How strongly an article reports a crime or an incident (``crime_words``).

    Each occurrence of a strong word or phrase ("shooting", "was shot", "murdered",
    "charged with", "jailed") counts 2, of a weak one ("police", "died", "victim",
    "fraud", "shot") 1; words of the title count twice.
    """
    words = case_words()
    score = 0.0
    for part, weight in ((title or "", 2.0), (text, 1.0)):
        strong = len(words.crime_strong.findall(part))
        weak = len(words.crime_weak.findall(part))
        score += weight * (2 * strong + weak)
    return score


def has_crime_evidence(text: str, title: str | None = None) -> bool:
    """Whether the article reports a crime or an incident, so gets a ``cases`` row.

    The evidence of ``crime_evidence`` must reach ``crime_threshold`` (4: two strong
    words, a strong word in the title, or four weak ones). A business, sports or
    entertainment story with one "died" or "police" gets none. Limits: words only; a
    sports report full of "shot"s and "injured" players can pass.
    """
    return crime_evidence(text, title) >= case_words().crime_threshold


@dataclass(frozen=True)
class BuiltCase:
    """A ``cases`` row and the names of the place candidates its rules read."""

    row: dict[str, Any]
    named_places: list[str]


def build_case(
    article: Article,
    rows: dict[str, list[dict[str, Any]]],
    sentences: list[tuple[int, int]] | None = None,
) -> BuiltCase:
    """One ``cases`` row for an article from its rows of the other tables, with the names
    of its place candidates (``incident_place``'s).

    Args:
        article: the article (text, title, published date, id).
        rows: the article's ``people``, ``places``, ``mentions`` and ``dates`` rows
            (``people`` rows must already have ``case_role`` and ``status``).
        sentences: ``(start, end)`` character bounds of its sentences (from the
            extraction); without them the whole text is one sentence.

    Limits: see the module docstring. ``case_id`` is left null for ``pipeline.cases.link``.
    """
    words = case_words()
    text, title, published = article.text, article.title, article.published
    sents = SentenceIndex(text, sentences or [])
    case_type, weapon = incident_type(text, title, sents, words)
    when = incident_date(rows.get("dates", []), sents, published, words, text)
    where, named_places = incident_place(text, title, rows, sents, words, article.source_url)
    where |= place_evidence(text, title, sents, where["city"], words.event_words)
    people = rows.get("people", [])
    victims = [p["entity_id"] for p in people if p.get("case_role") == "victim"]
    suspects = [p["entity_id"] for p in people if p.get("case_role") == "suspect"]
    killed = sum(
        1
        for p in people
        if p.get("case_role") in ("victim", "suspect") and "killed" in (p.get("status") or [])
    )
    injured = sum(
        1
        for p in people
        if p.get("case_role") in ("victim", "suspect") and "injured" in (p.get("status") or [])
    )
    row = {
        "article_id": article.article_id,
        "case_id": None,
        "published": published,
        "case_type": case_type,
        **when,
        "date_article_id": article.article_id if when.get("date_sentence") else None,
        **where,
        "place_article_id": article.article_id if where["city"] else None,
        "victims": victims,
        "suspects": suspects,
        "n_killed": killed,
        "n_injured": injured,
        "method": weapon,
    }
    return BuiltCase(row, named_places)


# _KILLED_WORDS and _INJURED_WORDS read the raw title and lead with no parse, so they are
# phrase patterns ("attempted murder" is no death, "fatally wounded" no injury, plural and
# noun forms: "slayings", "killings"); the lexicon's ``killed_words``/``injury`` lists
# are single tokens the parse-based rules (``pipeline.cases.roles``) test one by one.
_KILLED_WORDS = re.compile(  # not "attempted murder", "attempted homicide": no one died
    r"(?i)\b(?<!attempted )(?:killed|kills|kill|dead|dies|died|death|deaths|murder(?:ed|s)?|"
    r"homicide|fatal(?:ly)?|slain|slayings?|killings?)\b"
)
_INJURED_WORDS = re.compile(  # not "fatally wounded", "mortally injured": they died
    r"(?i)\b(?<!fatally )(?<!mortally )(?:wounded|injured|injuring|injures|hurt|hospitalized)\b"
)


_NEGATION_WORDS = r"\b(?:not|no|never|nobody|none)\b|n['’]t\b"  # "weren’t", curly apostrophe too
_NEGATION = re.compile(f"(?i){_NEGATION_WORDS}")
_ADVERB = r"(?!(?:only|family|july|early)\b)\w+ly"  # "seriously"; not "not only", "family"
_AUX_OR_ADVERB = (
    rf"(?: (?:one|else|yet|ever|even|later|been|be|being|was|were|is|are|has|have|had|{_ADVERB}))*"
)
"""Words that may stand between a negation or a modal and the words it rules: "no one
else was", "has not yet been", "could have been", "were not seriously"."""
_AUX = r"(?:was|were|is|are|has|have|had)"
_DENIED = rf"(?P<denied>(?:{_NEGATION_WORDS}){_AUX_OR_ADVERB} $)"  # "was not", "no one else was"
_UNTIL_AFTER = re.compile(r"(?i)[\w-]+(?: [\w-]+){0,2}? until\b")  # "not arrested until May"
_NO_SUBJECT = (  # "No officers were", "none of the others were", "neither officer was"
    rf"(?:^ ?|\b(?:said|says|and|but|that|while) )(?:no|none|neither)(?: [\w-]+){{0,3}}? {_AUX}"
    rf"{_AUX_OR_ADVERB} $"
)
_CONDITION = r"\b(?:if|whether)\b(?: \S+){0,4} $"  # "if anyone was"
_ATTEMPTED = (  # "attempted first-degree murder", not "attempted robbery killing"
    r"\battempted(?: (?:first|second|third)[- ]degree| aggravated| capital)? $"
)
_AIM_WORDS = alternatives(case_lexicon().words["aim_words"])
_AIM = (  # "threatened to kill", "intent to murder", "ordered him to kill": ``aim_words``
    rf"\b(?:{_AIM_WORDS})(?: (?:him|her|them|someone|others))? to(?: commit)? $"
)
_UNSTATED_BEFORE = re.compile(  # right before the words, in their clause
    f"(?i){_DENIED}|{_NO_SUBJECT}|{_CONDITION}|{_ATTEMPTED}|{_AIM}"
)
_AIMED_RESULT = re.compile(rf"(?i)\b(?:{_AIM_WORDS}) to [\w-]+(?: [\w'’-]+){{0,3}} (?:to )?$")
"""An aim whose result is the words: "tried to beat him to death", "threatened to shoot
her dead" (read only for ``_RESULT_WORDS``)."""
_RESULT_WORDS = re.compile(r"(?i)(?:death|dead)\b")
_MODAL_WORDS = "|".join((*MODALS, "will"))  # the roles' modals, and "will be charged": not yet
_POSSIBLE = re.compile(rf"(?i)\b({_MODAL_WORDS})\b({_AUX_OR_ADVERB}) $")  # "could have been"
_NARRATED = re.compile(rf"(?i)\b(?:{'|'.join(NARRATED)})\b")
_LATER_AFTER = re.compile(r"(?i)[\w-]+(?: [\w-]+){0,3}? later\b")  # "died hours later"
_CLAUSE_BREAK = re.compile(r"[,;:.!?]")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|[Ww]e|[Mm]e|[Mm]y|[Oo]ur|[Uu]s)\b")


@dataclass(frozen=True)
class _Part:
    """A title or a sentence: its text and where it starts in ``quotes``' text."""

    text: str
    start: int
    quotes: QuoteIndex

    @classmethod
    def alone(cls, text: str) -> _Part:
        """A text read on its own (a title)."""
        return cls(text, 0, QuoteIndex(text))


def _possible(clause: str, after: str) -> bool:
    """Whether a modal rules the words after ``clause`` ("could have been killed"), but
    not a narrating "would" ("would later die", "would eventually be charged", "would
    be arrested days later"). Limits: a "would" with no time word is read as possible."""
    match = _POSSIBLE.search(clause)
    if match is None:
        return False
    if match.group(1).lower() == "would":
        return not (_NARRATED.search(match.group(2)) or _LATER_AFTER.match(after))
    return True


def _unstated(part: _Part, start: int) -> bool:
    """Whether the words at ``part.text[start:]`` are not stated as fact. Right before
    them in their clause (only auxiliaries and adverbs between: ``_AUX_OR_ADVERB``):
    denied ("was not killed", "No officers were hurt", "weren’t"), possible or to come
    (a ``MODALS`` word of the roles or "will": "could have been killed", "will be
    charged"; not a narrating "would": ``_possible``; "if anyone died"), an aim
    (``aim_words`` of the case lexicon: "threatened to kill", "intent to murder", "tried
    to beat him to death"; not "went on to kill", "used to kill") or an attempt
    ("attempted first-degree murder"); not "not ... until" ("wasn't arrested until
    Tuesday"). Or inside a quote in the first person ("we will arrest him"); an
    official's quoted "Two people were killed" counts.
    Limits: raw text, no parse; a negation further back ("not guilty in the death") does
    not count; "if"/"whether" rule only the next four words; single quotes (‘…’) are not
    read; a killing word about another, earlier event counts like the case's own."""
    quote = part.quotes.around(part.start + start)
    if quote is not None and _FIRST_PERSON.search(quote):
        return True
    clause = _CLAUSE_BREAK.split(part.text[:start])[-1]
    after = _CLAUSE_BREAK.split(part.text[start:], maxsplit=1)[0]
    if _RESULT_WORDS.match(part.text, start) and _AIMED_RESULT.search(clause):
        return True
    before = _UNSTATED_BEFORE.search(clause)
    if before and before.group("denied") and _UNTIL_AFTER.match(after):
        before = None  # "wasn't arrested until Tuesday": he was
    return before is not None or _possible(clause, after)


def _stated(pattern: re.Pattern[str], parts: list[_Part]) -> bool:
    """Whether ``pattern`` matches in one of ``parts`` (title, sentences) at words that
    are stated as fact (``_unstated``)."""
    return any(
        not _unstated(part, match.start())
        for part in parts
        for match in pattern.finditer(part.text)
    )


_TITLE_INJURED_WORDS = re.compile(  # "Gunman kills 2, wounds 3"; not "shot dead"
    r"(?i)\b(?:wounds?|wounding|shoots|(?<!fatally )shot(?! (?:to death|dead)\b))\b"
)

_COUNT = r"(\d+|" + "|".join(UNITS) + r")"
_DEAD_COUNT = re.compile(  # "kills 3", "killing one", "leaves 2 dead", "4 dead", "two killed"
    rf"(?i)\b(?:leaves?|left) {_COUNT} (?:people |others? )?dead\b"
    rf"|\bkill(?:s|ing|ed)? {_COUNT}(?![-\w])"
    rf"|\b{_COUNT}(?![-\w]) (?:people )?(?:dead|killed|deaths|slain|shot (?:to death|dead))\b"
)


def _dead_count(text: _Part | str) -> int | None:
    """The number of dead ``text`` gives first ("kills 3", "4 dead", "left 2 dead"), else
    None. Not a number of others ("leaves 3 injured", "left 2 hurt") nor an age ("left
    17-year-old dead"), nor one not stated as fact ("plot to kill 3": ``_unstated``).
    Limits: "1 dead" in "2 hurt, 1 dead" is read, "dead" far from the number ("left 2
    people in the house dead") is not."""
    part = text if isinstance(text, _Part) else _Part.alone(text)
    matches = _DEAD_COUNT.finditer(part.text)
    count = next((m for m in matches if not _unstated(part, m.start())), None)
    if count is None:
        return None
    word = next(g for g in count.groups() if g).lower()
    return int(word) if word.isdigit() else UNITS[word]


def _title_only_killing(title: _Part) -> bool:
    """Whether the title speaks of killing and of no injury (no injury words, nor
    "wounds", "wounding", "shoots", "shot" unless "shot dead"/"shot to death"), words
    stated as fact (``_stated``: not "could have been killed", "no one hurt")."""
    parts = [title]
    return _stated(_KILLED_WORDS, parts) and not (
        _stated(_INJURED_WORDS, parts) or _stated(_TITLE_INJURED_WORDS, parts)
    )


def _title_says_killed(title: _Part, only_killing: bool, victims: list[dict[str, Any]]) -> bool:
    """Whether the title alone says every victim died: it speaks only of killing
    (``only_killing``, ``_title_only_killing``) and gives a number of dead at least the
    number of victims ("Gunman kills 3" with three victims). A title with no number ("Man
    killed in shooting") says nothing of the others, so it never turns a victim the text
    calls injured into a dead one (``fill_victim_status``).
    Limits: the victims counted are the named ones; unnamed dead are not known."""
    if not only_killing:
        return False
    dead = _dead_count(title)
    return dead is not None and dead >= len(victims)


def _lead_parts(
    article: Article, sentences: list[tuple[int, int]] | None, n: int, quotes: QuoteIndex
) -> list[_Part]:
    """The title and the first ``n`` sentences (no title: "" first; no sentence bounds:
    the title alone); the sentences share ``quotes``, the quoted spans of the article's
    text."""
    bounds = sorted(sentences or [])[:n]
    return [
        _Part.alone(article.title or ""),
        *(_Part(article.text[a:b], a, quotes) for a, b in bounds),
    ]


def fill_victim_status(
    people: list[dict[str, Any]],
    article: Article,
    sentences: list[tuple[int, int]] | None,
    worded: dict[str, str | None] | None = None,
) -> None:
    """Give victims with no killed/injured status the status the article implies (in place).

    A victim without one takes the status all the other victims with one share, but
    "injured" instead of "killed" when the lead's number of dead ("left 1 dead") are
    already named killed, and "killed" instead of "injured" when the victims left are no
    more than the dead not yet named ("2 dead, 2 hurt"). When no victim has one:
    "killed" if the title and first two sentences use killing words ("killed",
    "killings", "slayings", ...) and no injury words, "injured" the other way round, and
    "killed" also when the title alone speaks only of killing (``_title_only_killing``).
    Only words stated as fact count (``_stated``: not "was not killed", "no one else was
    hurt", "could have been killed", "threatened to kill", nor a speaker's quoted words
    of his own doings).
    Victims the text calls only injured become killed when no victim is said to be
    killed and the lead speaks only of killing, or the title alone counts as many dead
    as there are victims (``_title_says_killed``).
    A victim still without one
    takes the status its own sentences' words point to (``worded``: entity id -> status,
    from ``worded_status``). A status from the other victims or the lead is not in
    ``facts`` (no sentence states it for that person).
    Limits: an article about both dead and wounded victims gives nothing from the lead to
    the victims it does not describe one by one; the lead's number of dead is its first.
    Suspects: see ``_fill_suspect_status``.
    """
    quotes = QuoteIndex(article.text)  # one per article, read on first use
    _fill_suspect_status(people, article, sentences, quotes)
    victims = [p for p in people if p.get("case_role") == "victim"]
    parts = _lead_parts(article, sentences, 2, quotes)
    title_only_killing = _title_only_killing(parts[0])  # parts[0]: the title
    killed, injured = _stated(_KILLED_WORDS, parts), _stated(_INJURED_WORDS, parts)
    killed_lead = (killed and not injured) or _title_says_killed(
        parts[0], title_only_killing, victims
    )
    if killed_lead and not any("killed" in (v.get("status") or []) for v in victims):
        for victim in victims:
            if victim.get("status") == ["injured"]:
                victim["status"] = ["killed"]  # "shot" in the story, "killed" in the headline
    missing = [p for p in victims if not {"killed", "injured"} & set(p.get("status") or [])]
    known = {s for p in victims for s in (p.get("status") or []) if s in ("killed", "injured")}
    status = None
    if len(known) == 1:
        status = next(iter(known))
        dead = next((d for d in map(_dead_count, parts) if d is not None), None)
        named_dead = sum("killed" in (v.get("status") or []) for v in victims)
        if status == "killed" and dead is not None and dead <= named_dead:
            status = "injured"  # "1 dead, 5 hurt": the one is named, the others lived
        elif status == "injured" and dead is not None and len(missing) <= dead - named_dead:
            status = "killed"  # "2 dead, 2 hurt": the two hurt are named, the others died
    elif not known:
        if killed != injured:
            status = "killed" if killed else "injured"
        elif title_only_killing:
            status = "killed"  # "4 shot to death" over a lead that also names the wounded
    for person in missing:
        own = (worded or {}).get(person.get("entity_id", ""))
        if status or own:
            person["status"] = [*(person.get("status") or []), status or own]


_ARREST_WORDS = re.compile(
    r"(?i)\b(?:arrest(?:ed|s)?|charged|booked|in custody|into custody|jailed|indicted|"
    r"apprehended|surrendered|turned himself in|turned herself in)\b"
)
_SUSPECT_DEAD_WORDS = re.compile(
    r"(?i)\b(?:murder[- ]suicide|(?:killed|shot|killing|shooting) (?:himself|herself)|"
    r"took (?:his|her) own life|turned the gun on (?:himself|herself)|"
    r"(?:killed|fatally shot|shot dead) by (?:police|officers?|(?:a )?deput(?:y|ies)|troopers?))\b"
)


def _fill_suspect_status(
    people: list[dict[str, Any]],
    article: Article,
    sentences: list[tuple[int, int]] | None,
    quotes: QuoteIndex,
) -> None:
    """A suspect with no legal status who is not dead is "arrested" when the title or the
    first three sentences speak of an arrest or charges as done (``_stated``: not "no
    arrests have been made", "has not been charged", "could be charged") (in place). Else the only
    suspect of the article, with no status at all, is "killed" when a sentence that
    names him, or no one else, speaks of a murder-suicide, of someone who shot or killed
    himself, or of someone killed by police (``_suspect_dead``). Limits: the words of a
    sentence naming no one may be about someone the article does not name."""
    suspects = [p for p in people if p.get("case_role") == "suspect"]
    missing = [
        p
        for p in suspects
        if not set(LEGAL_STATUSES) & set(p.get("status") or [])
        and "killed" not in (p.get("status") or [])
    ]
    if not missing:
        return
    if _stated(_ARREST_WORDS, _lead_parts(article, sentences, 3, quotes)):
        for person in missing:
            person["status"] = [*(person.get("status") or []), "arrested"]
    elif (
        len(suspects) == 1
        and not missing[0].get("status")
        and _suspect_dead(
            quotes,
            sentences,
            missing[0].get("name") or "",
            [p.get("name") or "" for p in people if p is not missing[0]],
        )
    ):
        missing[0]["status"] = ["killed"]


def _name_forms(name: str) -> set[str]:
    """The full name and its last word (a surname of three letters or more)."""
    words = name.split()
    return {name, words[-1]} if words and len(words[-1]) > 2 else ({name} if name else set())


def _suspect_dead(
    quotes: QuoteIndex, sentences: list[tuple[int, int]] | None, name: str, others: list[str]
) -> bool:
    """Whether the text of ``quotes`` has ``_SUSPECT_DEAD_WORDS`` ("X shot himself", "X was
    killed by police", "a murder-suicide") not denied in their clause (``_NEGATION`` anywhere
    between the last ``_CLAUSE_BREAK`` mark and the words: "it was not a murder-suicide")
    nor otherwise unstated (``_unstated``: "could have shot himself", quoted in the
    first person),
    in a sentence that names the suspect ``name`` (in full or by the last word) or names
    none of the ``others`` ("the father shot his wife and himself").
    Limits: the sentence bounds are the extraction's (without them the text is one;
    ``SentenceIndex``); a sentence naming the suspect and another person may speak of
    the other."""
    text = quotes.text
    if not _SUSPECT_DEAD_WORDS.search(text):
        return False
    own = _name_forms(name)
    other = {form for n in others for form in _name_forms(n)} - own
    sents = SentenceIndex(text, sentences or [])
    for match in _SUSPECT_DEAD_WORDS.finditer(text):
        start, end = sents.bounds[sents.index(match.start())]
        if not start <= match.start() < end:
            start, end = 0, len(text)  # outside every sentence: the whole text
        sentence = text[start:end]
        clause = _CLAUSE_BREAK.split(text[start : match.start()])[-1]
        if _NEGATION.search(clause) or _unstated(
            _Part(sentence, start, quotes), match.start() - start
        ):
            continue
        named = {n for n in own | other if re.search(rf"\b{re.escape(n)}\b", sentence)}
        if named & own or not named:
            return True
    return False


def _count(text: str, word: str) -> int:
    if word not in text:  # a substring test is far cheaper than compiling the pattern
        return 0
    return len(re.findall(rf"\b{re.escape(word)}\b", text))


def incident_type(
    text: str, title: str | None, sents: SentenceIndex, words: CaseWords
) -> tuple[str | None, str | None]:
    """``(case_type, weapon)`` from trigger words; None when none occurs."""
    lead = " ".join(sents.texts[:3]).lower()
    rest = " ".join(sents.texts[3:]).lower()
    head = (title or "").lower()

    def score(triggers: tuple[str, ...]) -> float:
        return sum(3 * _count(head, w) + 2 * _count(lead, w) + _count(rest, w) for w in triggers)

    types = {
        name: score(triggers) * words.type_weights.get(name, 1.0)
        for name, triggers in words.types.items()
    }
    weapons = {name: score(triggers) for name, triggers in words.weapons.items()}
    order = list(words.types)
    case_type = max(types, key=lambda k: (types[k], -order.index(k)))
    worder = list(words.weapons)
    weapon = max(weapons, key=lambda k: (weapons[k], -worder.index(k)))
    return (
        case_type if types[case_type] > 0 else None,
        weapon if weapons[weapon] > 0 else None,
    )
