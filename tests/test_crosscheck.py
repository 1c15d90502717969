"""The cross-check's pure functions on hand-built claims: figures, origins, grouping, grading, denials,
and the write-back into a real LadybugDB store (idempotent, SAME_AS reversible)."""

from __future__ import annotations

import math
from datetime import date

import pytest

from osint_graph import crosscheck as cc
from osint_graph.crosscheck import ClaimRecord, Concern, Corpus, FigureRecord, Origin, Settings
from osint_graph.crosscheck import figures as cf
from osint_graph.gazetteer import load_gazetteer
from osint_graph.model import Article, Claim, Entity, Extraction, Mention, article_id, span_id
from osint_graph.model import Attribution as Link
from osint_graph.resolve import Named
from osint_graph.store.graph_rows import batch_of
from osint_graph.store.ladybug_store import LadybugStore

NK, RU, KR, US = "country:north-korea", "country:russia", "country:south-korea", "country:united-states"
COUNTRIES = {NK: "North Korea", RU: "Russia", KR: "South Korea", US: "United States"}


def concern(entity: str, name: str | None = None, role: str = "mentioned") -> Concern:
    return Concern(entity, cc.label_of(entity), name or COUNTRIES.get(entity, entity.split(":")[1]), role)


def fig(fid: str, text: str, value: float | None, unit: str, qualifier: str | None = None, calibre=None):
    return FigureRecord(fid, text, value, unit, qualifier, calibre)


def claim(cid: str, text: str = "", *, kind: str = "shipment", outlet: str | None = "Reuters",
          published: str = "2024-02-27", chain=(), figures=(), concerns=(), date_: str | None = None,
          hedged: bool = False, stance: str | None = None, article: str | None = None, port_calls=()):  # fmt: skip
    return ClaimRecord(
        id=cid, text=text or cid, kind=kind, article=article or f"article:{cid}", outlet=outlet,
        published=date.fromisoformat(published), title=f"title of {cid}", chain=tuple(Link(*c) if isinstance(c, tuple)
        else Link(c) for c in chain), figures=tuple(figures), concerns=tuple(concerns), date=date_, hedged=hedged,
        stance=stance, port_calls=tuple(port_calls),
    )  # fmt: skip


def entities_of(claims) -> tuple[Named, ...]:
    seen = {}
    for c in claims:
        for x in c.concerns:
            seen[x.entity] = Named(x.entity, x.label, x.name)
        for link in c.chain:
            if link.entity:
                seen[link.entity] = Named(link.entity, cc.label_of(link.entity), link.name)
    return tuple(sorted(seen.values(), key=lambda e: e.id))


def check(claims, **settings) -> cc.CrossCheck:
    return cc.cross_check(Corpus(tuple(claims), entities_of(claims)), Settings(**settings), generated="test")


def reading(fid, text, value, unit="container", qualifier=None, day="2024-02-27", origin="x"):
    low, high = cf.interval(value, qualifier, text)
    return cf.Reading(fid, text, unit, low, high, date.fromisoformat(day) if day else None, origin, value is None)


# ----------------------------------------------------------------------------------------- figures


def test_a_bare_number_stands_for_its_rounding_and_about_widens_it():
    assert cf.interval(6700, None) == (6650, 6750)
    assert cf.interval(7000, "about") == (6500, 7500)
    low, high = cf.interval(35000, "about")
    assert (low, high) == (33250, 36750)  # 5% is more than half the rounding unit (500)
    assert cf.interval(10000, "more than") == (10000, math.inf)
    assert cf.interval(500, "up to") == (0, 500)
    assert cf.interval(7000, "nearly") == (6500, 7000)


def test_vague_counts_read_their_multipliers_and_lower_bounds():
    assert cf.interval(None, "several", "at least several million shells") == (2e6, math.inf)
    assert cf.interval(None, "several", "several million projectiles") == (2e6, 9e6)
    assert cf.interval(None, "several", "several hundred thousand shells") == (2e5, 9e5)
    assert cf.interval(None, "hundreds", "hundreds of containers") == (200, 999)
    assert cf.interval(None, None, "some containers") is None


def test_qualifiers_make_figures_compatible():
    about = reading("a", "about 7,000 containers", 7000, qualifier="about")
    exact = reading("b", "7,000 containers", 7000)
    assert cf.compare(about, exact).relation == "consistent"
    several = reading("c", "at least several million shells", None, "shell", "several")
    two = reading("d", "2 million shells", 2e6, "shell")
    assert cf.compare(several, two).relation == "consistent"
    assert cf.compare(reading("e", "about 6,700", 6700, qualifier="about"), exact).relation == "consistent"


def test_a_growing_count_at_different_dates_is_a_series_not_a_conflict():
    dec = reading("a", "about 5,000 containers", 5000, qualifier="about", day="2023-12-29")
    feb = reading("b", "6,700 containers", 6700, day="2024-02-27")
    result = cf.compare(feb, dec)
    assert result.relation == "series"
    assert (result.a, result.b) == ("a", "b")  # earlier first
    assert "rose" in result.reason


def test_different_values_for_the_same_period_conflict():
    us = reading("a", "more than 10,000 containers", 10000, qualifier="more than", day="2024-02-23")
    seoul = reading("b", "6,700 containers", 6700, day="2024-02-26")
    result = cf.compare(us, seoul)
    assert result.relation == "conflict"
    assert "same period" in result.reason and "3 days" in result.reason


def test_a_cumulative_count_that_falls_conflicts_and_a_measurement_that_differs_conflicts():
    early = reading("a", "6,700 containers", 6700, day="2024-02-27")
    late = reading("b", "5,000 containers", 5000, day="2024-06-01")
    assert cf.compare(early, late).relation == "conflict"
    assert "fell" in cf.compare(early, late).reason
    t1 = reading("c", "about 35,000 tonnes", 35000, "tonne", "about", day="2024-12-26")
    t2 = reading("d", "around 39,000 tonnes", 39000, "tonne", "around", day="2025-03-01")
    assert cf.compare(t1, t2).relation == "conflict"  # measurements never form a series


def test_a_vague_count_cannot_contradict_and_different_units_are_not_compared():
    vague = reading("a", "hundreds of containers", None, qualifier="hundreds")
    assert cf.compare(vague, reading("b", "7,000 containers", 7000)).relation == "differs"
    assert cf.compare(reading("c", "7 ships", 7, "ship"), reading("d", "7,000 containers", 7000)) is None


def test_unit_keys_fold_synonyms_and_keep_calibre_and_weapon_words():
    assert cf.unit_key("projectile") == cf.unit_key("round") == "shell"
    assert cf.unit_key("shell", "152 mm") == "shell 152 mm"
    assert cc.figure_unit_key(fig("f", "several ballistic missiles", None, "missile", "several")) == "ballistic missile"
    assert cc.unit_family("projectile") == cc.unit_family("missile") == "munitions"


# ----------------------------------------------------------------------------------------- origins


def lady_r_claims():
    lady, rajin = concern("vessel:imo-9161003", "Lady R"), concern("port:rajin", "Rajin")
    return [
        claim("c1", "Lady R arrived in Rajin on February 4", kind="port_call", outlet="NK Pro",
              published="2024-03-01", concerns=[lady, rajin], date_="2024-02-04"),
        claim("c2", "the Lady R called at Rajin on February 4, NK Pro said", kind="port_call",
              outlet="The Moscow Times", published="2024-03-02", chain=[("NK Pro", "outlet:nk-pro")],
              concerns=[lady, rajin], date_="2024-02-04"),
        claim("c3", "the Lady R on Feb. 4", kind="quantity", outlet="The Kyiv Independent", published="2024-03-05",
              chain=[("NK Pro", "outlet:nk-pro"), ("Planet Labs", "organization:planet-labs")],
              concerns=[lady], date_="2024-02-04"),
        claim("c4", "Lady R docked at Rajin on February 4, NK News reported", kind="port_call", outlet="Yonhap",
              published="2024-03-06", chain=["NK News"], concerns=[lady, rajin], date_="2024-02-04"),
    ]  # fmt: skip


def test_one_origin_repeated_by_several_outlets_is_circular():
    result = check(lady_r_claims())
    [prop] = [p for p in result.propositions if p.kind == "port_call"]
    assert len(prop.claims) == 4  # c3 names no port: it joins the one compatible port call
    assert [o.name for o in prop.independent] == ["NK News / NK Pro"]  # NK Pro = NK News; imagery is no origin
    assert len(prop.outlets) == 4 and prop.circular
    assert prop.grade == 3  # a single B origin, not hedged
    assert prop.statement == "Lady R called at Rajin on 2024-02-04"
    assert result.corroborates == []  # no two independent origins


def test_people_speak_for_their_organisation_and_unnamed_sources_fold_to_the_outlet():
    kirby = claim("k", outlet="Associated Press", chain=[("John Kirby", "person:john-kirby")])
    house = claim("w", outlet="CNN", chain=["White House"])
    official = claim("o", outlet="Agerpres", chain=["Reuters", "a Seoul official"])
    nobody = claim("n", outlet=None, chain=[])
    result = check([kirby, house, official, nobody])
    origins = cc.Origins([kirby, house, official, nobody], result.canon, result.entity_names,
                         load_gazetteer(), Settings())  # fmt: skip
    assert origins.of(kirby).key == origins.of(house).key
    assert origins.of(kirby).reliability == "B"
    assert origins.of(official).name == "Reuters"
    assert not origins.of(nobody).known and origins.of(nobody).reliability == "F"


def test_the_default_reliability_is_configurable():
    unknown = claim("u", outlet="Some Blog")
    assert check([unknown]).propositions[0].grade == 6
    assert check([unknown], default_reliability="B").propositions[0].grade == 3


# ----------------------------------------------------------------------------------------- grading

B, C, D, F = (Origin(f"o:{g}", g, g) for g in "BCDF")
B2 = Origin("o:B2", "B2", "B")


@pytest.mark.parametrize(
    ("origins", "hedged", "conflicts", "contradicted", "expected"),
    [
        ([B, B2], [False, True], 0, [], 1),  # two independent origins, no conflict, not all hedged
        ([B, F], [False], 0, [], 1),  # reliability does not matter for confirmation
        ([B, B2], [False], 1, [], 2),  # conflicting figures
        ([B, B2], [True, True], 0, [], 2),  # every claim hedged
        ([B], [True], 0, [], 4),  # single origin, hedged
        ([F], [False], 0, [], 6),  # single origin that cannot be judged
        ([], [False], 0, [], 6),  # no known origin
        ([B], [False], 0, [], 3),  # single reliable origin
        ([C], [False], 0, [], 4),  # single fairly reliable origin
        ([D], [False], 0, [], 4),  # single unreliable origin
        ([D, F], [False], 0, [B], 5),  # contradicted (denial answering B accusations) by a better origin
        ([B, B2], [False], 0, [D], 1),  # a denial from a worse origin changes nothing
        ([B], [False], 0, [F], 3),  # nor from one that cannot be judged
    ],
)
def test_grading_rules(origins, hedged, conflicts, contradicted, expected):
    grade, rule = cc.grade(origins, hedged, conflicts, contradicted)
    assert grade == expected
    assert rule.startswith(cc.GRADE_WORDS[expected])


def test_the_rules_are_written_once_and_complete():
    rules = cc.rules_text()
    assert [line[0] for line in rules["grading"]] == ["5", "1", "2", "4", "6", "3", "4"]
    assert {"grouping", "figures", "origins", "grading", "denials", "resolution"} <= set(rules)


# ----------------------------------------------------------------------------------------- grouping


def containers():
    def c(cid, text, value, qualifier, published, chain, outlet, date_=None):
        return claim(cid, text, outlet=outlet, published=published, chain=chain, date_=date_,
                     figures=[fig(f"f{cid}", text, value, "container", qualifier)],
                     concerns=[concern(NK, role="subject"), concern(RU)])  # fmt: skip

    return [
        c("a", "more than 1,000 containers", 1000, "more than", "2023-10-13", ["White House"], "Associated Press",
          "2023-10-13"),
        c("b", "about 5,000 containers", 5000, "about", "2023-12-29", [("Shin Won-sik", "person:shin-won-sik")],
          "Agence France-Presse"),
        c("c", "more than 10,000 containers", 10000, "more than", "2024-02-24", ["US Department of State"], "Yonhap",
          "2023-09-01/2024-02-23"),
        c("d", "about 6,700 containers", 6700, "about", "2024-02-27", [("Shin Won-sik", "person:shin-won-sik")],
          "Reuters", "2023-07-01/2024-02-26"),
    ]  # fmt: skip


def test_counts_of_one_quantity_form_one_proposition_with_a_series_and_a_conflict():
    result = check(containers())
    [prop] = [p for p in result.propositions if len(p.claims) > 1]
    assert len(prop.claims) == 4 and len(prop.figures) == 4
    relations = {(c.a, c.b): c.relation for c in prop.comparisons}
    assert relations[("fb", "fd")] == "series"  # 5,000 (Dec) -> 6,700 (Feb)
    assert relations[("fc", "fd")] == "conflict"  # 10,000+ vs 6,700 three days apart
    assert relations[("fa", "fb")] == "consistent"  # more than 1,000 and about 5,000
    assert prop.grade == 2  # several independent origins, but a conflict
    assert [(a, b) for a, b, _ in result.conflicts] == [("c", "d")]
    # the White House and the State Department are one origin family: the United States
    independent = {o.name for o in prop.independent}
    assert len(independent) == 2 and "Ministry of National Defense (South Korea)" in independent
    assert independent - {"Ministry of National Defense (South Korea)"} <= {"US Department of State", "White House"}
    assert prop.statement.startswith("Shipment: North Korea and Russia - containers")
    # claims of one origin (Shin twice) never corroborate each other; conflicting ones neither
    pairs = {frozenset((a, b)) for a, b, _ in result.corroborates}
    assert frozenset(("b", "d")) not in pairs and frozenset(("c", "d")) not in pairs
    assert frozenset(("a", "b")) in pairs


def test_a_count_claim_without_countries_joins_its_article_and_the_speaker_country_is_not_a_key():
    main = claim("m", "North Korea delivered roughly 2 million artillery shells", article="art",
                 chain=[("National Intelligence Service (South Korea)", "organization:nis")],
                 figures=[fig("f1", "roughly 2 million artillery shells", 2e6, "shell", "roughly")],
                 concerns=[concern(NK), concern(RU), concern(KR)])  # fmt: skip
    earlier = claim("e", "more than 1 million shells had been sent since August", article="art",
                    figures=[fig("f2", "more than 1 million shells", 1e6, "shell", "more than")])  # fmt: skip
    seed = claim("s", "Pyongyang had supplied Moscow with a million missiles", outlet=None, chain=["United States"],
                 published="2024-03-04", figures=[fig("f3", "a million missiles", 1e6, "missile")],
                 concerns=[concern(NK), concern(RU), concern(US)])  # fmt: skip
    result = check([main, earlier, seed])
    [prop] = result.propositions
    assert {c.id for c in prop.claims} == {"m", "e", "s"}
    assert [n for _, n in prop.entities] == ["North Korea", "Russia"]
    assert {f.unit for f in prop.figures} == {"shell", "missile"}  # side by side, not merged
    assert all(c.relation != "conflict" for c in prop.comparisons)


def test_statements_without_figures_are_not_grouped_but_accusations_are():
    s1 = claim("s1", kind="statement", concerns=[concern(NK), concern(RU)])
    s2 = claim("s2", kind="statement", concerns=[concern(NK), concern(RU)])
    a1 = claim("a1", kind="accusation", chain=["United States"], concerns=[concern(NK), concern(RU), concern(US)])
    a2 = claim("a2", kind="accusation", outlet="Sky News", chain=["South Korea"],
               concerns=[concern(NK), concern(RU), concern(KR)])  # fmt: skip
    result = check([s1, s2, a1, a2])
    sizes = sorted(len(p.claims) for p in result.propositions)
    assert sizes == [1, 1, 2]


def test_dates_that_do_not_overlap_split_a_proposition():
    a = claim("a", kind="sanction", date_="2023-01-05", concerns=[concern(US), concern(RU)])
    b = claim("b", kind="sanction", date_="2024-06-01", concerns=[concern(US), concern(RU)])
    undated = claim("u", kind="sanction", published="2024-06-03", concerns=[concern(US), concern(RU)])
    groups = sorted(sorted(c.id for c in p.claims) for p in check([a, b, undated]).propositions)
    assert groups == [["a"], ["b", "u"]]


# ----------------------------------------------------------------------------------------- denials


def test_a_denial_answers_the_accusations_before_or_near_it():
    accusation = claim("acc", "North Korea has shipped more than 1,000 containers to Russia",
                       published="2023-10-13", chain=["White House"], concerns=[concern(NK), concern(RU)],
                       figures=[fig("f", "more than 1,000 containers", 1000, "container", "more than")])  # fmt: skip
    later = claim("late", "North Korea sent containers to Russia", kind="accusation", published="2024-06-01",
                  chain=["United States"], concerns=[concern(NK), concern(RU)])  # fmt: skip
    denial = claim("den", "Peskov rejected claims that North Korea supplies Russia", kind="denial", stance="denial",
                   outlet="TASS", published="2023-10-17", chain=[("Dmitry Peskov", "person:dmitry-peskov")],
                   concerns=[concern(NK), concern(RU), concern("person:dmitry-peskov", "Dmitry Peskov")])  # fmt: skip
    result = check([accusation, later, denial])
    assert result.denies == [("den", "acc")]
    accused = next(p for p in result.propositions if any(c.id == "acc" for c in p.claims))
    assert accused.denials == [("den", "acc")]
    denied = next(p for p in result.propositions if p.kind == "denial")
    assert denied.answers == [("den", "acc")]
    assert denied.grade == 5  # Kremlin (D) against the White House (B)
    assert accused.grade == 3  # a denial from a worse-graded origin changes nothing


# ----------------------------------------------------------------------------------------- store


def extraction(text: str, outlet: str, published: str, vessel: tuple[str, str], day: str) -> Extraction:
    aid = article_id(text)
    vid, vname = vessel
    start = text.index(vname)
    port_at = text.index("Porvoo")
    entities = (
        Entity(vid, "Vessel", vname, mentions=(Mention(start, start + len(vname), vname),)),
        Entity("port:porvoo", "Port", "Porvoo", mentions=(Mention(port_at, port_at + 6, "Porvoo"),)),
    )
    c = Claim(span_id("claim", aid, 0, len(text)), text, 0, len(text), "port_call", entities=(vid, "port:porvoo"),
              date=day)  # fmt: skip
    article = Article(aid, text, title=f"{outlet} story", outlet=outlet, published=date.fromisoformat(published))
    return Extraction(article, entities, (), (), (c,))


def eagle_store(tmp_path) -> LadybugStore:
    store = LadybugStore(tmp_path / "cc.lbug")
    store.write(batch_of([
        extraction("The Eagle S anchored off Porvoo on 26 December.", "Yle", "2024-12-26",
                   ("vessel:eagle-s", "Eagle S"), "2024-12-26"),
        extraction("The tanker The Eagle S lay off Porvoo on 26 December.", "ERR News", "2024-12-28",
                   ("vessel:the-eagle-s", "The Eagle S"), "2024-12-26"),
    ]))  # fmt: skip
    return store


def result_counts(store) -> dict[str, int]:
    nodes, rels = store.counts()
    return {"Proposition": nodes["Proposition"], **{t: rels[t] for t in cc.RESULT_REL_TYPES}}


def test_write_back_is_idempotent_and_same_as_is_reversible(tmp_path):
    store = eagle_store(tmp_path)
    try:
        first = cc.corroborate(store)
        counts = result_counts(store)
        assert [(m.source_id, m.into, m.rule) for m in first.merges] == [
            ("vessel:the-eagle-s", "vessel:eagle-s", "normalised")
        ]
        [prop] = first.propositions  # one vessel after SAME_AS: one port call, two origins
        assert len(prop.independent) == 2 and prop.grade == 1
        assert counts == {"Proposition": 1, "GROUPS": 2, "CORROBORATES": 1, "CONFLICTS_WITH": 0, "DENIES": 0,
                          "SAME_AS": 1}  # fmt: skip
        rows = store.query("MATCH (a:Vessel)-[r:SAME_AS]->(b:Vessel) RETURN a.id, b.id, r.rule, r.score").rows
        assert rows == [["vessel:the-eagle-s", "vessel:eagle-s", "normalised", 100.0]]
        stored = store.query("MATCH (p:Proposition) RETURN p.id, p.grade, p.independentOrigins, p.outlets, "
                             "p.circular, p.firstReported, p.lastReported, p.statement").rows  # fmt: skip
        assert stored == [[prop.id, 1, 2, 2, False, date(2024, 12, 26), date(2024, 12, 28),
                           "Eagle S called at Porvoo on 2024-12-26"]]  # fmt: skip

        again = cc.corroborate(store)  # re-running changes nothing
        assert result_counts(store) == counts
        assert [p.id for p in again.propositions] == [prop.id]

        # an analyst deletes the merge and keeps the store's SAME_AS edges: two vessels, two port calls
        store.run("MATCH (:Vessel)-[r:SAME_AS]->(:Vessel) DELETE r")
        kept = cc.corroborate(store, Settings(resolve=False))
        assert kept.merges == [] and len(kept.propositions) == 2
        assert result_counts(store)["SAME_AS"] == 0
    finally:
        store.close()


def test_a_state_and_its_own_bodies_are_one_origin_family_but_its_outlets_are_not():
    def c(cid, chain, outlet):
        return claim(cid, "The Morrow Gull carried 300 containers", outlet=outlet, published="2024-03-01",
                     chain=chain, concerns=[concern(NK, role="subject")])  # fmt: skip

    state, ministry, kremlin, agency = (
        c("s", [("Russia", "country:russia")], "Nordic Daily"),
        c("m", ["Russian Ministry of Defence"], "Harbour Ledger"),
        c("k", ["Kremlin"], "Wirewatch"),
        c("o", ["TASS"], "Baltic Courier"),
    )
    claims = [state, ministry, kremlin, agency]
    result = check(claims)
    origins = cc.Origins(claims, result.canon, result.entity_names, load_gazetteer(), Settings())
    assert origins.of(state).key == origins.of(ministry).key == origins.of(kremlin).key
    assert origins.of(ministry).name == "Russian Ministry of Defence"  # the body keeps its name
    assert origins.of(agency).key != origins.of(state).key  # an outlet is another kind of source
    apart = cc.Origins(claims, result.canon, result.entity_names, load_gazetteer(), Settings(state_families=False))
    assert apart.of(state).key != apart.of(ministry).key


def test_a_states_body_no_registry_lists_is_in_its_states_family():
    # "Estonia's foreign ministry" is extracted as the body "Estonian Foreign Ministry" (GUIDELINES)
    def c(cid, chain):
        return claim(cid, "The Morrow Gull carried 300 containers", outlet="Nordic Daily", published="2024-03-01",
                     chain=chain, concerns=[concern(NK, role="subject")])  # fmt: skip

    state, body, firm = (
        c("s", [("Estonia", "country:estonia")]),
        c("b", [("Estonian Foreign Ministry", "organization:estonian-foreign-ministry")]),
        c("f", [("Estonian Ferry Lines", "organization:estonian-ferry-lines")]),
    )
    claims = [state, body, firm]
    result = check(claims)
    origins = cc.Origins(claims, result.canon, result.entity_names, load_gazetteer(), Settings())
    assert origins.of(body).key == origins.of(state).key
    assert origins.of(body).name == "Estonian Foreign Ministry"
    assert origins.of(firm).key != origins.of(state).key  # a company named by its state is no body
