"""A model's name the statistical model took for a person or a body, its entity running on over the
model's number and the munition's head ('Marek 48 torpedo'): the model of a weapon
(context/weapons.py, _lone_unknown_word and _munition_after). Made-up names only."""

from __future__ import annotations

import pytest


def ents(nlp, text):
    return {(e.text, e.label_) for e in nlp(text).ents}


@pytest.mark.parametrize(
    "text,weapon",
    [
        ("The submarine fired a Marek 48 torpedo at the hulk.", "Marek 48 torpedo"),
        ("The frigate Osk Lantern carries Marek 48 torpedoes.", "Marek 48 torpedoes"),
    ],
)
def test_numbered_model_guessed_as_a_name(nlp, text, weapon):
    assert (weapon, "WEAPON") in ents(nlp, text)


@pytest.mark.parametrize(
    "text,name",
    [
        # a person's name before a model's: the person stays
        ("Marek Dolan said the Korvin missiles were fired at Kesport.", "Marek Dolan"),
        # a number after a name without a munition's head is no model
        ("Marek 48 hours later left Kesport.", "Marek 48"),
    ],
)
def test_names_without_a_munition_head(nlp, text, name):
    assert (name, "WEAPON") not in ents(nlp, text)
