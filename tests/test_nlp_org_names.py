"""Organisations' names on made-up texts: the full name up to its acronym, two names run together,
company suffixes, places that end in a feature noun."""

from __future__ import annotations


def ents(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.label_, e.text) for e in nlp(text).ents]


def test_the_name_runs_to_its_acronym(nlp):
    found = ents(nlp, "A Bureau of Ostland Fisheries and Aquatic Resources (BOFAR) vessel was hit.")
    assert ("ORG", "Bureau of Ostland Fisheries and Aquatic Resources") in found
    found = ents(nlp, "The Federal Agency for Sea and Inland Water Transport (Morflotix) named the ship.")
    assert ("ORG", "Federal Agency for Sea and Inland Water Transport") in found


def test_a_host_state_inside_the_name_runs_to_an_acronym_that_spells_it(nlp):
    found = ents(
        nlp, "The deal was cleared by the Committee on Foreign Investment in the Karsk Republic (CFIKR) in May."
    )
    assert ("ORG", "Committee on Foreign Investment in the Karsk Republic") in found
    found = ents(nlp, "The Varnian Embassy in the Karsk Republic (KR) said nothing.")
    assert ("ORG", "Varnian Embassy in the Karsk Republic") not in found, "the acronym is the host's, not the body's"


def test_two_organisations_run_together_are_split_by_the_acronym(nlp):
    found = ents(nlp, "Amnesty International and Human Rights Watch (HRW) said on Monday that nothing changed.")
    assert ("ORG", "Amnesty International") in found and ("ORG", "Human Rights Watch") in found


def test_a_company_suffix_makes_an_organisation_not_a_person(nlp):
    labels = {
        text: label for label, text in ents(nlp, "The ship is owned by Kerrin Yang Trading Limited, records show.")
    }
    assert labels.get("Kerrin Yang Trading Limited") == "ORG"


def test_a_shoal_is_a_place(nlp):
    labels = {text: label for label, text in ents(nlp, "The vessel anchored near Ostra Shoal on Saturday.")}
    assert labels.get("Ostra Shoal") == "LOCATION"


def test_a_point_is_a_place(nlp):
    """A headland named by 'Point' (location_head_nouns.txt), not an organisation."""
    labels = {text: label for label, text in ents(nlp, "The tanker drifted toward waters off Kervo Point.")}
    assert labels.get("Kervo Point") == "LOCATION"


def test_a_common_noun_and_a_bare_title_are_no_organisation(nlp):
    found = ents(nlp, "Rear Admiral said nothing. Coast guard personnel inspected the Ostra Wind at the pier.")
    assert not any(text in ("Rear Admiral", "Coast guard") for _, text in found)
    found = ents(nlp, "Ostland's coast guard said the ship had left.")
    assert ("ORG", "coast guard") in found


def test_a_word_the_excerpt_cut_short_is_no_entity(nlp):
    found = ents(nlp, "The crew was rescued, Prime Minister Kyr")
    assert not any(text == "Kyr" for _, text in found)


def test_outlets_by_their_words_and_their_acronyms(nlp):
    found = ents(
        nlp, "Ostland News Agency OSNA had reported that the Ostra Wind sank, but photographs showed otherwise."
    )
    assert ("OUTLET", "OSNA") in found
    found = ents(
        nlp, "The case went to prosecutors, according to Kesland Broadcasting Corporation International (KBCI)."
    )
    assert ("OUTLET", "Kesland Broadcasting Corporation International") in found


def test_the_name_inside_a_place_the_model_found(nlp):
    found = {text for _, text in ents(nlp, "The ship sailed past Hainan island toward the Philippines on Monday.")}
    assert "Hainan" in found and "Hainan island" not in found and "Philippines" in found
    found = {text for label, text in ents(nlp, "Pakistanis and Egyptians were aboard the boat.") if label == "LOCATION"}
    assert not found


def test_a_named_operation_is_an_organisation(nlp):
    assert ("ORG", "Operation Driftwood") in ents(
        nlp, "Operation Driftwood was the first to respond, a spokesperson said."
    )
    assert ("ORG", "Kestrel") in ents(
        nlp, "The ships sail as part of the European operation “Kestrel” in the Arabian Sea."
    )
    assert ("ORG", "Corvale") in ents(nlp, "The naval mission Corvale has escorted 40 ships.")
    assert not ents(nlp, "The rescue operation Tuesday found nothing.")


def test_a_group_before_a_possessive_is_apart_from_its_outlet(nlp):
    # the model reads the whole phrase as one person's name; the sources know the group and the outlet
    found = ents(nlp, "Hezbollah’s al-Manar TV showed the burning tanker on Sunday.")
    assert ("ORG", "Hezbollah") in found and ("OUTLET", "al-Manar TV") in found


def test_an_outlets_channel_name_takes_the_registry_name(nlp):
    doc = nlp("Lebanon's Al Mayadeen TV said the vessel was struck near the port.")
    outlets = [e for e in doc.ents if e.label_ == "OUTLET"]
    assert [e._.canonical for e in outlets] == ["Al-Mayadeen"]


def test_an_outlet_the_registry_knows_sheds_a_demonym_or_a_leaning_before_it(nlp):
    found = ents(nlp, "The Iranian Mehr News Agency reported the seizure of the tanker.")
    assert ("OUTLET", "Mehr News Agency") in found
    found = ents(nlp, "Later the pro-Kremlin TASS agency, citing a rescue centre, said the ship sank.")
    assert ("OUTLET", "TASS") in found


def test_a_state_body_keeps_its_demonym(nlp):
    found = ents(nlp, "The Varnian Coast Guard said the ship sank off the cape.")
    assert ("ORG", "Varnian Coast Guard") in found


def test_a_name_ending_in_a_units_or_bodys_head_noun_is_an_organisation(nlp):
    """common/org_suffixes.txt: brigade, division, unit, academy, hospital, assembly ... end a body's
    name the model did not tag (issue 11, seventeenth round)."""
    found = ents(nlp, "The Tarsk Brigade of the banned Varn Liberation Army claimed the attack on the port.")
    assert ("ORG", "Tarsk Brigade") in found
    found = ents(nlp, "The prosecutors handed the case to the Information Division, a police official said.")
    assert ("ORG", "Information Division") in found
    found = ents(nlp, "A destroyer of the Ostrel Unit escorted the tanker, the navy said on Friday.")
    assert ("ORG", "Ostrel Unit") in found
    found = ents(nlp, "The wounded sailor was taken to the Brennport Naval Hospital on Monday.")
    assert any(label == "ORG" and text.endswith("Naval Hospital") for label, text in found)


def test_a_head_noun_in_lower_case_makes_no_organisation(nlp):
    found = ents(nlp, "The unit moved to the hospital and the academy near the school.")
    assert not [e for e in found if e[0] == "ORG"]


def test_a_line_break_after_a_bodys_possessive_breaks_no_component(nlp):
    # a hard-wrapped page (a line ends after "Treasury’s"): the body after the possessive starts
    # on the next line; state_and_body once took the line break for the body's first word and raised
    from osint_graph.nlp.extractor import ERROR_KEY

    words = ("The Department of the Treasury’s", "Office of Kestrel Assets Control (OKAC) hit Varnia’s oil minister")
    wrapped = nlp("\n".join(words) + "\nOla Brenn with sanctions yesterday.")
    assert ERROR_KEY not in wrapped.user_data
    assert ("PERSON", "Ola Brenn") in [(e.label_, e.text) for e in wrapped.ents]
    one_line = nlp(" ".join(words) + " Ola Brenn with sanctions yesterday.")
    assert ERROR_KEY not in one_line.user_data
