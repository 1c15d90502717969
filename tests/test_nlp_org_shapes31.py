"""Organisation shapes of the thirty-first round, found on real pages outside the article set:

- a company the sources list, named with no cue ('a consortium led by Babcock', 'Ocean Network
  Express said'): the widely reported maritime, shipbuilding, energy, port and salvage companies
  in gazetteers/organizations.csv (real names: the rows are the data under test), where a person who
  shares the surname stays a person;
- a transit agency ('Kitsap Transit fast ferries', 'Harlan Transit said') and a shipping agency
  ('Varga Agencies reported'): the last word makes the name a body's (common/org_name_words.txt),
  not a person's and not an outlet's, while a press agency stays an outlet.
"""

from __future__ import annotations

import pytest


def _check(nlp, text, present, absent):
    """Every (text, label) of `present` is an entity of the text, none of `absent` is."""
    found = {(e.text, e.label_) for e in nlp(text).ents}
    assert set(present) <= found and not set(absent) & found, found


@pytest.mark.parametrize(
    "text,present,absent",
    [
        (
            "A consortium led by Babcock won the work, beating BAE Systems. Thales will supply the radar.",
            [("Babcock", "ORG"), ("BAE Systems", "ORG"), ("Thales", "ORG")],
            [("Babcock", "PERSON"), ("Thales", "PERSON")],
        ),
        (
            "Anna Babcock, a spokeswoman for the port, said the ship had left.",
            [("Anna Babcock", "PERSON")],
            [("Babcock", "ORG")],
        ),
        (
            "Ocean Network Express said the boxes were lost. Ships of Grimaldi and Rosneft were delayed.",
            [("Ocean Network Express", "ORG"), ("Grimaldi", "ORG"), ("Rosneft", "ORG")],
            [("Ocean Network Express", "OUTLET")],
        ),
        (
            "Ruth Grimaldi, the ship's master, said the engine had failed.",
            [("Ruth Grimaldi", "PERSON")],
            [("Grimaldi", "ORG")],
        ),
    ],
    ids=[
        "listed companies with no cue",
        "twin: a person of the same surname",
        "listed carrier, ro-ro line and oil company",
        "twin: a master of the same surname",
    ],
)
def test_listed_companies_with_no_cue(nlp, text, present, absent):
    _check(nlp, text, present, absent)


@pytest.mark.parametrize(
    "text,present,absent",
    [
        (
            "Passengers were taken off by Harlan Transit fast ferries to Bremerton.",
            [("Harlan Transit", "ORG")],
            [("Harlan Transit", "PERSON")],
        ),
        (
            "The ship's transit through the canal took a day, the pilot said.",
            [],
            [("transit", "ORG")],
        ),
        (
            "A gas carrier has run aground in the canal, Varga Agencies has confirmed. "
            "The vessel grounded at km 125, Varga Agencies reported.",
            [("Varga Agencies", "ORG")],
            [("Varga Agencies", "OUTLET")],
        ),
        (
            "The vessel grounded at km 125, Kestrel Press Agency reported.",
            [("Kestrel Press Agency", "OUTLET")],
            [("Kestrel Press Agency", "ORG")],
        ),
    ],
    ids=["a transit agency", "twin: a ship's transit", "a shipping agency reports", "twin: a press agency reports"],
)
def test_transit_and_shipping_agencies(nlp, text, present, absent):
    _check(nlp, text, present, absent)
