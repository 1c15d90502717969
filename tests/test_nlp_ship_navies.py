"""A capitalised bare "the Navy" as the navy of the article's naval ships, on made-up texts
(osint_graph/nlp/ship_navies.py, context/naval_prefix_navies.csv)."""

from __future__ import annotations


def orgs(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.text, e._.canonical) for e in nlp(text).ents if e.label_ == "ORG"]


def test_the_navy_beside_uss_ships_is_the_us_navy(nlp):
    found = orgs(nlp, "The USS Tarnfield collided with a freighter off Karsk. The Navy said seven sailors died.")
    assert found == [("Navy", "US Navy")]


def test_ships_of_two_navies_leave_the_navy_unnamed(nlp):
    found = orgs(nlp, "HMS Varnel and USS Tolmhaven sailed together. The Navy said nothing.")
    assert all(canonical not in ("US Navy", "Royal Navy") for _, canonical in found)


def test_a_navy_with_its_state_or_in_another_name_is_not_the_ships_navy(nlp):
    found = orgs(nlp, "USS Tolmhaven sailed on. The Karsk Navy said nothing. Navy Lookout reported it.")
    assert ("Navy", "US Navy") not in found


def test_the_navy_beside_one_states_units_is_that_states_navy(nlp):
    found = orgs(
        nlp,
        "The U.S. 7th Fleet commander promised inquiries into the collision of the destroyer Tarnwood. "
        '"We owe it to the Navy to understand what happened," he said.',
    )
    assert ("Navy", "US Navy") in found


def test_the_navy_beside_a_named_navy_or_an_unknown_states_unit_stays_unnamed(nlp):
    found = orgs(nlp, "The U.S. 7th Fleet and the Indian Navy trained together, according to the Navy.")
    assert ("Navy", "US Navy") not in found
    found = orgs(nlp, "The Karsk 7th Fleet commander spoke of the destroyer Tarnwood. The Navy said nothing.")
    assert not any(text == "Navy" for text, _ in found)
