"""A minister's portfolio before his title names no body (GUIDELINES, Rulings on entity mentions:
Titles; sources/rules/common/portfolio_words.txt, portfolio_titles.txt). Made-up names only."""

from __future__ import annotations

import pytest


def entities(nlp, text):
    return {(e.text, e.label_) for e in nlp(text).ents}


@pytest.mark.parametrize(
    "text",
    [
        "Treasury Secretary Ola Brenn said the tanker Osk Lantern was listed.",
        "Treasury Under Secretary Ola Brenn said the tanker Osk Lantern was listed.",
        "Philippine Foreign Affairs Secretary Ola Brenn said the boat was rammed.",
    ],
)
def test_a_portfolio_names_only_the_person(nlp, text):
    found = entities(nlp, text)
    assert ("Ola Brenn", "PERSON") in found
    assert not {label for _, label in found} - {"PERSON", "VESSEL"}


def test_a_state_in_a_ministers_title_is_a_country_mention(nlp):
    found = entities(nlp, "US Treasury Secretary Ola Brenn said sanctions would follow.")
    assert ("US", "COUNTRY") in found and not any(label == "ORG" for _, label in found)


def test_the_body_named_alone_and_a_staff_title_stay_bodies(nlp):
    assert ("US Treasury", "ORG") in entities(nlp, "The US Treasury said the tanker Osk Lantern was listed.")
    assert ("Kremlin", "ORG") in entities(nlp, "Kremlin spokesman Ola Brenn said the claim was false.")
