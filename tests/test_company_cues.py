"""Company shapes a careful reader knows without a list (osint_graph/nlp/company_cues.py): a name's
last organisation word and the role the sentence gives it.  Texts written for these tests, with
made-up names."""

from __future__ import annotations

import pytest

from osint_graph.nlp import company_cues as cc
from osint_graph.nlp import entity_filter as ef


def span_of(nlp, text: str, name: str):
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None, name
    return span


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The bulker Orrin Bay was owned by Tarvik Lines until last spring.", "Tarvik Lines"),
        ("The tanker was operated by Norvale for a year before the sale.", "Norvale"),
        ("The Kelvan carmaker Ostrel lost forty new cars in the fire.", "Ostrel"),
        ("Another car maker, Brannock, also had vehicles aboard the ship.", "Brannock"),
        ("The hull was built by shipbuilder Kaymor at its northern yard.", "Kaymor"),
        ("Quellin, the ship's manager, said the crew were safe.", "Quellin"),
        ("Owners thanked Dravos as time charterer for its support.", "Dravos"),
        ("Fennick, which owns the vessel, declined to comment.", "Fennick"),
        ("Tarvik CEO Lim Kessa said the order was signed.", "Tarvik"),
        ("Norvale's chief executive resigned after the fire.", "Norvale"),
        ("Ostrel shares fell after the yard lost the order.", "Ostrel"),
        ("Kaymor said in a filing that the deal had closed.", "Kaymor"),
        ("Shares of Brannock rose on the news.", "Brannock"),
        ("Quellin agreed to acquire Dravos for $10 million.", "Dravos"),
    ],
)
def test_a_company_role_beside_a_name(nlp, text, name):
    assert cc.company_role(span_of(nlp, text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Captain Idris Holloway sailed from Velmora on Tuesday.", "Idris Holloway"),
        ("The ship left Velmora, the region's main port, at dawn.", "Velmora"),
        ("Officials in Tarska said the ship was seized by the coast guard.", "Tarska"),
        ("Varnia's president said in a speech that the ship was seized.", "Varnia"),
        ("Varnia shares a border with Tarska and patrols the strait.", "Varnia"),  # the verb, not the stock
    ],
)
def test_no_company_role_without_one(nlp, text, name):
    assert not cc.company_role(span_of(nlp, text, name))


def test_an_organisation_word_ends_the_name(nlp):
    text = "Tarvik Shipping and Norvale Group chartered the Orrin Bay from Kestrel."
    assert cc.org_word_name(span_of(nlp, text, "Tarvik Shipping"))
    assert cc.org_word_name(span_of(nlp, text, "Norvale Group"))
    assert not cc.org_word_name(span_of(nlp, text, "Orrin Bay"))
    assert not cc.org_word_name(span_of(nlp, text, "Kestrel")), "one word says nothing of its kind"


def test_one_groups_companies_are_siblings_not_fragments(nlp):
    doc = nlp("Tarvo Systems and Tarvo Marine Group bought the Kessel yard on Monday.")
    feats = {c.name: ef.features(doc, c) for c in ef.candidates(doc)}
    assert feats["Tarvo Systems"].get("sibling_same_type") == 1.0
    assert not ef._siblings("coast guard", "varn coast guard"), "a fragment of a longer name"
    assert not ef._siblings("tarvo", "tarvo systems"), "a one-word name"


def test_an_organisation_word_heads_the_name_before_of(nlp):
    text = "The Varn Court of Appeal upheld the fine that the Karsk Bureau of Shipping had contested in Isle of Brenn."
    assert cc.org_word_name(span_of(nlp, text, "Varn Court of Appeal"))
    assert cc.org_word_name(span_of(nlp, text, "Karsk Bureau of Shipping"))
    assert not cc.org_word_name(span_of(nlp, text, "Isle of Brenn")), "a place's word before 'of' is no body's"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The tanker Orrin Bay was built by Kessel Shipyard in Velmora.", "Kessel Shipyard"),
        ("She was insured by the Varn P&I Club until the sale.", "Varn P&I Club"),
        ("Surveyors of Tarvo Classification Society boarded her at dawn.", "Tarvo Classification Society"),
        ("Brenn Marine Insurance paid the claim in full.", "Brenn Marine Insurance"),
    ],
)
def test_shipping_trades_words_end_an_organisations_name(nlp, text, name):
    assert cc.org_word_name(span_of(nlp, text, name))
    assert (name, "ORG") in {(e.text, e.label_) for e in nlp(text).ents}


def test_the_filter_reads_the_company_features(nlp):
    text = (
        "The car carrier Orrin Bay, owned by Tarvik Lines, burned off Velmora on Tuesday. "
        "The Kelvan carmaker Ostrel said forty of its cars were aboard."
    )
    doc = nlp(text)
    feats = {c.name: ef.features(doc, c) for c in ef.candidates(doc)}
    assert feats.get("Tarvik Lines", {}).get("company_role") == 1.0
    assert feats.get("Tarvik Lines", {}).get("org_word") == 1.0
    assert feats.get("Tarvik Lines", {}).get("type=Organization&company_role") == 1.0


def test_a_name_listed_with_a_like_candidate(nlp):
    text = (
        "The Varnish Coast Guard, the Karsk Navy and Tarvik Lines searched the sea off Velmora "
        "for the missing tanker Orrin Bay on Tuesday."
    )
    doc = nlp(text)
    feats = {c.name: ef.features(doc, c) for c in ef.candidates(doc)}
    listed = {name for name, f in feats.items() if f.get("listed_same_type")}
    assert "Karsk Navy" in listed
    assert not {"Velmora", "Orrin Bay"} & listed, "a place and a ship are listed with no like candidate"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officers of Varn Naval Academy boarded her at dawn.", "Varn Naval Academy"),
        ("Surveyors of Tarvo Classification Society boarded her at dawn.", "Tarvo Classification Society"),
    ],
)
def test_an_opening_plural_noun_stays_outside_the_name_after_it(nlp, text, name):
    names = {e.text for e in nlp(text).ents}
    assert name in names and not any(n.startswith(text.split()[0]) for n in names)
