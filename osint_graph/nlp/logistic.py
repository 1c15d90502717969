"""What the learned decisions share: a logistic regression over named features, weights as data.

`entity_filter.py` (which entities to keep) and `attribution_carry.py` (whose is a sentence with
no frame) each read a `feature,weight` table from sources/rules/ (format in sources/README.md);
a feature is `family=value`, or several joined by `&`, and a file may name only the families its
code computes.
"""

from __future__ import annotations

import math


def logistic(weights: dict[str, float], feats: dict[str, float]) -> float:
    """The probability of the weighted features (the sum clipped so that exp cannot overflow)."""
    z = sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def family(feature: str) -> set[str]:
    """The families a feature name is made of ('type=Port&source=model' -> {'type', 'source'})."""
    return {part.split("=", 1)[0] for part in feature.split("&")}


def weight_row(row: dict[str, str], where: str) -> tuple[str, float]:
    """(feature, weight) of a `feature,weight` row; ValueError names the file and the bad row."""
    name, raw = row.get("feature", ""), row.get("weight", "")
    try:
        value = float(raw)
    except (TypeError, ValueError):
        raise ValueError(f"{where}: weight of {name!r} is not a number: {raw!r}") from None
    if not math.isfinite(value):
        raise ValueError(f"{where}: weight of {name!r} is not finite")
    return name, value


def weight_rows(weights: dict[str, float]) -> list[str]:
    """`feature,weight` rows as the trainers write them: bias first, then by name; zero weights left out."""
    rows = []
    for name in sorted(weights, key=lambda k: (k != "bias", k)):
        value = round(weights[name], 4)
        if value or name == "bias":
            rows.append(f"{name},{value}")
    return rows
