"""Descriptions of a speaker that the rules used to leave unsourced (twentieth round, source20).

- A lead that closes on a description of its source which the next sentences name ("..., the local
  governor said. ... Karsk Gov. Tomas Orell said ...") speaks for the named one (`source_ahead.py`).
- "the firm", "the shipowner", "the container shipping major", "the oil giant" point back to the
  company as "the company" does (`attribution/body_kinds.csv`, `attribution/company_epithets.txt`).
- "In footage released by X, C", "In a statement posted on X's website, C": X's material
  (`attribution_material.py`).

Made-up names throughout.
"""

from __future__ import annotations

import pytest
from claim_standalone import chain_of, claims_runner

ENTITIES = {
    "PERSON": ["Tomas Orell", "Lena Varga", "Ola Brenn"],
    "ORG": ["Brightwater Shipping", "Orvik Lines", "Karsk Coast Guard"],
    "VESSEL": ["Morrow Gull"],
}  # fmt: skip


@pytest.fixture(scope="module")
def claims():
    return claims_runner(ENTITIES)


@pytest.mark.parametrize(
    ("text", "needle", "chain"),
    [
        ("A barrage of missiles struck Karsk early Thursday, killing a guard, the local governor said.\n\n"
         "Karsk Gov. Tomas Orell said air defenses downed 12 drones during the attack.",
         "barrage of missiles", ["Tomas Orell"]),
        ("The master of the Morrow Gull will be relieved for losing awareness, the service's deputy chief said.\n\n"
         "Adm. Lena Varga, the deputy chief of naval operations, said the crew made mistakes.",
         "will be relieved", ["Lena Varga"]),
    ],
)  # fmt: skip
def test_a_lead_description_speaks_for_the_speaker_named_next(claims, text, needle, chain):
    assert chain_of(claims(text), needle) == chain


@pytest.mark.parametrize(
    "text",
    [
        # the next speaker is called by another title: the description names no one
        "A barrage of missiles struck Karsk early Thursday, the local governor said.\n\n"
        "Karsk Mayor Tomas Orell said air defenses downed 12 drones during the attack.",
        # the governor is named, but does not speak: no frame to point to
        "A barrage of missiles struck Karsk early Thursday, the local governor said.\n\n"
        "Karsk Gov. Tomas Orell visited the port on Friday with 12 officials.",
        # named too far on (three sentences later)
        "A barrage of missiles struck Karsk early Thursday, the local governor said.\n\n"
        "The port was closed.\n\nThe Morrow Gull left the port.\n\nThe harbour was empty.\n\n"
        "Karsk Gov. Tomas Orell said air defenses downed 12 drones during the attack.",
    ],
)  # fmt: skip
def test_a_description_no_later_speaker_is_called_by_stays_unsourced(claims, text):
    assert chain_of(claims(text), "barrage of missiles") == []


@pytest.mark.parametrize(
    ("text", "needle", "chain"),
    [
        ("Brightwater Shipping sold the Morrow Gull last year. The firm reported that it will buy 90% of the "
         "shares of Karsk Ports.", "90% of the", ["Brightwater Shipping"]),
        ("The fire aboard a Brightwater Shipping tanker in the Baltic Sea has claimed its first victim, the "
         "shipowner said.", "first victim", ["Brightwater Shipping"]),
        ("Orvik Lines said the Morrow Gull lost 40 containers in a storm. The container shipping major said that "
         "investigations were ongoing.", "investigations were ongoing", ["Orvik Lines"]),
        ("Orvik Lines said the Morrow Gull lost 40 containers in a storm. The Danish giant said that "
         "investigations were ongoing.", "investigations were ongoing", ["Orvik Lines"]),
    ],
)  # fmt: skip
def test_company_epithets_point_back_to_the_company(claims, text, needle, chain):
    assert chain_of(claims(text), needle) == chain


def test_a_bare_major_is_a_rank_not_a_company(claims):
    text = (
        "Orvik Lines said the Morrow Gull lost 40 containers in a storm. "
        "The major said that investigations were ongoing."
    )
    assert chain_of(claims(text), "investigations were ongoing") == []


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("In grainy footage released by the Karsk Coast Guard, a helicopter could be seen firing at the Morrow Gull.",
         ["Karsk Coast Guard"]),
        ("In a press statement posted on Brightwater Shipping's website, 23 crew members were evacuated from the "
         "Morrow Gull.", ["Brightwater Shipping"]),
        ("In a statement issued by Orvik Lines on Monday, 23 crew members were evacuated from the Morrow Gull.",
         ["Orvik Lines"]),
        # the sentence's own speaker frames it: no link for the statement's issuer besides
        ("In a statement issued by the Karsk Coast Guard, Ola Brenn said 23 crew members were evacuated from the "
         "Morrow Gull.", ["Ola Brenn"]),
    ],
)  # fmt: skip
def test_material_a_leading_phrase_brings_in_is_its_issuers(claims, text, chain):
    assert chain_of(claims(text), "23 crew" if "23 crew" in text else "helicopter") == chain


def test_material_someone_obtained_or_a_platform_names_no_issuer(claims):
    text = "In a video posted on YouTube, a helicopter could be seen firing at the Morrow Gull."
    assert chain_of(claims(text), "helicopter") == []


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        # the company speaking in the very next sentence, a company by its name
        ("The owner of a bulk carrier that ran aground last month has confirmed that 1,020 tonnes of fuel oil leaked "
         "from the vessel.\n\nVarnian firm Brightwater Shipping said that the Morrow Gull could break up.",
         ["Brightwater Shipping"]),
        # "which owns the vessel" calls the company the owner, its chief executive speaking for it
        ("A cargo ship stranded off Karsk was run aground deliberately, the owner says.\n\nThe car carrier became "
         "stranded on Saturday.\n\nOla Brenn, chief executive of Brightwater Shipping which owns the vessel, said "
         "the ship was run aground on purpose.", ["Brightwater Shipping"]),
        # a coast guard is no company: the owner is not the body that speaks next
        ("A cargo ship stranded off Karsk was run aground deliberately, the owner says.\n\nThe Karsk Coast Guard "
         "said the crew were safe.", []),
    ],
)  # fmt: skip
def test_a_ships_owner_described_in_the_lead_is_the_company_named_next(claims, text, chain):
    assert chain_of(claims(text), "1,020 tonnes" if "1,020" in text else "deliberately") == chain


def test_the_association_points_back_to_the_association_cited():
    claims = claims_runner({"ORG": ["Armateurs de Karsk"], "VESSEL": ["Morrow Gull"]})
    text = (
        "Armateurs de Karsk stated that the court should have relied on the convention. The association also said "
        "the Morrow Gull ruling must be changed."
    )
    assert chain_of(claims(text), "ruling must be changed") == ["Armateurs de Karsk"]


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("The Varnian Foreign Ministry said the Morrow Gull was released. Its 24 crew were all safe, ministry "
         "officials said.", "24 crew"),
        ("The Varnian Foreign Ministry said the Morrow Gull was stopped. The Morrow Gull was allowed to resume its "
         "journey, as reported by the foreign ministry.", "resume its journey"),
    ],
)  # fmt: skip
def test_ministry_speakers_speak_for_the_ministry_named_before(text, needle):
    claims = claims_runner({"ORG": ["Varnian Foreign Ministry"], "VESSEL": ["Morrow Gull"]})
    assert chain_of(claims(text), needle) == ["Varnian Foreign Ministry"]
