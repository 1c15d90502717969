"""An organisation named once right after a noun of its kind (issue 11, round twenty-seven, fresh dev
dev-da and the organisation misses of dev): "the NGO Varkelo", "trade union Norvikel", "the charity
Kestrab at Sea", "broker Tolvaro Gibbens" (context/org_kind_nouns.txt). Each with its negative twin:
the kind noun with no name after it, the noun inside a longer name, a known place after it. Made-up
names on made-up texts."""

from __future__ import annotations

import pytest


def ents(nlp, text):
    return {(e.text, e.label_) for e in nlp(text).ents}


@pytest.mark.parametrize(
    "text,org",
    [
        ("The migrants were rescued by the NGO Varkelo Relief on Sunday.", "Varkelo Relief"),
        ("The strike was called by the trade union Norvikel on Monday.", "Norvikel"),
        ("Her master told the charity Kestrab at Sea that the ship was hijacked.", "Kestrab at Sea"),
        ("The rescues were made by the NGO Open Hands off the coast.", "Open Hands"),
    ],
)
def test_a_name_after_a_kind_noun_is_an_organisation(nlp, text, org):
    assert (org, "ORG") in ents(nlp, text)


def test_a_kind_noun_with_no_name_after_it_makes_no_organisation(nlp):
    found = ents(nlp, "The NGO said the migrants were rescued, and the trade union said the strike would go on.")
    assert not any(label == "ORG" and text not in ("NGO",) for text, label in found)


def test_a_kind_noun_inside_a_longer_name_is_part_of_that_name(nlp):
    found = ents(nlp, "The Karsvold Trade Union Norvikel said the strike would go on.")
    assert ("Norvikel", "ORG") not in found


def test_a_known_place_after_a_kind_noun_stays_a_place(nlp):
    found = ents(nlp, "The charity France said the ship would be escorted to port.")
    assert ("France", "ORG") not in found
