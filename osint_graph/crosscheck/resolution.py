"""SAME_AS classes: which stored entities the cross-check counts as one (computed, or kept from the store).

The matching itself (`resolve.fuzzy_same_as`) lives in osint_graph/resolve.py; this module turns
its links into one representative per class.
"""

from __future__ import annotations

from collections.abc import Iterable

from osint_graph.crosscheck.records import Corpus
from osint_graph.crosscheck.settings import Settings
from osint_graph.resolve import Merge, fuzzy_same_as


class Canon:
    """SAME_AS classes: every entity id to one representative (the smallest id of its class)."""

    def __init__(self, merges: Iterable[Merge] = ()):
        self.parent: dict[str, str] = {}
        for m in merges:
            self.union(m.source_id, m.into)

    def find(self, x: str) -> str:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(x, x) != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo

    def __call__(self, x: str | None) -> str | None:
        return self.find(x) if x else x


def same_as_merges(corpus: Corpus, settings: Settings) -> list[Merge]:
    """The SAME_AS links to use: computed by `fuzzy_same_as`, or those already stored."""
    if not settings.resolve:
        return list(corpus.same_as)
    return fuzzy_same_as(corpus.entities, threshold=settings.fuzzy_threshold)
