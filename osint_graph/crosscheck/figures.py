"""Figure comparison for the cross-check: what range a reported figure stands for, and how two compare.

A figure is read as an interval of values the source is committed to: "6,700" is 6,650-6,750
(half its rounding unit either side), "about 7,000" is 6,500-7,500 (half the rounding unit or 5%,
whichever is more), "more than 10,000" is 10,000 and up, "at least several million" is two
million and up.  Two figures of one quantity are then:

- consistent: their intervals overlap;
- a series:   counts of the same unit, reported at dates at least `same_period_days` apart,
              the later one higher (a cumulative count that grew: not a conflict);
- conflicting: anything else (different values for the same quantity and period, or a
              cumulative count that fell, or a measurement that differs), provided both
              figures state a number: a vague count ("hundreds of", "several") can agree
              with a number but is too loose to contradict one.

The interval arithmetic is pure; `figure_views` and `compare_figures` apply it to the figures of
one proposition (grouping, in grouping.py, decides which figures are of one quantity).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from babel.numbers import list_currencies

from osint_graph.crosscheck.records import ClaimRecord, FigureRecord, date_span

if TYPE_CHECKING:
    from osint_graph.crosscheck.origins import Origin

# Reported numbers are rounded: a bare "6,700" stands for +- half its rounding unit (50), the
# unit being the largest power of ten that divides it.  An approximate one ("about 35,000")
# for +- the larger of that and APPROX_TOLERANCE of the value (1,750): "about 35,000" and
# "around 39,000" then disagree, "about 7,000" and "6,700" agree.
APPROX_TOLERANCE = 0.05
# Figures dated closer than this describe the same period: a difference is a conflict, not growth.
SAME_PERIOD_DAYS = 30

APPROXIMATE = frozenset({"about", "around", "roughly", "approximately", "approx", "some", "circa", "close to",
                         "an estimated", "estimated", "as many"})  # fmt: skip
BELOW_NEAR = frozenset({"nearly", "almost", "just under", "close to"})
LOWER_BOUNDS = frozenset({"more than", "over", "above", "at least", "well over", "just over", "upwards",
                          "in excess"})  # fmt: skip
UPPER_BOUNDS = frozenset({"up to", "at most", "less than", "fewer than", "under", "below", "no more"})
EXACT = frozenset({"exactly", "only", "just", "barely"})
# Vague counts without a number: the range of the count word, times the multiplier that follows.
VAGUE_RANGES = {
    "several": (2, 9),
    "dozens": (24, 99),
    "scores": (40, 99),
    "tens": (20, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "millions": (2e6, 999e6),
    "billions": (2e9, 999e9),
    "tens of thousands": (20_000, 99_999),
    "tens of millions": (20e6, 99e6),
    "hundreds of thousands": (200_000, 999_999),
    "dozen": (12, 12),
}
MULTIPLIER_WORDS = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9}
# Measurement units (not counts): a different value is a conflict whatever the dates.
# (the extractor's spellings, tests/real/README.md "Figure units"; money is an ISO 4217 code, lower-cased
# in unit keys: "usd")
MEASUREMENTS = frozenset({
    "tonne", "deadweight tonne", "gross tonne", "short ton", "kilometre", "metre", "mile", "nautical mile",
    "knot", "barrel", "barrel per day", "teu", "gallon", "litre", "percent", "megawatt", "gigawatt", "kilowatt",
    "kilogram", "foot", "yard", "pound",
})  # fmt: skip
# Counted nouns that name the same thing (folded before comparing and grouping), and the spellings
# stored by earlier versions of the extractor ("ton", "kilometer", "dollar") folded to today's.
UNIT_SYNONYMS = {
    "projectile": "shell", "round": "shell", "artillery shell": "shell", "shell round": "shell",
    "boxe": "container", "box": "container", "ton": "tonne", "km": "kilometre", "kilometer": "kilometre",
    "meter": "metre", "dollar": "usd", "euro": "eur", "sailor": "crew member", "seafarer": "crew member",
    "crew": "crew member", "%": "percent",
}  # fmt: skip


CURRENCY_CODES = frozenset(list_currencies())


def is_measurement(unit: str) -> bool:
    """A measure or money (an ISO 4217 code): a different value is a conflict whatever the dates."""
    return unit in MEASUREMENTS or bool(re.fullmatch(r"[a-z]{3}", unit) and unit.upper() in CURRENCY_CODES)


@dataclass(frozen=True, slots=True)
class Reading:
    """A figure as compared: its interval, unit key, the date it refers to, and where it came from."""

    id: str
    text: str
    unit: str  # folded unit, with the calibre when given ("shell 152 mm")
    low: float
    high: float
    as_of: date | None
    origin: str = ""
    vague: bool = False  # no number stated ("hundreds of containers")


@dataclass(frozen=True, slots=True)
class Comparison:
    a: str  # figure ids, `a` the earlier (or first) one
    b: str
    relation: str  # consistent | series | conflict | differs (vague) | hedged (set by crosscheck)
    reason: str


def unit_key(unit: str | None, calibre: str | None = None) -> str:
    """The quantity a figure counts: its unit folded by synonyms, with the calibre when stated."""
    base = (unit or "").strip().lower()
    base = UNIT_SYNONYMS.get(base, base)
    if calibre:
        calibre_digits = re.sub(r"[^0-9]", "", calibre)
        if calibre_digits:
            return f"{base} {calibre_digits} mm"
    return base


def base_unit(key: str) -> str:
    """The unit key without its calibre: 'shell 152 mm' -> 'shell', 'crew member' stays."""
    return re.sub(r" \d+ mm$", "", key) if key else key


def rounding_unit(value: float) -> float:
    """The largest power of ten that divides a reported number (6,700 -> 100; 2 million -> 1 million)."""
    v = abs(value)
    if v < 1 or v != int(v):
        return 0.1 if v * 10 == int(v * 10) else 0.01
    unit = 1.0
    while v >= unit * 10 and v % (unit * 10) == 0:
        unit *= 10
    return unit


def interval(value: float | None, qualifier: str | None, text: str = "") -> tuple[float, float] | None:
    """The values a figure commits its source to, or None when it cannot be read as a number."""
    q = (qualifier or "").strip().lower()
    low_text = text.lower()
    if value is None:
        vague = _vague_range(q, low_text)
        if vague is None:
            return None
        lo, hi = vague
        if any(re.search(rf"\b{b}\b", low_text) for b in LOWER_BOUNDS):
            hi = math.inf
        return lo, hi
    v = float(value)
    half = rounding_unit(v) / 2
    approx = max(half, v * APPROX_TOLERANCE)
    if q in LOWER_BOUNDS or q == "range":
        # a range ("600-1,000 ships") is read from its lower bound up: its upper bound is in the
        # figure's attributes, which the records compared here do not carry
        return v, math.inf
    if q in UPPER_BOUNDS:
        return 0.0, v
    if q in BELOW_NEAR:
        return v - approx, v
    if q in APPROXIMATE:
        return v - approx, v + approx
    return v - half, v + half


def _vague_range(qualifier: str, text: str) -> tuple[float, float] | None:
    """'several million' -> 2-9 million; 'several hundred thousand' -> 200,000-900,000."""
    key = None
    for phrase in sorted(VAGUE_RANGES, key=len, reverse=True):
        if re.search(rf"\b{phrase}\b", text) or phrase == qualifier:
            key = phrase
            break
    if key is None:
        return None
    lo, hi = VAGUE_RANGES[key]
    scale = 1.0
    after = text.split(key, 1)[1] if key in text else ""
    for word in re.findall(r"[a-z]+", after):
        if word not in MULTIPLIER_WORDS:
            break
        scale *= MULTIPLIER_WORDS[word]
    return lo * scale, hi * scale


def overlaps(a: Reading, b: Reading) -> bool:
    return a.low <= b.high and b.low <= a.high


def compare(a: Reading, b: Reading, same_period_days: int = SAME_PERIOD_DAYS) -> Comparison | None:
    """How two figures of one quantity relate; None when they count different things."""
    if a.unit != b.unit:
        return None
    first, second = sorted((a, b), key=lambda r: (r.as_of or date.min, r.id))
    if overlaps(first, second):
        return Comparison(first.id, second.id, "consistent",
                          f"{describe(first)} and {describe(second)} overlap")  # fmt: skip
    gap = abs((second.as_of - first.as_of).days) if first.as_of and second.as_of else None
    measurement = is_measurement(base_unit(first.unit))
    if not measurement and gap is not None and gap >= same_period_days and second.low > first.high:
        return Comparison(
            first.id,
            second.id,
            "series",
            f"the count rose from {describe(first)} to {describe(second)} over {gap} days",
        )
    if first.vague or second.vague:
        return Comparison(
            first.id,
            second.id,
            "differs",
            f"{describe(first)} and {describe(second)} differ, but a vague count cannot contradict",
        )
    if measurement:
        why = "the same measurement differs"
    elif gap is None or gap < same_period_days:
        why = "different values for the same period" + (f" ({gap} days apart)" if gap is not None else "")
    else:
        why = f"a cumulative count fell over {gap} days"
    return Comparison(first.id, second.id, "conflict", f"{describe(first)} vs {describe(second)}: {why}")


def describe(r: Reading) -> str:
    when = f" ({r.as_of.isoformat()})" if r.as_of else ""
    who = f" [{r.origin}]" if r.origin else ""
    return f"'{r.text}'{who}{when} = {format_interval(r.low, r.high)}"


def format_interval(low: float, high: float) -> str:
    if high == math.inf:
        return f">= {_num(low)}"
    if low == 0:
        return f"<= {_num(high)}"
    mid = (low + high) / 2
    if high - low <= rounding_unit(mid) + 1e-9:
        return _num(mid)
    return f"{_num(low)}-{_num(high)}"


def _num(x: float) -> str:
    if x >= 1e6 and x % 1e5 == 0:
        return f"{x / 1e6:g} million"
    if x != int(x):
        return f"{x:,.2f}".rstrip("0").rstrip(".")
    return f"{x:,.0f}"


def compare_all(readings: list[Reading], same_period_days: int = SAME_PERIOD_DAYS) -> list[Comparison]:
    """Every pair of figures of one unit, compared (figures repeating one value once per pair)."""
    out = []
    ordered = sorted(readings, key=lambda r: (r.as_of or date.min, r.id))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            c = compare(a, b, same_period_days)
            if c is not None:
                out.append(c)
    return out


def series(readings: list, comparisons: list[Comparison]) -> list:
    """The figures of a growing series, in date order: of the figures linked by a `series` comparison,
    the longest run whose counts never fall (each one reaches the highest lower bound before it).

    "1,200 (Jan) -> 3,400 (Mar) -> 2,300 (May)" is no series of three: the count fell, and that
    comparison is a conflict; the series is the longest non-decreasing run ("1,200 -> 3,400"), and
    none at all when no two linked figures rise.  `readings` are `Reading`s or `FigureView`s.
    """
    rising = [c for c in comparisons if c.relation == "series"]
    ids = {x for c in rising for x in (c.a, c.b)}
    ordered = sorted((r for r in readings if r.id in ids), key=lambda r: (r.as_of or date.min, r.id))
    runs: list[list] = []
    for r in ordered:
        run = [r]
        for before in runs:
            if r.high >= max(x.low for x in before) and len(before) + 1 > len(run):
                run = before + [r]
        runs.append(run)
    longest = max(runs, key=len, default=[])
    members = {r.id for r in longest}
    return longest if any(c.a in members and c.b in members for c in rising) else []


# ------------------------------------------------------------------------- figures of a proposition

# Counted nouns that are one quantity for grouping (figures are still compared unit by unit).
UNIT_FAMILIES = {
    "munitions": frozenset({"shell", "projectile", "round", "missile", "rocket", "ammunition", "munition", "bomb",
                            "mortar", "grenade", "warhead", "artillery"}),
    "trips": frozenset({"trip", "run", "voyage", "journey", "crossing", "round trip", "call", "arrival"}),
    "ships": frozenset({"ship", "vessel", "tanker", "freighter"}),
    "containers": frozenset({"container", "box"}),
}  # fmt: skip
# Weapon words kept in a figure's unit key: "several ballistic missiles" are not "a million missiles".
UNIT_MODIFIERS = ("ballistic", "cruise", "anti-ship", "anti-tank", "artillery")


def unit_family(unit: str | None) -> str:
    base = UNIT_SYNONYMS.get((unit or "").lower(), (unit or "").lower())
    for family, units in UNIT_FAMILIES.items():
        if base in units:
            return family
    return base or "unknown"


def figure_unit_key(figure: FigureRecord) -> str:
    """The unit a figure is compared under: folded unit, calibre, and a weapon word of its text."""
    key = unit_key(figure.unit, figure.calibre)
    low = figure.text.lower()
    for word in UNIT_MODIFIERS:
        if word in low and word not in key and word != "artillery":
            return f"{word} {key}"
    return key


@dataclass(frozen=True, slots=True)
class FigureView:
    """A figure as the report shows it: value, unit, qualifier, date, origin, outlet."""

    id: str
    claim: str
    text: str
    value: float | None
    unit: str
    qualifier: str | None
    calibre: str | None
    low: float
    high: float
    date: str | None  # the date it refers to (ISO), None when undated
    as_of: date | None  # the date used to order it (referred date, else publication)
    origin: str
    outlet: str | None
    published: date | None
    hedged: bool


def as_of(claim: ClaimRecord) -> date | None:
    """The date a figure is true at: the end of the claim's date, else the publication date."""
    span = date_span(claim.date)
    if span is None:
        return claim.published
    end = span[1]
    return min(end, claim.published) if claim.published else end


def figure_views(claims: Iterable[ClaimRecord], family: str, origins: dict[str, Origin]) -> list[FigureView]:
    out: dict[str, FigureView] = {}
    for claim in claims:
        for f in claim.figures:
            if family and unit_family(f.unit) != family:
                continue
            span = interval(f.value, f.qualifier, f.text)
            if span is None or f.id in out:
                continue
            out[f.id] = FigureView(
                f.id,
                claim.id,
                f.text,
                f.value,
                figure_unit_key(f),
                f.qualifier,
                f.calibre,
                span[0],
                span[1],
                claim.date,
                as_of(claim),
                origins[claim.id].name,
                claim.outlet,
                claim.published,
                claim.hedged,
            )
    return sorted(out.values(), key=lambda v: (v.as_of or date.min, v.unit, v.id))


def compare_figures(views: list[FigureView], same_period_days: int) -> list[Comparison]:
    """Pairs of figures of one unit: consistent, series or conflict; a hedged figure never conflicts."""
    readings = [Reading(v.id, v.text, v.unit, v.low, v.high, v.as_of, v.origin, v.value is None) for v in views]
    hedged = {v.id for v in views if v.hedged}
    out = []
    for c in compare_all(readings, same_period_days):
        if c.relation == "conflict" and (c.a in hedged or c.b in hedged):
            c = Comparison(c.a, c.b, "hedged", c.reason + " (not a conflict: one of them is hedged)")
        out.append(c)
    return out
