"""Issue 12 item 5 on texts written for it: a growing series only with non-decreasing counts in date
order, and shipments of opposite direction never one proposition (pure records, then end to end
through the extractor and a real LadybugDB store). Names are made up."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from test_crosscheck import NK, RU, check, claim, concern, fig, reading

from osint_graph import crosscheck as cc
from osint_graph.crosscheck import figures as cf
from osint_graph.crosscheck.records import read_claims
from osint_graph.model import Article, article_id
from osint_graph.store.graph_rows import batch_of
from osint_graph.store.ladybug_store import LadybugStore

# ------------------------------------------------------------------------------------------ series


def test_a_series_holds_only_counts_that_never_fall_in_date_order():
    jan = reading("jan", "1,200 containers", 1200, day="2024-01-10")
    mar = reading("mar", "3,400 containers", 3400, day="2024-03-10")
    may = reading("may", "2,300 containers", 2300, day="2024-05-10")
    comparisons = cf.compare_all([may, jan, mar])
    relations = {(c.a, c.b): c.relation for c in comparisons}
    assert relations[("jan", "mar")] == relations[("jan", "may")] == "series"
    assert relations[("mar", "may")] == "conflict"  # the count fell
    steps = cf.series([jan, mar, may], comparisons)
    assert [r.id for r in steps] == ["jan", "mar"]  # never 1,200 -> 3,400 -> 2,300
    assert all(b.high >= a.low for a, b in zip(steps, steps[1:], strict=False))


def test_a_count_that_only_falls_makes_no_series_and_overlapping_counts_stay_in_one():
    high = reading("a", "3,000 containers", 3000, day="2024-01-10")
    low = reading("b", "1,000 containers", 1000, day="2024-04-10")
    assert cf.series([high, low], cf.compare_all([high, low])) == []
    first = reading("c", "1,000 containers", 1000, day="2024-01-10")
    same = reading("d", "about 1,000 containers", 1000, qualifier="about", day="2024-02-20")
    later = reading("e", "4,000 containers", 4000, day="2024-06-01")
    steps = cf.series([first, same, later], cf.compare_all([first, same, later]))
    assert [r.id for r in steps] == ["c", "d", "e"]


def test_a_proposition_reports_its_series_in_date_order_without_the_fall():
    def count(cid, value, published, origin):
        return claim(cid, f"{value:,} containers", published=published, chain=[origin],
                     figures=[fig(f"f{cid}", f"{value:,} containers", value, "container")],
                     concerns=[concern(NK, role="subject"), concern(RU)])  # fmt: skip

    result = check([count("a", 1200, "2024-01-10", "Karsk Institute"), count("b", 3400, "2024-03-10", "Varga Centre"),
                    count("c", 2300, "2024-05-10", "Orsund Monitor")])  # fmt: skip
    [prop] = result.propositions
    assert [f.id for f in prop.series] == ["fa", "fb"]
    assert [(c.a, c.b) for c in prop.conflicts] == [("fb", "fc")]


# ------------------------------------------------------------------------------------- direction


def shipment(cid, origin, destination, outlet, chain="Karsk Institute"):
    base = claim(cid, f"containers from {origin} to {destination}", outlet=outlet, chain=[chain],
                 figures=[fig(f"f{cid}", "1,000 containers", 1000, "container")],
                 concerns=[concern(origin, role="subject"), concern(destination)])  # fmt: skip
    return replace(base, shipments=((origin, destination),))


def test_shipments_of_opposite_direction_are_never_one_proposition():
    there = shipment("a", NK, RU, "Harbour Ledger")
    there_too = shipment("b", NK, RU, "Nordic Daily", chain="Varga Centre")
    back = shipment("c", RU, NK, "Harbour Ledger")
    groups = sorted(sorted(c.id for c in p.claims) for p in check([there, there_too, back]).propositions)
    assert groups == [["a", "b"], ["c"]]
    # without the opposite shipment the same claims group as before
    assert [len(p.claims) for p in check([there, there_too]).propositions] == [2]


def test_a_claim_of_no_known_direction_stands_apart_from_opposite_shipments():
    undirected = replace(shipment("u", NK, RU, "Orsund Post"), shipments=())
    groups = sorted(
        sorted(c.id for c in p.claims)
        for p in check(
            [shipment("a", NK, RU, "Harbour Ledger"), shipment("c", RU, NK, "Nordic Daily"), undirected]
        ).propositions
    )
    assert groups == [["a"], ["c"], ["u"]]


def test_the_store_gives_each_claim_its_shipment_direction_and_opposite_ones_stay_apart(tmp_path, claims_extractor):
    texts = [
        ("North Korea shipped 1,000 containers of munitions to Russia in March, the Karsk Institute said.",
         "Harbour Ledger", date(2024, 4, 1)),
        ("North Korea sent 1,000 containers of munitions to Russia in March, the Varga Centre said.",
         "Nordic Daily", date(2024, 4, 2)),
        ("Russia shipped 1,000 containers of fuel to North Korea in March, the Karsk Institute said.",
         "Orsund Post", date(2024, 4, 3)),
    ]  # fmt: skip
    extractions = [claims_extractor.extract(Article(id=article_id(t), text=t, outlet=o, published=d))
                   for t, o, d in texts]  # fmt: skip
    store = LadybugStore(tmp_path / "direction.lbug")
    try:
        store.write(batch_of(extractions))
        corpus = read_claims(store)
        directions = {c.outlet: c.shipments for c in corpus.claims if c.shipments}
        assert directions == {"Harbour Ledger": ((NK, RU),), "Nordic Daily": ((NK, RU),),
                              "Orsund Post": ((RU, NK),)}  # fmt: skip
        result = cc.corroborate(store)
        outlets = sorted(sorted(p.outlets) for p in result.propositions if any(c.shipments for c in p.claims))
        assert outlets == [["Harbour Ledger", "Nordic Daily"], ["Orsund Post"]]
    finally:
        store.close()
