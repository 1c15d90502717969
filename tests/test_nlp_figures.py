"""The figure component on short texts, with the real spaCy model."""

from __future__ import annotations

import pytest


def figures(nlp, text):
    return {f.text: (f._.figure_value, f._.figure_unit, f._.figure_qualifier) for f in nlp(text)._.figures}


@pytest.mark.parametrize(
    "text,span,expected",
    [
        (
            "Bloomberg said 2 million projectiles were delivered.",
            "2 million projectiles",
            (2_000_000, "projectile", None),
        ),
        ("North Korea has sent 6,700 containers to Russia.", "6,700 containers", (6700, "container", None)),
        ("The ships made at least 32 trips to North Korea.", "at least 32 trips", (32, "trip", "at least")),
        ("It sent several million projectiles.", "several million projectiles", (None, "projectile", "several")),
        ("Dozens of vehicles waited at the pier.", "Dozens of vehicles", (None, "vehicle", "dozens")),
        ("Factories run at about 30% capacity.", "about 30%", (30, "percent", "about")),
        ("The tanker carried about 35,000 tonnes of fuel.", "about 35,000 tonnes", (35000, "ton", "about")),
        ("Fewer than 40 percent of ships kept the route.", "Fewer than 40 percent", (40, "percent", "fewer than")),
        ("The 650-megawatt link failed.", "650-megawatt", (650, "megawatt", None)),
        ("It lay about 50 nautical miles off the coast.", "about 50 nautical miles", (50, "nautical mile", "about")),
        ("They seized eight of the ship's sailors.", "eight of the ship's sailors", (8, "sailor", None)),
        ("Pyongyang had supplied a million missiles.", "a million missiles", (1_000_000, "missile", None)),
        ("Russia launched more than 400 Shahed drones.", "more than 400 Shahed drones", (400, "drone", "more than")),
    ],
)
def test_figure_value_unit_and_qualifier(nlp, text, span, expected):
    found = figures(nlp, text)
    assert span in found, found
    assert found[span] == expected


def test_calibre_goes_into_the_attributes(nlp):
    doc = nlp("The containers could hold more than three million 152 mm shells or 500,000 122 mm artillery shells.")
    by_text = {f.text: f for f in doc._.figures}
    big = by_text["more than three million 152 mm shells"]
    assert (big._.figure_value, big._.figure_unit, big._.figure_qualifier) == (3_000_000, "shell", "more than")
    assert big._.figure_attrs == {"calibre": "152 mm"}
    small = by_text["500,000 122 mm artillery shells"]
    assert (small._.figure_value, small._.figure_unit) == (500_000, "shell")
    assert small._.figure_attrs == {"calibre": "122 mm"}


@pytest.mark.parametrize(
    "text",
    [
        "The containers were not delivered for almost three weeks.",  # a duration
        "The ship was launched in 2006.",  # a year
        "Maya 1 arrived at Rajin on January 16.",  # a number inside a name, a date
        "The crew photographed 155 mm projectiles.",  # a calibre alone
        "The bulk carrier (IMO 9387421) was detained.",  # an identifier
        "The captain is more than 15 years old.",  # an age
        "They fired KN-23 missiles.",  # a model designation
    ],
)
def test_no_figure(nlp, text):
    assert figures(nlp, text) == {}


def test_numbers_inside_infrastructure_names_are_no_figures(nlp):
    found = figures(nlp, "The Seaway 2 power cable and the NorthLink 3 interconnector failed; four lines were cut.")
    assert found == {"four lines": (4, "line", None)}
