"""Port-call facts: every way an article states a call gives the same content-derived Fact.

The sentences are invented (vessel and port names included) except in the last test, which reads
the sample corpus: the Lady R's call at Rajin on 2024-02-04 is stated in several articles, in
several forms, and all of them must land on one Fact.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from osint_graph.model import Extraction

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "sources" / "articles"


@pytest.fixture(scope="module")
def run(claims_extractor):
    from osint_graph.ingest import make_article

    def extract(text: str) -> Extraction:
        return claims_extractor.extract(make_article(text, published="2024-03-04"))

    return extract


def calls(x: Extraction) -> set[tuple[str | None, str | None, str | None]]:
    """(vessel name, port name, date) of each port-call fact."""
    names = {e.id: e.name for e in x.entities}
    return {(names.get(f.vessel), names.get(f.port), f.date) for f in x.facts if f.kind == "port_call"}


def check_typed_and_stated(x: Extraction) -> None:
    """Vessel and port are Vessel / Port entities, and each fact lists claims of this extraction."""
    types = {e.id: e.type for e in x.entities}
    claim_ids = {c.id for c in x.claims}
    for f in x.facts:
        if f.kind != "port_call":
            continue
        assert types[f.vessel] == "Vessel" and types[f.port] == "Port", f
        assert f.claims and set(f.claims) <= claim_ids, f
        assert f.id == f"portcall:{f.vessel}:{f.port}:{f.date or 'undated'}"


# ---- one call, stated by a noun or a verb form


def test_possessive_arrival_at_port(run):
    x = run("The MV Sea Lark's arrival at Port Veloria on January 9 was photographed, analysts said.")
    assert calls(x) == {("Sea Lark", "Port Veloria", "2024-01-09")}
    check_typed_and_stated(x)


def test_call_at_port_by_vessel(run):
    x = run("A call at the port of Veloria by the cargo ship Sea Lark on January 9 was recorded.")
    assert calls(x) == {("Sea Lark", "Veloria", "2024-01-09")}
    check_typed_and_stated(x)


def test_relative_clause_which_reached(run):
    x = run("The cargo ship Sea Lark, which reached Port Veloria on January 9, carried containers.")
    assert ("Sea Lark", "Port Veloria", "2024-01-09") in calls(x)
    check_typed_and_stated(x)


def test_made_port_at(run):
    x = run("The cargo ship Sea Lark made port at Port Veloria on January 9.")
    assert calls(x) == {("Sea Lark", "Port Veloria", "2024-01-09")}
    check_typed_and_stated(x)


def test_possessive_visit_to_port(run):
    x = run("The vessel Sea Lark's visit to Port Veloria on January 9 lasted two days.")
    assert calls(x) == {("Sea Lark", "Port Veloria", "2024-01-09")}
    check_typed_and_stated(x)


# ---- several (vessel, date) pairs: one fact each, each with its own date


def test_calls_at_port_made_by_several_vessels(run):
    x = run(
        "The last three calls at Port Veloria were made by the MV Sea Lark on January 9, "
        "the MV Grey Heron on January 15 and the MV Sea Lark on January 30."
    )
    assert calls(x) == {
        ("Sea Lark", "Port Veloria", "2024-01-09"),
        ("Grey Heron", "Port Veloria", "2024-01-15"),
        ("Sea Lark", "Port Veloria", "2024-01-30"),
    }
    check_typed_and_stated(x)
    [claim] = [c for c in x.claims if "calls at Port Veloria" in c.text]
    assert all(f.claims == (claim.id,) for f in x.facts if f.kind == "port_call")


def test_reported_calls_at_port(run):
    x = run(
        "Harbour watchers said the last two calls at Port Veloria were made by the MV Sea Lark on "
        "January 9 and the MV Grey Heron on January 15."
    )
    assert calls(x) == {
        ("Sea Lark", "Port Veloria", "2024-01-09"),
        ("Grey Heron", "Port Veloria", "2024-01-15"),
    }


def test_pairs_ignore_the_date_of_the_report(run):
    x = run(
        "On March 1, the monitors said the last two calls at Port Veloria were made by the MV Sea Lark on "
        "January 9 and the MV Grey Heron on January 15."
    )
    assert calls(x) == {
        ("Sea Lark", "Port Veloria", "2024-01-09"),
        ("Grey Heron", "Port Veloria", "2024-01-15"),
    }


# ---- no port in the sentence: the one port of the previous sentence or of the paragraph


def test_arrivals_take_the_port_of_the_previous_sentence(run):
    x = run(
        "Port Veloria is a busy harbour. Ships come and go. "
        "The last two arrivals were the MV Sea Lark on January 9 and the MV Grey Heron on January 15."
    )
    assert calls(x) == {
        ("Sea Lark", "Veloria", "2024-01-09"),
        ("Grey Heron", "Veloria", "2024-01-15"),
    }
    check_typed_and_stated(x)


def test_arrivals_take_the_port_of_the_previous_paragraph_sentence(run):
    x = run(
        "Freighters have not called at Port Veloria since mid-January, the monitors reported.\n\n"
        "According to them, the last two arrivals were the MV Sea Lark on Jan. 9 and the MV Grey Heron on Jan. 15."
    )
    assert calls(x) == {
        ("Sea Lark", "Port Veloria", "2024-01-09"),
        ("Grey Heron", "Port Veloria", "2024-01-15"),
    }


def test_arrival_somewhere_else_does_not_take_the_context_port(run):
    x = run("Port Veloria is a busy harbour. The MV Sea Lark's arrival in Ruritania was on January 9.")
    assert calls(x) == set()


def test_arrivals_with_two_ports_in_context_make_no_fact(run):
    x = run(
        "Ships shuttled between Port Veloria and Port Ostrava all winter.\n\n"
        "The last two arrivals were the MV Sea Lark on January 9 and the MV Grey Heron on January 15."
    )
    assert calls(x) == set()


def test_arrivals_with_the_port_two_paragraphs_back_make_no_fact(run):
    x = run(
        "Ships kept calling at Port Veloria all winter, the monitors said.\n\n"
        "Repairs took place in the spring.\n\n"
        "The last two arrivals were the MV Sea Lark on January 9 and the MV Grey Heron on January 15."
    )
    assert calls(x) == set()


# ---- negated or hedged claims state no call


def test_negated_arrival_makes_no_fact(run):
    x = run("The MV Sea Lark's arrival at Port Veloria on January 9 was not confirmed, analysts said.")
    assert calls(x) == set()


def test_hedged_made_port_makes_no_fact(run):
    x = run("The MV Sea Lark may have made port at Port Veloria on January 9, analysts said.")
    assert calls(x) == set()


def test_hedged_relative_clause_makes_no_fact(run):
    x = run("The MV Sea Lark, which might have reached Port Veloria on January 9, carried containers.")
    assert calls(x) == set()


def test_hedged_calls_make_no_fact(run):
    x = run(
        "It is possible that the last two calls at Port Veloria were made by the MV Sea Lark on "
        "January 9 and the MV Grey Heron on January 15."
    )
    assert calls(x) == set()


# ---- the sample corpus: one fact, stated by several articles


@pytest.mark.slow
def test_lady_r_at_rajin_on_february_4_is_stated_by_several_articles(claims_extractor):
    from osint_graph.ingest import read_paths

    prefixes = ("000_seed_", "a14_", "a15_", "a16_")
    files = sorted(p for p in CORPUS.glob("*.md") if p.name.startswith(prefixes)) if CORPUS.is_dir() else []
    assert len(files) == len(prefixes), f"the sample corpus articles {prefixes} are not all in {CORPUS}"
    stating: dict[str, set[str]] = {}  # fact id -> sources of the claims stating it
    for article in read_paths(files):
        x = claims_extractor.extract(article)
        names = {e.id: e.name for e in x.entities}
        for f in x.facts:
            if f.kind == "port_call" and f.date == "2024-02-04" and names.get(f.port) == "Rajin":
                if names.get(f.vessel) == "Lady R":
                    stating.setdefault(f.id, set()).add(str(article.source))
    assert len(stating) == 1, stating  # one fact, whatever the article's wording
    [sources] = stating.values()
    assert len(sources) >= 3, sources
    for prefix in prefixes:
        assert any(prefix in s for s in sources), (prefix, sources)


def test_a_call_dated_relative_to_another_event_does_not_borrow_its_date(run):
    x = run(
        "The cargo ship Sea Lark loaded containers at the port of Veloria on March 12 "
        "and arrived two days later at the port of Ostrava."
    )
    check_typed_and_stated(x)
    found = calls(x)
    assert ("Sea Lark", "Ostrava", None) in found, found  # 'two days later' is not March 12
    assert not any(port == "Ostrava" and date for _, port, date in found), found
