"""Organisations' names where the words around them decide (osint_graph/nlp/org_spans.py), and a
person's name the model typed as an organisation, told by a given name (given_names.py); made-up
names on made-up texts."""

from __future__ import annotations

import pytest

from osint_graph.gazetteer import Gazetteer
from osint_graph.nlp.english_words import english_word
from osint_graph.nlp.org_spans import ORDINAL


def ents(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.label_, e.text) for e in nlp(text).ents]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Dockers walked out at the Tarvholm Dock and Railway Company on Monday.", "Tarvholm Dock and Railway Company"),
        ("The grant came from the Karsk Fish & Wildlife Foundation last year.", "Karsk Fish & Wildlife Foundation"),
        (
            "The fuel was supplied by Velmora Aviation Fuels & Services Ltd. to the airport.",
            "Velmora Aviation Fuels & Services Ltd.",
        ),
        (
            "The case was brought by the Environment and Natural Resources Division in May.",
            "Environment and Natural Resources Division",
        ),
        (
            "The Ostland Electrical, Mechanical and Electronics Services Agency said the ferry was overloaded.",
            "Ostland Electrical, Mechanical and Electronics Services Agency",
        ),
        # one English word that is an organisation's word but heads no body is a field of the name
        ("Officials at the Maritime and Harbour Authority said the ferry was late.", "Maritime and Harbour Authority"),
        # the organisation's word before a body's 'of X'
        (
            "The Fisheries and Harbour Authority of Ostland fined the owner on Monday.",
            "Fisheries and Harbour Authority of Ostland",
        ),
        # 'Co-' opens a word ('Co-ordination'), no company's 'Co'; the name runs over it both ways
        (
            "The Harbour Rescue Co-ordination Centre in Ostland said the crew was safe.",
            "Harbour Rescue Co-ordination Centre",
        ),
        ("Ministers of the Velmora Co-operation Council met on Monday.", "Velmora Co-operation Council"),
    ],
)
def test_fields_joined_before_an_organisations_word_are_one_name(nlp, text, name):
    assert ("ORG", name) in ents(nlp, text)


def test_a_body_before_and_is_its_own_body(nlp):
    found = ents(nlp, "The Navy and Coast Guard searched the bay off Ostland for the missing crew.")
    assert ("ORG", "Navy and Coast Guard") not in found


def test_two_companies_joined_by_and_stay_two(nlp):
    found = ents(nlp, "The missiles are made by Tervolak Martin and Brannheim Technologies in two plants.")
    assert ("ORG", "Tervolak Martin and Brannheim Technologies") not in found


def test_a_units_ordinal_opens_its_name(nlp):
    assert ("ORG", "07th Fast Attack Craft Flotilla") in ents(
        nlp, "A craft of the 07th Fast Attack Craft Flotilla intercepted the trawler off the cape."
    )


def test_a_ministrys_listed_fields_are_its_name(nlp):
    assert ("ORG", "Ministry of Land, Harbours, Transport and Tourism") in ents(
        nlp, "The Ministry of Land, Harbours, Transport and Tourism ordered an inspection of the ferry."
    )


def test_a_firm_of_ampersands_runs_to_its_legal_form(nlp):
    assert ("ORG", "Squall Verano & Tessick LLP") in ents(
        nlp, "The owners hired the law firm Squall Verano & Tessick LLP to fight the claim."
    )


def test_ordinal_pattern():
    assert ORDINAL.match("04th") and ORDINAL.match("21st") and not ORDINAL.match("4x")


def test_english_words_come_from_the_lemmatizer(nlp):
    doc = nlp("Railway workers met Vektarsson.")
    assert english_word(doc[0]) is True and english_word(doc[3]) is False


def test_no_index_means_cannot_tell():
    import spacy

    doc = spacy.blank("en")("Railway")
    assert english_word(doc[0]) is None


def test_a_given_name_and_a_surname_is_a_person(nlp):
    from osint_graph.nlp.given_names import is_given_name

    assert is_given_name("Duncan") and not is_given_name("Vektarsson")
    doc = nlp("Ferry operator general manager Duncan Vektarsson said the ship would sail on Friday.")
    assert ("PERSON", "Duncan Vektarsson") in [(e.label_, e.text) for e in doc.ents]


def test_a_company_named_with_english_words_stays_a_company():
    import spacy

    from osint_graph.nlp.given_names import given_name_person

    doc = spacy.blank("en")("Aurora Ship Management")
    assert not given_name_person(doc[0:3], Gazetteer())


def test_a_short_name_the_article_gives_a_group_stays_the_groups(nlp):
    from osint_graph.nlp.given_names import _named_with_org_word

    doc = nlp("The Umar Vessik Group claimed the attack. Umar Vessik fighters fled.")
    assert _named_with_org_word(doc[8:10])


def test_an_acronym_or_a_field_before_a_state_is_no_persons_name(nlp):
    from osint_graph.gazetteer import load_gazetteer
    from osint_graph.nlp.given_names import org_shaped_person

    gazetteer = load_gazetteer()
    doc = nlp("MRCC Tarnvik said that Space Norway and Ola Brennvik were told.")
    assert org_shaped_person(doc[0:2], gazetteer)
    assert org_shaped_person(doc[4:6], gazetteer)
    assert not org_shaped_person(doc[7:9], gazetteer)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The General Staff of the Armed Forces of Varnia said the ferry was hit on Monday.",
            "General Staff of the Armed Forces of Varnia",
        ),
        (
            "The Strategic Communications Center of the Armed Forces of Varnia said on Friday that the raid failed.",
            "Strategic Communications Center of the Armed Forces of Varnia",
        ),
        (
            "The Air Force of the Armed Forces of Varnia shot down two drones, officials said.",
            "Air Force of the Armed Forces of Varnia",
        ),
        (
            "Watchstanders with Varnia's Central Command for Maritime Emergencies received a report on Monday.",
            "Central Command for Maritime Emergencies",
        ),
    ],
)
def test_a_branch_named_with_its_parent_body_is_one_name(nlp, text, name):
    found = ents(nlp, text)
    assert ("ORG", name) in found
    assert not [t for label, t in found if label == "ORG" and t != name and t in name]  # no nested parent


def test_a_service_of_a_ministry_stays_two_bodies(nlp):
    found = ents(nlp, "The Repatriation Service of the Varnian Ministry of Security and Justice said the men left.")
    assert ("ORG", "Varnian Ministry of Security and Justice") in found
    assert not [t for _, t in found if t.startswith("Repatriation Service of")]


@pytest.mark.parametrize(
    "text, place, name",
    [
        (
            "The Varnport-based Karsk Maritime Initiative said the tankers had switched off their transponders.",
            "Varnport",
            "Karsk Maritime Initiative",
        ),
        (
            "A Brennholm-headquartered Tarvik Ocean Transparency Project report tracked the ships.",
            "Brennholm",
            "Tarvik Ocean Transparency Project",
        ),
    ],
)
def test_a_seat_before_an_organisations_name_is_no_word_of_the_name(nlp, text, place, name):
    from spacy.tokens import Span

    from osint_graph.nlp.org_spans import seat_split

    doc = nlp.make_doc(text)
    k = next(t.i for t in doc if t.text == place)
    end = next(t.i for t in doc if t.text == name.split()[-1]) + 1
    seat = seat_split(Span(doc, k, end, label="ORG"))
    assert seat is not None
    assert seat[0] is not None and seat[0].text == place
    assert seat[1].text == name


def test_a_seat_written_in_one_token_leaves_the_name_alone():
    import spacy
    from spacy.tokens import Span

    from osint_graph.nlp.org_spans import seat_split

    doc = spacy.blank("en")("the Varn D.C.-based Karsk Maritime Initiative")
    seat = seat_split(Span(doc, 0, len(doc), label="ORG"))
    assert seat is not None and seat[0] is None and seat[1].text == "Karsk Maritime Initiative"
    assert seat_split(Span(doc, 4, len(doc), label="ORG")) is None  # no seat inside


@pytest.mark.parametrize(
    "text, name, longer",
    [
        ("Two Karsk Navy helicopters were also dispatched to the area.", "Karsk Navy", "Two Karsk Navy"),
        ("We dispatched Varnian Navy Ship (VNS) Aba to go and investigate.", "Varnian Navy", "Varnian Navy Ship"),
    ],
)
def test_a_count_before_and_a_ship_noun_after_a_body_are_no_words_of_its_name(nlp, text, name, longer):
    found = ents(nlp, text)
    assert ("ORG", name) in found
    assert ("ORG", longer) not in found


def test_a_ship_noun_joined_to_another_field_stays_in_a_companys_name():
    import spacy
    from spacy.tokens import Span

    from osint_graph.nlp.org_spans import count_and_ship_cut

    doc = spacy.blank("en")("Brenn Tug & Barge sent a crew.")
    assert count_and_ship_cut(doc, 0, 4) == (0, 4)
    doc = spacy.blank("en")("Varnian Navy Ship Aba sailed.")
    assert count_and_ship_cut(doc, 0, 3) == (0, 2)
    assert Span(doc, 0, 2).text == "Varnian Navy"
