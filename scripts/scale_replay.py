"""Replayed extractions: the store side of a real-sized ingest in minutes instead of half an hour.

    python scripts/bench_scale.py --articles 20000 --replay 400        # see bench_scale.py

A 20,000-article ingest through spaCy takes ~25 minutes on one core; its store side (resolving,
building rows, the bulk loader and its commits) takes a few. So the first K articles of
bench_scale's stream are extracted once, for real, and kept (pickled, under .cache/, git-ignored);
an ingest then replaces extraction by a replay of them (`install`): article i of the feed gets
the extraction of article i mod K, so the first K articles are written exactly as a real ingest
writes them, and each later round k = i // K

- keeps the feed's own article (its id, text, title, outlet and date: the Article node is real),
- re-derives every id that holds the article (claims, figures, the figure a claim points at),
- renames about half of the entities the gazetteer does not know, the same ones throughout the
  round (a name keeps its new spelling within a round, so entities recur as in the real stream),
  to the name plus a word of the round; their identifiers get the round too (the real stream's
  numbers are all new); facts, claims and attributions follow through `resolve`'s own re-keying.

So a replay has the real stream's elements per article and a vocabulary that grows with the
stream, and goes through the very path `api.ingest` uses (reader, resume check, `Resolver`,
`write_isolated`, `BulkLoader`), only its extraction replaced. Not reproduced: the pipeline's
own memory (~0.4 GB in a one-process ingest) and its time.
"""

from __future__ import annotations

import pickle
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from osint_graph.model import Article, Entity, Extraction, Mention, entity_id, slug
from osint_graph.resolve import _rekey_claim, _rekey_facts

SYLLABLES = "ka ri mo ta ven sol dar mi ro lu zen pa tor el vi na gor sha ber qui".split()
RENAMED_SHARE = 2  # one entity in this many gets a new name each round


def round_word(k: int) -> str:
    """A made-up word for round k (distinct for every k)."""
    digits = []
    while True:
        k, d = divmod(k, len(SYLLABLES))
        digits.append(SYLLABLES[d])
        if not k:
            break
    return "".join(reversed(digits)).capitalize() + "ex"


def build_cache(articles: Iterable[Article], path: Path, model: str | None = None) -> list[Extraction]:
    """Extract `articles` for real and keep the extractions at `path`."""
    from osint_graph.nlp import Extractor

    extractions = list(Extractor(model=model).extract_many(articles))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(extractions, protocol=pickle.HIGHEST_PROTOCOL))
    return extractions


def load_cache(path: Path) -> list[Extraction]:
    return pickle.loads(path.read_bytes())


class Replay:
    """Extractions for a stream of articles, from the kept ones (see the module docstring)."""

    def __init__(self, bases: list[Extraction], gazetteer=None):
        from osint_graph.gazetteer import load_gazetteer

        self.bases = bases
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        self.seen = 0

    def extractions(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        for article in articles:
            i, self.seen = self.seen, self.seen + 1
            base = self.bases[i % len(self.bases)]
            yield self.vary(base, article, i // len(self.bases))

    def vary(self, base: Extraction, article: Article, k: int) -> Extraction:
        if k == 0 and base.article.id == article.id:
            return base
        old, new = base.article.id.removeprefix("sha256:")[:16], article.id.removeprefix("sha256:")[:16]

        def rid(value: str | None) -> str | None:
            return value.replace(old, new) if value else value

        mapping: dict[str, str] = {}
        entities = tuple(self._entity(e, k, mapping) for e in base.entities) if k else base.entities
        claims = tuple(replace(c, id=rid(c.id), figures=tuple(map(rid, c.figures))) for c in base.claims)
        facts = tuple(replace(f, claims=tuple(map(rid, f.claims))) for f in base.facts)
        if mapping:
            claims = tuple(_rekey_claim(c, mapping) for c in claims)
            facts = _rekey_facts(facts, mapping)
        return replace(
            base,
            article=article,
            entities=entities,
            figures=tuple(replace(f, id=rid(f.id), claim=rid(f.claim)) for f in base.figures),
            claims=claims,
            facts=facts,
        )

    def _entity(self, entity: Entity, k: int, mapping: dict[str, str]) -> Entity:
        names = (entity.name, *entity.aliases, *(m.text for m in entity.mentions))
        if any(self.gazetteer.lookup(n, entity.type) for n in names):
            return entity  # countries, ports, agencies the gazetteer knows recur as they are
        if zlib.crc32(f"{k}:{entity.type}:{slug(entity.name)}".encode()) % RENAMED_SHARE:
            return entity
        word = round_word(k)
        name = f"{entity.name} {word}"
        new_id = entity_id(entity.type, slug(name))
        mapping[entity.id] = new_id
        return replace(
            entity,
            id=new_id,
            name=name,
            aliases=tuple(f"{a} {word}" for a in entity.aliases),
            identifiers={key: f"{value}{k}" for key, value in entity.identifiers.items()},
            mentions=tuple(Mention(m.start, m.end, f"{m.text} {word}", m.sentence) for m in entity.mentions),
        )


def replayed_extraction(bases: list[Extraction]):
    """A stand-in for `api.extract_articles` that replays `bases` (one replay for the process)."""
    replay = Replay(bases)

    def extract_articles(articles, model=None, n_process=1, rejects=None):
        return replay.extractions(articles)

    return extract_articles


def install(api_module, bases: list[Extraction]) -> None:
    """Make `api.ingest` take its extractions from a replay of `bases` (one-process ingests only)."""
    api_module.extract_articles = replayed_extraction(bases)
