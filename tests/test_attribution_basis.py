"""The attribution basis each claim carries (osint_graph/nlp/attribution_basis.py), on made-up texts.

The stand-alone pipeline (bare model + the entities named here) as tests/test_nlp_claims.py runs it.
"""

from __future__ import annotations

from datetime import date

import pytest

from osint_graph.nlp.attribution_basis import BASES

ENTITIES = {
    "VESSEL": ["Tarn Vale", "Koshel Star"],
    "PORT": ["Varnik"],
    "OUTLET": ["Nordic Daily", "Wirewatch"],
    "ORG": ["Brelland Coast Guard", "Kestra Shipping"],
    "PERSON": ["Ilse Marrow", "Doran Pell"],
    "COUNTRY": ["Karsk", "Varnia"],
}
ROLES = {"Ilse Marrow": "coast guard spokeswoman", "Doran Pell": "harbour master"}


@pytest.fixture(scope="module")
def run():
    from claim_standalone import run as run_doc
    from claim_standalone import standalone_pipeline

    nlp = standalone_pipeline(ENTITIES)

    def go(text: str, outlet: str | None = None):
        doc = run_doc(nlp, text, published=date(2026, 3, 4), outlet=outlet, roles=ROLES)
        return {c.text: (c.basis, c.source_rule, [a.name for a in c.attribution]) for c in doc._.claims}

    return go


def _of(found: dict, words: str) -> tuple:
    return next(v for k, v in found.items() if words in k)


def test_every_claim_has_a_basis_of_the_vocabulary(run):
    found = run(
        "The Tarn Vale docked at Varnik on Monday, Ilse Marrow said. According to Wirewatch, the Koshel "
        "Star left Varnik empty. The Tarn Vale carried grain."
    )
    assert found and all(b in BASES for b, _r, _c in found.values())


def test_frame_verb_and_according_to(run):
    found = run("The Tarn Vale docked at Varnik on Monday, Ilse Marrow said. According to Wirewatch, the Koshel "
                "Star left Varnik empty.")  # fmt: skip
    assert _of(found, "Tarn Vale docked")[0] == "frame_verb"
    assert _of(found, "Koshel Star left")[0] == "according_to"


def test_pronoun_speaker_is_a_resolved_subject(run):
    found = run("Ilse Marrow spoke to reporters in Varnik. She said the Tarn Vale had docked at Varnik.")
    basis, rung, chain = _of(found, "Tarn Vale had docked")
    assert chain == ["Ilse Marrow"]
    assert (basis, rung) == ("resolved_subject", "coreference")


def test_no_frame_is_none(run):
    found = run("The Tarn Vale docked at Varnik on Monday.")
    assert _of(found, "Tarn Vale docked") == ("none", None, [])


def test_a_quotation_over_sentences_is_carried(run):
    found = run("“The Tarn Vale docked at Varnik on Monday. The Koshel Star followed it on Tuesday,” Ilse Marrow said.")
    basis, _rung, chain = _of(found, "Tarn Vale docked")
    assert chain == ["Ilse Marrow"]
    assert basis == "quotation"


def test_own_outlet_only(run):
    found = run("The Tarn Vale docked at Varnik on Monday, Nordic Daily reported.", outlet="Nordic Daily")
    assert _of(found, "Tarn Vale docked")[0] == "own_outlet"


def test_only_an_unnamed_source_is_generic_dropped(run):
    found = run("Analysts said the Tarn Vale was carrying grain to Varnik.")
    assert _of(found, "Tarn Vale was carrying") == ("generic_dropped", None, [])


def test_a_speakers_quotation_over_paragraphs_is_her_passage(run):
    found = run(
        "Ilse Marrow said the Tarn Vale was boarded near Varnik.\n"
        "“The Tarn Vale was hit twice by a drone.\n“We towed the Tarn Vale to Varnik.”"
    )
    assert _of(found, "We towed")[0] == "speaker_passage"
    assert _of(found, "We towed")[2] == ["Ilse Marrow"]


def test_the_items_of_a_list_a_source_announces_with_a_colon_are_its(run):
    # issue 12, none25: "CAS data reveals:" then bulleted items (dev gs2)
    found = run(
        "The Tarn Vale docked at Varnik on Monday. Kestra Shipping data reveals:\n"
        "  • 12 barges left Varnik in May.\n"
        "  • Four of the barges were towed to Karsk.\n"
        "The Koshel Star was later seized."
    )
    basis, _rung, chain = _of(found, "12 barges left")
    assert (basis, chain) == ("list_item", ["Kestra Shipping"])
    assert _of(found, "Four of the barges")[2] == ["Kestra Shipping"]
    assert _of(found, "Koshel Star was later seized") == ("none", None, [])  # the list has ended


@pytest.mark.parametrize(
    "text",
    [
        # a colon with no source before it: the outlet's own list
        "The Tarn Vale docked at Varnik on Monday. The cargo included:\n  • 12 barges left Varnik in May.",
        # a sourced sentence with no colon: the items after it are the outlet's
        "Kestra Shipping said the Tarn Vale docked at Varnik.\n  • 12 barges left Varnik in May.",
    ],
)
def test_a_list_no_source_announces_stays_the_outlets(run, text):
    assert _of(run(text), "12 barges left") == ("none", None, [])


def test_the_resolved_rungs_are_rungs_of_the_ladder():
    # sources/rules/attribution/resolved_rungs.txt names ladder rungs: a renamed rung must fail here
    from osint_graph.nlp.attribution_basis import RESOLVED_RUNGS
    from osint_graph.nlp.source_resolution import LADDER

    assert RESOLVED_RUNGS and RESOLVED_RUNGS <= {rule.__name__ for rule in LADDER}


def test_the_basis_groups_cover_the_vocabulary_once():
    from osint_graph.nlp import attribution_basis as ab

    assert len(set(ab.BASES)) == len(ab.BASES) and {"none", "frame_verb", "credit_line", "quotation"} <= set(ab.BASES)
