"""Claims, attribution chains and facts on the seed article, through the real pipeline.

Also: every claim span of the sample corpus (`sources/articles/`) reads as its text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from osint_graph.model import Claim, Extraction

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "sources" / "articles"


@pytest.fixture(scope="module")
def seed(claims_extractor, seed_text) -> Extraction:
    from osint_graph.ingest import make_article

    return claims_extractor.extract(make_article(seed_text, published="2024-03-04"))


def claim_with(x: Extraction, words: str) -> Claim:
    for c in x.claims:
        if words in c.text:
            return c
    raise AssertionError(f"no claim with {words!r}: {[c.text for c in x.claims]}")


def names(c: Claim) -> list[str]:
    return [a.name for a in c.attribution]


def entity_named(x: Extraction, mention: str) -> str:
    for e in x.entities:
        if any(m.text == mention for m in e.mentions):
            return e.id
    raise AssertionError(f"no entity mentioned as {mention!r}")


def test_spans_read_as_their_text(seed):
    assert seed.claims
    for c in seed.claims:
        assert seed.article.text[c.start : c.end] == c.text
        assert c.text in c.sentence


def test_reports_nk_pro(seed):
    c = claim_with(seed, "Deliveries from the North Korean port of Rajin")
    assert names(c)[-1] == "NK Pro"
    assert c.attribution[-1].entity == entity_named(seed, "NK Pro")


def test_nk_pro_rests_on_planet_labs_imagery(seed):
    c = claim_with(seed, "NK Pro monitored the situation")
    assert names(c) == ["NK Pro", "Planet Labs"]
    assert c.attribution[1].entity == entity_named(seed, "Planet Labs")


def test_shin_told_local_media_reuters_reported(seed):
    c = claim_with(seed, "North Korea has sent 6,700 containers")
    assert names(c) == ["Reuters", "Shin Won-sik"]
    assert c.attribution[1].entity == entity_named(seed, "Shin Won-sik")
    assert "Reuters reported" not in c.text  # the frame is peeled off the proposition


def test_bloomberg_according_to_south_korean_intelligence(seed):
    c = claim_with(seed, "2 million projectiles")
    assert names(c)[0] == "Bloomberg"
    assert len(c.attribution) == 2
    origin = c.attribution[1]
    # the canonical name the entity pipeline gives, or the words of the text
    assert "Intelligence" in origin.name or origin.name == "South Korean intelligence"


def test_lady_r_writes_nk_pro(seed):
    c = claim_with(seed, "arriving in Rajin on February 4")
    assert names(c) == ["NK Pro"]
    assert entity_named(seed, "Lady R") in c.entities  # "it" is the Lady R


def test_the_moscow_times_covers_its_paragraph_only(seed):
    assert names(claim_with(seed, "Russian ships, which have been regularly plying")) == ["The Moscow Times"]
    assert names(claim_with(seed, "were not delivered from North Korea")) == ["The Moscow Times"]
    for c in seed.claims:
        if c.start > seed.article.text.index("155 mm projectiles"):
            assert "The Moscow Times" not in names(c), c.text


def test_the_nk_pro_passage_and_the_cited_analysts(seed):
    assert names(claim_with(seed, "made at least 32 trips")) == ["NK Pro"]
    assert names(claim_with(seed, "Operations may be suspended")) == ["NK Pro"]
    assert names(claim_with(seed, "cannot be ruled out")) == ["NK Pro"]


def test_the_minister_said(seed):
    assert names(claim_with(seed, "operating at maximum capacity")) == ["Shin Won-sik"]


def test_agerpres_covers_the_seoul_official(seed):
    c = claim_with(seed, "the capacity of the containers in question")
    assert names(c) == ["Agerpres", "a Seoul official"]
    assert c.kind == "quantity"


def test_operations_may_be_suspended_is_hedged(seed):
    c = claim_with(seed, "Operations may be suspended due to production delays")
    assert c.hedged
    assert not c.negated


def test_denial(seed):
    c = claim_with(seed, "Both the North Koreans and the Russians deny the allegations")
    assert (c.kind, c.stance) == ("denial", "denial")
    assert names(c) == []  # a denial of a noun is an act told in the outlet's voice (sixteenth round)


def test_accusation(seed):
    c = claim_with(seed, "have accused Pyongyang and Moscow")
    assert c.kind == "accusation"
    assert names(c) == ["South Korea"]


def test_negation(seed):
    assert claim_with(seed, "satellites have not recorded any flights").negated
    assert not claim_with(seed, "Maya-1 arrived at Rajin").negated


def test_port_call_and_shipment_facts(seed):
    facts = {f.id: f for f in seed.facts}
    lady_r, maya, rajin = entity_named(seed, "Lady R"), entity_named(seed, "Maya-1"), entity_named(seed, "Rajin")
    assert f"portcall:{lady_r}:{rajin}:2024-02-04" in facts
    assert f"portcall:{maya}:{rajin}:2024-02-12" in facts
    shipments = [f for f in seed.facts if f.kind == "shipment" and f.quantity == 6700]
    assert shipments and shipments[0].unit == "container"
    assert shipments[0].origin == entity_named(seed, "North Korea")
    assert shipments[0].destination == entity_named(seed, "Russia")
    claim_ids = {c.id for c in seed.claims}
    assert all(set(f.claims) <= claim_ids for f in seed.facts)


def test_no_caption_claims(seed):
    assert not any("Profimedia" in c.text or "Dozens of vehicles" in c.text for c in seed.claims)


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.iterdir() if p.suffix in (".md", ".txt", ".html", ".jsonl"))


@pytest.mark.slow
def test_every_claim_span_of_the_corpus_reads_as_its_text(claims_extractor):
    from osint_graph.ingest import read_paths

    files = corpus_files()
    assert files, "no sample corpus in sources/articles/"  # a missing corpus fails, it does not skip
    n = 0
    for article in read_paths(files):
        x = claims_extractor.extract(article)
        assert x.claims, f"{article.source}: no claim extracted"  # the contract's claims, for every article
        for c in x.claims:
            assert article.text[c.start : c.end] == c.text, (article.source, c)
            assert c.kind in {"shipment", "port_call", "trip_count", "quantity", "accusation", "denial",
                              "sanction", "production", "capability", "incident", "statement"}  # fmt: skip
            n += 1
    assert n > 0
