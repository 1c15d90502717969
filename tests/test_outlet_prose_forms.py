"""Outlets named in the opening and closing prose of a page, by the forms real pages use ("X reported
on Tuesday that", "according to a report by X", "..., the X newspaper said", "X, a Y-based news
site, reported", "first reported by X", "as X revealed", "X's investigation found", "the paper said"
pointing back), each with a negative twin that must not make an outlet: a company named like a paper
("Brenn Post Logistics"), a ship's crew ("the Daily Star's crew"), an editor who speaks for himself,
a medium's common noun ("state TV"). Made-up names in made-up prose (sources/rules/context/
outlet_possessed_nouns.txt, site_names.jsonl, common/outlet_name_words.txt)."""

from __future__ import annotations

import pytest

from osint_graph.model import Article


def _types(nlp, text):
    return {e.text: e.label_ for e in nlp(text).ents}


def _chains(extractor, text):
    result = extractor.extract(Article(id="x", text=text, outlet="Nordic Daily")).to_dict()
    return {c["text"]: [a["name"] for a in c["attribution"]] for c in result["claims"]}


def _chain_of(extractor, text, needle):
    return next(chain for claim, chain in _chains(extractor, text).items() if needle in claim)


@pytest.mark.parametrize(
    ("text", "needle", "chain"),
    [
        ("The Harbour Times reported on Tuesday that the tanker Tern Vale was held off Brennport.", "Tern Vale",
         ["Harbour Times"]),
        ("According to a report by the Brenn Post, the tanker Ola Star carried 300 tonnes of fuel.", "Ola Star",
         ["Brenn Post"]),
        ("The tanker Vexa Dawn was seized near Brennport, the Varnel Courant newspaper said.", "Vexa Dawn",
         ["Varnel Courant"]),
        ("Karsknet, a Brennport-based news site, reported that the tanker Mira Belle was boarded.", "Mira Belle",
         ["Karsknet"]),
        ("As the Brenn Ledger revealed last week, the tanker Sola Wind changed its name twice.", "Sola Wind",
         ["Brenn Ledger"]),
        ("The Karsk Sentinel's investigation found that the tanker Iris Bay used false papers.", "Iris Bay",
         ["Karsk Sentinel"]),
        ("The specialised brennmor.pl portal reported that the tanker Tove Rain was detained.", "Tove Rain",
         ["brennmor.pl"]),
        # 'the paper' points back to an unlisted outlet named just before
        ("Varnel Courant reported that the tanker Ola Star carried 300 tonnes of fuel. The paper said the ship "
         "left Brennport in May.", "left Brennport", ["Varnel Courant"]),
    ],
)  # fmt: skip
def test_an_outlet_named_in_the_prose_heads_its_claim(claims_extractor, text, needle, chain):
    assert _chain_of(claims_extractor, text, needle) == chain


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Varnel Courant reported that the tanker Ola Star carried fuel.", "Varnel Courant", "OUTLET"),
        ("The Vexa Herald's data unit analysed tracking data on the Tern Vale.", "Vexa Herald", "OUTLET"),
        ("The Brenn Gazette's reporters saw the Tern Vale leave at dawn.", "Brenn Gazette", "OUTLET"),
    ],
)  # fmt: skip
def test_an_unlisted_outlet_by_its_shape(nlp, text, name, label):
    assert _types(nlp, text).get(name) == label


@pytest.mark.parametrize(
    "text",
    [
        "Brenn Post Logistics's report said the tanker Mira Belle was delayed.",  # a company's last word
        "The Daily Star's crew was rescued off Brennport on Monday.",  # a ship's crew: no outlet's noun
        "The Brennport Times Square's report on traffic was late.",  # no outlet head word at the end
    ],
)
def test_a_possessive_of_no_outlet_makes_none(nlp, text):
    assert "OUTLET" not in _types(nlp, text).values()


def test_a_web_address_before_a_common_noun_is_no_outlet(nlp):
    assert "OUTLET" not in _types(nlp, "The brennmor.pl domain expired in May.").values()


def test_state_tv_is_a_medium_not_an_outlet_named_tv(nlp):
    assert "TV" not in _types(nlp, "Iranian state TV said the tanker Tern Vale was seized.")
    # the twin: a channel named with its number keeps its name
    assert _types(nlp, "Channel 19 TV said the tanker Tern Vale was seized.").get("Channel 19 TV") == "OUTLET"


def test_an_editor_of_an_outlet_speaks_for_himself(claims_extractor):
    # 'editor of X' is a person's title, not X reporting: X is no source of the claim
    text = "Jon Kell, editor of the Karsk Ledger, said the tanker Vexa Dawn was seized."
    assert _chain_of(claims_extractor, text, "Vexa Dawn") == ["Jon Kell"]


def test_a_place_before_an_owned_and_named_site_is_no_outlet(nlp):
    # 'the force's Sepahnews website' names its own site: the place before the comma is no apposition
    types = _types(nlp, "The tanker was seized on Sunday near Brennholm Sound, the force's Vexnews website said.")
    assert types.get("Vexnews") == "OUTLET"
    assert types.get("Brennholm Sound") != "OUTLET"


def test_an_outlet_described_by_an_owned_noun_is_still_apposed(nlp):
    # the twin: no name before the noun, the apposition describes the name before the comma
    text = "Vexa, the navy's official news site, said the tanker Tern Vale was seized."
    assert _types(nlp, text).get("Vexa") == "OUTLET"


def test_a_listed_agency_by_its_short_name_after_an_outlet_noun(claims_extractor):
    # the registry leaves 'Fars' out of Fars News Agency's aliases (a province too): after 'news agency'
    # the short name is the agency
    text = "The Iranian news agency Fars said that the tanker Tern Vale was seized."
    assert _chain_of(claims_extractor, text, "Tern Vale") == ["Fars News Agency"]


def test_a_listed_agency_by_its_short_name_once_named_in_full(claims_extractor):
    text = "The semi-official Fars news agency said the tanker Tern Vale was seized. Fars added that it carried fuel."
    assert _chain_of(claims_extractor, text, "carried fuel") == ["Fars News Agency"]


def test_a_place_sharing_a_short_name_stays_a_place(nlp):
    # the twin: no outlet noun and no agency named on the page
    assert _types(nlp, "The tanker was seized off Fars province on Monday.").get("Fars") != "OUTLET"
