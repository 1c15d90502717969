"""Organisations' and outlets' names on made-up texts: where a name the model cut short goes on
('for the X', '– X', 'and X'), an acronym in brackets kept apart, the subjects of a reporting verb
that are no outlet, a company before 'a ship management company', an outlet and an organisation
that share an acronym."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from osint_graph.gazetteer_entry import GazetteerEntry
from osint_graph.nlp.entity_types import EntityTypes
from osint_graph.nlp.gazetteer_ruler import choose_entry


def ents(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.label_, e.text) for e in nlp(text).ents]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The National Task Force for the Ostra Sea said on Monday that 40 boats remained.",
            "National Task Force for the Ostra Sea",
        ),
        (
            "A report by the Joint Coordination Centre on the Kesland Strait said the ships had left.",
            "Joint Coordination Centre on the Kesland Strait",
        ),
        (
            "Ships were told to report to the Maritime Watch Centre – Horn of Ostland before entering.",
            "Maritime Watch Centre – Horn of Ostland",
        ),
        (
            "The Ostlandic Ministry of Harbours and Water Management approved the tow on Friday.",
            "Ostlandic Ministry of Harbours and Water Management",
        ),
        (  # a bare 'for' before a capitalised run ('Federal Agency for Sea and Inland Water Transport')
            "The tanker sank south of the strait, Ostland's Federal Agency for Sea and Velnor Water Transport said.",
            "Federal Agency for Sea and Velnor Water Transport",
        ),
    ],
)
def test_a_name_the_model_cut_short_goes_on(nlp, text, name):
    assert ("ORG", name) in ents(nlp, text)


def test_a_day_after_a_bare_for_is_no_part_of_the_name(nlp):
    found = ents(nlp, "The agency thanked the Harbour Authority for Tuesday's rescue of the crew.")
    assert ("ORG", "Harbour Authority for Tuesday") not in found


def test_a_second_body_after_and_is_not_absorbed(nlp):
    found = ents(nlp, "The Kesland Ministry of Defence and Foreign Ministry officials met in Ostra on Monday.")
    assert not any(label == "ORG" and "Defence and Foreign" in text for label, text in found)


def test_an_acronym_in_brackets_stays_out_of_the_name(nlp):
    """The model's span 'Ostland Underwriters Association (OUA' (its ')' trimmed): the name ends at '('."""
    doc = nlp.make_doc("Comments from the head of Ostland Underwriters Association (OUA): the area grew.")
    start = next(t.i for t in doc if t.text == "Ostland")
    close = next(t.i for t in doc if t.text.startswith(")"))  # "):" is one token
    trimmed = EntityTypes._trim(None, Span(doc, start, close + 1, label="ORG"))
    assert trimmed.text == "Ostland Underwriters Association"


@pytest.mark.parametrize(
    "text, word",
    [
        ("In a briefing, Commodore Varga noted that the Kestrel Dawn had been rammed twice.", "Varga"),
        ("Varnak officials have reported that the helicopters sank three boats.", "Varnak"),
        ("The Kestrel Dawn is reported to have been anchored at the time of the collision.", "Kestrel Dawn"),
        ("The Ostland Central Command published a video of the boarding on Thursday.", "Central Command"),
        ("Talat Bekir, the canal chief, said traffic fell. The figure Bekir quoted was lower.", "Bekir"),
    ],
)
def test_subjects_of_reporting_verbs_that_are_no_outlet(nlp, text, word):
    assert not any(label == "OUTLET" and word in t for label, t in ents(nlp, text))


def test_a_company_before_a_ship_management_company_is_no_vessel(nlp):
    found = ents(
        nlp,
        "We are cooperating with rescuers and Kestrel Shipmanagement Ltd., a ship management company, said the owner.",
    )
    assert not any(label == "VESSEL" for label, _ in found)


def test_an_identifier_term_is_no_organisation(nlp):
    found = ents(nlp, "Their Maritime Mobile Service Identities were spoofed, the Kesland Coast Guard said.")
    assert not any("Identities" in text for _, text in found)


def _shared_acronym_doc(nlp, text: str) -> tuple[Doc, int]:
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:  # the parse only: choose_entry reads the words after the name
        if name in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"):
            doc = proc(doc)
    return doc, next(t.i for t in doc if t.text == "OSF")


@pytest.mark.parametrize(
    "text, type_",
    [
        ("OSF chief of staff Gen. Varo Dunmore said 30 boats were seen.", "Organization"),
        ("Troops were deployed, OSF commanders said on Monday.", "Organization"),
        ("Thirty boats were seen, OSF reported on Monday.", "Outlet"),
    ],
)
def test_an_acronym_an_outlet_and_a_force_share_is_the_force_before_its_chief(nlp, text, type_):
    outlet = GazetteerEntry("Outlet", "Ostland Press Service", ("OSF",))
    force = GazetteerEntry("Organization", "Ostland Sea Forces", ("OSF",))
    doc, i = _shared_acronym_doc(nlp, text)
    assert choose_entry([outlet, force], doc[i : i + 1], "ORG").type == type_


def test_a_department_of_the_x_is_one_name(nlp):
    found = ents(nlp, "The Ostland Department of the Exchequer imposed sanctions on the Kestrel Dawn on Monday.")
    assert ("ORG", "Ostland Department of the Exchequer") in found


def test_a_company_that_notes_is_no_outlet(nlp):
    found = ents(nlp, "However, Kestrel Feeders noted on Saturday that there was no sign of oil on the water.")
    assert not any(label == "OUTLET" for label, _ in found)


def test_the_page_names_itself_in_its_byline_is_no_entity(nlp):
    text = (
        "Ostland files claim over ship fire\n\nPublished Jun 13, 2021 4:34 PM by The Kestrel Courier\n\n"
        "The government of Ostland has sent a claim to the operator of the ship, The Kestrel Courier learned."
    )
    doc = nlp.make_doc(text)
    doc._.outlet = "The Kestrel Courier"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    byline_end = text.index("\n\nThe government")
    assert not any(e.label_ == "OUTLET" and e.start_char < byline_end for e in doc.ents)


def test_the_head_of_a_longer_name_is_the_same_organisation(nlp):
    doc = nlp(
        "The Joint Maritime Task Force for the Ostra Sea said on Monday that 40 boats remained. "
        "The Joint Maritime Task Force later said the boats had left."
    )
    ids = {e.text: e._.entity_id for e in doc.ents if e.label_ == "ORG"}
    assert ids["Joint Maritime Task Force"] == ids["Joint Maritime Task Force for the Ostra Sea"]


def test_a_head_two_longer_names_share_stays_apart(nlp):
    doc = nlp("The Armed Forces of Kesland and the Armed Forces of Ostland met. The Armed Forces said nothing.")
    ids = {e._.entity_id for e in doc.ents if e.label_ == "ORG"}
    assert len(ids) == 3


def _words(text: str) -> Doc:
    import spacy

    return spacy.blank("en")(text)


def _at(doc: Doc, words: str) -> tuple[int, int]:
    """Token start and end of the first run of `words` in the doc."""
    n = len(words.split())
    i = next(i for i in range(len(doc)) if doc[i : i + n].text == words)
    return i, i + n


def test_a_name_joining_two_fields_by_and_goes_on_to_its_head():
    from osint_graph.nlp.org_names import org_tail_end

    doc = _words("Crews of the Velland Harbour Rescue and Coordination Centre of Ostra said so.")
    start, end = _at(doc, "Velland Harbour Rescue")
    assert doc[start : org_tail_end(doc, start, end)].text == "Velland Harbour Rescue and Coordination Centre"


def test_a_name_joining_two_fields_by_and_starts_before_the_and():
    from osint_graph.nlp.org_names import org_joined_start

    doc = _words("The Fire Bureau and Dornish Flood Relief and Recovery Office ended the search.")
    start, end = _at(doc, "Recovery Office")
    assert doc[org_joined_start(doc, start, end) : end].text == "Dornish Flood Relief and Recovery Office"


def test_a_body_before_and_is_not_joined_to_the_next_office():
    from osint_graph.nlp.org_names import org_joined_start, org_tail_end

    doc = _words("The Kesland Port Authority and Pilotage Office closed the channel.")
    start, end = _at(doc, "Pilotage Office")
    assert org_joined_start(doc, start, end) == start
    start, end = _at(doc, "Kesland Port Authority")
    assert org_tail_end(doc, start, end) == end


def test_a_class_name_after_a_navy_is_no_part_of_its_name():
    from osint_graph.nlp.org_names import org_tail_end

    doc = _words("The Ostlandic Navy Vellmark-class frigate sailed on Monday.")
    start, end = _at(doc, "Ostlandic Navy Vellmark")
    assert doc[start : org_tail_end(doc, start, end)].text == "Ostlandic Navy"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Soldiers of the Ostland People's Defence Forces joined the search on Monday.",
            "Ostland People's Defence Forces",
        ),
        ("Ships of the People's Liberation Navy were seen near Karsk on Monday.", "People's Liberation Navy"),
        (
            "The Karsk Attorney’s Office of Northern Ostland filed charges against the firm on Tuesday.",
            "Karsk Attorney’s Office of Northern Ostland",
        ),
    ],
)
def test_a_possessive_that_is_a_word_of_the_name_stays_in_it(nlp, text, name):
    """'People's', 'Attorney's' (context/name_possessors.txt) are words of the body's name, no owner."""
    assert ("ORG", name) in ents(nlp, text)


def test_a_states_possessive_still_splits_from_the_body(nlp):
    found = ents(nlp, "Ostland's Coast Guard said on Monday that the ferry had sunk.")
    assert ("ORG", "Ostland's Coast Guard") not in found


@pytest.mark.parametrize(
    "text, name",
    [
        ("The tanker is operated by Tarvo Line Pte. Ltd., a shipping company, officials said.", "Tarvo Line Pte. Ltd."),
        ("OSTRA – Tarvo Line PTE, Ltd., a shipping company, pleaded guilty on Monday.", "Tarvo Line PTE, Ltd."),
    ],
)
def test_a_companys_run_of_legal_forms_is_one_name(nlp, text, name):
    assert ("ORG", name) in ents(nlp, text)


def test_a_one_word_person_that_opens_one_companys_name_is_the_company(nlp):
    """'Tarvo said' beside 'Tarvo Ltd.': no person's name, the company's short name."""
    from osint_graph.gazetteer import normalise_name
    from osint_graph.nlp.coreference import _opens_one

    doc = nlp.make_doc("The firm Tarvo Ltd. was charged on Monday. Tarvo said it would fight.")
    company = Span(doc, 2, 4, label="ORG")
    assert company.text == "Tarvo Ltd."
    said = Span(doc, 9, 10, label="PERSON")
    assert said.text == "Tarvo"
    assert _opens_one(said, {normalise_name("Tarvo"): [company]})
    other = Span(doc, 2, 3, label="PERSON")  # a person beside no company of that name
    assert not _opens_one(other, {normalise_name("Tarvo"): [Span(doc, 2, 3, label="ORG")]})
