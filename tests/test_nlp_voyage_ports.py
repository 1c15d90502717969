"""A ship's voyage names ports: the place a ship leaves, reaches or arrives in is the port there, even
when that town is a capital (which elsewhere stands for its state: 'Manila protested').

The texts are written for these tests with made-up ships; the towns are real because the rule rests on
the reference lists (the port list and the capitals of the country data).
"""

from __future__ import annotations

import pytest


def typed(nlp, text: str, name: str) -> set[str]:
    return {e.label_ for e in nlp(text).ents if e.text == name}


@pytest.mark.parametrize(
    "text,name",
    [
        ("The bulk carrier Varn Hale left Maputo on Monday for Jebel Ali.", "Maputo"),
        ("The tanker Quarnby Star reached Manila after a week at sea.", "Manila"),
        ("The feeder Osk Lantern departed Riga with 300 containers.", "Riga"),
        ("The cargo ship Merel Dawn arrived in Colombo on Friday.", "Colombo"),
    ],
)
def test_capital_on_a_voyage_is_a_port(nlp, text, name):
    assert typed(nlp, text, name) == {"PORT"}


@pytest.mark.parametrize(
    "text,name,label",
    [
        ("Manila protested to the ambassador on Monday.", "Manila", "COUNTRY"),  # the state
        ("Residents left Kharkiv after the strikes.", "Kharkiv", "LOCATION"),  # inland: no seaport
    ],
)
def test_not_a_port(nlp, text, name, label):
    assert typed(nlp, text, name) == {label}


def test_according_to_is_no_destination(nlp):
    text = (
        "The Varn Hale was sailing from Maputo to Jebel Ali when it was boarded, "
        "according to Quarnby Shipping Lines, which owns the vessel."
    )
    assert "PORT" not in typed(nlp, text, "Quarnby Shipping Lines")


def test_where_a_ship_is_based_is_its_home_port(nlp):
    """'the Portsmouth-based destroyer': a seaport of the port list where a warship is based."""
    assert typed(nlp, "The Portsmouth-based Type-45 destroyer Varn Hale shot down two drones.", "Portsmouth") == {
        "PORT"
    }


def test_an_air_base_a_plane_returns_to_is_no_port(nlp):
    """'returning to Varnholm Air Base': a base is a place (location head noun), not a port of call."""
    text = "The patrol plane searched the area before returning to Varnholm Air Base."
    assert typed(nlp, text, "Varnholm Air Base") == {"LOCATION"}


@pytest.mark.parametrize(
    "text,name,label",
    [
        # 'out of' after a shipping verb (context/port_object_preps); an island stays a place where a
        # ship sails from or docks (GUIDELINES, ruling of the twenty-fifth round) unless a port noun
        # names it as a port
        ("The cargo ship Morrow Gull sailed out of Tarsk Island on Tuesday.", "Tarsk Island", "LOCATION"),
        ("The tanker Tern Vale docked at Tarsk Island on Monday.", "Tarsk Island", "LOCATION"),
        ("The tanker Tern Vale docked at the port of Tarsk Island on Monday.", "Tarsk Island", "PORT"),
        ("Tourists flew to Tarsk Island.", "Tarsk Island", "LOCATION"),
        ("The feeder Osk Lantern steamed out of Varnport on Monday.", "Varnport", "PORT"),
    ],
)
def test_a_port_a_ship_sails_out_of(nlp, text, name, label):
    assert typed(nlp, text, name) == {label}


def test_a_continent_is_no_port(nlp):
    """'to dock somewhere in Europe': a ship waits to dock on a continent's coast, no voyage ends at a
    continent (GeoNames' continents, reference/regions.continents; place21)."""
    text = "The rescue ship Varn Hale has waited 20 days for permission to dock somewhere in Europe."
    assert "PORT" not in typed(nlp, text, "Europe")
