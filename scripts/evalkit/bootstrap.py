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

from evalkit.scoring import ArticleScore, headline_metrics, score_article

DRAWS = 1000
SEED = 1
LEVEL = 0.95


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
    point = headline_metrics([a for arts in stories for a in arts])
    rng = random.Random(seed)
    samples = [headline_metrics(_draw(stories, rng)) for _ in range(draws)] if stories else []
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
    d_point = headline_metrics([a for arts in dev_stories for a in arts])
    t_point = headline_metrics([a for arts in test_stories for a in arts])
    rng = random.Random(seed)
    diffs: dict[str, list[float | None]] = {k: [] for k in d_point}
    for _ in range(draws):
        d, t = headline_metrics(_draw(dev_stories, rng)), headline_metrics(_draw(test_stories, rng))
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
