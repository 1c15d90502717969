"""osint_dates: time expressions normalised against the article's publication date.

Reads the text, `doc._.published`, the model's DATE spans (`model_spans`, kept aside by the entity
components) and `doc.ents` (no date inside a name); writes `doc._.dates`, a list of spans, each
with `date_value`: an ISO day "2024-01-16" or an inclusive interval "2023-09-01/2023-11-30". The
anchor is `doc._.published`. Our own rules cover what news text says most ("January 16", "last
fall", "since last July", "on Monday", "mid-January", "the end of October", "last week", "early
next year"); dateparser (with RELATIVE_BASE and PREFER_DATES_FROM=past) gets what is left, once per
span, never per token.

Conventions (tests/gold/GUIDELINES.md): a day or month without a year is the most recent one on or
before publication; seasons are meteorological (fall = Sep-Nov); weeks run Monday-Sunday; "since X"
runs from the start of X to publication; early/mid/late of a month are days 1-10/11-20/21-end.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from osint_graph.nlp.extensions import doc_text
from osint_graph.nlp.rules import table, word_list, words
from osint_graph.nlp.spans import model_spans

_MONTH_NAMES = word_list("common/months")
_MONTH_ABBREVIATIONS = word_list("common/month_abbreviations")
# month name or abbreviation (lower case) -> its number; an abbreviation is the start of its month's name
MONTHS = {name.lower(): number for number, name in enumerate(_MONTH_NAMES, 1)} | {
    abbr.lower(): next(n for n, name in enumerate(_MONTH_NAMES, 1) if name.lower().startswith(abbr.lower()))
    for abbr in _MONTH_ABBREVIATIONS
}
REPORT_VERBS = words("common/source_verbs")
WEEKDAYS = {name.lower(): number for number, name in enumerate(word_list("common/weekdays"))}
SEASONS = {row["season"]: int(row["first_month"]) for row in table("dates/seasons")}
# counts in "two weeks ago": an article, or a number word up to ten
NUMBER_WORDS = {"a": 1, "an": 1} | {
    row["word"]: int(row["value"]) for row in table("common/number_words") if 1 <= int(row["value"]) <= 10
}
# phrase for a part of a month, season or year -> the part: early, mid, late, first half, second half
PARTS = {row["phrase"]: row["part"] for row in table("dates/parts")}
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY_RE = "|".join(WEEKDAYS)
SEASON_RE = "|".join(SEASONS)
NUMBER_RE = "|".join(NUMBER_WORDS)
PART_RE = "(?P<part>" + "|".join(PARTS) + ")"
DAYPARTS = word_list("dates/dayparts")
DAYPART = r"(?:\s+(?:" + "|".join(DAYPARTS) + "))?"
# words that never start a date span of ours
LEADING = tuple(f"{word} " for word in word_list("dates/leading_words"))
SPAN_TRIM_WORDS = words("dates/span_trim_words")
SAME_DAY = words("dates/same_day")
DAY_BEFORE = words("dates/day_before")
FUTURE_WORDS = words("dates/future_words")
FUTURE_PHRASES = word_list("dates/future_phrases")

Interval = tuple[date, date]


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def month_interval(year: int, month: int) -> Interval:
    return date(year, month, 1), month_end(year, month)


def part_of(interval: Interval, part: str | None, unit: str) -> Interval:
    """early/mid/late of a month (days 1-10/11-20/21-end) or of a year (Jan-Apr/May-Aug/Sep-Dec).

    `part` is a phrase of dates/parts.csv ("the end of"), read as the part it means ("late").
    """
    if not part:
        return interval
    start, end = interval
    part = PARTS[part]
    if unit == "month":
        if part == "early":
            return start, start.replace(day=10)
        if part == "mid":
            return start.replace(day=11), start.replace(day=20)
        if part == "late":
            return start.replace(day=21), end
        if part == "first half":
            return start, start.replace(day=15)
        if part == "second half":
            return start.replace(day=16), end
    else:
        y = start.year
        if part == "early":
            return date(y, 1, 1), date(y, 4, 30)
        if part == "mid":
            return date(y, 5, 1), date(y, 8, 31)
        if part == "late":
            return date(y, 9, 1), date(y, 12, 31)
        if part == "first half":
            return date(y, 1, 1), date(y, 6, 30)
        if part == "second half":
            return date(y, 7, 1), date(y, 12, 31)
    return interval


def latest_month(month: int, published: date, last: bool = False) -> int:
    """The year of the most recent `month` starting on or before publication ('last' skips the current one)."""
    year = published.year
    if month > published.month or (last and month == published.month):
        year -= 1
    return year


def season_interval(name: str, published: date, last: bool, this: bool = False) -> Interval:
    first = SEASONS[name]
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        start = date(year, first, 1)
        end_month = (first + 2 - 1) % 12 + 1
        end_year = year + (1 if first + 2 > 12 else 0)
        candidates.append((start, month_end(end_year, end_month)))
    started = [c for c in candidates if c[0] <= published]
    if this:
        return started[-1]
    if last:
        started = [c for c in started if not (c[0] <= published <= c[1])] or started
    return started[-1]


def weekday_on_or_before(weekday: int, anchor: date) -> date:
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def fmt(value: date | Interval) -> str:
    if isinstance(value, tuple):
        start, end = value
        return start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"
    return value.isoformat()


def normalise(text: str, published: date | None, previous: date | None = None, future: bool = False) -> str | None:
    """The ISO value of a date expression, or None when it is no date (or cannot be anchored).

    `future`: the sentence speaks of what is to come ("expected to be completed by January 10"),
    so a day without a year may lie after publication.
    """
    t = " ".join(text.lower().replace("’", "'").split())
    t = t.strip(" ,.;:")
    for lead in LEADING:
        if t.startswith(lead):
            t = t[len(lead) :]
    since = t.startswith("since ")
    if since:
        t = t[6:]
    value = _normalise(t, published, previous, future)
    if value is None:
        return None
    if since:
        if published is None:
            return None
        start = value[0] if isinstance(value, tuple) else value
        return fmt((start, published)) if start <= published else None
    return fmt(value)


def _normalise(t: str, published: date | None, previous: date | None, future: bool = False) -> date | Interval | None:
    t = re.sub(r"^the\s+(?=(?:" + MONTH_RE + r")\b)", "", t)
    # absolute: "16 january 2024", "january 16, 2024", "2024-01-16"
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(
        rf"(?:{WEEKDAY_RE},?\s+)?(?P<month>{MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?{DAYPART}",
        t,
    )  # noqa: E501
    if not m:
        m = re.fullmatch(
            rf"(?:{WEEKDAY_RE},?\s+)?(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH_RE})\.?(?:,?\s+(?P<year>\d{{4}}))?{DAYPART}",
            t,
        )  # noqa: E501
    if m:
        month, day = MONTHS[m["month"]], int(m["day"])
        if m["year"]:
            return _safe_date(int(m["year"]), month, day)
        if published is None:
            return None
        year = published.year
        candidate = _safe_date(year, month, day)
        if future and candidate is not None and candidate < published - timedelta(days=14):
            candidate = _safe_date(year + 1, month, day)  # 'by January 10' written in December
        if not future and (candidate is None or candidate > published):
            candidate = _safe_date(year - 1, month, day)
        return candidate
    # months and their parts: "january", "mid-january", "the end of october", "december 2024", "early march"
    m = re.fullmatch(
        rf"(?:{PART_RE}[\s-]+)?(?P<last>last\s+|this\s+|next\s+)?(?P<month>{MONTH_RE})\.?(?:,?\s+(?P<year>\d{{4}}))?", t
    )  # noqa: E501
    if m:
        month = MONTHS[m["month"]]
        if m["year"]:
            year = int(m["year"])
        elif published is None:
            return None
        elif m["last"] and m["last"].strip() == "next":
            year = published.year + (1 if month <= published.month else 0)
        else:
            year = latest_month(month, published, last=bool(m["last"] and m["last"].strip() == "last"))
        return part_of(month_interval(year, month), m["part"], "month")
    m = re.fullmatch(rf"(?P<month>{MONTH_RE})\.?\s+(?:of\s+)?(?P<which>last|this|next)\s+year", t)
    if m and published is not None:
        year = published.year + {"last": -1, "this": 0, "next": 1}[m["which"]]
        return month_interval(year, MONTHS[m["month"]])
    m = re.fullmatch(
        rf"(?:the\s+)?(?P<nth>first|second|third|fourth|last)\s+week\s+of\s+(?P<month>{MONTH_RE})(?:\s+(?P<year>\d{{4}}))?",
        t,
    )  # noqa: E501
    if m and (published is not None or m["year"]):
        month = MONTHS[m["month"]]
        year = int(m["year"]) if m["year"] else latest_month(month, published)
        start, end = month_interval(year, month)
        if m["nth"] == "last":
            return end - timedelta(days=6), end
        first = {"first": 1, "second": 8, "third": 15, "fourth": 22}[m["nth"]]
        return start.replace(day=first), start.replace(day=first + 6)
    # years: "2006", "last year", "early next year", "the 1990s"
    m = re.fullmatch(
        rf"(?:{PART_RE}[\s-]+)?(?:the\s+)?(?P<which>last|this|next|previous|the previous|the past)?\s*year", t
    )
    if m and published is not None:
        year = published.year + {"last": -1, "previous": -1, "the previous": -1, "next": 1}.get(m["which"] or "this", 0)
        if m["which"] == "the past":
            return published - timedelta(days=365), published
        return part_of((date(year, 1, 1), date(year, 12, 31)), m["part"], "year")
    m = re.fullmatch(rf"(?:{PART_RE}[\s-]+)?(?P<year>(?:19|20)\d\d)", t)
    if m:
        year = int(m["year"])
        return part_of((date(year, 1, 1), date(year, 12, 31)), m["part"], "year")
    m = re.fullmatch(r"(?:the\s+)?(?:(?P<early>early|mid|late)[\s-]+)?(?P<decade>(?:19|20)\d0)s", t)
    if m:
        start = int(m["decade"])
        lo, hi = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get(m["early"] or "", (0, 9))
        return date(start + lo, 1, 1), date(start + hi, 12, 31)
    if published is None:
        return None
    # seasons: "last fall", "the winter", "this summer", "fall 2023"
    m = re.fullmatch(
        rf"(?:{PART_RE}[\s-]+)?(?:(?P<which>last|this|the|past|next)\s+)?(?P<season>{SEASON_RE})(?:\s+(?:of\s+)?(?P<year>\d{{4}}))?",
        t,
    )  # noqa: E501
    if m:
        if m["year"]:
            first = SEASONS[m["season"]]
            year = int(m["year"])
            start = date(year, first, 1)
            end_month = (first + 1) % 12 + 1
            interval = (start, month_end(year + (1 if first + 2 > 12 else 0), end_month))
        elif m["which"] == "next":
            interval = season_interval(m["season"], published.replace(year=published.year + 1), last=False)
        else:
            interval = season_interval(
                m["season"], published, last=m["which"] in ("last", "past"), this=m["which"] == "this"
            )
        if m["part"]:
            start, end = interval
            third = (end - start) // 3
            part = PARTS[m["part"]]
            if part == "early":
                interval = (start, start + third)
            elif part == "late":
                interval = (end - third, end)
            elif part == "mid":
                interval = (start + third, end - third)
        return interval
    # weekdays: "monday", "sunday morning", "last friday"
    m = re.fullmatch(rf"(?:(?P<which>last|this|past)\s+)?(?P<day>{WEEKDAY_RE}){DAYPART}", t)
    if m:
        day = weekday_on_or_before(WEEKDAYS[m["day"]], published)
        if m["which"] == "last" and day == published:
            day -= timedelta(days=7)
        return day
    # weeks and months relative to publication
    m = re.fullmatch(r"(?P<which>last|this|next|the past|past|the previous|previous)\s+(?P<unit>week|month|weekend)", t)
    if m:
        which = m["which"].replace("the ", "")
        shift = {"last": -1, "previous": -1, "this": 0, "next": 1, "past": -1}[which]
        if m["unit"] in ("week", "weekend"):
            monday = published - timedelta(days=published.weekday()) + timedelta(weeks=shift)
            if m["unit"] == "weekend":
                return monday + timedelta(days=5), monday + timedelta(days=6)
            return monday, monday + timedelta(days=6)
        year, month = published.year, published.month + shift
        if month < 1:
            year, month = year - 1, 12
        if month > 12:
            year, month = year + 1, 1
        return month_interval(year, month)
    m = re.fullmatch(r"earlier this (?P<unit>week|month|year)", t)
    if m:
        if m["unit"] == "week":
            return published - timedelta(days=published.weekday()), published
        if m["unit"] == "month":
            return published.replace(day=1), published
        return date(published.year, 1, 1), published
    if t in SAME_DAY:
        return published
    if t in DAY_BEFORE:
        return published - timedelta(days=1)
    m = re.fullmatch(
        rf"(?P<n>\d+|{NUMBER_RE})\s+(?P<unit>day|days|week|weeks|month|months|year|years)\s+ago",
        t,
    )  # noqa: E501
    if m:
        n = int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS[m["n"]]
        unit = m["unit"].rstrip("s")
        if unit == "day":
            return published - timedelta(days=n)
        if unit == "week":
            return published - timedelta(weeks=n)
        if unit == "month":
            year, month = published.year, published.month - n
            while month < 1:
                year, month = year - 1, month + 12
            return month_interval(year, month)
        return date(published.year - n, 1, 1), date(published.year - n, 12, 31)
    # anaphora: "the following day" after a date in the text
    m = re.fullmatch(
        r"(?:the\s+)?(?P<which>following|next|previous|preceding)\s+day"
        r"|a day (?P<later>later|earlier)|the day (?P<rel>before|after)",
        t,
    )
    if m:
        if previous is None:
            return None
        forward = (m["which"] in ("following", "next")) or m["later"] == "later" or m["rel"] == "after"
        return previous + timedelta(days=1 if forward else -1)
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def dateparser_value(text: str, published: date | None) -> str | None:
    """Last resort for absolute dates our rules do not read ('3/4/2024', '4th of March 2024')."""
    if not re.search(r"\d", text):
        return None
    settings = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": True}
    if published is None:
        # No article date: a relative expression ("2 weeks ago") has no value. Never the wall clock:
        # the text is absolute only if two far-apart bases read it the same.
        values = {_parse_at(text, settings, base) for base in (datetime(2000, 6, 15), datetime(2040, 6, 15))}
        return values.pop() if len(values) == 1 else None
    return _parse_at(text, settings, datetime(published.year, published.month, published.day))


def _parse_at(text: str, settings: dict, base: datetime) -> str | None:
    import dateparser  # slow to import: only when a span needs it

    parsed = dateparser.parse(text, languages=["en"], settings={**settings, "RELATIVE_BASE": base})
    return parsed.date().isoformat() if parsed else None


def _date_pattern() -> re.Pattern:
    """The patterns of dates/patterns.txt, their placeholders filled, as one regular expression."""
    abbreviations = sorted(_MONTH_ABBREVIATIONS, key=len, reverse=True)  # 'Sept' before 'Sep'
    fill = {
        "{MONTH}": "(?:" + "|".join([*_MONTH_NAMES, *(rf"{a}\." + "?" for a in abbreviations)]) + ")",
        "{WEEKDAY}": "(?:" + "|".join(word_list("common/weekdays")) + ")",
        "{SEASON}": "(?i:" + SEASON_RE + ")",
        "{DAYPART}": "|".join(DAYPARTS),
    }
    patterns = []
    for pattern in word_list("dates/patterns"):
        for key, value in fill.items():
            pattern = pattern.replace(key, value)
        patterns.append(pattern)
    return re.compile("|".join(patterns))


DATE_PATTERN = _date_pattern()


class Dates:
    """Date spans from the model's DATE entities and our own patterns, each with its ISO value."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published
        candidates = [(s.start, s.end) for s in model_spans(doc, ("DATE",))]
        # our patterns: one compiled regular expression over the text, mapped back to tokens
        for m in DATE_PATTERN.finditer(doc_text(doc)):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                candidates.append((span.start, span.end))
        spans = self._spans(doc, candidates)
        out: list[Span] = []
        previous: date | None = None
        for span in spans:
            value = normalise(span.text, published, previous, future=self._speaks_of_future(span))
            if value is None and published is not None:
                value = self._fallback(span, published)
            if value is None:
                continue
            span._.date_value = value
            out.append(span)
            last = value.split("/")[-1] if "/" not in value else None
            previous = date.fromisoformat(last) if last else previous
        self._order_weekdays(out, published)
        doc._.dates = out
        return doc

    def _spans(self, doc: Doc, candidates: list[tuple[int, int]]) -> list[Span]:
        """Trim leading prepositions, take 'since' in, drop what overlaps a name or reads as no date,
        keep the longest."""
        names = {i for e in doc.ents for i in range(e.start, e.end)}
        trimmed = set()
        for start, end in candidates:
            while start < end and doc[start].lower_ in SPAN_TRIM_WORDS:
                start += 1
            while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("'s",)):
                end -= 1
            if start >= end or any(i in names for i in range(start, end)):
                continue
            if start > 0 and doc[start - 1].lower_ == "since":
                start -= 1
            trimmed.add((start, end))
        published = doc._.published
        anchor = published or date(2000, 1, 1)
        trimmed = {
            (s, e)
            for s, e in trimmed
            if normalise(doc[s:e].text, anchor, anchor) is not None or self._fallback(doc[s:e], anchor) is not None
        }
        used: set[int] = set()
        chosen = []
        for start, end in sorted(trimmed, key=lambda se: (se[0] - se[1], se[0])):
            if not any(i in used for i in range(start, end)):
                used.update(range(start, end))
                chosen.append((start, end))
        return [doc[s:e] for s, e in sorted(chosen)]

    @staticmethod
    def _speaks_of_future(span: Span) -> bool:
        """'will', 'is expected to', 'is due', 'plans to' before the date in its sentence."""
        try:
            sent = span.sent
        except ValueError:
            return False
        words = [t.lower_ for t in sent if t.i < span.start]
        text = " ".join(words)
        return any(w in FUTURE_WORDS for w in words) or any(cue in text for cue in FUTURE_PHRASES)

    @staticmethod
    def _fallback(span: Span, published: date) -> str | None:
        text = span.text
        low = text.lower()
        if re.search(r"\b(and|to|through|until|between)\b|[-–]\s*\d", low):
            return None  # 'Oct. 19 and 23': a list or a range reads as its first date only; our rules split it
        if not re.search(r"\d", text) or not any(m in low for m in MONTHS) and not re.search(r"\d[/.-]\d", text):
            return None
        try:
            return dateparser_value(text, published)
        except Exception:  # a date we cannot read is not worth failing an article for
            return None

    @staticmethod
    def _order_weekdays(spans: list[Span], published: date | None) -> None:
        """'told local media on Monday, Reuters reported on Tuesday': the report comes after the telling."""
        if published is None:
            return
        for later_i, later in enumerate(spans):
            low = later.text.lower()
            if not any(low.startswith(d) for d in WEEKDAYS):
                continue
            verb = later.root.head.head if later.root.dep_ == "pobj" else later.root.head
            if verb.lemma_.lower() not in REPORT_VERBS:
                continue
            anchor = date.fromisoformat(later._.date_value)
            for earlier in spans[:later_i]:
                if earlier.sent != later.sent or earlier.text.lower().split()[0] not in WEEKDAYS:
                    continue
                value = date.fromisoformat(earlier._.date_value)
                if value > anchor:
                    moved = weekday_on_or_before(WEEKDAYS[earlier.text.lower().split()[0]], anchor)
                    earlier._.date_value = moved.isoformat()


@Language.factory("osint_dates")
def make_dates(nlp: Language, name: str) -> Dates:
    return Dates(nlp, name)
