"""Regular expressions of the temporal expression families, built from the lexicon.

Each entry of ``PATTERNS`` is ``name -> regex source``; the order of ``PATTERNS`` is the
priority when two families match the same span. ``FOLLOWS``/``PRECEDES`` give context
that must come right after/before a match for detection (never part of the span).

Limits: English news conventions only; numbers above twenty written as words are
understood up to "ninety-nine"; no holidays or named eras.
"""

from __future__ import annotations

from pipeline.timex.lexicon import (
    DAY_PARTS,
    DEADLINE_CUES,
    DECADE_WORDS,
    FUTURE_CUES,
    FUTURE_REF,
    HOLIDAYS,
    MONTHS,
    NUMBERS,
    ORDINALS,
    PAST_CUES,
    PAST_REF,
    PRESENT_REF,
    SEASONS,
    SETS,
    TENS,
    TIMEZONES,
    UNITS,
    UNITS_WORDS,
    VAGUE_NUMBERS,
    WEEKDAYS,
    YEAR_WORDS,
    alternation,
)

WEEKDAY_NAMES = [w for w in WEEKDAYS if len(w) > 4]
MONTH_FULL = [m for m in MONTHS if len(m) > 4 or m == "may"]
MONTH_ABBR = [m for m in MONTHS if m not in MONTH_FULL]
MONTH = (
    rf"\b(?P<month>{alternation(MONTH_FULL)}\b|{alternation(MONTH_ABBR)}\b\.?"
    rf"|{alternation(MONTH_ABBR)}\b)"
)
WEEKDAY = rf"\b(?P<wd>{alternation(WEEKDAY_NAMES)})\b"
WEEKDAY_PRE = rf"(?:\b(?P<wdpre>{alternation(WEEKDAY_NAMES)}),?\s+)?"
DAY_ORDINAL_WORDS = alternation(w for w in ORDINALS if w.isalpha() or "-" in w)
DAYNUM = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
COMPOUND = rf"{alternation(TENS)}[-\s]{alternation(UNITS_WORDS)}"
SPELLED_YEAR = (
    rf"(?:nineteen|twenty)[-\s]+(?:{COMPOUND}|{alternation(TENS)}|{alternation(YEAR_WORDS)})"
)
YEAR = rf"(?P<year>1[0-9]\d\d|20\d\d|{SPELLED_YEAR})\b"
QUANT = (
    rf"(?<![\d,.])(?P<num>{COMPOUND}|{alternation(NUMBERS)}|\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?"
    rf"|{alternation(VAGUE_NUMBERS)})"
)
UNIT = rf"(?P<unit>{alternation(u for u in UNITS if u != 'century')}|century|centuries)"
SPAN_MOD = (
    r"early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of"
    r"|the\s+rest\s+of|end|earlier|later"
)
DAY_WORD = r"the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow"
PART = rf"(?P<part>{alternation(DAY_PARTS)})"
APPROX = (
    r"about|around|approximately|nearly|almost|more\s+than|less\s+than|fewer\s+than|over(?!\s+the\b)"
    r"|under|at\s+least|up\s+to|some|roughly|only|just|barely|another|an\s+additional"
    r"|an\s+extra|at\s+most|a\s+full|at\s+least"
)
REL_PREV = (
    r"last|the\s+past|the\s+last|the\s+previous|the\s+prior|this\s+past|past|previous"
    r"|the\s+preceding"
)
REL_NEXT = r"next|the\s+next|the\s+coming|this\s+coming|the\s+following|coming"
REL_THIS = r"this|the\s+current|current|the\s+same|the\s+latest|the|that"
ORDINAL_Q = r"first|second|third|fourth|1st|2nd|3rd|4th"

PATTERNS: dict[str, str] = {
    "iso": r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<hh>\d{2}):(?P<mm>\d{2}))?\b",
    "numeric": r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4}|\d{2})\b(?![/.]\d)",
    "month_day": rf"(?:\b(?P<rel>last|this|next)\s+)?{WEEKDAY_PRE}{MONTH}\s*(?:{DAYNUM}"
    rf"|(?P<dayw>{DAY_ORDINAL_WORDS})\b)(?:,?\s+{YEAR})?",
    "day_month": rf"{WEEKDAY_PRE}(?:\bthe\s+)?\b{DAYNUM}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?",
    "month_year": rf"(?:\b(?P<mod>{SPAN_MOD})[-\s]+)?{MONTH},?\s+(?:of\s+)?{YEAR}",
    "month_rel": rf"(?:\b(?P<mod>{SPAN_MOD})[-\s]+)?(?:\b(?P<rel>last|this|next|this\s+past"
    rf"|this\s+coming|past)\s+)?{MONTH}(?:,?\s+(?:of\s+)?(?P<rel2>this|last|next)\s+year\b)?",
    "year_ended": r"\bthe\s+(?:fiscal\s+)?year\b",
    "year": rf"(?:\b(?P<mod>fiscal|calendar|{SPAN_MOD}|the\s+year)[-\s]+)?\b{YEAR}(?![-/.]\d)",
    "year_spelled": rf"(?:\bthe\s+year\s+)?\b(?P<c>nineteen|eighteen|twenty)[-\s]+(?P<rest>"
    rf"{COMPOUND}|{alternation(TENS)}|{alternation(YEAR_WORDS)})\b"
    rf"|(?:\bthe\s+year\s+)\b(?P<c2>two\s+thousand)(?:\s+(?:and\s+)?(?P<rest2>"
    rf"{alternation([*UNITS_WORDS, *YEAR_WORDS, *TENS])}))?\b",
    "decade_word": rf"(?:\bthe\s+)(?:\b(?P<mod>early|mid|late)[-\s]+)?"
    rf"(?:(?P<c>nineteen)[-\s]+)?(?P<w>{alternation(DECADE_WORDS)})\b",
    "decade": r"(?:\bthe\s+)?(?:\b(?P<mod>early|mid|late)[-\s]+)?(?:\b(?P<dec>1\d\d|20\d)0"
    r"|['’](?P<short>\d)0)['’]?s\b",
    "century": rf"(?:\bthe\s+)?(?:\b(?P<mod>early|mid|late)[-\s]+)?\b(?:(?P<n>\d{{1,2}})"
    rf"(?:st|nd|rd|th)|(?P<word>{alternation(ORDINALS)}))[-\s]+century\b",
    "quarter": rf"(?:\b(?P<det>the\s+year-ago|the\s+year-earlier|the\s+comparable|the"
    rf"|this\s+year's|last\s+year's|next\s+year's)\s+)?"
    rf"(?:\b(?:fiscal|calendar)[-\s]+)?(?:\b(?P<fy>\d{{4}})\s+)?\b(?P<ord>{ORDINAL_Q})"
    rf"[-\s]+(?:(?:fiscal|calendar)[-\s]+)?(?:period|quarter)\b(?:\s+of\s+(?:(?:fiscal|calendar)\s+)?"
    rf"(?:(?P<year>\d{{4}})|(?P<rel>this|last|next)\s+year|the\s+year))?",
    "quarter_q": r"\bQ(?P<q>[1-4])[-\s]+(?P<year>\d{4})\b|\b(?P<year2>\d{4})[-\s]+Q(?P<q2>[1-4])\b",
    "quarter_rel": r"\bthe\s+(?:(?P<rel>latest|current|most\s+recent|recent|past|last|previous"
    r"|prior|year-ago|year-earlier|same|comparable|year-before|fiscal)\s+)?"
    r"(?:(?:fiscal|calendar)\s+)?quarter\b(?P<ago>\s+a\s+year\s+(?:ago|earlier))?",
    "period_rel": r"\bthe\s+(?P<rel>latest|year-ago|year-earlier|year-before|comparable)"
    r"\s+period\b",
    "year_adj": r"\b(?P<rel>year-earlier|year-ago|year-before)\b",
    "year_period": rf"\bthe\s+(?:fiscal\s+)?{YEAR}\s+(?P<unit>quarter|period)\b",
    "half": rf"(?:\bthe\s+)?\b(?P<ord>first|second|last)[-\s]+half\b(?:\s+of\s+(?:{YEAR}"
    r"|(?P<rel>this|last|next)\s+year|the\s+year))?",
    "season": rf"(?:\b(?P<mod>early|late|mid)[-\s]+)?(?:\b(?P<rel>last|this|next|this\s+past"
    rf"|this\s+coming|the|past)\s+)?(?:\b(?:early|late|mid)[-\s]+)?\b(?P<season>"
    rf"{alternation(SEASONS)})\b"
    rf"(?:,?\s+(?:of\s+)?{YEAR})?",
    "holiday": rf"(?:\b(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)?"
    rf"\b(?P<h>{alternation(HOLIDAYS)})(?:,?\s+{YEAR})?(?![\w'])",
    "day_rel": rf"(?:\b(?P<mod>early|late|earlier|later)\s+)?\b(?P<dw>{DAY_WORD})\b"
    rf"(?:\s+{PART}\b)?",
    "day_anaphor": r"(?:\b(?P<mod>earlier|later)\s+)?\b(?P<w>that\s+same\s+day|that\s+day"
    r"|the\s+same\s+day|the\s+(?:next|following|previous|preceding)\s+(?:day|morning|evening"
    r"|night)|the\s+day\s+(?:before|after)(?=\s*[,.;])|that\s+(?:morning|afternoon|evening|night))\b",
    "tonight": r"\b(?P<w>tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b",
    "weekday": rf"(?:\b(?P<rel>last|this|next|this\s+past|this\s+coming|early|late|past"
    rf"|coming)\s+)?{WEEKDAY}(?:\s+{PART}\b)?",
    "rel_unit": rf"(?:\b(?P<mod>{SPAN_MOD})[-\s]+)?\b(?P<rel>{REL_PREV}|{REL_NEXT}|{REL_THIS})"
    r"\s+(?P<unit>week|weekend|month|year|quarter|decade|century|fiscal\s+year"
    r"|calendar\s+year|full\s+year)\b",
    "year_end": r"\b(?P<w>year[-\s]end|year's\s+end|mid-year|midyear)\b",
    "ago": rf"(?:\b(?P<approx>{APPROX})\s+)?\b{QUANT}[-\s]+{UNIT}s?\s+(?P<dir>ago|earlier"
    r"|later|from\s+now|hence|previously)\b",
    "duration": rf"(?:\b(?P<approx>{APPROX})\s+)?(?:\b(?P<rel>the\s+past|the\s+last|the\s+next"
    r"|the\s+first|the\s+previous|the\s+coming|the\s+following|the\s+final|the\s+latest"
    r"|the\s+remaining|the\s+same|the|past|last|next|first|previous|coming|following|final)"
    rf"\s+)?\b{QUANT}(?P<half>\s+1/2|\s+and\s+a\s+half)?(?:\s+more)?[-\s]+{UNIT}s?"
    r"(?P<half2>\s+and\s+a\s+half)?(?:-long)?\b(?![-\s]+old\b)",
    "ref": rf"\b(?P<ref>{alternation([*PRESENT_REF, *PAST_REF, *FUTURE_REF])})\b",
    "vague_plural": r"(?:\b(?P<rel>recent|the\s+past|the\s+last|the\s+next|the\s+coming|past"
    r"|coming|the\s+early|the)\s+)?\b(?P<unit>years|months|weeks|days|decades|hours|minutes"
    r"|centuries)(?:-long|\s+ahead)?\b",
    "one_more": r"\b(?:another|an\s+additional|an\s+extra)\s+(?P<unit>year|month|week|day|hour"
    r"|minute|decade)\b",
    "time": rf"(?:\b(?P<pre>{alternation(WEEKDAY_NAMES)}|today|yesterday|tomorrow|tonight)"
    r"\s+(?:at\s+)?)?"
    r"\b(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b)"
    rf"(?:\s+(?P<tz>{alternation(TIMEZONES)})\b)?(?:,?\s+(?:on\s+)?"
    rf"(?P<post>{alternation(WEEKDAY_NAMES)}|today|yesterday|tomorrow)\b"
    rf"|,?\s+(?P<pmon>{alternation(MONTHS)})\b\.?\s+(?P<pday>[0-3]?\d)\b)?",
    "clock24": rf"(?<![\d.:])\b(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)\b(?![.:]\d)"
    rf"(?:\s*(?:hrs|h)\b|\s+(?P<tz>{alternation(TIMEZONES)})\b)?",
    "noon": rf"(?:\b(?P<pre>{alternation(WEEKDAY_NAMES)}|today|yesterday|tomorrow)\s+)?"
    rf"\b(?P<w>noon|midnight|midday)\b(?:\s+(?:on\s+)?(?P<post>{alternation(WEEKDAY_NAMES)}"
    r"|today|yesterday|tomorrow)\b)?",
    "set_word": rf"\b(?P<w>{alternation(SETS)})\b",
    "set_every": rf"\b(?P<q>every|each|per)\s+(?:(?P<num>other|two|three|\d+)\s+)?"
    rf"(?P<unit>day|week|month|year|quarter|morning|afternoon|evening|night"
    rf"|{alternation(WEEKDAY_NAMES)})s?\b",
    "set_a": r"\ba\s+(?P<unit>day|week|month|year)\b",
    "set_weekdays": rf"\b(?P<wd>{alternation(WEEKDAY_NAMES)})s\b",
}

# Context a detection needs right after (FOLLOWS) or right before (PRECEDES) the span.
FOLLOWS: dict[str, str] = {
    "year_ended": r"\s+(?:that\s+)?(?:ended|ending|ends|to\s+date)\b",
}
PRECEDES: dict[str, str] = {
    "set_a": r"\b(?:once|twice|times)\s*$",
    "clock24": r"\b(?:at|from|until|till|by|before|after|around|about|shortly\s+after)\s+$",
}
# Rates such as "$1.76 a year" or "700 seats a week": no timex at all.
RATE_BEFORE = (
    r"(?:(?:\d[\d,.]*|million|billion|cents?|dollars?|percent)\s+(?:[a-z]+\s+)?"
    r"|\b(?:once|twice|times)\s+)$"
)
# Words right before a day or time that point to the future ("until Tuesday").
# Cues that point forward even after a simple past ("postponed until Tuesday"), though
# not after a pluperfect ("Until Thursday, they had described him as ...").
DEADLINE_CUE = rf"\b{alternation(DEADLINE_CUES)}\s+(?:(?:at|on|noon|midnight)\s+)?$"
FUTURE_CUE = rf"\b{alternation(FUTURE_CUES)}\s+(?:(?:at|on|noon|midnight)\s+)?$"
PAST_CUE = rf"\b{alternation(PAST_CUES)}\s+(?:(?:at|on|in)\s+)?$"
# Families whose bare form needs a preposition or a modifier before it in running text.
NEEDS_CUE = {"vague_plural", "season"}
CUE_BEFORE = r"\b(?:in|for|within|over|during|since|until|by|take|took|takes|taken)\s+$"
