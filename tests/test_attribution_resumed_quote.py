"""A speaker's passage after its frame: a quotation resumed without its opening mark, and a federation
named before and then called "the union" (sources/rules/attribution/body_kinds.csv, row `union`).

Texts written for these rules, with made-up vessels, people, bodies and places; the claims component
runs on the stand-alone pipeline (bare model + the entities named here), as in tests/test_nlp_claims.py.
"""

from __future__ import annotations

import pytest
from claim_standalone import chain_of

ENTITIES = {
    "VESSEL": ["Morrow Gull", "Tern Vale"],
    "PORT": ["Brennport"],
    "ORG": ["Karsk Navy", "Karsk Transport Workers' Federation"],
    "PERSON": ["Ola Brenn", "Lena Varga"],
}  # fmt: skip


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(ENTITIES)


# the quotation opened in one paragraph, closed with the frame in the next, then resumed in a third
# paragraph that holds only its closing mark: the writer left out the reopening mark
RESUMED = (
    "The frigate Tern Vale seized a weapons cache from a fishing boat off Brennport, the Karsk Navy said.\n\n"
    "Admiral Ola Brenn said the seizure was highly significant.\n\n"
    "“The Karsk Navy worked with its partners to find these weapons.\n\n"
    "“One reason the Tern Vale is deployed to the region is to counter smuggling,” Admiral Brenn said.\n\n"
    "The Tern Vale's boarding of the fishing boat shows the need to remain vigilant in the region.”\n\n"
    "The Tern Vale returned to Brennport on Monday."
)
# straight quotes do not say whether they open or close: a paragraph of them resumes nobody's quotation
STRAIGHT = (
    "The Morrow Gull left Brennport on Tuesday.\n\n"
    '"We are obviously concerned. It\'s a very strong storm," Navy Capt. Lena Varga said. '
    '"The concern was they became disabled in the storm, so they were in a very dangerous situation."\n\n'
    "The Karsk Navy has been working since Thursday to find the Morrow Gull. "
    '"Morrow gull" is Karsk for "the sea bird."\n\n'
    "The last call from the ship was at 7:30 a.m. Thursday."
)
# a closing mark after a frame that quoted no one: nobody's quotation is resumed
NO_QUOTE_BEFORE = (
    "The frigate Tern Vale seized a weapons cache off Brennport, Admiral Ola Brenn said.\n\n"
    "The Tern Vale's boarding of the fishing boat shows the need to remain vigilant in the region.”"
)


@pytest.mark.parametrize(
    ("text", "needle", "chain"),
    [
        (RESUMED, "remain vigilant", ["Ola Brenn"]),
        (RESUMED, "returned to Brennport", []),
        (NO_QUOTE_BEFORE, "remain vigilant", []),
        (STRAIGHT, "working since Thursday", []),
    ],
)
def test_a_quotation_resumed_without_its_opening_mark_is_the_speakers(run, text, needle, chain):
    assert chain_of(run(text), needle) == chain


@pytest.mark.parametrize(
    ("text", "needle", "chain"),
    [
        (
            "The Karsk Transport Workers' Federation has counted 40 crews abandoned in Brennport this year. "
            "Many of the ships fly flags of convenience.\n\n"
            "The union says this puts the crew of the Morrow Gull at risk of wage abandonment.",
            "wage abandonment",
            ["Karsk Transport Workers' Federation"],
        ),
    ],
)
def test_the_union_is_the_federation_named_before(run, text, needle, chain):
    assert chain_of(run(text), needle) == chain
