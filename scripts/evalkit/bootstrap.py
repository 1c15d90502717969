"""How far a real-set figure can be trusted: story-level bootstrap intervals.

The real set's articles come in stories (two to eight articles on one event), and the
articles of a story share their names, sources and wording, so they are not independent
draws: resampling articles would make the intervals too narrow. Each draw here resamples
the split's STORIES with replacement (every article of a drawn story comes with it) and
recomputes the eight headline metrics from the drawn articles' counts; the interval is
the 2.5th and 97.5th percentile over the draws (a percentile bootstrap). The gap
between dev and test is bootstrapped the same way, dev and test drawn independently.

Only aggregates are produced, so intervals are printed for the blind test split too.
Deterministic: a fixed seed and a fixed number of draws.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from evalkit.scoring import PRF, ArticleScore, ratio, score_article

DRAWS = 1000
SEED = 1
LEVEL = 0.95


def _prf(arts: Sequence[ArticleScore], get: Callable[[ArticleScore], PRF]) -> PRF:
    total = PRF()
    for a in arts:
        total.add(get(a))
    return total


def _entities(a: ArticleScore) -> PRF:
    total = PRF()
    for prf in a.entities_by_type.values():
        total.add(prf)
    return total


def headline(arts: Sequence[ArticleScore]) -> dict[str, float | None]:
    """The eight headline metrics, computed as `scoring.score` computes them."""
    count = lambda attr: sum(getattr(a, attr) for a in arts)  # noqa: E731
    return {
        "entity_micro_f1": _prf(arts, _entities).f1,
        "vessel_recall_unknown": ratio(count("unknown_vessels_found"), count("unknown_vessels")),
        "figure_f1": _prf(arts, lambda a: a.figures).f1,
        "claim_recall": ratio(count("claims_found"), count("claims_total")),
        "attribution_origin_accuracy": ratio(count("origin_right"), count("claims_found")),
        "chain_accuracy": ratio(count("chain_right"), count("claims_found")),
        "hedge_f1": _prf(arts, lambda a: a.hedge).f1,
        "negation_f1": _prf(arts, lambda a: a.negation).f1,
    }


def _draw(stories: list[list[ArticleScore]], rng: random.Random) -> list[ArticleScore]:
    return [a for _ in stories for a in stories[rng.randrange(len(stories))]]


def _percentiles(values: list[float], level: float) -> tuple[float, float]:
    values = sorted(values)
    tail = (1 - level) / 2
    lo = values[int(tail * (len(values) - 1))]
    hi = values[int(round((1 - tail) * (len(values) - 1)))]
    return lo, hi


def _interval(point: float | None, draws: list[float | None], level: float) -> dict | None:
    kept = [d for d in draws if d is not None]
    if point is None or not kept:
        return None
    lo, hi = _percentiles(kept, level)
    return {"value": point, "low": lo, "high": hi}


def intervals(
    by_story: dict[str, list[ArticleScore]], draws: int = DRAWS, seed: int = SEED, level: float = LEVEL
) -> dict[str, dict | None]:
    """metric -> {value, low, high} for one split's articles grouped by story."""
    stories = [by_story[s] for s in sorted(by_story)]
    point = headline([a for arts in stories for a in arts])
    rng = random.Random(seed)
    samples = [headline(_draw(stories, rng)) for _ in range(draws)] if stories else []
    return {k: _interval(point[k], [s[k] for s in samples], level) for k in point}


def gap_intervals(
    dev: dict[str, list[ArticleScore]],
    test: dict[str, list[ArticleScore]],
    draws: int = DRAWS,
    seed: int = SEED,
    level: float = LEVEL,
) -> dict[str, dict | None]:
    """metric -> {value, low, high} of dev minus test, each split's stories drawn independently."""
    dev_stories, test_stories = [dev[s] for s in sorted(dev)], [test[s] for s in sorted(test)]
    if not dev_stories or not test_stories:
        return {}
    d_point = headline([a for arts in dev_stories for a in arts])
    t_point = headline([a for arts in test_stories for a in arts])
    rng = random.Random(seed)
    diffs: dict[str, list[float | None]] = {k: [] for k in d_point}
    for _ in range(draws):
        d, t = headline(_draw(dev_stories, rng)), headline(_draw(test_stories, rng))
        for k in diffs:
            diffs[k].append(None if d[k] is None or t[k] is None else d[k] - t[k])
    out = {}
    for k in d_point:
        point = None if d_point[k] is None or t_point[k] is None else d_point[k] - t_point[k]
        out[k] = _interval(point, diffs[k], level)
    return out


def split_intervals(
    triples: list[tuple[str, dict, dict]],
    placement: dict[str, tuple[str, str]],
    known_vessels: frozenset[str] | None = None,
    draws: int = DRAWS,
) -> dict[str, dict]:
    """Intervals per split present in `triples` (id -> (split, story) in `placement`), and the
    dev-minus-test gap when both splits are there. Articles are scored as the real set is."""
    groups: dict[str, dict[str, list[ArticleScore]]] = {}
    for stem, gold, pred in triples:
        split, story = placement[stem]
        art = score_article(stem, gold, pred, known_vessels, strict_units=True)
        groups.setdefault(split, {}).setdefault(story, []).append(art)
    out = {split: intervals(groups[split], draws) for split in sorted(groups)}
    if "dev" in groups and "test" in groups:
        out["gap"] = gap_intervals(groups["dev"], groups["test"], draws)
    return out
