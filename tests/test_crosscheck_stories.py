"""Propositions keep unrelated stories apart (GROUPING_RULES: key sets, Coverage, Ships).

A corpus of many stories shares countries and units: counts of "ships" about one country in
different years, denials by one state about different incidents. On hand-built claims (made-up
names), each rule that keeps them apart, and what it must not split: one story's series.
"""

from __future__ import annotations

from dataclasses import replace

from test_crosscheck import NK, RU, US, check, claim, concern, fig

from osint_graph.crosscheck.grouping import article_days

KR = "country:south-korea"
CN = "country:china"


def count(cid: str, countries, published: str = "2024-02-01", vessels=(), value: float = 3, **kw):
    concerns = [concern(c) for c in countries] + [concern(v, v.split(":")[1].title()) for v in vessels]
    return claim(cid, f"{value:g} ships", kind="quantity", published=published, article=f"article:{cid}",
                 figures=[fig(f"f{cid}", f"{value:g} ships", value, "ship")], concerns=concerns, **kw)  # fmt: skip


def groups(claims, **settings) -> list[list[str]]:
    return sorted(sorted(c.id for c in p.claims) for p in check(claims, **settings).propositions)


def test_a_key_set_inside_two_others_that_differ_joins_neither():
    # {US} lies inside {US, China} and {US, South Korea}: nothing says which story it belongs to
    claims = [count("us", [US]), count("us_cn", [US, CN]), count("us_kr", [US, KR])]
    assert groups(claims) == [["us"], ["us_cn"], ["us_kr"]]


def test_a_key_set_inside_one_other_joins_it():
    assert groups([count("us", [US]), count("us_cn", [US, CN]), count("us_cn2", [US, CN], value=4)]) == [
        ["us", "us_cn", "us_cn2"]
    ]


def test_a_gap_in_coverage_longer_than_the_setting_starts_another_proposition():
    spring = [count("a", [NK, RU], "2023-03-01"), count("b", [NK, RU], "2023-05-20", value=4)]
    autumn = [count("c", [NK, RU], "2023-10-01", value=5)]  # 134 days after the last spring article
    assert groups(spring + autumn) == [["a", "b"], ["c"]]
    assert groups(spring + autumn, coverage_gap_days=200) == [["a", "b", "c"]]


def test_steady_coverage_keeps_a_long_series_together():
    # one article every two months for a year: one proposition, however far the first is from the last
    months = ["2023-01-10", "2023-03-10", "2023-05-10", "2023-07-10", "2023-09-10", "2023-11-10"]
    claims = [count(f"m{i}", [NK, RU], day, value=1000 * (i + 1)) for i, day in enumerate(months)]
    assert groups(claims) == [sorted(c.id for c in claims)]


def test_an_undated_article_goes_by_the_latest_date_its_claims_name():
    dated = count("d", [NK, RU], "2021-04-01")
    undated = replace(count("u", [NK, RU], value=4, date_="2021-03-20"), published=None)
    later = count("l", [NK, RU], "2024-01-01", value=5)
    assert article_days([dated, undated, later])["article:u"].isoformat() == "2021-03-20"
    assert groups([dated, undated, later]) == [["d", "u"], ["l"]]


def test_an_article_with_no_date_at_all_joins_a_single_run_and_stands_apart_from_two():
    nodate = replace(count("n", [NK, RU], value=4), published=None)
    one_run = [count("a", [NK, RU], "2023-03-01"), count("b", [NK, RU], "2023-04-01", value=5)]
    assert groups(one_run + [nodate]) == [["a", "b", "n"]]
    two_runs = [count("a", [NK, RU], "2019-03-01"), count("b", [NK, RU], "2023-04-01", value=5)]
    assert groups(two_runs + [nodate]) == [["a"], ["b"], ["n"]]


def test_counts_about_different_ships_are_different_propositions():
    tern = [count("t1", [US], vessels=["vessel:tern-vale"]), count("t2", [US], vessels=["vessel:tern-vale"], value=4)]
    kestrel = [count("k1", [US], vessels=["vessel:kestrel"], value=7)]
    shipless = [count("s", [US], value=9)]
    assert groups(tern + kestrel + shipless) == [["k1"], ["s"], ["t1", "t2"]]
    # with one ship only, the claims naming no ship stay with it
    assert groups(tern + shipless) == [["s", "t1", "t2"]]


def test_a_ship_that_is_a_source_does_not_split():
    speaking = count("a", [US], vessels=["vessel:tern-vale"], chain=[("Tern Vale", "vessel:tern-vale")])
    assert groups([speaking, count("b", [US], vessels=["vessel:kestrel"], value=4)]) == [["a", "b"]]


def test_the_report_states_the_coverage_gap_in_force():
    from osint_graph.crosscheck import Settings, rules_text

    grouping = " ".join(rules_text(Settings(coverage_gap_days=45))["grouping"])
    assert "45 days between one article and the next" in grouping and "{coverage_gap_days}" not in grouping
