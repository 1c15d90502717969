"""Ships found by what ties them to another ship, by what befalls them, by their size in feet, and
appositions at a paragraph's end (osint_graph/nlp/context/vessel_relations.py and vessels.py), on
made-up names no gazetteer entry holds."""

from __future__ import annotations

from osint_graph.gazetteer import load_gazetteer


def vessels(nlp, text: str) -> set[str]:
    return {e.text for e in nlp(text).ents if e.label_ == "VESSEL"}


def test_the_made_up_names_are_in_no_gazetteer():
    gazetteer = load_gazetteer()
    for name in ("Orla Vane", "Velmora Star", "Brenna Holt", "Tamsin Reeve", "Kestrel Moor", "Sorrel Bay"):
        assert not gazetteer.lookup_all(name), name


def test_a_relation_noun_after_its_or_a_ship_names_the_other_ship(nlp):
    text = (
        "The Kestrel Moor sank near the reef. With its predecessor, the Velmora Star, the trawler fished there "
        "for years. The Kestrel Moor's partner, the Tamsin Reeve, often refuelled in port."
    )
    assert {"Velmora Star", "Tamsin Reeve"} <= vessels(nlp, text)


def test_a_relation_noun_owned_by_no_ship_names_none(nlp):
    text = "The tanker sailed on Monday. Mr Varlo's partner, the Brenna Holt, said she had left the firm."
    assert "Brenna Holt" not in vessels(nlp, text)


def test_a_ship_noun_then_the_name_in_apposition(nlp):
    found = vessels(nlp, "The trimaran was hit first by the Karsk ship the Orla Vane near the bay.")
    assert "Orla Vane" in found
    assert "Orla Vane" not in vessels(nlp, "It was one of the ships the Orla Vane group had sold to the navy.")


def test_an_apposition_closing_a_paragraph(nlp):
    text = "He spoke by satellite phone from the ship, the Brenna Holt.\n\nThe crew were safe."
    assert "Brenna Holt" in vessels(nlp, text)


def test_a_name_counted_among_other_ships(nlp):
    text = "Inspectors found illegal discharges by the Velmora Star and four other Karsk vessels in the port."
    assert "Velmora Star" in vessels(nlp, text)


def test_a_possessive_before_what_befalls_a_ship(nlp):
    text = "A tanker was nearby. The victims of the Sorrel Bay's sinking were asleep, the coast guard said."
    assert "Sorrel Bay" in vessels(nlp, text)


def test_a_company_name_inside_a_ship_name_after_an_attack_noun(nlp):
    text = "Shipping was disrupted. Friday's attack on the Maersk Tarnwick came as tankers avoided the strait."
    assert "Maersk Tarnwick" in vessels(nlp, text)


def test_dimensions_in_feet_before_a_name(nlp):
    text = "The 1,095'x157' Orla Vane was stuck in the channel near the pier, the coast guard said."
    assert "Orla Vane" in vessels(nlp, text)


def test_the_subject_of_drift_with_the_in_a_ship_article(nlp):
    assert "Tamsin Reeve" in vessels(nlp, "The ship lost power. The Tamsin Reeve is drifting off the coast.")
    assert "Tamsin Reeve" not in vessels(nlp, "The ship lost power. Tamsin Reeve is drifting off to sleep.")


def test_the_subject_of_what_ships_do_in_any_tense_with_the(nlp):
    # a progressive, a verb that also says where people go: 'the' before the name marks the ship
    text = "The trawler left port. The Tamsin Reeve was sailing north when the Orla Vane disappeared."
    assert {"Tamsin Reeve", "Orla Vane"} <= vessels(nlp, text)
    assert "Orla Vane" in vessels(nlp, "A ferry was lost at sea. The Orla Vane capsized off the cape.")


def test_a_person_who_sails_or_disappears_is_no_ship(nlp):
    text = "The ship lost power. Tamsin Reeve was sailing with friends before Orla Vane disappeared."
    assert not {"Tamsin Reeve", "Orla Vane"} & vessels(nlp, text)


def test_an_unlisted_merchant_prefix_before_a_name(nlp):
    doc = nlp("The court heard that NM Velmora Star may not leave the port until the claim is heard.")
    found = {e.text: e._.canonical for e in doc.ents if e.label_ == "VESSEL"}
    assert found == {"NM Velmora Star": "Velmora Star"}


def test_a_date_after_a_name_is_no_part_of_it(nlp):
    found = vessels(nlp, "Crew members aim a launcher at the whaling ship Orla Vane Jan. 6, 2010, in the bay.")
    assert "Orla Vane" in found and not any("Jan" in name for name in found)


def test_a_capitalised_part_word_is_an_office_title(nlp):
    text = "Traffic in the harbour was suspended until approved by the Coast Guard Captain of the Port Order."
    assert not vessels(nlp, text)


def test_a_headline_verb_after_a_title_case_ship_noun_is_no_name(nlp):
    text = "Old Ship Involved in Two Harbour Collisions in Ten Days. Not Quite\n\nThe tanker sank off the pier."
    assert not vessels(nlp, text)


def test_a_headline_verb_that_ends_the_text_is_no_name(nlp):
    # nothing after the verb: the text's last token (was an IndexError)
    assert not vessels(nlp, "Tanker Seized")


def test_a_ship_of_the_same_fleet_named_with_the_same_first_word(nlp):
    text = (
        "The tanker lost power. The Tarnline Velmora is drifting off the coast. The Tarnline Sorrel is "
        "still held in the harbour, tied up at the wharf. The Tarnline Group said nothing."
    )
    found = vessels(nlp, text)
    assert {"Tarnline Velmora", "Tarnline Sorrel"} <= found
    assert "Tarnline Group" not in found


def test_a_plural_after_the_fleet_word_is_the_operator(nlp):
    # 'the Tarnline Autoliners': a plural names the company that runs the fleet, not one ship
    text = "The tanker lost power. The Tarnline Velmora is drifting. The Tarnline Autoliners said nothing."
    found = vessels(nlp, text)
    assert "Tarnline Velmora" in found and "Tarnline Autoliners" not in found


def test_a_title_case_line_does_not_lengthen_a_prefixed_name(nlp):
    # a headline capitalises the verb after the name; the body writes the name more often
    text = (
        "USS Tarnwick, USS Orla Vane Collide in Strait\n\nThe USS Tarnwick, a submarine, hit the "
        "USS Orla Vane on Friday. The USS Orla Vane was damaged. USS Orla Vane sailed home.\n\n"
        "Share this article: USS Tarnwick, USS Orla Vane Collide in Strait"
    )
    found = vessels(nlp, text)
    assert "USS Orla Vane" in found and not any("Collide" in name for name in found)
    # ', USS Orla Vane' after 'USS Tarnwick' carries its own prefix: no 'USS USS Orla Vane'
    assert not any((e._.canonical or "").startswith("USS USS") for e in nlp(text).ents)


def test_a_collision_with_the_name(nlp):
    text = "A tanker sank near the pier. The freighter was damaged in a collision with the Orla Vane at dawn."
    assert "Orla Vane" in vessels(nlp, text)


def test_a_long_photo_caption_line_is_furniture(nlp):
    caption = (
        "Photo: Crew members aim a launcher during their encounter with the whaling ship Orla Vane in the bay "
        "near the ice shelf, seen from the deck of the trimaran on a grey morning."
    )
    assert len(caption) > 130
    assert not vessels(nlp, f"The trawler sank.\n\n{caption}\n\nThe crew were rescued.")


def test_a_ship_named_after_a_person_spelt_two_ways_is_one_ship(nlp):
    doc = nlp("The patrol ship Sergey Varnov was hit near the bay. Divers later reached the patrol ship Sergei Varnov.")
    ships = {e.text: (e._.canonical, e._.entity_id) for e in doc.ents if e.label_ == "VESSEL"}
    assert set(ships) == {"Sergey Varnov", "Sergei Varnov"}
    assert ships["Sergey Varnov"] == ships["Sergei Varnov"]


def test_a_speaker_after_a_plural_ship_noun_is_no_listed_ship(nlp):
    text = (
        'The cutter was hit by the water cannon aimed at the patrol vessels," Varlo Tendrel said. '
        "The drones were used to attack oil tankers, the Ministry said."
    )
    assert not vessels(nlp, text)
    assert "Orla Vane" in vessels(nlp, "The navy escorted two tankers, Orla Vane and Velmora Star, to the port.")
