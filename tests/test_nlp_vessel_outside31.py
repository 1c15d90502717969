"""Ships' names no gazetteer holds, in the shapes pages outside the real-article set write them (issue 11,
thirty-first round), each with a negative twin, on made-up texts: a name ending in a word that ends
ships' names (context/ship_name_tails.txt: "Maru", "Maersk", "Princess"; context/vessel_name_tails.py)."""

from __future__ import annotations


def vessels(nlp, text: str) -> set[str]:
    return {e.text for e in nlp(text).ents if e.label_ == "VESSEL"}


def no_ship_named_with(nlp, word: str, *texts: str) -> None:
    """No vessel's name in any of `texts` holds `word`."""
    for text in texts:
        assert not any(word in name for name in vessels(nlp, text)), text


def test_a_japanese_ship_named_maru(nlp):
    text = "The coast guard said the capsized boat was the Tarvo Maru No. 12, a 19-ton longline vessel."
    assert "Tarvo Maru No. 12" in vessels(nlp, text)
    text = "A fishing boat searching for the Kessho Maru 3 found it overturned east of Tarvik on Tuesday."
    assert "Kessho Maru 3" in vessels(nlp, text)
    text = "The coast guard received a report that Orikawa-maru had sent a distress call; the boat was lost."
    assert "Orikawa-maru" in vessels(nlp, text)


def test_maru_in_an_article_that_names_no_ship(nlp):
    # twin: a restaurant's name in a text with no ship noun
    assert vessels(nlp, "Dana Kovar opened the Tarvo Maru restaurant in Brenn on Monday.") == set()


def test_ships_named_after_their_carrier_or_as_princesses(nlp):
    text = "The biggest loss so far is that of the Varnholt Maersk, a container ship which lost 520 boxes in a storm."
    assert "Varnholt Maersk" in vessels(nlp, text)
    text = "Passengers on board the Coral Princess disembarked in Brenn after the cruise ship docked."
    assert "Coral Princess" in vessels(nlp, text)


def test_the_carrier_itself_and_a_royal_are_no_ships(nlp):
    # twins: the company with its owner's name before it or its line after it; a royal's title
    # before her name, and the title opening a name with 'of'
    no_ship_named_with(
        nlp,
        "Maersk",
        "A.P. Moller Maersk said its container ships would avoid the strait.",
        "The Danish Maersk Line said two of its container ships were delayed.",
    )
    no_ship_named_with(
        nlp,
        "Princess",
        "Crown Princess Dana Kovar visited the cruise ship terminal in Brenn.",
        "Princess Orla of Karsk launched the new cruise ship in Brenn on Monday.",
    )


def test_a_ship_named_as_what_holds_people_on_board(nlp):
    text = "The Orla Dawn has more than 2,100 passengers and 1,000 crew on board, the cruise ship's operator said."
    assert "Orla Dawn" in vessels(nlp, text)
    text = "The Varn Neng 1 had nearly 1,000 tons of fuel oil on board when the ship struck the shoal."
    assert "Varn Neng 1" in vessels(nlp, text)


def test_people_or_planes_with_people_on_board(nlp):
    # twins: a plane, a navy, a person (no 'the') and a family (a common noun) in the same slot
    assert vessels(nlp, "The Boeing 737 had 150 passengers on board when the ship's crew saw it.") == set()
    assert vessels(nlp, "The Norwegian Navy had 150 sailors on board the ship on Monday.") == set()
    assert vessels(nlp, "Dana Kovar had two bags on board when the ship left Brenn.") == set()
    assert vessels(nlp, "The Kovar family had two dogs on board when the ship left Brenn.") == set()


def test_a_ship_after_the_possessive_of_its_line(nlp):
    text = "Karsk America Line's Varndam is scheduled to arrive on March 20, the cruise ship's operator said."
    assert "Varndam" in vessels(nlp, text)
    text = "Some cruise ships, such as Orla Cruises' Tarvomar, have passengers aboard who tested positive."
    assert "Tarvomar" in vessels(nlp, text)


def test_a_person_after_the_possessive_of_a_line(nlp):
    # twins: a manager with a first name, a manager who speaks, a title after the same possessive
    assert vessels(nlp, "Karsk Lines' Dana Kovar said the cruise ship would sail on Monday.") == set()
    assert vessels(nlp, "Karsk Cruises' Kovar said the cruise ship was safe.") == set()
    assert vessels(nlp, "Karsk Line's Chief Executive visited the cruise ship in Brenn.") == set()


def test_an_abbreviated_month_after_a_ship_noun_is_no_name(nlp):
    # twin of 'the destroyer, Tarvo, returned': a date between the commas
    text = "The guided-missile destroyer returned to Brenn, ending its time as a Karsk destroyer, Oct. 9, 2022."
    assert vessels(nlp, text) == set()


def test_a_towboat_sized_by_its_engine_power(nlp):
    text = "The 1,000-hp Dana Kovar was preparing to move barges when the accident occurred, the towboat's crew said."
    assert "Dana Kovar" in vessels(nlp, text)  # a ship named like a person, sized before its name


def test_engine_power_before_a_common_noun(nlp):
    # twin: the same measure before a noun, no name
    text = "The 1,000-hp engine failed when the accident occurred, the towboat's crew said."
    assert vessels(nlp, text) == set()


def test_steamship_and_motor_ship_prefixes_with_a_slash(nlp):
    assert "S/S Varn Crockett" in vessels(nlp, "Last year, the 431-foot S/S Varn Crockett made the news near Brenn.")
    assert "M/S Orla Star" in vessels(nlp, "The old liner M/S Orla Star was scrapped in Brenn.")


def test_a_season_written_with_a_slash(nlp):
    # twin: a fashion season's 'S/S' before a number and a noun
    assert vessels(nlp, "The S/S 2024 collection was shown in Brenn on Monday.") == set()
