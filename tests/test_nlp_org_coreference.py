"""Organisations on made-up texts (issue 11, twenty-first round): one entity for one organisation
written several ways in an article (a group's singular beside its plural, a company's short name
beside its full name, a mixed-case acronym in brackets, an acronym that leaves out the state or spells
'of', one state's body written with its name or its demonym), and a one-letter platform closing a
sentence. Made-up bodies and companies; the states are real, as the gazetteer must know them."""

from __future__ import annotations

import re

import pytest
from spacy.tokens import Span
from spacy.util import filter_spans

from osint_graph.gazetteer import load_gazetteer
from osint_graph.model import Article
from osint_graph.nlp.coreference import body_key, company_short_names, corefer, name_initials


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _doc(nlp, text: str, names: list[str]):
    """`text` with each of `names` (every occurrence) set as an ORG entity, nothing else."""
    doc = nlp(text)  # parsed: corefer reads sentences
    spans = [
        doc.char_span(m.start(), m.end(), label="ORG")
        for name in names
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    ]
    doc.ents = filter_spans(spans)
    for e in doc.ents:  # as osint_entity_types leaves them: each its own entity until corefer runs
        e._.canonical, e._.entity_id = e.text, f"organization:{e.text}"
    return doc


def _entities(doc) -> dict[str, set[str]]:
    """Each entity's canonical name (or text) -> the texts of its mentions."""
    out: dict[str, set[str]] = {}
    for e in doc.ents:
        out.setdefault(e._.canonical or e.text, set()).add(e.text)
    return out


def test_a_groups_singular_beside_its_plural_is_the_group(nlp, gaz):
    doc = _doc(nlp, "The Varnis fired at ships from Varni-held coasts, and the Varnis said so.", ["Varnis", "Varni"])
    corefer(doc, gaz)
    assert _entities(doc) == {"Varnis": {"Varnis", "Varni"}}


def test_a_singular_without_its_plural_stays_its_own(nlp, gaz):
    doc = _doc(nlp, "The Varni group fired at the Tolmis.", ["Varni", "Tolmis"])
    corefer(doc, gaz)
    assert set(_entities(doc)) == {"Varni", "Tolmis"}


def test_a_companys_short_name_is_its_full_name(nlp, gaz):
    text = "Tarvik Line PTE, Ltd. operates the ship. Later Tarvik Line said the crew was safe."
    doc = _doc(nlp, text, ["Tarvik Line PTE, Ltd.", "Tarvik Line said"])
    short = Span(doc, doc.ents[1].start, doc.ents[1].end - 1, label="ORG")
    doc.ents = [doc.ents[0], short]
    short = doc.ents[1]
    short._.canonical, short._.entity_id = short.text, "organization:short"
    corefer(doc, gaz)
    assert _entities(doc) == {"Tarvik Line PTE, Ltd.": {"Tarvik Line PTE, Ltd.", "Tarvik Line"}}
    doc = _doc(
        nlp, "Ostra Pacific Shipping owns it; Ostra Pacific manages it.", ["Ostra Pacific Shipping", "Ostra Pacific"]
    )
    assert set(company_short_names(doc.ents)) == {"ostra pacific"}


def test_a_body_word_after_a_short_name_is_no_company_tail(nlp):
    doc = _doc(nlp, "VARNCOM Navy forces seized the dhow; VARNCOM said so.", ["VARNCOM Navy", "VARNCOM"])
    assert company_short_names(doc.ents) == {}, "'Navy' names a body of its own, not a company's tail"


def test_a_mixed_case_acronym_in_brackets_is_the_body(extractor):
    text = "The Ministry of Harbours (MoH) of Varnia said the ship left. The MoH added more."
    result = extractor.extract(Article(id="moh", text=text)).to_dict()
    names = {e["name"]: [m["text"] for m in e["mentions"]] for e in result["entities"] if e["type"] == "Organization"}
    assert names.get("Ministry of Harbours") == ["Ministry of Harbours", "MoH", "MoH"], names


def test_an_acronym_may_leave_out_the_state_and_spell_of(nlp, gaz):
    doc = _doc(nlp, "The US Varnell Security Cooperation Agency spoke.", ["US Varnell Security Cooperation Agency"])
    assert "VSCA" in name_initials(doc.ents[0], gaz)
    doc = _doc(nlp, "The Department of Harbours spoke.", ["Department of Harbours"])
    assert "DOH" in name_initials(doc.ents[0], gaz)
    doc = _doc(nlp, "The B.C. Tarvo Employers Association spoke.", ["B.C. Tarvo Employers Association"])
    assert "BCTEA" in name_initials(doc.ents[0], gaz)
    # a dotted state name opening the body is left out as a plain one is (the gazetteer knows 'U.K.')
    doc = _doc(nlp, "The U.K. Varnell Trade Operations office spoke.", ["U.K. Varnell Trade Operations"])
    assert "VTO" in name_initials(doc.ents[0], gaz)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Moldovan Harbour Directorate", "Moldova Harbour Directorate"),
        ("Armed Forces of Moldova", "Moldovan Armed Forces"),
        ("Moldovan Ministry of Defense", "Moldovan Defence Ministry"),
        ("Moldovan Customs Services", "Moldova Customs Service"),
    ],
)
def test_one_states_body_written_two_ways_folds_to_one_key(gaz, one, other):
    assert body_key(one, gaz) is not None
    assert body_key(one, gaz) == body_key(other, gaz)


def test_two_states_or_two_bodies_stay_apart(gaz):
    assert body_key("Moldovan Navy", gaz) != body_key("Romanian Navy", gaz)
    assert body_key("Moldovan Navy", gaz) != body_key("Moldovan Coast Guard", gaz)
    assert body_key("Harbour Directorate", gaz) is None, "no state written: nothing to fold"


def test_a_one_letter_platform_closing_a_sentence_is_named(nlp):
    """'X.' was one token (an initial, by the model's exceptions): no platform to name."""
    doc = nlp("The Varnel Navy wrote on X. The tanker Tern Vale was hit twice.")
    assert [t.text for t in doc][5:7] == ["X", "."]
    assert ("ORG", "X") in [(e.label_, e.text) for e in doc.ents]


def test_a_body_before_a_known_offices_possessive_is_kept(nlp):
    """The model's one span over 'the Department of the Exchequer's Office of Foreign Assets Control':
    the gazetteer's office and the department before its possessive, two organisations."""
    doc = nlp("The Department of the Exchequer’s Office of Foreign Assets Control (OFAC) listed the tanker Tern Vale.")
    found = [(e.label_, e.text) for e in doc.ents]
    assert ("ORG", "Office of Foreign Assets Control") in found
    assert ("ORG", "Department of the Exchequer") in found, found


def test_a_places_prosecuting_office_in_lower_case_is_named(nlp):
    doc = nlp("The Piraeus regional prosecutor's office said the master of the Tern Vale was charged.")
    found = {e.text: e._.canonical for e in doc.ents if e.label_ == "ORG"}
    assert found.get("Piraeus regional prosecutor's office") == "Piraeus Regional Prosecutor's Office", found
    doc = nlp("The prosecutor's office said the master of the Tern Vale was charged.")
    assert not [e for e in doc.ents if e.label_ == "ORG"], "no place written: no office's name"


@pytest.mark.parametrize(
    ("text", "name", "cut", "whole"),
    [
        (
            "The manager is Tarvo Shipping and Trading Ltd, records show.",
            "Tarvo",
            "Tarvo Shipping",
            "Tarvo Shipping and Trading Ltd",
        ),
        (
            "It sails with the Varnian Federation of Lifeboat and Sea Rescue Societies today.",
            "Varnian",
            "Varnian Federation of Lifeboat",
            "Varnian Federation of Lifeboat and Sea Rescue Societies",
        ),
    ],
)
def test_a_name_goes_on_over_and_to_its_legal_form_or_plural_word(nlp, text, name, cut, whole):
    from osint_graph.nlp.org_names import org_tail_end

    doc = nlp(text)
    start = [t.text for t in doc].index(name)
    end = start + len(cut.split())
    assert doc[start : org_tail_end(doc, start, end)].text == whole


def test_two_companies_joined_by_and_stay_two_bodies_words(nlp):
    from osint_graph.nlp.org_names import _and_tail_end

    doc = nlp("The Ministry of Harbours and Coast Guard units responded.")
    start = [t.text for t in doc].index("Ministry")
    assert _and_tail_end(doc, start, start + 3) == start + 3, "'Guard' is no plural and no legal form"


def test_an_organisations_former_name_right_after_it_is_the_organisation(nlp, gaz):
    doc = _doc(nlp, "The navy posted on Vexa, formerly Tolmgram, that the tanker was hit.", ["Vexa", "Tolmgram"])
    corefer(doc, gaz)
    assert _entities(doc) == {"Vexa": {"Vexa", "Tolmgram"}}
    doc = _doc(nlp, "Vexa said so. Tolmgram, which Karsk owned formerly, did not.", ["Vexa", "Tolmgram"])
    corefer(doc, gaz)
    assert set(_entities(doc)) == {"Vexa", "Tolmgram"}
