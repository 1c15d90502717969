"""Credit lines read by their structure (osint_graph/nlp/credit_lines.py, credit_forms.jsonl).

A page carrying a wire's story credits it by the shape of a line: the wire after a bar closing the
title, a bracketed credit closing the story's sentence, the agency of a dateline slug closed by a
colon. Made-up vessels, people and outlets; the stand-alone pipeline as in
tests/test_attribution_credits_statements.py.
"""

from __future__ import annotations

import pytest
from claim_standalone import chain_of

ENTITIES = {
    "VESSEL": ["Morrow Gull", "Tern Vale"],
    "PORT": ["Karsk"],
    "OUTLET": ["Wirewatch", "Nordic Daily", "Harbour Ledger"],
    "PERSON": ["Lena Varga"],
    "ORG": ["Karsk Navy"],
}  # fmt: skip


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(ENTITIES)


BODY = "The Tern Vale unloaded 300 containers at Karsk in May.\n\nThe Morrow Gull was detained, Lena Varga said."


def test_a_wire_after_a_bar_closing_the_title_is_the_stories_origin(run):
    claims = run("Tern Vale unloads at Karsk | Wirewatch\n\n" + BODY)
    assert chain_of(claims, "300 containers") == ["Wirewatch"]
    assert chain_of(claims, "detained") == ["Wirewatch", "Lena Varga"]


def test_a_title_bar_naming_no_outlet_is_no_credit(run):
    assert chain_of(run("Tern Vale unloads at Karsk | Opinion\n\n" + BODY), "300 containers") == []


@pytest.mark.parametrize("credit", ["(Wirewatch)", "(Source: Wirewatch)"])
def test_a_bracketed_credit_closing_the_story_is_the_stories_origin(run, credit):
    claims = run(BODY + " " + credit)
    assert chain_of(claims, "300 containers") == ["Wirewatch"]
    assert chain_of(claims, "detained") == ["Wirewatch", "Lena Varga"]


def test_a_bracketed_credit_of_the_pages_own_outlet_is_no_repost(run):
    assert chain_of(run(BODY + " (Harbour Ledger)"), "300 containers") == []


def _credit_names(text: str) -> list:
    """credit_names over the furniture component's pieces (the stand-alone pipeline has none)."""
    import spacy

    import osint_graph.nlp.furniture  # noqa: F401 - registers the factory
    from osint_graph.nlp.credit_lines import credit_names

    nlp = spacy.blank("en")
    nlp.add_pipe("osint_furniture")
    return credit_names(nlp(text))


def test_a_dateline_agency_closed_by_a_colon_is_the_stories_origin(run):
    claims = run("Tern Vale unloads at Karsk\n\nKarsk, Jan. 3 (Wirewatch): " + BODY)
    assert chain_of(claims, "300 containers") == ["Wirewatch"]


def test_a_title_bar_naming_the_pages_own_outlet_does_not_hide_a_credit(run):
    claims = run("Tern Vale unloads at Karsk | Harbour Ledger\n\n" + BODY + " (Wirewatch)")
    assert chain_of(claims, "300 containers") == ["Wirewatch"]


def test_a_staff_credit_naming_no_outlet_credits_the_agency_the_story_names():
    assert _credit_names(BODY + "\n\n(Reporting by Ola Berg; Editing by Lena Varga)") == [None]


def test_a_bracketed_credit_closing_a_line_above_the_story_is_no_credit():
    # a caption above the story ending in its photo credit credits the picture: only the story's last line counts
    assert _credit_names("The Tern Vale at Karsk, May 3. (Wirewatch)\n\n" + BODY) == []


def test_the_staff_credit_credits_the_first_agency_of_the_registry_the_story_names():
    # "the master told Wirewatch" under "(Reporting by ...)": Wirewatch, an agency of the registry
    from types import SimpleNamespace

    from osint_graph.nlp.repost import _named_agency

    kinds = {"Wirewatch": "agency", "Nordic Daily": "outlet"}

    class Registry:
        def lookup(self, name, kind):
            return SimpleNamespace(name=name, attributes={"kind": kinds[name]}) if name in kinds else None

    def ctx(*names):
        ents = [SimpleNamespace(label_="OUTLET", text=n) for n in names]
        return SimpleNamespace(
            ents=ents,
            gazetteer=Registry(),
            source_from_ent=lambda e, _: SimpleNamespace(link=SimpleNamespace(name=e.text)),
        )

    assert _named_agency(ctx("Nordic Daily", "Wirewatch")).link.name == "Wirewatch"
    assert _named_agency(ctx("Nordic Daily")) is None


def test_a_staff_credit_on_a_story_naming_no_agency_credits_no_one(run):
    assert chain_of(run(BODY + "\n\n(Reporting by Ola Berg; Editing by Lena Varga)"), "300 containers") == []
