"""A given name of two parts joined by a hyphen, the second in lower case, as Korean names are written
in English ('Min-seok Yoon'): one person, the whole run with the surname (person_names.
hyphenated_given_name). Made-up names."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"The yard will grow," says Varnhan Ocean CEO Hyek-woong Kwon.', "Hyek-woong Kwon"),
        ("The company said its chief, Min-seok Yoon, would visit the yard.", "Min-seok Yoon"),
        ("Chairman Sung-hoon Park said the ship was sold.", "Sung-hoon Park"),
    ],
)
def test_a_hyphenated_given_name_is_one_person_with_the_surname(nlp, text, name):
    people = {e.text for e in nlp(text).ents if e.label_ == "PERSON"}
    assert people == {name}


def test_a_place_before_based_is_no_part_of_a_name(nlp):
    doc = nlp("A spokesman for the agency (Karsk-based Ola Brenn) said the ship was safe.")
    assert "Karsk-based Ola Brenn" not in {e.text for e in doc.ents}
