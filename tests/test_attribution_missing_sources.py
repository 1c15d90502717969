"""Body claims that got no source at all (issue 12, thirty-second round), two shapes, each with a twin that
must not fire. Made-up bodies, ships and places; the stand-alone pipeline of tests/test_nlp_claims.py.

- a closing frame whose speaker is a name with its description after it ("C, Tarvik Lines, the company that
  operates the vessel, said"): osint_graph/nlp/attribution_described_speaker.py;
- what a ship, its master or its crew reported, passed on by the body that received the report (GUIDELINES,
  "An unnamed speaker who is no body"): osint_graph/nlp/attribution_ship_report.py;
"""

from __future__ import annotations

import pytest
from claim_standalone import chain_of

ENTITIES = {
    "VESSEL": ["Morrow Gull", "Tern Vale"],
    "PORT": ["Karsk", "Brennport"],
    "ORG": [
        "Coastal Watch Agency",
        "Kestrel Offshore",
        "Tarvik Lines",
        "Brenn Ship Management",
        "Varn Lines",
    ],
    "OUTLET": ["Nordic Daily"],
}


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(ENTITIES)


# --- a name described before the verb ---------------------------------------------------------------

CLAIM = "Gunmen boarded the Tern Vale and seized six crew members off Karsk on Sunday"


@pytest.mark.parametrize(
    "frame",
    [
        ", Tarvik Lines, the company that operates the vessel, said in a statement.",  # a relative clause, commas
        ", Tarvik Lines, the Norwegian company operating the vessel said on Monday.",  # no comma before the verb
        ", Tarvik Lines, the technical managers of the tanker said.",  # a plural title of a body
        ", Tarvik Lines, a Norwegian firm that manages the ship, said.",  # an indefinite description
    ],
)
def test_a_name_described_before_the_verb_speaks(run, frame):
    assert chain_of(run(CLAIM + frame), "six crew") == ["Tarvik Lines"]


def test_a_chunk_that_is_more_than_a_name_is_no_speaker(run):
    text = CLAIM + ", a blow to the insurers of Tarvik Lines, the company that operates the vessel, said."
    assert "Tarvik Lines" not in chain_of(run(text), "six crew")


# --- a ship's report passed on by the body that received it ----------------------------------------


RECEIVED = "The Coastal Watch Agency said on Monday it had received a report of an incident 40 miles west of Karsk."


@pytest.mark.parametrize(
    "later",
    [
        " The master reported that the vessel had been hit by a drone, but that all 12 crew were safe.",
        " The ship reported it had been hit by a drone, but the 12 crew were safe.",
        "\n\nThe ship reported it had been hit by a drone, but the 12 crew were safe.",  # the next paragraph
        " The captain said the vessel had been hit by a drone and its 12 crew were safe.",
    ],
)
def test_a_ship_report_after_the_body_that_received_it_is_the_bodys(run, later):
    assert chain_of(run(RECEIVED + later), "12 crew") == ["Coastal Watch Agency"]


def test_a_body_that_told_of_no_report_passes_nothing_on(run):
    text = "The Coastal Watch Agency said on Monday it had towed the Morrow Gull to Brennport. "
    later = "The master said the ship had lost power with 12 crew on board."
    assert chain_of(run(text + later), "12 crew") == []


def test_a_master_speaking_to_an_outlet_keeps_that_chain(run):
    text = "Kestrel Offshore said it had received a distress call from the Tern Vale. "
    later = "The master told Nordic Daily the ship had lost power with 12 crew on board."
    assert chain_of(run(text + later), "12 crew") == ["Nordic Daily"]


def test_a_report_two_paragraphs_on_is_not_passed_on(run):
    later = "\n\nThe Morrow Gull is a tanker.\n\nThe ship reported it had been hit, but the 12 crew were safe."
    text = RECEIVED + later
    assert chain_of(run(text), "12 crew") == []
