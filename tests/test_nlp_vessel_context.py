"""Vessels found from context, one test per family, on made-up texts no gazetteer entry names."""

from __future__ import annotations

import pytest

from osint_graph.gazetteer import load_gazetteer
from osint_graph.nlp.context.vessel_patterns import valid_imo
from osint_graph.nlp.spans import bare_vessel_name, vessel_name


def vessels(nlp, text: str) -> dict[str, tuple[str, str]]:
    """Each vessel mention's text -> (canonical name, entity id)."""
    doc = nlp(text)
    return {e.text: (e._.canonical, e._.entity_id) for e in doc.ents if e.label_ == "VESSEL"}


def test_the_made_up_names_are_in_no_gazetteer():
    gazetteer = load_gazetteer()
    for name in (
        "Nordic Wind",
        "Sea Lark",
        "Polar Vale",
        "Kestrel",
        "Ostra Wind",
        "Grace May 3",
        "Kerrin-39",
        "Tarnwick",
        "Pell Harrow",
        "Velmora",
        "Carrow Bell",
        "Mirrow Dane",
        "Brinley",
        "Tarvel Star",
        "Olen Darrow",
        "Harrowdene",
        "Tarsovan",
        "Tarnbury Park",
        "Varnhold",
        "Marlow Heights",
        "Olga Tarasenko",
        "Olga",
        "Kestrel Ridge",
    ):
        assert not gazetteer.lookup_all(name), name


def test_a_list_after_a_ship_noun(nlp):
    found = vessels(
        nlp, "Officials said the carriers Nordic Wind, Sea Lark, Aurora Energy and Polar Vale left on Monday."
    )
    assert set(found) == {"Nordic Wind", "Sea Lark", "Aurora Energy", "Polar Vale"}


def test_a_list_in_apposition_to_ship_nouns(nlp):
    found = vessels(
        nlp,
        "Three of the vessels on the new sanctions list, Nikola Vartan, NS Perla and Zaliv Moran, have carried oil.",
    )
    assert set(found) == {"Nikola Vartan", "NS Perla", "Zaliv Moran"}


@pytest.mark.parametrize("dash", ["—", "–", "\ufffd"])
def test_a_list_set_off_by_dashes_after_a_phrase_on_the_ship_noun(nlp, dash):
    # the dash may come after a prepositional phrase, and a page may carry it mis-encoded as U+FFFD
    found = vessels(
        nlp,
        f"Officials sent two fishing vessels to the area {dash} the Kestrel Moor 018 and Tan Wei Hai {dash} on "
        f"Monday. Three boats of the Varnish Navy {dash} Kolvansk, Dremor and Yany Tor {dash} were seized.",
    )
    assert set(found) == {"Kestrel Moor 018", "Tan Wei Hai", "Kolvansk", "Dremor", "Yany Tor"}


def test_no_list_from_a_dash_that_opens_a_clause(nlp):
    assert vessels(nlp, "Two ships in the Varnish Strait \u2013 one of them a tanker \u2013 were hit.") == {}


def test_a_hull_number_alone_names_a_ship_and_joins_its_prefixed_name(nlp):
    doc = nlp(
        "It faced maneuvers from CCG 3317. A coast guard ship, identified by bow number 3317, fired water "
        "cannon, and the Varnish Navy vessel 562 followed. The ship 2019 report put the boat 300 metres away."
    )
    found = {e.text: e._.entity_id for e in doc.ents if e.label_ == "VESSEL"}
    assert set(found) == {"CCG 3317", "3317", "562"}
    assert found["3317"] == found["CCG 3317"]


def test_a_size_before_a_name_and_a_vessel_described_after_it(nlp):
    found = vessels(
        nlp,
        "A fire broke out on the 2,743 teu Kestrel Moor. The figures exceed those on Polar Vale, the vessel "
        "which sank in 2022. The Sea Lark, a 74,189 dwt LR1 tanker, was nearby.",
    )
    assert set(found) == {"Kestrel Moor", "Polar Vale", "Sea Lark"}


def test_a_name_before_its_ship_noun_after_an_age_or_in_quotes(nlp):
    found = vessels(
        nlp,
        "The incident involved the 15-year-old Kestrel Moor oil tanker. The \u2018Polar Vale\u2019 tanker, "
        "operated by a state firm, caught fire. The 11,490-ton Varna Class cruiser was hit.",
    )
    assert set(found) == {"Kestrel Moor", "Polar Vale"}  # a class names no ship


def test_names_set_off_after_a_count_of_ships_by_pronoun(nlp):
    found = vessels(
        nlp,
        "All the listed ships broke the embargo. Only three of them\u2014Nikola Varto, NS Perla, and Zaliw "
        "Moran\u2014carried oil. Most listed people fled; two of them\u2014Ivan Perla and Petr Moran\u2014hid.",
    )
    assert set(found) == {"Nikola Varto", "NS Perla", "Zaliw Moran"}  # 'them' is the people in the last


def test_names_joined_before_a_plural_ship_noun(nlp):
    found = vessels(
        nlp,
        "Kolvansk, Dremor and Yany Tor vessels did not respond. The Kestrel Moor and Polar Vale tankers left. "
        "Houthi and Iranian vessels were seen. NATO and EU ships patrolled. Russia and China ships exercised.",
    )
    assert set(found) == {"Kolvansk", "Dremor", "Yany Tor", "Kestrel Moor", "Polar Vale"}


def test_a_force_before_a_ship_noun_is_no_ship(nlp):
    found = vessels(
        nlp,
        "He was treated onboard the Varnish Navy ship. The Karsk Coast Guard vessel rammed the Kestrel Moor "
        "tanker, and he slept aboard the Polar Vale.",
    )
    assert set(found) == {"Kestrel Moor", "Polar Vale"}


def test_a_closing_roman_numeral_spelt_as_a_number_is_the_same_ship(nlp):
    doc = nlp("A fire broke out on the tanker Kestrel Moor II. The managers of Kestrel Moor 2 are Vale Shipping.")
    ids = {e.text: e._.entity_id for e in doc.ents if e.label_ == "VESSEL"}
    assert ids.get("Kestrel Moor 2") == ids["Kestrel Moor II"]


def test_naval_and_merchant_prefixes_with_initials_slashes_and_numbers(nlp):
    found = vessels(
        nlp,
        "The destroyer USS John F. Lehman escorted the M/V Kokuka Dawn. A coast guard ship, CCG 5205, "
        "rammed the BRP Teresa Lark, and CCG-3305 fired its water cannon.",
    )
    # a navy's or coast guard's prefix stays in the canonical name, a merchant one goes (GUIDELINES a998d59)
    assert found["USS John F. Lehman"][0] == "USS John F. Lehman"
    assert found["M/V Kokuka Dawn"][0] == "Kokuka Dawn"
    assert found["BRP Teresa Lark"][0] == "BRP Teresa Lark"
    assert found["CCG 5205"][0] == "CCG 5205"
    assert found["CCG-3305"][0] == "CCG 3305"  # a hull number, not a weapon's designator


def test_one_entity_per_vessel_whatever_its_prefix(nlp):
    found = vessels(nlp, "Pirates boarded the MV Kestrel off the coast. The Kestrel was released on Friday.")
    assert found["MV Kestrel"] == found["Kestrel"]
    assert vessel_name("M/T Kestrel") == "Kestrel" and vessel_name("Kestrel Bay") == "Kestrel Bay"
    assert vessel_name("MTug Kestrel") == "Kestrel"  # a motor tug's prefix


def test_a_naval_prefix_stays_in_the_name_and_the_bare_name_is_the_same_ship(nlp):
    # context/naval_ship_prefixes: HMS kept, MV dropped; the span keeps the prefix as written
    assert vessel_name("HMS Tarnwick") == "HMS Tarnwick" and bare_vessel_name("HMS Tarnwick") == "Tarnwick"
    assert vessel_name("MV Tarnwick") == "Tarnwick" and vessel_name("RV Tarnwick") == "Tarnwick"
    found = vessels(nlp, "Tarnwick, a frigate, left on Monday. Drones attacked HMS Tarnwick on Tuesday.")
    assert found["HMS Tarnwick"][1] == found["Tarnwick"][1]  # one ship


def test_the_entity_of_a_naval_ship_is_named_with_its_prefix(extractor):
    from osint_graph.model import Article

    text = "Tarnwick, a frigate, left on Monday. Drones attacked HMS Tarnwick on Tuesday."
    ships = [e for e in extractor.extract(Article(id="t", text=text)).entities if e.type == "Vessel"]
    assert [(e.name, len(e.mentions)) for e in ships] == [("HMS Tarnwick", 2)]


def test_the_object_of_what_is_done_to_ships(nlp):
    found = vessels(nlp, "Pirates seized the Ostra Wind on Tuesday and boarded the Grace May 3 later.")
    assert set(found) == {"Ostra Wind", "Grace May 3"}


def test_a_ship_named_for_a_person_as_the_object(nlp):
    # a person's name takes no 'the': 'struck the Mikhail Varlov,' is a ship named for a person
    found = vessels(nlp, "The ship lost power after drones struck the Mikhail Varlov, setting it alight.")
    assert "Mikhail Varlov" in set(found)


def test_no_ship_where_a_country_is_struck(nlp):
    found = vessels(nlp, "A missile struck the Barbados-flagged bulk carrier Tessa Dawn in the gulf.")
    assert set(found) == {"Tessa Dawn"}


def test_a_ship_noun_makes_a_place_name_after_it_the_ships(nlp):
    """Warships named after towns and states: right after its ship noun a capital's or a country's
    name is the ship's, and a town's name keeps its '-on-' ('Kesport-on-Tarn'); not where the name
    is the subject of a clause on the ship ('the tanker Varnia seized' with a state's name)."""
    text = "Drones hit the landing ship Lisbon and the corvette Oslo overnight."
    assert set(vessels(nlp, text)) == {"Lisbon", "Oslo"}
    assert set(vessels(nlp, "The submarine Kesport-on-Tarn sailed from the base.")) == {"Kesport-on-Tarn"}
    assert vessels(nlp, "The tanker Iran seized last week was released.") == {}


def test_a_name_before_its_ship_noun(nlp):
    found = vessels(
        nlp,
        "The Pioneer tanker exploded. Workers saw the flagless Jaguar ship near the Chinese-owned Kerrin39 "
        "cargo ship and a Liberia-flagged Aframax tanker.",
    )
    assert set(found) == {"Pioneer", "Jaguar", "Kerrin39"}  # a size class is no name


def test_a_ship_noun_before_a_facility_noun_names_no_ship(nlp):
    """'the Tollvik Ferry dock': the ship noun modifies a dock, terminal or route
    (context/ship_noun_facility_heads.txt); the name is the place's, not a ship's."""
    found = vessels(nlp, "The Kestrel Star was towed overnight to the Tollvik Ferry dock on Sunday.")
    assert "Tollvik" not in found and "Kestrel Star" in found


def test_a_place_like_name_before_its_ship_noun_is_the_ships_in_every_mention(nlp):
    """Ships named after places: a name the model takes for a place but no source knows, right
    before its ship noun (over lower-case words of its kind, 'training and logistical'), is the
    ship's, and so is every other mention of it in the article; a quoted name after a possessive
    too. Not a name with a place's word ('Black Sea') nor a service before its kind of ship."""
    found = vessels(
        nlp,
        "A distress call came from the Tarnbury Park merchant ship in the Gulf of Aden. Pirates boarded "
        "the Tarnbury Park at dawn.",
    )
    assert set(found) == {"Tarnbury Park"}
    text = "The Varnian Navy's 'Varnhold' training and logistical ship sank. The fire broke out in Varnhold."
    doc = nlp(text)
    assert [e.text for e in doc.ents if e.label_ == "VESSEL"] == ["Varnhold", "Varnhold"]
    assert vessels(nlp, "Drones struck the Black Sea cargo ship overnight.") == {}


def test_a_ships_short_name_makes_the_longer_name_after_the_the_ships(nlp):
    """Ships named after people: 'aboard the Olga' makes 'the Olga Tarasenko', which the model takes
    for a person, the ship under its full name (one name, one thing per article); a person's name
    without 'the' stays a person's."""
    doc = nlp(
        "Rescuers moved 40 passengers to the Olga Tarasenko on Friday. Frustration grew aboard the Olga "
        "as the ice closed in."
    )
    found = [(e.text, e._.canonical) for e in doc.ents if e.label_ == "VESSEL"]
    assert found == [("Olga Tarasenko", "Olga Tarasenko"), ("Olga", "Olga Tarasenko")]
    doc = nlp("Olga Tarasenko thanked the rescuers on Friday. Frustration grew aboard the Olga as the ice closed in.")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Olga Tarasenko"]


def test_a_closed_apposition_with_the_describes_a_ship(nlp):
    """'X, the research ship, docked': an apposition with 'the' that ends at its ship noun describes
    the name before it as a ship (research ships and ferries named after people are written so); a
    possessive ship noun describes a person ('X, the ship's master')."""
    assert set(vessels(nlp, "Kestrel Ridge, the research ship, docked in Tarnbury on Friday.")) == {"Kestrel Ridge"}
    doc = nlp("Olga Tarasenko, the ship's master, said the hull held.")
    assert [e.label_ for e in doc.ents if e.text == "Olga Tarasenko"] == ["PERSON"]


def test_a_quoted_name_after_what_is_done_to_ships_and_no_outlet_that_reports_its_own_ordeal(nlp):
    """'Pirates boarded the “Kestrel Moor”': the quotes do not hide the object of a ship verb; a name
    that 'reported being approached' tells what befell it, as no outlet reports a story."""
    assert set(vessels(nlp, "Pirates boarded the \u201cKestrel Moor\u201d on Monday.")) == {"Kestrel Moor"}
    doc = nlp("The Marsh Harrier on Monday reported being approached by two skiffs.")
    assert not [e for e in doc.ents if e.label_ == "OUTLET"]


def test_a_hyphenated_size_before_a_name(nlp):
    """'the 90,000-tonne X': a ship's weight or length joined to its number sizes the ship named
    next; a plain tonnage before a ship noun names nothing, nor does a service before its kind of ship."""
    doc = nlp("Insurers paid for the 90,000-tonne Marlow Heights last year. Marlow Heights is in Tarsovan now.")
    assert [e.text for e in doc.ents if e.label_ == "VESSEL"] == ["Marlow Heights", "Marlow Heights"]
    assert vessels(nlp, "The 62,000-ton tanker was heading north.") == {}
    assert "Coast Guard" not in vessels(nlp, "The crew of the 225-foot Coast Guard buoy tender met the boat.")


def test_a_flag_demonym_between_name_and_ship_noun_is_no_part_of_the_name(nlp):
    found = vessels(nlp, "Sea drones hit the Tessa Dawn Russian vessel near Kesport.")
    assert set(found) == {"Tessa Dawn"}


def test_other_names_of_one_vessel(nlp):
    doc = nlp(
        "The Kerrin-39 (also known as Xing Lun 39, IMO 9074729) left port. "
        "The tanker Tessa Dawn, formerly the Star Alba, sank."
    )
    ids = {e.text: e._.entity_id for e in doc.ents if e.label_ == "VESSEL"}
    assert ids["Kerrin-39"] == ids["Xing Lun 39"]
    assert ids["Tessa Dawn"] == ids["Star Alba"]
    imo = {e.text: (e._.identifiers or {}).get("imo") for e in doc.ents if e.label_ == "VESSEL"}
    assert imo["Kerrin-39"] == "9074729"


@pytest.mark.parametrize(
    "number,valid", [("9074729", True), ("9745902", True), ("8358427", True), ("9074728", False), ("907472", False)]
)
def test_imo_check_digit(number, valid):
    assert valid_imo(number) is valid


def test_an_imo_number_that_fails_its_check_digit_is_no_identifier(nlp):
    doc = nlp("The tanker Marlow Bay (IMO 9074728) left port.")
    assert [(e.text, (e._.identifiers or {}).get("imo")) for e in doc.ents if e.label_ == "VESSEL"] == [
        ("Marlow Bay", None)
    ]


def test_a_country_no_gazetteer_lists_is_no_port(nlp):
    doc = nlp("The freighter Tessa Dawn docked in Lebanon after arriving from Algeria.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Lebanon") != "PORT" and labels.get("Algeria") != "PORT"


def test_ports_in_a_list_and_in_a_city_of(nlp):
    found = {
        e.text: e.label_ for e in nlp("The tanker made stops in ports like Varna, Romania, and Kesport, Turkey.").ents
    }
    assert found.get("Varna") == "PORT" and found.get("Kesport") == "PORT" and found.get("Romania") == "COUNTRY"
    found = {e.text: e.label_ for e in nlp("A blast hit the tanker in the port of the Italian city of Savelo.").ents}
    assert found.get("Savelo") == "PORT"


def test_ship_class_designations_are_no_vessels(nlp):
    """'the Type 47 destroyer', 'Project 21190': a class names many ships, none of them."""
    doc = nlp("The Type-47 destroyer escorted the ship Project 21190 Varna Hill past Kesport.")
    found = {(e.text, e.label_) for e in doc.ents}
    assert ("Varna Hill", "VESSEL") in found
    assert not any(text.startswith(("Type", "Project")) for text, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Officials identified the vessel as the Varnek missile corvette.",
        "Sea drones struck the Varnek missile boat overnight.",
        "The navy said the Varnek patrol ship was hit near the coast.",
    ],
)
def test_a_name_before_a_naval_role_and_its_ship_noun(nlp, text):
    """'the X missile corvette', 'the X patrol ship': a warship's role between its name and ship noun."""
    assert set(vessels(nlp, text)) == {"Varnek"}


def test_a_ship_identified_as_a_name(nlp):
    """'identified the vessel as the Merel Dawn': the name the ship is identified as."""
    assert set(vessels(nlp, "The 7th Fleet identified the vessel as the Merel Dawn.")) == {"Merel Dawn"}
    assert set(vessels(nlp, "Officials identified the tanker as Osk Lantern on Monday.")) == {"Osk Lantern"}
    assert not vessels(nlp, "They identified the ship as a threat.")


def test_a_name_between_dashes_after_a_ship_noun(nlp):
    assert set(vessels(nlp, "Kessia sank another boat — Tessa Dawn — last week.")) == {"Tessa Dawn"}
    assert set(vessels(nlp, "The tanker — a Varnian ship — sank off Kesport.")) == set()


def test_a_ship_noun_inside_a_body_name_names_no_ship(nlp):
    """'Brave Royal Ship Management', 'the UK Ship Register': the ship noun is a word of the name."""
    assert vessels(nlp, "The tanker Tessa Dawn is managed by Varn Royal Ship Management.").keys() == {"Tessa Dawn"}
    assert vessels(nlp, "The ship belongs to a subsidiary of the Varnholm Ocean Tanker Co. in Kesport.") == {}
    assert vessels(nlp, "They will be refused access to the Varn Ship Register.") == {}


def test_a_place_after_a_preposition_is_no_subject_of_a_ship_verb(nlp):
    found = vessels(nlp, "The ship that carries cargo between Varnia and Kessia ran aground on Monday.")
    assert found == {}
    assert set(vessels(nlp, "The Tessa Dawn ran aground off Kesport.")) == {"Tessa Dawn"}


def test_a_sister_ship_numbered_like_a_ship_found(nlp):
    # a fleet numbers its hulls: the same words with another number are a ship too, never a person
    text = (
        "The navy identified the vessel as the Morsk 212. A second vessel in distress, the Morsk 239, "
        "was drifting. Its crew said the ship's name was Lin Feng 168, although the AIS showed the "
        "freighter Lin Feng 58."
    )
    assert set(vessels(nlp, text)) == {"Morsk 212", "Morsk 239", "Lin Feng 168", "Lin Feng 58"}
    assert set(vessels(nlp, "The tanker Morsk 212 was seized. Lena Varga 2 said nothing.")) == {"Morsk 212"}


@pytest.mark.parametrize(
    "text, found",
    [
        ('An explosion took place in the engine room of the "Tarvik" in Kesport on Sunday.', {"Tarvik"}),
        ("The master of the Tarvik was arrested.", {"Tarvik"}),
        ("The crew of the Tarvik were evacuated.", {"Tarvik"}),
        ("The crew of the Karsk Coast Guard responded.", set()),  # a body's name
        ("A plane contacted the crew of the Kesport-based tug.", set()),  # a place before '-based'
        ("The tanker had a crew of 14 when it sank.", set()),
        ("The crew of HMSKestrel were safe.", set()),  # a lost space: not a second name beside 'HMS Kestrel'
    ],
)
def test_a_name_after_a_ships_part_and_of(nlp, text, found):
    assert set(vessels(nlp, text)) == found


def test_a_name_after_a_ship_noun_and_a_comma_named(nlp):
    assert set(vessels(nlp, "The ship, named Tarvik, was en route to Kesport when it was stopped.")) == {"Tarvik"}
    assert set(vessels(nlp, "The ships, named Tarvik and Morrow Gull, sank.")) == {"Tarvik", "Morrow Gull"}


def test_a_middle_initial_inside_a_ships_name(nlp):
    text = "The rebels claimed they attacked the aircraft carrier Harlan J. Morrow in the Red Sea."
    assert set(vessels(nlp, text)) == {"Harlan J. Morrow"}
    assert set(vessels(nlp, "The tanker Plan B. The ship sank.")) == {"Plan B"}  # a full stop ends it


def test_a_size_class_before_a_name_is_a_ship_noun(nlp):
    # 'VLOC', 'Suezmax' stand for the ship noun (common/vessel_classes); the class is no part of the name
    assert set(vessels(nlp, "The two survivors of the VLOC Morrow Gull said it broke in two.")) == {"Morrow Gull"}
    assert set(vessels(nlp, "The VLOC Morrow Gull sank in the South Atlantic.")) == {"Morrow Gull"}
    assert set(vessels(nlp, "Analysts said the Suezmax Tern Vale, a Greek-owned ship, waited.")) == {"Tern Vale"}


def test_mr_is_a_title_not_the_mr_class(nlp):
    assert vessels(nlp, "Mr Kestrel Hale, the port's manager, said the berth was free.") == {}


def test_a_size_class_before_a_verb_in_a_headline_names_no_ship(nlp):
    assert vessels(nlp, "Arrested VLCC Navigating Varnian Waters Without A Flag") == {}


def test_a_hyphenated_ice_breaker_is_a_ship_noun(nlp):
    assert set(vessels(nlp, "The Chinese ice-breaker Xue Fang helped the stranded ship.")) == {"Xue Fang"}


def test_a_ship_by_context_wins_over_a_body_by_context_on_the_same_name(nlp):
    # 'mission' before a name makes a body; the ship noun elsewhere in the text says what it is
    doc = nlp(
        "The research ship Morrow Gull left Varnport in May. "
        "Karskian scientific mission Morrow Gull has been trapped by ice since Monday."
    )
    assert {e.label_ for e in doc.ents if e.text == "Morrow Gull"} == {"VESSEL"}


def test_the_subject_of_a_passive_of_harm_is_a_ship_only_after_the(nlp):
    """context/ship_passives_the: 'the Tarnwick was hit'; a person or town is hit too, without 'the'."""
    found = vessels(nlp, "The Tarnwick was hit near Kestrel Bay on Sunday. The Pell Harrow was damaged but floated.")
    assert set(found) == {"Tarnwick", "Pell Harrow"}
    assert vessels(nlp, "Ahmed Varlo was hit by a car on Sunday, his lawyer said.") == {}


def test_a_name_before_another_described_vessel_or_a_bracketed_aside(nlp):
    """context/appositive_determiners ('another'); a bracketed aside between the name and the comma."""
    found = vessels(nlp, "The tanker was first identified as the Velmora, another Suezmax vessel, on Monday.")
    assert set(found) == {"Velmora"}
    found = vessels(nlp, "Police found the Carrow Bell (Halvik 40 Carrow Bell), a sailing yacht that sank in 2019.")
    assert "Carrow Bell" in found


def test_small_craft_nouns_and_a_services_ship_title(nlp):
    """A sailboat is a ship noun; 'Coast Guard Cutter' is a ship's title, not a body's name
    (context/ship_title_services), while 'Brave Royal Ship Management' stays a company."""
    assert set(vessels(nlp, "The coast guard intercepted the sailboat Mirrow Dane off Kesport.")) == {"Mirrow Dane"}
    assert set(vessels(nlp, "The Coast Guard Cutter Brinley and crew will arrive on Friday.")) == {"Brinley"}
    assert vessels(nlp, "Brave Royal Ship Management owns the fleet, a filing said.") == {}


def test_a_ships_kind_after_its_name_and_a_class_name_are_no_part_of_a_ships_name(nlp):
    """'the Tarvel Star FPSO' is the Tarvel Star; 'Varsk class' names a class (context/ship_class_words)."""
    assert set(vessels(nlp, "In June the Greek-owned Tarvel Star FPSO arrived at the field.")) == {"Tarvel Star"}
    found = vessels(nlp, "The patrol ship Varsk class corvette Olen Darrow sailed on Monday.")
    assert set(found) == {"Olen Darrow"}


def test_an_unknown_name_with_the_in_an_article_that_names_ships(nlp):
    """context/the_name_labels: a name the model took for a person or a body, that no source knows,
    written with 'the', alone and the subject of its clause, in an article with a ship noun."""
    ships = "Two tankers left the harbour on Monday. "
    assert set(vessels(nlp, ships + "The Harrowdene made headlines in March when it left.")) == {"Harrowdene"}
    # no ship noun in the article; a name before a noun; a person without 'the'; a place by its kind
    assert vessels(nlp, "The company said on Monday that the Tarsovan made headlines in March.") == {}
    assert vessels(nlp, ships + "The Tarsovan mercenaries made headlines. Ostrander made headlines too.") == {}
    assert vessels(nlp, ships + "The Canal has seen a dry season.") == {}


def test_the_before_a_name_the_model_took_whole_and_an_attack_on_the_name(nlp):
    """'the Oskar Varnel sustained' (the model's span may hold a mid-sentence 'the') and 'the attack on
    the Oskar Varnel', 'the sinking of the Varnovo': a ship in an article about a ship; 'the Karsk
    Embassy' and 'the Automatic Relay System' (a body, a system) are no ships."""
    text = (
        "A Karsk warship was struck by drones on Tuesday. The navy did not say how much damage the "
        "Oskar Varnel sustained. Officials condemned the attack on the Oskar Varnel. Many recalled the "
        "sinking of the Varnovo in 2019. "
        "The Karsk Embassy said the Automatic Relay System failed."
    )
    found = vessels(nlp, text)
    assert "Oskar Varnel" in found
    assert "Varnovo" in found
    assert not any("Embassy" in name or "System" in name for name in found)


def test_the_name_the_model_takes_for_a_building_after_a_sinking(nlp):
    """'the sinking of the Pavel Dorinsky': the model reads 'the Pavel Dorinsky' as a facility (FAC);
    what befalls it makes it a ship."""
    text = (
        "A Karsk warship was struck by drones on Tuesday. The navy did not say how much damage the "
        "Oskar Varnel sustained. Officials condemned the attack on the Oskar Varnel. "
        "Many recalled the sinking of the Pavel Dorinsky in 2019."
    )
    assert "Pavel Dorinsky" in vessels(nlp, text)


def test_made_up_names_of_ships_named_after_people_are_in_no_gazetteer():
    gazetteer = load_gazetteer()
    for name in (
        "Admiral Varn",
        "Varn",
        "Akademik Tarnov",
        "Tarnov",
        "Velmor Ardent",
        "Tarvo MC",
        "Koltsova",
        "Selvik",
    ):
        assert not gazetteer.lookup_all(name), name


def test_the_short_form_of_a_ship_named_after_a_person_is_the_ship(nlp):
    text = "The frigate Admiral Varn was damaged. Varn returned to port on Tuesday."
    doc = nlp(text)
    assert [(e.text, e._.canonical) for e in doc.ents if e.label_ == "VESSEL"] == [
        ("Admiral Varn", "Admiral Varn"),
        ("Varn", "Admiral Varn"),
    ]
    research = vessels(
        nlp, "The research vessel Akademik Tarnov was trapped. A week after Tarnov became trapped, help came."
    )
    assert research["Tarnov"][0] == "Akademik Tarnov"


def test_no_short_form_where_the_page_speaks_of_the_namesake(nlp):
    doc = nlp(
        "The frigate Admiral Varn was damaged. The ship was named after a naval hero. "
        "The strike came on the anniversary of Varn's death."
    )
    assert "Varn" not in {e.text for e in doc.ents if e.label_ == "VESSEL"}


def test_a_ship_reporting_in_capitals_is_no_outlet(nlp):
    doc = nlp('The tanker Selvik was struck by a missile. "The SELVIK reported damage," the company said.')
    assert {e.text: e.label_ for e in doc.ents}.get("SELVIK") == "VESSEL"


@pytest.mark.parametrize(
    "text, name",
    [
        ("The cargo ship, called the Velmor Ardent, ran aground on Sunday.", "Velmor Ardent"),
        ("The destroyer collided with a Liberian-flagged vessel, Tarvo MC.", "Tarvo MC"),
        ('A drone struck its main vessel, the "Velmor Ardent," while it was docked.', "Velmor Ardent"),
        ("Kyiv said the corvette's sister ship, the Minsk, was destroyed.", "Minsk"),
        ("The frigate was following the Koltsova, Karsk's former flagship cruiser that sank in April.", "Koltsova"),
    ],
)
def test_a_name_in_apposition_to_a_ship_noun(nlp, text, name):
    assert name in vessels(nlp, text)


def test_an_apposition_that_does_not_close_names_no_ship(nlp):
    assert not vessels(nlp, "The crew left the vessel, Captain Arlen Varnes said.")


def test_a_name_before_a_carrier_of_cars_and_the_subject_of_a_ship_verb_in_the_infinitive(nlp):
    gazetteer = load_gazetteer()
    assert not gazetteer.lookup_all("Marlo Vesta") and not gazetteer.lookup_all("Orla Vane")
    assert "Marlo Vesta" in vessels(nlp, "Salvors said the 656-foot Marlo Vesta vehicle carrier capsized in the sound.")
    assert "Orla Vane" in vessels(nlp, "Investigators asked what led the Orla Vane to run aground.")
    # a person told to sail is no ship: the infinitive's subject counts only with 'the'
    assert not vessels(nlp, "Officials told Orla Vane to sail home on Monday.")


def test_a_naval_ships_later_mentions_without_its_prefix_or_first_names_are_one_ship(nlp):
    gazetteer = load_gazetteer()
    assert not gazetteer.lookup_all("Harlan T. Voss") and not gazetteer.lookup_all("Kelvane")
    doc = nlp(
        "The aircraft carrier USS Harlan T. Voss sailed into the Red Sea. "
        "The destroyer Maren Dale will follow the Voss. Kelvane returned to port after the frigate "
        "USS Kelvane collided with a freighter."
    )
    canonical = {e.text: e._.canonical for e in doc.ents if e.label_ == "VESSEL"}
    assert canonical["Voss"] == "USS Harlan T. Voss"
    assert canonical["Kelvane"] == "USS Kelvane"
