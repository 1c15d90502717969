"""What an analyst may change in the cross-check; the defaults are the ones the report states."""

from __future__ import annotations

from dataclasses import dataclass, field

from osint_graph.crosscheck.figures import SAME_PERIOD_DAYS
from osint_graph.resolve import FUZZY_THRESHOLD

# Products of one publisher count as one origin (sources/README.md, "NK News and NK Pro").
ORIGIN_FAMILIES = {
    "nk pro": "NK News / NK Pro",
    "nk news": "NK News / NK Pro",
    "lloyd s list intelligence": "Lloyd's List / Lloyd's List Intelligence",
    "lloyd s list": "Lloyd's List / Lloyd's List Intelligence",
}


@dataclass(frozen=True, slots=True)
class Settings:
    """What an analyst may change; the defaults are the ones the report states."""

    default_reliability: str = "F"
    fuzzy_threshold: float = FUZZY_THRESHOLD
    same_period_days: int = SAME_PERIOD_DAYS
    denial_lookback_days: int = 90
    denial_near_days: int = 7
    # quantities and denials of one proposition come from one run of coverage: articles published at
    # most this many days apart, one after the other (grouping.GROUPING_RULES, Coverage)
    coverage_gap_days: int = 90
    families: dict[str, str] = field(default_factory=lambda: dict(ORIGIN_FAMILIES))
    state_families: bool = True  # a state and its own bodies are one origin (origins.STATE_BODY_KINDS)
    resolve: bool = True  # False: use the SAME_AS edges already in the store (an analyst's edits kept)
