"""A definite description whose noun is a word of a name the article gave before points back to it.

"The National Defence Commission of Karsk denied it ... The commission also called the report a
fabrication": "commission" is a word of the name, so the commission speaks, whatever the list of body
nouns holds (`DocumentSources.is_anaphor`, `_word_of_a_name_before`). Made-up names throughout.
"""

from __future__ import annotations

from datetime import date

import pytest
from claim_standalone import chain_of, standalone_pipeline
from claim_standalone import run as run_doc

ENTITIES = {
    "ORG": ["National Defence Commission", "Global Harbour Flotilla", "Brightwater Shipping"],
    "OUTLET": ["Nordic Daily"],
    "VESSEL": ["Morrow Gull"],
}  # fmt: skip


@pytest.fixture(scope="module")
def nlp():
    return standalone_pipeline(ENTITIES)


def _chain(nlp, text: str, needle: str):
    return chain_of(run_doc(nlp, text, published=date(2024, 3, 4))._.claims, needle)


@pytest.mark.parametrize(
    ("text", "needle", "chain"),
    [
        ("The National Defence Commission said the Morrow Gull was not hit. The commission also called the report "
         "on the Morrow Gull a fabrication.", "called the report", ["National Defence Commission"]),
        ("The Global Harbour Flotilla said the Morrow Gull was hit by a drone. “All 12 crew of the Morrow Gull are "
         "safe,” the flotilla confirmed.", "All 12 crew", ["Global Harbour Flotilla"]),
    ],
)  # fmt: skip
def test_a_word_of_a_name_named_before_points_back(nlp, text, needle, chain):
    assert _chain(nlp, text, needle) == chain


def test_a_word_of_no_name_before_points_nowhere(nlp):
    # no organisation named before holds "commission": the description names no source
    text = (
        "Brightwater Shipping said the Morrow Gull was hit. The commission said 12 crew of the Morrow Gull were safe."
    )
    assert _chain(nlp, text, "12 crew") == []
