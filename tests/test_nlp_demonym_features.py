"""A sea feature named by a people's adjective in lower case after "the" ("the Korean peninsula",
"the English channel"): a Location (context/demonym_feature_heads.txt; context/places.py
`location_head`, place21). Made-up sentences and adjectives; the gazetteer's name wins where it
lists the phrase."""

from __future__ import annotations

import pytest


def locations(nlp, text: str) -> set[str]:
    return {e._.canonical or e.text for e in nlp(text).ents if e.label_ == "LOCATION"}


@pytest.mark.parametrize(
    "text,name",
    [
        ("The ferry Tern Vale sank in the Varnian channel on Monday.", "Varnian Channel"),
        ("The Morrow Gull was seized 40 miles south of the Kestrian peninsula.", "Kestrian Peninsula"),
        ("Ships bound for the Tollish islands were turned back.", "Tollish Islands"),
    ],
)
def test_a_feature_named_by_a_peoples_adjective_is_a_place(nlp, text, name):
    assert name in locations(nlp, text)


def test_the_gazetteer_names_a_listed_feature(nlp):
    assert "Crimea" in locations(nlp, "Drones were launched from the Crimean peninsula.")


@pytest.mark.parametrize(
    "text,word",
    [
        ("A Varnian island was hit by the storm.", "island"),  # no 'the': a description
        ("The tanker drifted towards the Varnian coast.", "coast"),  # a coast is no feature of its own
        ("He posted the video on the Telegram channel of the ministry.", "channel"),  # a name, no adjective
    ],
)
def test_no_feature_without_the_and_an_adjective(nlp, text, word):
    assert not any(word in name.lower() for name in locations(nlp, text))


@pytest.mark.parametrize(
    "text,name",
    [
        ("The students were on a field trip to Pelgrin island.", "Pelgrin"),
        ("The crew were transporting coal from Kesmaro island to the Philippines.", "Kesmaro"),
    ],
)
def test_a_name_before_a_lower_case_island_is_the_place(nlp, text, name):
    """'Jeju island', 'Borneo island': the name is the Location, the head stays outside it
    (context/name_before_lower_heads.txt, place21)."""
    assert name in locations(nlp, text)


def test_a_peoples_adjective_before_island_is_no_place(nlp):
    assert not any("island" in n.lower() or n == "Tuscan" for n in locations(nlp, "A Tuscan island was hit."))
