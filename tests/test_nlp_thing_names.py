"""Things no entity type holds, and companies told by their share's ticker or by an apposition after
'of' (twenty-ninth round, issue 11), in made-up prose, each with a negative twin that must not fire:
a law's or a framework's name (entity_types/not_entity_heads.txt) and its bracketed short form, a
storm's name (entity_types/storm_words.txt, osint_graph/nlp/storm_names.py), a ship class's
'Project' code before a ship noun, a ticker after a name (company_cues.ticker_after)."""

from __future__ import annotations

import pytest


def ents(nlp, text):
    return {(e.text, e.label_) for e in nlp(text).ents}


@pytest.mark.parametrize(
    "text,name",
    [
        ("The tanker is suspected of violating Section 12 of the Merchant Shipping Ordinance 1952.", "Ordinance"),
        ("The report was required by the Varnian Maritime Security Act after the strike.", "Act"),
        ("The ship is subject to the EU's Karsk Sanctions Regime until May.", "Regime"),
        ("The IMO delayed the adoption of the Net-Zero Framework (NZF) for a year. The NZF was opposed.", "N"),
    ],
)
def test_a_laws_or_a_frameworks_name_is_no_organisation(nlp, text, name):
    found = ents(nlp, text)
    assert not any(name in t or t == "NZF" for t, label in found if label == "ORG"), found


def test_a_bodys_acronym_in_brackets_stays_the_body(nlp):
    found = ents(nlp, "The Karsk Defence Organisation (KDO) said on Monday it was ready. The KDO said more.")
    assert ("Karsk Defence Organisation", "ORG") in found
    assert ("KDO", "ORG") in found


def test_a_storms_name_is_no_entity_at_any_mention(nlp):
    text = (
        "Super Typhoon Varasa formed in the Western Pacific last week. Previously, Varasa made "
        "landfall as a super typhoon. Hong Kong is bracing as Varasa approaches."
    )
    found = ents(nlp, text)
    assert not any("Varasa" in t for t, _ in found), found
    assert ("Hong Kong", "LOCATION") in found or any(t == "Hong Kong" for t, _ in found)


def test_an_aircrafts_name_before_a_name_is_no_storm(nlp):
    found = ents(nlp, "The Varnian Air Force said a Eurofighter Typhoon Brenna squadron took off.")
    assert ("Varnian Air Force", "ORG") in found


def test_a_ship_class_project_code_before_a_ship_noun_is_no_owner(nlp):
    found = ents(nlp, "Today, the lead Project 11990 frigate Admiral Varnov fired a missile.")
    assert not any("Project" in t for t, _ in found), found
    assert ("Admiral Varnov", "VESSEL") in found


def test_a_company_before_a_ship_noun_and_the_ships_name_stays_the_owner(nlp):
    # the twin of the 'Project' code: a capitalised word before a ship noun is still the ship's owner
    found = ents(nlp, "The Norvik vessel Tern Vale was seized on Monday.")
    assert ("Norvik", "ORG") in found
    assert ("Tern Vale", "VESSEL") in found


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "A representative of the tanker's operator, Kestrel Varnsen (OSE: KVS), told reporters of damage.",
            "Kestrel Varnsen",
        ),
        ("Shares of Tarvik Holm (Nasdaq:TRVK) rose on Monday.", "Tarvik Holm"),
    ],
)
def test_a_name_with_a_shares_ticker_after_it_is_a_company(nlp, text, name):
    found = ents(nlp, text)
    assert (name, "ORG") in found, found
    assert not any(t in ("OSE", "KVS", "TRVK", "Nasdaq") for t, _ in found), found


def test_a_person_with_a_bracketed_note_after_the_name_stays_a_person(nlp):
    found = ents(nlp, "The minister, Kestrel Varnsen (pictured), told reporters of damage.")
    assert ("Kestrel Varnsen", "PERSON") in found


@pytest.mark.parametrize(
    "text",
    [
        "He said the attack targeted members of Tarvo de Brunel, a Varnia-based organized crime group that was "
        "designated a terrorist organization.",
        "He said the crew were members of Tarvo de Brunel, a gang that Varnia labeled a terrorist group.",
    ],
)
def test_a_name_after_of_that_an_apposition_calls_a_group_is_an_organisation(nlp, text):
    assert ("Tarvo de Brunel", "ORG") in ents(nlp, text)


def test_a_place_after_of_before_a_list_is_no_organisation(nlp):
    found = ents(nlp, "Officials met the head of the port of Varnholm, a security firm and the navy on Monday.")
    assert not any(t == "Varnholm" and label == "ORG" for t, label in found), found


def test_a_portfolio_after_a_titles_for_is_no_organisation(nlp):
    found = ents(
        nlp,
        '"We will act," said Under Secretary of the Treasury for Terrorism and Financial Intelligence Brian E. Nelson.',
    )
    assert not any(t.startswith("Terrorism") for t, _ in found), found


def test_a_body_after_a_titles_for_stays_the_body(nlp):
    found = ents(nlp, "The Karsk Secretary for the Maritime Safety Agency said the ship was held.")
    assert any(t.endswith("Maritime Safety Agency") and label == "ORG" for t, label in found), found


def test_a_titles_acronym_is_no_organisation(nlp):
    found = ents(
        nlp, "The launch was ordered by the Chief of Naval Staff (CNS) Vice Adm. Kel Varno. The CNS said more."
    )
    assert not any(t == "CNS" for t, _ in found), found


def test_a_bodys_acronym_after_its_name_stays_the_body_not_a_title(nlp):
    found = ents(nlp, "The Joint Chiefs of Staff (JCS) said the drill went on. The JCS said more.")
    assert ("JCS", "ORG") in found, found


@pytest.mark.parametrize(
    "text,body",
    [
        (
            "Ocean dumping case: U.S. District Court Judge Ola Brenn this morning ordered the firm to pay.",
            "U.S. District Court",
        ),
        ("The Karsk Coast Guard Commander Ola Brenn said the search went on.", "Karsk Coast Guard"),
        ("Furthermore, Retired Karsk Air Force Colonel Ola Brenn said the ship was seized.", "Karsk Air Force"),
    ],
)
def test_a_bodys_name_ends_before_a_persons_title_after_it(nlp, text, body):
    found = ents(nlp, text)
    assert (body, "ORG") in found, found
    assert ("Ola Brenn", "PERSON") in found or any(t == "Ola Brenn" for t, _ in found)


def test_a_portfolio_in_a_title_names_no_body(nlp):
    found = ents(nlp, '"We will act," said Karsk Treasury Under Secretary Ola Brenn.')
    assert not any("Treasury" in t for t, _ in found), found


def test_a_name_before_movement_is_an_organisation(nlp):
    text = (
        "A court will hear a claim involving a ship that the Varnisario movement in Western Sahara said "
        "was carrying phosphate. A lawyer for the movement said Varnisario would win."
    )
    assert ("Varnisario", "ORG") in ents(nlp, text)


def test_a_demonym_before_movement_is_no_organisation(nlp):
    found = ents(nlp, "The Karskian movement was small, and the Zionist movement grew.")
    assert not any(label == "ORG" for _, label in found), found


def test_a_body_an_apposition_calls_an_agency_is_no_outlet(nlp):
    text = "Meanwhile, Karsk's Investigative Committee, the main state criminal investigation agency, said it acted."
    found = ents(nlp, text)
    assert ("Investigative Committee", "ORG") in found, found


def test_a_name_an_apposition_calls_a_news_agency_is_an_outlet(nlp):
    found = ents(nlp, "Vexa, a state news agency, said the ship sank on Monday.")
    assert ("Vexa", "OUTLET") in found, found


def test_a_listed_name_with_movement_gives_no_name_of_its_own(nlp):
    text = "The Houthi movement said it fired at the ship. Houthi military spokesman Ola Brenn said more."
    found = ents(nlp, text)
    assert ("Houthi", "ORG") not in found, found
