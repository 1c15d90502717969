"""Sea features known by several names (sources/gazetteers/locations.csv rows citing the AMTI Island
Tracker): every name is one Location with the feature's usual English name, and a 'Bank' or 'Reef'
of that list is a place, not a company. Made-up sentences; the features are the gazetteer's."""

from __future__ import annotations


def locations(nlp, text: str) -> dict[str, str]:
    return {e.text: e._.canonical for e in nlp(text).ents if e.label_ == "LOCATION"}


def test_a_philippine_name_of_a_shoal_is_the_shoal(nlp):
    assert locations(nlp, "Two trawlers sheltered at Bajo de Masinloc during the storm.") == {
        "Bajo de Masinloc": "Scarborough Shoal"
    }


def test_a_bank_of_the_list_is_a_place_not_a_company(nlp):
    assert locations(nlp, "The survey ship lingered near Vanguard Bank for a week.") == {
        "Vanguard Bank": "Vanguard Bank"
    }


def test_an_ordinal_in_a_feature_name_stays_in_it(nlp):
    assert locations(nlp, "A resupply boat reached Second Thomas Shoal at dawn.") == {
        "Second Thomas Shoal": "Second Thomas Shoal"
    }


def test_the_indo_pacific_is_a_region(nlp):
    assert locations(nlp, "A Varnian frigate is deployed in the Indo-Pacific with its allies.") == {
        "Indo-Pacific": "Indo-Pacific"
    }


def test_the_indo_pacific_in_a_command_name_is_no_place(nlp):
    assert "Indo-Pacific" not in locations(nlp, "The Varnian Indo-Pacific Command said the drill ended.")
