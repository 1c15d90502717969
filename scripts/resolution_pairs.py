"""How well does `resolve.fuzzy_same_as` tell one entity's spellings from different entities?

Measured on name pairs from the hand-annotated gold set (tests/gold/*.json): every spelling an
annotator marked as a mention of an entity, across all gold articles.

- same-entity pairs: two spellings of one entity ("Hossein Amir-Abdollahian" / "Amir-Abdollahian",
  "152 mm shell" / "152 mm shells", "KN-23" / "Hwasong-11");
- different-entity pairs: spellings of two different entities of the same type ("122 mm rocket" /
  "122 mm artillery shell", "Defence Intelligence" / "Defence Intelligence of Ukraine").

Each pair is scored by `fuzzy_same_as` itself (two stored entities, one spelling each), so the
figures describe the function the cross-check calls.  A pair whose two spellings the gazetteer
already maps to one entry is resolved before fuzzy matching (resolve.py rules 1-2); the
measurement reports recall with and without those pairs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from osint_graph.gazetteer import Gazetteer, normalise_name
from osint_graph.resolve import Named, fuzzy_same_as, numbers_agree

THRESHOLDS = (70.0, 75.0, 80.0, 85.0, 88.0, 90.0, 92.0, 95.0, 97.0, 100.0)


@dataclass(frozen=True, slots=True)
class NamePair:
    type: str
    a: str
    b: str
    same: bool  # gold: the two spellings name one entity
    by_gazetteer: bool = False  # the gazetteer already maps both spellings to one entry
    entity_a: str = ""
    entity_b: str = ""


@dataclass(frozen=True, slots=True)
class Scored:
    pair: NamePair
    rule: str | None  # normalised | fuzzy | None (never matched)
    score: float

    def matched(self, threshold: float, guard=None) -> bool:
        if self.rule == "normalised":
            return True
        if self.rule != "fuzzy" or self.score < threshold or self.score <= 0:
            return False
        return guard is None or guard(self.pair)


def gold_spellings(folder: str | Path) -> dict[tuple[str, str], set[str]]:
    """(type, entity name) -> every spelling annotated for it in the gold files."""
    out: dict[tuple[str, str], set[str]] = {}
    for path in sorted(Path(folder).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for entity in data.get("entities", []):
            key = (entity["type"], entity["name"])
            spellings = out.setdefault(key, set())
            spellings.add(entity["name"])
            spellings.update(m["text"] for m in entity.get("mentions", []) if m.get("text"))
    return out


def gazetteer_spellings(
    gazetteer: Gazetteer,
    types: Iterable[str] = ("Vessel", "Weapon", "Organization", "Outlet", "Person", "Port", "Location"),
):
    """(type, entry name) -> its name and aliases: the spellings `sources/` lists for one thing."""
    wanted = set(types)
    return {(e.type, e.name): set(e.names) for e in gazetteer if e.type in wanted}


def name_pairs(spellings: dict[tuple[str, str], set[str]], gazetteer: Gazetteer | None = None) -> list[NamePair]:
    """Same-entity and different-entity spelling pairs of one type (one spelling per normalised form)."""
    items: list[tuple[str, str, str]] = []  # (type, entity, spelling)
    for (type_, entity), names in sorted(spellings.items()):
        seen = set()
        for name in sorted(names):
            folded = normalise_name(name)
            if folded and folded not in seen:
                seen.add(folded)
                items.append((type_, entity, name))
    pairs = []
    for (ta, ea, a), (tb, eb, b) in combinations(items, 2):
        if ta != tb or (ea == eb and normalise_name(a) == normalise_name(b)):
            continue
        same = ea == eb
        by_gazetteer = False
        if same and gazetteer is not None:
            ga, gb = _known(gazetteer, a, ta), _known(gazetteer, b, tb)
            by_gazetteer = ga is not None and ga == gb
        pairs.append(NamePair(ta, a, b, same, by_gazetteer, ea, eb))
    return pairs


def _known(gazetteer: Gazetteer, name: str, type_: str):
    """The gazetteer entry a spelling resolves to before fuzzy matching (alias, capital, demonym)."""
    entry = gazetteer.lookup(name, type_)
    if entry is None and type_ == "Country":
        entry = gazetteer.country_of_capital(name) or gazetteer.country_of_demonym(name)
    return entry


def score_pairs(pairs: Iterable[NamePair]) -> list[Scored]:
    """Each pair as `fuzzy_same_as` sees it: two stored entities, one spelling each, threshold 0."""
    out = []
    for pair in pairs:
        named = [Named("x:a", pair.type, pair.a), Named("x:b", pair.type, pair.b)]
        merges = fuzzy_same_as(named, threshold=0.0, guard_numbers=False)
        merge = merges[0] if merges else None
        out.append(Scored(pair, merge.rule if merge else None, float(merge.score) if merge else 0.0))
    return out


@dataclass(frozen=True, slots=True)
class Measure:
    threshold: float
    true_positives: int
    false_positives: int
    false_negatives: int
    recall_fuzzy_reachable: float  # recall over same-entity pairs the gazetteer does not resolve

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        total = self.true_positives + self.false_negatives
        return self.true_positives / total if total else 1.0


def measure(scored: list[Scored], thresholds: Iterable[float] = THRESHOLDS, guard=None) -> list[Measure]:
    """Precision and recall of `fuzzy_same_as` at each threshold (optionally with a guard on pairs)."""
    out = []
    reachable = [s for s in scored if s.pair.same and not s.pair.by_gazetteer]
    for t in thresholds:
        tp = sum(1 for s in scored if s.pair.same and s.matched(t, guard))
        fp = sum(1 for s in scored if not s.pair.same and s.matched(t, guard))
        fn = sum(1 for s in scored if s.pair.same and not s.matched(t, guard))
        hit = sum(1 for s in reachable if s.matched(t, guard))
        out.append(Measure(t, tp, fp, fn, hit / len(reachable) if reachable else 1.0))
    return out


def numbers_guard(pair: NamePair) -> bool:
    """The resolver's guard (resolve.numbers_agree): names whose numbers differ never match."""
    return numbers_agree(Named("x:a", pair.type, pair.a), Named("x:b", pair.type, pair.b))


def errors(scored: list[Scored], threshold: float, guard=None) -> tuple[list[Scored], list[Scored]]:
    """(false positives, false negatives) at a threshold, for reading."""
    fps = [s for s in scored if not s.pair.same and s.matched(threshold, guard)]
    fns = [s for s in scored if s.pair.same and not s.matched(threshold, guard)]
    return fps, fns
