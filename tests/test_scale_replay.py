"""scripts/scale_replay.py: a replay is the kept extractions for the first round, varied after it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from fixtures.synthetic import synthetic_extractions

from osint_graph import api
from osint_graph.ingest import Reader
from osint_graph.model import Article, article_id

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from scale_replay import Replay, replayed_extraction, round_word  # noqa: E402


def made_up_articles(n: int) -> list[Article]:
    return [Article(article_id(f"Made-up item {i}."), f"Made-up item {i}.", outlet="Outlet 1") for i in range(n)]


def test_the_first_round_is_the_kept_extractions_and_later_rounds_carry_their_own_ids():
    bases = list(synthetic_extractions(4, pool=8))
    first = [e.article for e in bases]
    out = list(Replay(bases).extractions([*first, *made_up_articles(8)]))
    assert out[:4] == bases
    for extraction in out[4:]:
        prefix = extraction.article.id.removeprefix("sha256:")[:16]
        ids = [c.id for c in extraction.claims] + [f.id for f in extraction.figures]
        assert ids and all(f":{prefix}:" in i for i in ids)
        entities = {e.id for e in extraction.entities}
        for claim in extraction.claims:  # claims and facts point at the entities as renamed
            assert set(claim.entities) <= entities
        for fact in extraction.facts:
            assert {fact.vessel, fact.port} <= entities
    renamed = {e.name for e in out[4 + 4 :][0].entities} - {e.name for e in bases[0].entities}
    assert all(name.endswith(round_word(2)) for name in renamed)


def test_a_replayed_ingest_writes_every_article_through_the_bulk_loader(tmp_path, monkeypatch):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"text": f"Made-up item {i}.", "outlet": "Outlet 1"}) + "\n"
                            for i in range(24)), encoding="utf-8")  # fmt: skip
    monkeypatch.setattr(api, "extract_articles", replayed_extraction(list(synthetic_extractions(5, pool=6))))
    report = api.ingest([feed], str(tmp_path / "replay.lbug"), batch_size=7)
    assert report.articles == 24 and not report.rejects
    stats = api.stats(str(tmp_path / "replay.lbug"))
    assert stats.nodes["Article"] == 24 and stats.nodes["Claim"] == 48
    assert len(list(Reader().read([feed]))) == 24
