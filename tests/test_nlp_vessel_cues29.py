"""Ships' names no gazetteer holds, named after places, people or their line (issue 11, twenty-ninth
round), each with a negative twin, on made-up texts: a carrier line's prefix (context/fleet_prefixes.txt,
context/vessel_fleets.py), what befalls a ship whose name the model took for a place, "by the name X"
(context/vessel_cues.py), an apposition after two hyphens or an owner with "the", "the ship is named X",
a diverted ship."""

from __future__ import annotations


def vessels(nlp, text: str) -> dict[str, str]:
    """Each vessel mention's text -> its canonical name."""
    return {e.text: e._.canonical for e in nlp(text).ents if e.label_ == "VESSEL"}


def test_a_carrier_lines_prefix_before_a_name_is_a_ship(nlp):
    found = vessels(nlp, "Over the weekend, the MSC Tarnvale and the MSC Orlinda skipped their calls at Karsk.")
    assert found == {"MSC Tarnvale": "MSC Tarnvale", "MSC Orlinda": "MSC Orlinda"}  # the prefix kept
    assert "Maersk Brennholt" in vessels(nlp, "Fire broke out on Maersk Brennholt near Karsk on Tuesday.")
    assert "CMA CGM Tolvera" in vessels(nlp, "Drones targeted CMA CGM Tolvera near Karsk on Tuesday.")


def test_a_carrier_lines_own_name_is_no_ship(nlp):
    # twins: the company's words after the prefix, a Title Case headline's plain word
    assert vessels(nlp, "MSC Cruises said on Monday that it would not change its plans at Karsk.") == {}
    assert vessels(nlp, "Stena Bulk and Maersk Line said on Monday that rates would rise at Karsk.") == {}
    assert vessels(nlp, "Have You Ever Seen Karsk Harbour at Night?") == {}


def test_a_carrier_lines_name_ends_before_a_headlines_verb(nlp):
    headline = "Ever Tolvane Seized for Blocking Karsk Canal as Varnia Demands Compensation\n\n"
    found = vessels(nlp, headline + "Varnia fined Ever Tolvane on Monday, officials said.")
    assert found == {"Ever Tolvane": "Ever Tolvane"}  # not 'Ever Tolvane Seized'
    # twin: no prefix, no ship
    assert vessels(nlp, headline.replace("Ever ", "") + "Varnia fined Tolvane on Monday, officials said.") == {}


def test_what_befalls_a_ship_the_model_took_for_a_place(nlp):
    text = "The ship was hit. Drone attacks led to the sinking of the Orlova early in the war."
    assert "Orlova" in vessels(nlp, text)
    # twin: a place a source knows stays a place ('the attack on the Gulf'), and no ship noun, no ship
    assert vessels(nlp, "Drone attacks led to the sinking of the Orlova early in the war.") == {}


def test_an_owner_with_the_before_a_flagship_in_apposition(nlp):
    found = vessels(nlp, "Officials confirmed the loss of Kestova, the Varn Fleet's flagship cruiser, on Friday.")
    assert "Kestova" in found
    # twin: the owner's possessive before a noun that is no ship
    assert vessels(nlp, "Officials confirmed the loss of Kestova, the Varn Fleet's flagship base, on Friday.") == {}


def test_an_apposition_after_two_hyphens(nlp):
    found = vessels(nlp, "Officials claimed that the Kestova-- a guided missile cruiser-- was carrying ammunition.")
    assert "Kestova" in found and "Kestova--" not in found
    # twin: two hyphens before a description that is no ship
    assert vessels(nlp, "Officials claimed that the Kestova-- a guided missile base-- was storing ammunition.") == {}


def test_the_ship_is_named(nlp):
    assert "Brevik Vale" in vessels(nlp, "The ship is named Brevik Vale, and its crew is safe.")
    # twin: 'named after' gives a namesake, no ship's name
    assert vessels(nlp, "The ship is named after Brevik Vale, a local hero.") == {}


def test_a_ship_going_by_a_name(nlp):
    text = "Prosecutors extended the detention of the captain of the tanker, which now goes by the name Brevik Star."
    assert "Brevik Star" in vessels(nlp, text)
    # twin: no ship in the sentence
    assert vessels(nlp, "The singer, who now goes by the name Brevik Star, toured Karsk.") == {}


def test_a_diverted_ship(nlp):
    assert "Lindholt Express" in vessels(nlp, "Hapag-Lloyd earlier diverted the Lindholt Express to Brenn.")
    # twin: what is diverted is no name
    assert vessels(nlp, "Hapag-Lloyd earlier diverted the cargo to Brenn.") == {}


def test_ships_such_as_with_bracketed_asides(nlp):
    text = "Vessels such as TARVA (Varnia-flagged), KELMOR (Karsk-flagged), BRENNA (Tolm-flagged), among others."
    found = vessels(nlp, text)
    assert {"TARVA", "KELMOR", "BRENNA"} <= set(found)
    # twin: 'such as' after a noun that is no ship
    assert vessels(nlp, "Firms such as Tarvik (Varnia), Brennholm (Karsk) and others were named.") == {}


def test_the_untyped_name_doing_something_in_a_ship_story(nlp):
    text = "The freighter sank on Monday. The Verrin was carrying steel and had diesel on board, officials added."
    assert "Verrin" in vessels(nlp, text)
    # twins: no ship noun in the article; a body's word ('the Commission')
    assert vessels(nlp, "The Verrin was carrying steel and had diesel on board, officials added.") == {}
    assert vessels(nlp, "The freighter sank on Monday. The Commission was investigating the owner.") == {}
    assert vessels(nlp, "The freighter sank on Monday. The Captain delivered that message at noon.") == {}


def test_a_ships_name_that_goes_on_after_of(nlp):
    text = "The ferry sank. Locals cannot harvest clams ten years after the sinking of the Queen of the Tarn."
    assert vessels(nlp, text) == {"Queen of the Tarn": "Queen of the Tarn"}
    # twin: what follows 'of' is a body's name: no ship
    text = "The ferry sank. Officials recalled the attack on the Office of the Tarn Authority."
    assert vessels(nlp, text) == {}


def test_a_name_ending_in_a_number_before_an_apposition(nlp):
    text = "The Tarvo Dizhi 8, a ship operated by the Karsk Geological Survey, conducted a survey near the islands."
    assert "Tarvo Dizhi 8" in vessels(nlp, text)
    # twin: the apposition describes no ship
    text = "The Tarvo Dizhi 8, a survey operated by the Karsk Geological Survey, was conducted near the islands."
    assert vessels(nlp, text) == {}


def test_the_subject_of_a_port_call(nlp):
    text = "Hapag-Lloyd confirmed that the Brennholt Express will call at the Port of Karsk on Saturday."
    assert "Brennholt Express" in vessels(nlp, text)
    # twins: a title, a body
    assert vessels(nlp, "Officials said the President called at the Karsk embassy on Saturday.") == {}
    assert vessels(nlp, "Officials said the Karsk Port Authority called at the ministry on Saturday.") == {}
