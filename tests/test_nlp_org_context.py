"""Named naval units, seas after a demonym and posting platforms, in made-up prose."""

from __future__ import annotations

import pytest


def ents(nlp, text):
    return {(e.text, e.label_) for e in nlp(text).ents}


def canonicals(nlp, text):
    return {(e.text, e._.canonical, e.label_) for e in nlp(text).ents}


# The demonym is inside the fleet's span, its canonical name the fleet's own (GUIDELINES "A state's
# name or demonym right before a body's mention"); these two tests read the span without it before
# that ruling.
def test_fleet_is_an_organisation_named_without_its_demonym(nlp):
    found = canonicals(nlp, "The cruiser Varn Hale was the pride of the Russian Kessel Fleet until May.")
    assert ("Russian Kessel Fleet", "Kessel Fleet", "ORG") in found


def test_fleet_named_after_a_sea_is_no_location(nlp):
    found = canonicals(nlp, "Officers of the Russian Black Sea Fleet denied the report.")
    assert ("Russian Black Sea Fleet", "Black Sea Fleet", "ORG") in found
    assert not any(label == "LOCATION" for _, _, label in found)


def test_demonym_before_a_known_sea_is_no_part_of_it(nlp):
    assert ("Black Sea", "LOCATION") in ents(nlp, "The tanker Varn Hale sailed along the Russian Black Sea coast.")


def test_platforms_sources_post_on_are_organisations(nlp):
    found = ents(nlp, "Minister Kyr Varnel posted on X, formerly Twitter, that the Kessel Fleet sailed.")
    assert {("X", "ORG"), ("Twitter", "ORG")} <= found
    assert ("Telegram", "ORG") in ents(nlp, "The Varnian agency said in a statement on Telegram that the ship sank.")


@pytest.mark.parametrize(
    "text",
    [
        'Lena Varga, the owner of the Osk Lantern, wrote in a post on "X" that the crew was safe.',
        "Lena Varga wrote on the social media platform X that the Osk Lantern was safe.",
    ],
)
def test_a_one_letter_platform_after_a_quote_or_the_word_platform(nlp, text):
    assert ("X", "ORG") in ents(nlp, text)


def test_a_one_letter_name_without_a_platform_cue_is_no_platform(nlp):
    found = ents(nlp, "Project X was a success, said Kyr Varnel.")
    assert not any(text == "X" and label == "ORG" for text, label in found)


def test_a_strip_is_a_place_head(nlp):
    assert ("Varno Strip", "LOCATION") in ents(nlp, "Fighting in the Varno Strip went on for a week.")


def test_a_capitalised_common_word_opening_a_sentence_is_no_outlet(nlp):
    found = ents(nlp, "Sources in the Varnian port authority reported that the tanker Kessel Hale was hit.")
    assert not any(label == "OUTLET" for _, label in found)
    assert ("Vexa", "OUTLET") in ents(nlp, "Vexa reported that the tanker Kessel Hale was hit.")


def test_a_dateline_with_the_agency_between_slashes_is_content(nlp):
    """The page's opening 'date ...' line, then 'PLACE, Month D. /AGENCY/.': a known agency and city."""
    text = "date 2030-01-28 LONDON, January 28. /TASS/. The destroyer Kessel Hale shot down a drone, the ministry said."
    found = ents(nlp, text)
    assert ("TASS", "OUTLET") in found
    assert ("LONDON", "LOCATION") in found


def test_a_group_adjective_before_a_common_noun_is_no_entity(nlp):
    """Guidelines: 'Houthi rebels', like 'Houthi spokesman', is an adjective and a noun; 'the Houthis' names
    the group."""
    found = ents(nlp, "The Kessel Hale was hit by Houthi rebels off Kesport.")
    assert not any(text.startswith("Houthi") for text, _ in found)
    assert ("Houthis", "ORG") in ents(nlp, "The Houthis said they fired at the Kessel Hale.")


@pytest.mark.parametrize(
    "text,name",
    [
        ("The Indian navy swiftly responded to the distress call.", "Indian navy"),
        ("The Sri Lankan navy dispatched two vessels to Kesport.", "Sri Lankan navy"),
        ("The Indian coast guard said 21 crew were aboard the Osk Lantern.", "Indian coast guard"),
        ("Lebanese police were told to hold the Osk Lantern at Kesport.", "Lebanese police"),
        ("The UAE foreign ministry said the Osk Lantern had left Kesport.", "UAE foreign ministry"),
        ("The Chinese embassy in Kesport said the crew was safe.", "Chinese embassy"),
        # the longest state's name: 'Arab Emirates' alone would cut the phrase inside the Country
        (
            "A Varnian sailor told the United Arab Emirates coast guard that the Osk Lantern sank.",
            "United Arab Emirates coast guard",
        ),
    ],
)
def test_a_demonym_and_a_sea_force_in_lower_case_name_the_national_body(nlp, text, name):
    """The demonyms are real: the rule rests on the country data's demonym list and its state names
    ('UAE'); the body nouns of GUIDELINES "A state's body" (context/state_possessive_bodies.txt) too."""
    assert name in {e.text for e in nlp(text).ents if e.label_ == "ORG"}


@pytest.mark.parametrize(
    "text,mention,name",
    [
        ("Estonia's foreign ministry summoned the envoy over the Osk Lantern.", "foreign ministry",
         "Estonian Foreign Ministry"),
        ("Later, South Korea’s coast guard towed the Osk Lantern to Kesport.", "coast guard",
         "South Korean Coast Guard"),
        ("Norway's ministry of defence said the Osk Lantern was empty.", "ministry of defence",
         "Norwegian Ministry of Defence"),
        # the gazetteer lists it by its state's name, not its demonym: that organisation
        ("Japan's coast guard towed the Osk Lantern to Kesport.", "coast guard", "Japan Coast Guard"),
        # title case too: the body's suffix rule leaves a state's body after its possessive to this one
        ("Estonia's Foreign Ministry summoned the envoy over the Osk Lantern.", "Foreign Ministry",
         "Estonian Foreign Ministry"),
        ("Later, South Korea’s Coast Guard towed the Osk Lantern to Kesport.", "Coast Guard",
         "South Korean Coast Guard"),
    ],
)  # fmt: skip
def test_a_states_possessive_and_a_body_noun_name_the_body_not_the_state(extractor, text, mention, name):
    """GUIDELINES "A state's body": whatever the case, the body, named "<Demonym> <Body>"; the state
    keeps its own Country mention."""
    from osint_graph.model import Article

    ents = extractor.extract(Article(id="body", text=text)).entities
    orgs = {e.name: [m.text for m in e.mentions] for e in ents if e.type == "Organization"}
    assert orgs.get(name) == [mention]
    assert any(e.type == "Country" for e in ents)


@pytest.mark.parametrize(
    "text",
    [
        "Estonia's government summoned the envoy over the Osk Lantern.",  # the state (GUIDELINES)
    ],
)
def test_a_states_possessive_before_its_government_names_no_body(extractor, text):
    from osint_graph.model import Article

    ents = extractor.extract(Article(id="body", text=text)).entities
    assert not [e for e in ents if e.type == "Organization" and e.name.startswith("Estonian")]


@pytest.mark.parametrize(
    "text",
    [
        "A Dutch navy patrol ship shadowed the Osk Lantern.",  # the ship, described by whose it is
        "Water was fired from a Chinese coast guard ship near Kesport.",
    ],
)
def test_a_sea_force_before_its_ship_names_the_body(nlp, text):
    """GUIDELINES "A state's body": "a Varnian coastguard ship" names the coast guard, whose ship it is."""
    assert [e for e in nlp(text).ents if e.label_ == "ORG" and e.text.split()[-1] in ("navy", "guard")]


def test_a_demonym_and_a_body_the_gazetteer_lists_by_the_states_name_is_that_organisation(extractor):
    """'the Japanese coast guard' is sources/gazetteers/organizations.csv's Japan Coast Guard, as
    "Japan's coast guard" is (reference.bodies.possessive_body), not a new 'Japanese Coast Guard'."""
    from osint_graph.model import Article

    text = "The Japanese coast guard towed the Osk Lantern to Kesport."
    ents = extractor.extract(Article(id="orgs", text=text)).entities
    orgs = {e.name: [m.text for m in e.mentions] for e in ents if e.type == "Organization"}
    assert orgs == {"Japan Coast Guard": ["Japanese coast guard"]}


def test_listed_forces_and_their_acronyms_are_one_organisation(extractor):
    """sources/gazetteers/organizations.csv lists widely reported forces with their acronyms: 'CENTCOM'
    and 'US Central Command' are one organisation, and 'USN' is the navy, not a ship."""
    from osint_graph.model import Article

    text = (
        "The tanker Osk Lantern was hit near Kesport, CENTCOM said on Monday. US Central Command added "
        "that USN engineers aboard the destroyer Varn Hale had adjusted its radars."
    )
    ents = extractor.extract(Article(id="orgs", text=text)).entities
    orgs = {e.name: sorted(m.text for m in e.mentions) for e in ents if e.type == "Organization"}
    assert orgs.get("US Central Command") == ["CENTCOM", "US Central Command"]
    assert orgs.get("US Navy") == ["USN"]
    assert not any(e.type == "Vessel" and e.name == "USN" for e in ents)


def test_maritime_bodies_and_strike_groups_are_listed_whole(extractor):
    """organizations.csv lists maritime reporting bodies with their acronyms and the US carrier strike
    groups under their carriers' full names: the initials 'Dwight D.' stay inside the group's name,
    'UKMTO' is the trade-operations body (also in 'the UKMTO report'), 'EU NavFor' and 'Operation
    Atalanta' are one operation."""
    from osint_graph.model import Article

    text = (
        "The bulk carrier Osk Lantern was boarded near Kesport, according to the UKMTO report. The destroyer "
        "Varn Hale, part of "
        "the Dwight D. Eisenhower Carrier Strike Group, stood by while EU NavFor sent a frigate; Operation "
        "Atalanta later said the crew was safe."
    )
    ents = extractor.extract(Article(id="maritime-orgs", text=text)).entities
    orgs = {e.name: sorted(m.text for m in e.mentions) for e in ents if e.type == "Organization"}
    # named as sources/registry.csv names the body; an acronym before a noun is no demonym
    assert ["UKMTO"] in orgs.values()
    assert "Dwight D. Eisenhower Carrier Strike Group" in orgs
    assert "Eisenhower Carrier Strike Group" not in orgs
    assert orgs.get("EU Naval Force") == ["EU NavFor", "Operation Atalanta"]


@pytest.mark.parametrize(
    "text,place",
    [
        # a part of a known sea is no place of its own (context/direction_words.txt)
        ("The tanker Osk Lantern was hit in the Northern Red Sea on Monday.", "Red Sea"),
        ("Ships in the Southern Red Sea were warned by the Kesport navy.", "Red Sea"),
        # a longer name the sources know stays whole
        ("The frigate Varn Hale sailed into the South China Sea.", "South China Sea"),
    ],
)
def test_a_direction_before_a_known_sea(nlp, text, place):
    places = {t for t, label in ents(nlp, text) if label == "LOCATION"}
    assert places == {place}


def test_a_kind_of_aircraft_a_war_and_a_cut_initial_are_no_names(extractor):
    """'Maritime Patrol Aircraft' and 'the Varnian Civil War' name no actor (entity_types/not_entity_heads.txt);
    'Prime M' at the end of an excerpt is a cut word, no person."""
    from osint_graph.model import Article

    text = (
        "The Kesport navy launched its Maritime Patrol Aircraft on Friday. The ship is named after a battle "
        "of the Varnian Civil War. “This cannot stand,” the Varnian Prime M"
    )
    ents_ = extractor.extract(Article(id="heads", text=text)).entities
    assert not any(e.name.endswith(("Aircraft", "War")) for e in ents_)
    assert not any(e.type == "Person" for e in ents_)


def test_an_outlet_in_capitals_opening_the_sentence_and_its_edition(nlp):
    """'VARNEWS Online reported': a name in capitals opening the sentence is part of the outlet's name
    (a capitalised common word there is not: 'Further reports')."""
    found = ents(nlp, "The frigate Osk Lantern left Kesport. VARNEWS Online reported that it sailed at dawn.")
    assert ("VARNEWS Online", "OUTLET") in found
    assert ("Online", "OUTLET") not in found


def test_the_pages_own_outlet_by_its_edition_is_no_source():
    """In a page of Varnews, 'VARNEWS Online reported that C' asserts C in the page's own voice
    (attribution/outlet_edition_words.txt): the chain is empty."""
    from osint_graph.model import Article
    from osint_graph.nlp import Extractor

    text = "The frigate Osk Lantern left Kesport on Monday. VARNEWS Online reported that it carried 40 sailors."
    out = Extractor(entity_filter=False).extract(Article(id="own", text=text, outlet="Varnews"))
    claim = next(c for c in out.claims if "40 sailors" in c.text)
    assert claim.attribution == ()


def test_a_lower_case_place_phrase_and_a_ship_class_are_no_places(nlp):
    """'off the east coast of X': a common noun phrase the model took for a place; 'Konsul-class
    mini-subs': a ship class named by its first ship, no place."""
    found = ents(nlp, "The tanker Osk Lantern was hit off the east coast of Varnia. Its navy has Trusk-class subs.")
    assert not any(label == "LOCATION" and text in ("east", "east coast", "Trusk") for text, label in found)


def test_the_gulf_in_a_story_about_iran_is_the_persian_gulf(nlp):
    """GUIDELINES "the Gulf": in a story naming Iran or a Gulf state, 'the Gulf' is a mention of the
    Persian Gulf; 'the Gulf states' and 'the Gulf of Oman' are not; a story naming none of them
    leaves 'the Gulf' alone (context/the_gulf_cues.txt, the_gulf_not_after.txt)."""
    doc = nlp("Iran seized the tanker Osk Lantern in the Gulf on Monday. The Gulf states condemned the seizure.")
    persian = [e.start_char for e in doc.ents if e._.canonical == "Persian Gulf"]
    assert persian == [doc.text.index("Gulf")]  # not the adjective of 'The Gulf states'
    # 'the Gulf states', 'Gulf countries' are like a demonym: no place at all (gulf_people_nouns.txt)
    doc = nlp("Iran seized the Osk Lantern. The Gulf States condemned it and Gulf countries met in Kesport.")
    assert not [e for e in doc.ents if e.text.startswith("Gulf")]

    doc = nlp("A storm pushed the Osk Lantern across the Gulf on Monday, Karsk Lines said.")
    assert not [e for e in doc.ents if e._.canonical == "Persian Gulf"]


def test_no_listed_organisation_is_named_by_a_demonym_and_military():
    """'the Varnian military' stands for the state, not a body (GUIDELINES, "A state's body": "the
    military", "armed forces" after a state): organizations.csv gives no organisation such an alias,
    which the gazetteer would match in any case.  (registry.csv's source aliases are another matter:
    left alone here.)"""
    import csv
    from pathlib import Path

    from osint_graph.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    path = Path(__file__).resolve().parent.parent / "sources" / "gazetteers" / "organizations.csv"
    rows = list(csv.DictReader(line for line in path.open(encoding="utf-8") if not line.startswith("#")))
    bad = [
        (row["name"], alias)
        for row in rows
        for alias in (row["aliases"] or "").split(";")
        if alias.lower().endswith(" military") and gazetteer.is_demonym(alias[: -len(" military")])
    ]
    assert rows and bad == []


@pytest.mark.parametrize(
    "text,name",
    [
        ("The ship was off Varnia, according to Grelkast ship tracking data.", "Grelkast"),
        ("The Zormek data platform does not list ships under these names.", "Zormek"),
        ("The statement was published on the Firvanto app on Monday.", "Firvanto"),
        ("The maritime security monitor Kestrabul said the tanker was hit.", "Kestrabul"),
        ("Its sailing was announced on social media app Brevomal by Lena Varga.", "Brevomal"),
    ],
)
def test_an_unlisted_name_beside_a_descriptor_noun_is_an_organisation(nlp, text, name):
    assert (name, "ORG") in ents(nlp, text)


def test_a_descriptor_noun_beside_a_place_names_no_organisation(nlp):
    found = ents(nlp, "The ship was seen on Suez data and on AIS data near Varnia.")
    assert ("AIS", "ORG") not in found
    assert not any(label == "ORG" for _, label in found)


def test_a_descriptor_noun_after_english_words_or_a_hyphened_name_names_no_new_organisation(nlp):
    found = ents(nlp, "The video was shared on several pro-Kremlin Varkelo channels on Monday.")
    assert ("Varkelo", "ORG") in found
    assert not any("Kremlin Varkelo" in text for text, _ in found)
    found = ents(nlp, "The Mission Control platform was shown to Lena Varga.")
    assert ("Mission Control", "ORG") not in found


def test_a_listed_platform_before_a_descriptor_noun_keeps_the_name_before_it_out(nlp):
    found = ents(nlp, "Russia's Kolbek Telegram channel wrote that the ship is carrying 130,000 tonnes.")
    assert not any(text == "Kolbek Telegram" for text, _ in found)


def test_a_name_after_an_outlet_noun_is_no_descriptor_organisation(nlp):
    found = ents(nlp, "The Russian Telegram channel Kolbek published photos of the tanker.")
    assert ("Kolbek", "ORG") not in found


# Each text below gives the model's place, person, ship or nothing without these rules (main before
# appos24); the sentence's cue makes the unlisted name an organisation.
@pytest.mark.parametrize(
    "text,name",
    [
        ("Kestrabul, a Varnport-based firm, said the tanker was empty.", "Kestrabul"),
        ("Brenvoss, the vessel's manager, said the crew was safe.", "Brenvoss"),
        ("Tarvelon, a rights group, said the ship was seized.", "Tarvelon"),
    ],
)
def test_an_unlisted_name_an_apposition_calls_a_company_is_an_organisation(nlp, text, name):
    assert (name, "ORG") in ents(nlp, text)


def test_a_persons_name_before_a_ship_role_stays_a_person(nlp):
    found = ents(nlp, "Ola Brenn, the vessel's owner, said the crew was safe.")
    assert ("Ola Brenn", "PERSON") in found
    assert not any(label == "ORG" for _, label in found)


@pytest.mark.parametrize(
    "text,name",
    [
        ("The ship's crew was paid by Vostrakil, which manages the vessel, on Monday.", "Vostrakil"),
        ("Halgrimo, which operates the ship, said the crew was safe.", "Halgrimo"),
    ],
)
def test_an_unlisted_name_a_relative_clause_of_owning_follows_is_an_organisation(nlp, text, name):
    assert (name, "ORG") in ents(nlp, text)


def test_a_relative_clause_of_owning_after_a_ship_names_no_organisation(nlp):
    found = ents(nlp, "The tanker Varkelio, which was seized on Monday, carried oil.")
    assert ("Varkelio", "ORG") not in found


@pytest.mark.parametrize(
    "text,name",
    [
        ("Five Brakkoth militants boarded the ship on Monday.", "Brakkoth"),
        ("The missile came from Gorvalen-controlled areas of the coast.", "Gorvalen"),
        ("The tanker is owned by Gremvalto, the registry shows.", "Gremvalto"),
        ("The ship is operated by Halvrenko and flies the flag of Panama.", "Halvrenko"),
        ("The ship sailed on Monday, according to data from Zormevik.", "Zormevik"),
        ("The Bokrunel have launched many attacks on ships since November.", "Bokrunel"),
        ("The Tolvarni have said they will target every ship bound for the port.", "Tolvarni"),
    ],
)
def test_an_unlisted_name_a_members_noun_a_participle_an_owners_phrase_or_a_plural_verb_names_is_an_organisation(
    nlp, text, name
):
    assert (name, "ORG") in ents(nlp, text)


def test_a_country_or_a_demonym_before_a_members_noun_or_participle_names_no_organisation(nlp):
    found = ents(nlp, "Iran-backed militias fired first, Greek officials said.")
    assert not any(label == "ORG" for _, label in found)


def test_english_words_before_a_members_noun_name_no_new_organisation(nlp):
    found = ents(nlp, "Border Patrol officials said the boat was empty.")
    assert ("Border Patrol", "ORG") not in found


def test_a_name_joined_to_a_listed_organisation_is_an_organisation(nlp):
    assert ("Zormevik", "ORG") in ents(nlp, "Data from Kpler and Zormevik showed the tanker sailed on Monday.")


def test_a_name_joined_to_a_listed_organisation_keeps_a_persons_name(nlp):
    found = ents(nlp, "Kpler and Ola Brenn said the tanker sailed on Monday.")
    assert ("Ola Brenn", "ORG") not in found


def test_a_persons_surname_before_a_ship_role_stays_a_person(nlp):
    text = "Ola Brennvik met the crew. Brennvik, the owner of the tanker, said the crew was safe."
    assert ("Brennvik", "ORG") not in ents(nlp, text)


# twenty-sixth round (org26): a company's own last word after a name no dictionary holds
@pytest.mark.parametrize(
    "text, name",
    [
        ("Workers at the Torvask Shipyard were evacuated after the strike, officials said.", "Torvask Shipyard"),
        ("The tanker is managed by Korvane Shipmanagement, a firm in the port, the registry shows.",
         "Korvane Shipmanagement"),
    ],
)  # fmt: skip
def test_an_unlisted_name_before_a_company_word_is_a_company(nlp, text, name):
    found = {(e.text, e.label_, e._.osint_source) for e in nlp(text).ents}
    assert (name, "ORG", "context") in found


@pytest.mark.parametrize(
    "text, name",
    [
        # English words only: no new name (the model's reading stands or none)
        ("Workers at the Delta Shipyard were evacuated after the strike, officials said.", "Delta Shipyard"),
        # a longer name goes on after the company's word
        ("The tanker was hit near Korvane Technologies Park in the port, officials said.", "Korvane Technologies"),
        # a headline's title case
        ("Varnian Workers Strike At Torvask Shipyard Over Unpaid Wages", "Torvask Shipyard"),
    ],
)
def test_a_company_word_after_english_words_a_longer_name_or_in_a_headline_makes_no_company(nlp, text, name):
    found = {(e.text, e.label_, e._.osint_source) for e in nlp(text).ents}
    assert (name, "ORG", "context") not in found
