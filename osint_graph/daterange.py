"""The days an ISO date or interval refers to, as `date` values.

Claims and facts keep `date` as the text the extractor wrote: a day ("2024-02-04"), a
month or a year ("2023-08", "2023"), or an interval of those ("2023-08/2024-03").  Stores,
RDF and timelines want typed dates to compare and range over: `bounds` gives the first
and the last day such a text covers.
"""

from __future__ import annotations

import calendar
from datetime import date


def _day(text: str, last: bool) -> date | None:
    parts = text.strip().split("-")
    try:
        if len(parts) == 3:
            return date.fromisoformat(text.strip())
        year = int(parts[0])
        if len(parts) == 2:
            month = int(parts[1])
            return date(year, month, calendar.monthrange(year, month)[1] if last else 1)
        if len(parts) == 1 and len(parts[0]) == 4:
            return date(year, 12, 31) if last else date(year, 1, 1)
    except ValueError:
        return None
    return None


def bounds(value: object) -> tuple[date, date] | None:
    """(first day, last day) of an ISO date, month, year or interval; None if it is none of those."""
    if value is None:
        return None
    if isinstance(value, date):
        return value, value
    start, _, end = str(value).partition("/")
    first, last = _day(start, last=False), _day(end or start, last=True)
    if first is None or last is None or last < first:
        return None
    return first, last
