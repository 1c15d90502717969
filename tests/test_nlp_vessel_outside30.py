"""Ships' names no gazetteer holds, in the shapes pages outside the real-article set write them (issue 11,
thirtieth round), each with a negative twin, on made-up texts: prefixes with a slash ("M/L", "F/V", "M/Y":
context/slash_ship_prefixes.txt), a merchant prefix spelled out with no bracket ("Motor Tanker X":
context/spelled_ship_prefixes.txt), superyachts, FSRUs and battleships (common/vessel_nouns),
"the yacht—named X", an agency's dateline before an apposition, a person's name after a prefixed ship's,
an owner's possessive before a numbered name, a place before a ship's possessive, a second ship joined
by 'and the' (context/vessel_coordination.py)."""

from __future__ import annotations


def vessels(nlp, text: str) -> dict[str, str]:
    """Each vessel mention's text -> its canonical name."""
    return {e.text: e._.canonical for e in nlp(text).ents if e.label_ == "VESSEL"}


def test_a_prefix_written_with_a_slash(nlp):
    found = vessels(nlp, "The motor launch M/L Rubara left Tolm island for Sarvik on Tuesday morning.")
    assert found == {"M/L Rubara": "Rubara"}  # the merchant prefix dropped from the canonical name
    found = vessels(nlp, "Karsk guards fired water cannon at the supply vessel M/L Tavira near the shoal.")
    assert found == {"M/L Tavira": "Tavira"}  # not a ship called 'M'
    assert vessels(nlp, "The F/V Orla Bay capsized near Tarvik on Monday.") == {"F/V Orla Bay": "Orla Bay"}
    assert vessels(nlp, "The crew of the M/Y Halcyon Tern was rescued.") == {"M/Y Halcyon Tern": "Halcyon Tern"}


def test_a_slash_pair_that_is_no_prefix(nlp):
    # twins: a team's win/loss record and a person after the same slash shape
    assert vessels(nlp, "The W/L record of Karsk United rose to 12 wins on Sunday.") == {}
    assert vessels(nlp, "Q/A with Dana Kovar, the mayor of Tarvik, follows below.") == {}


def test_a_merchant_prefix_spelled_out_before_the_name(nlp):
    found = vessels(nlp, 'The Varnian Navy has arrested a vessel, "Motor Tanker Harbor Tern", and 13 crew on board.')
    assert found == {"Harbor Tern": "Harbor Tern"}  # the spelled prefix is no part of the name
    found = vessels(nlp, "Officers seized 350 pounds of opium aboard Steamship Varn Star at the entrance to the bay.")
    assert found == {"Varn Star": "Varn Star"}


def test_spelled_prefix_words_that_name_no_ship(nlp):
    # twins: the prefix's words with nothing after them, and a company named with them
    assert vessels(nlp, "The Varnian Navy has arrested a motor tanker and 13 crew on board.") == {}
    found = vessels(nlp, "Officials fined Motor Tanker Holdings Ltd, a Karsk company, on Monday.")
    assert found == {}


def test_superyachts_fsrus_and_battleships(nlp):
    assert "Lady Orvela" in vessels(nlp, "The superyacht Lady Orvela was seized in Tarvik on Monday.")
    assert "Marshal Varnov" in vessels(nlp, 'Cover photo: FSRU "Marshal Varnov" at the Tarvik terminal.')
    assert "Tarvo" in vessels(nlp, "The Tarvo battleship sank in April after two missiles hit it.")


def test_the_new_ship_nouns_before_a_person_or_a_demonym(nlp):
    # twins: a superyacht's owner, a battleship's flag, an FSRU's description
    assert vessels(nlp, "The superyacht owner Dana Kovar was questioned in Tarvik on Monday.") == {}
    assert vessels(nlp, "The Varnian battleship sank in April after two missiles hit it.") == {}
    assert vessels(nlp, 'Cover photo: an FSRU "built in Tarvik" in 2019.') == {}


def test_a_yacht_named_between_dashes(nlp):
    found = vessels(nlp, "The 60-metre yacht—named Orvela after the owner's daughter—was seized on Tuesday.")
    assert found == {"Orvela": "Orvela"}
    # twin: the dash after the yacht opens an aside on a person, no 'named'
    assert vessels(nlp, "The 60-metre yacht—Dana Kovar said on Tuesday—was seized in Tarvik.") == {}


def test_an_agencys_dateline_before_a_ship_noun_is_no_ship(nlp):
    assert vessels(nlp, "TARVIK (AP) — A passenger ferry ran aground near Orla Island on Saturday.") == {}
    # twin: a ship's name and a bracketed flag before the same apposition
    found = vessels(nlp, "Orla Star (Panama) — a passenger ferry — ran aground near Tarvik on Saturday.")
    assert "Orla Star" in found


def test_a_persons_name_after_a_prefixed_ships_name(nlp):
    found = vessels(nlp, "According to the commanding officer of HMS Tolmar Dana Kovar, the ship was relocated.")
    assert found == {"HMS Tolmar": "HMS Tolmar"}  # not 'HMS Tolmar Dana Kovar'
    # twin: a ship named after a person keeps its whole name
    assert "RFS Admiral Varnov" in vessels(nlp, "RFS Admiral Varnov sailed from Tarvik on Monday.")


def test_an_owners_possessive_before_a_numbered_name(nlp):
    assert "Tolla 1" in vessels(nlp, "The seizure came after the navy seized Varnia's Tolla 1 tanker in Gibraltar.")
    # twin: no number, the name before the ship noun is the owner's company
    assert vessels(nlp, "The seizure came after the navy seized Varnia's Tolvex tanker in Gibraltar.") == {}


def test_a_place_before_a_ships_possessive_is_no_second_ship(nlp):
    found = vessels(nlp, "While on patrol in the eastern Orlanic, Valtor's crew interdicted a semi-submersible.")
    assert "Orlanic" not in found
    # twin: two ships joined by 'and' before the possessive are both ships
    found = vessels(nlp, "The cutters Valtor and Orlanic sailed. Orlanic and Valtor's crews seized a boat.")
    assert {"Orlanic", "Valtor"} <= set(found)


def test_a_second_ship_joined_by_and_the(nlp):
    found = vessels(nlp, "Houthi forces attacked the tanker Tern Vale and the Orla Dawn on Monday.")
    assert set(found) == {"Tern Vale", "Orla Dawn"}


def test_a_body_a_place_or_a_person_joined_to_a_ship_is_no_ship(nlp):
    # twins: a body's word, a strait, a coast guard after the name, a person with no 'the'
    for second in ("the Karsk Navy", "the Strait of Hormuz", "the Varnian coast guard", "Dana Kovar"):
        found = vessels(nlp, f"Houthi forces attacked the tanker Tern Vale and {second} on Monday.")
        assert set(found) == {"Tern Vale"}, second
