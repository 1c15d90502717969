"""Ships' names no gazetteer holds in forms the twenty-eighth round found missed on dev (issue 11),
each with a negative twin, on made-up texts: a prefix spelled out before it in brackets ("Motor
Tanker (MT) X", context/vessel_forms.py), Indonesian merchant prefixes (KM, KMP) and a unit after a
number, a quoted name closed by its quote before a comma, a quoted name before an apposition with
"and" in it, a ship's rank before "of the" (context/ship_parts_of.txt)."""

from __future__ import annotations


def vessels(nlp, text: str) -> dict[str, str]:
    """Each vessel mention's text -> its canonical name."""
    return {e.text: e._.canonical for e in nlp(text).ents if e.label_ == "VESSEL"}


def test_a_prefix_spelled_out_in_brackets_before_the_name(nlp):
    found = vessels(nlp, "Police arrested 13 suspects on board Motor Tanker (MT) Brenna Sky off the coast.")
    assert found == {"Brenna Sky": "Brenna Sky"}  # a merchant prefix is dropped; the spelled words no ship
    navy = vessels(nlp, "The navy said it dispatched Varnian Navy Ship (NNS) Tolmera to investigate the contact.")
    assert navy == {"Tolmera": "NNS Tolmera"}  # a navy's prefix stays in the canonical name
    # twin: a comma after the bracket ('(NNS), TOLMERA, Apapa'): a base named so, no ship
    assert vessels(nlp, "Detainees are held at the Varnian Navy Ship (NNS), TOLMERA, Apapa, over smuggling.") == {}


def test_indonesian_merchant_prefixes_and_a_unit_after_a_number(nlp):
    found = vessels(nlp, "Rescuers said the KMP Kelvane was carrying 57 people when it sank near the port.")
    assert found == {"KMP Kelvane": "Kelvane"}
    # twin: 'KM' after a number is kilometres, no prefix
    assert vessels(nlp, "The village lies 12 KM North of the town, officials said.") == {}


def test_a_quoted_name_closed_before_the_comma(nlp):
    found = vessels(nlp, 'The hijacked fishing boat, the "Dorsa 7", seems to be heading towards a port.')
    assert "Dorsa 7" in found
    # twin: a quoted word that a speaker's clause follows is no ship
    assert vessels(nlp, 'The hijacked fishing boat, the "Dorsa" group said, was seen near the port.') == {}


def test_a_quoted_name_before_an_apposition_with_and(nlp):
    found = vessels(nlp, "Two children died when the “Morrow Gull”, a mixed passenger and freight ship, capsized.")
    assert "Morrow Gull" in found
    # twin: a quoted slogan before an apposition that is no ship
    assert vessels(nlp, "Two children died when the “Morrow Gull”, a mixed passenger and freight service, ended.") == {}


def test_a_ships_rank_before_of_the_name(nlp):
    assert "Zhong Yuan Yu 8" in vessels(
        nlp, "The chief engineer of the Zhong Yuan Yu 8 built a hose in the engine room."
    )
    # twin: a body's name after the rank is no ship
    assert vessels(nlp, "The chief engineer of the Karsk Railways Authority resigned on Monday.") == {}


def test_an_operator_before_an_unhyphenated_participle(nlp):
    found = vessels(nlp, "A fire broke out aboard the Karsk Maritime operated Morrow Dawn on Friday.")
    assert "Morrow Dawn" in found and "Karsk Maritime" not in found
    # twin: the same words as a verb with its subject, no 'the' before the company: no ship found so
    assert "Morrow Dawn" not in vessels(nlp, "Officials said Karsk Maritime operated Morrow Dawn Farms until 2020.")


def test_headline_fragments_after_a_ship_noun_are_no_name(nlp):
    assert vessels(nlp, "Also Read: Passenger Ferry Sinks at Kelvane Harbour, Varnia") == {}
    assert vessels(nlp, "Aircraft Carrier and 53,000 Ton Merchant Ship Collide") == {}
    # twins: a name after the ship noun and after a size stays a ship
    assert "Tolm Star" in vessels(nlp, "The passenger ferry Tolm Star sank at Kelvane Harbour on Monday.")
    assert "Tolm Star" in vessels(nlp, "The collision involved the 53,000 ton Tolm Star, officials said.")


def test_a_day_before_an_apposition_is_no_ship(nlp):
    found = vessels(nlp, "Today, another bulker, the 56,000 dwt Varnian-flagged Tolm Star, was hit by a missile.")
    assert "Today" not in found and "Tolm Star" in found
    # twin: a name there is the ship's
    assert "Brenna" in vessels(nlp, "Brenna, another bulker, was hit by a missile on Monday.")
