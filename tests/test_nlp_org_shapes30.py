"""Organisations in the shapes unseen news pages write them (issue 11, thirtieth round, org30), in
made-up prose, each with a negative twin that must not fire:

- a company named at the sentence's start with a ship noun inside its name ('Kestrel Tankers
  Management, operators of the tanker ...'): no ship named 'Management' (context/vessels.py
  `_inside_a_name`; 'management' in common/org_name_words.txt);
- a company's short name beside its full name that closes with 'Management', 'Enterprises', 'Club',
  'Company' or 'Corporation' (context/company_name_tails.txt): one entity;
- a squad is a body ('Tolmish Anti-Terrorist Squad'), no person (common/org_name_words.txt);
- a line drawn on a map ('the International Maritime Boundary Line (IMBL)', 'the Nine-Dash Line'):
  no organisation, nor its short form (entity_types/boundary_line_words.txt, thing_names.py);
- the classification societies and the P&I clubs the sources list (gazetteers/organizations.csv).
"""

from __future__ import annotations

import pytest


def ents(nlp, text):
    return {(e.text, e.label_) for e in nlp(text).ents}


def ids(nlp, text):
    return {e.text: e._.entity_id for e in nlp(text).ents}


SQUAD = (
    "Based on a tip-off, the Varnian Coast Guard and Tolmish Anti-Terrorist Squad (ATS) conducted a joint "
    "operation, said Olav Brenn, superintendent of police, ATS."
)
LINES = (
    "The Varnian Coast Guard found the boat near the International Maritime Boundary Line (IMBL). "
    "The boat had crossed the IMBL at night, inside the Nine-Dash Line."
)
CLUBS = (
    "Bulkers insured by Gard had fewer deficiencies, according to a study by Intercargo. "
    "The tanker was classed by ClassNK and entered with the Japan P&I Club."
)


@pytest.mark.parametrize(
    "text,present,absent",
    [
        (
            "Kestrel Tankers Management, operators of the oil tanker MT Varnhold, said the crew was held.",
            [("Kestrel Tankers Management", "ORG")],
            ["Management"],
        ),
        (
            "Pirates said the tanker Varnhold Star was taken near the coast on Monday.",
            [("Varnhold Star", "VESSEL")],
            [],
        ),
        (SQUAD, [("Tolmish Anti-Terrorist Squad", "ORG"), ("Olav Brenn", "PERSON")], ["Tolmish Anti-Terrorist Squad"]),
        (LINES, [("Varnian Coast Guard", "ORG")], ["International Maritime Boundary Line", "IMBL", "Nine-Dash Line"]),
        (
            "The Varnian Coast Guard said Kestrel Container Line had lost two boxes.",
            [("Kestrel Container Line", "ORG")],
            [],
        ),
        (CLUBS, [(n, "ORG") for n in ("Gard", "Intercargo", "ClassNK", "Japan P&I Club")], []),
        (
            "Bulkers insured by Gard had fewer deficiencies, according to a study published on Monday.",
            [("Gard", "ORG")],
            ["Monday"],
        ),
    ],
    ids=[
        "company at the sentence's start, no ship 'Management'",
        "twin: a ship noun then a ship's name",
        "a squad is a body, the officer a person",
        "lines on a map are no organisation",
        "twin: a shipping line is a company",
        "listed societies and clubs",
        "twin: no other word beside a club",
    ],
)
def test_organisation_shapes(nlp, text, present, absent):
    found = ents(nlp, text)
    for name in present:
        assert name in found, found
    for name in absent:  # no entity of this name, or (a name that is present) none of another type
        assert not any(t == name and (t, label) not in present for t, label in found), found


@pytest.mark.parametrize(
    "text,short,full,same",
    [
        (
            "Kestrel Tankers Management owns the ship. Kestrel Tankers said the claim was false.",
            "Kestrel Tankers",
            "Kestrel Tankers Management",
            True,
        ),
        (
            "The tanker is operated by an Athens-based shipping company, Tarven Shipping Enterprises Company. "
            "Tarven Shipping said there was no leakage of oil.",
            "Tarven Shipping",
            "Tarven Shipping Enterprises Company",
            True,
        ),
        (
            "Tarven Shipping Enterprises Company owns the ship. Brenmark Shipping said it had chartered her.",
            "Brenmark Shipping",
            "Tarven Shipping Enterprises Company",
            False,
        ),
    ],
    ids=["short name before 'Management'", "short name before 'Enterprises Company'", "twin: another company"],
)
def test_a_companys_short_name(nlp, text, short, full, same):
    found = ids(nlp, text)
    assert found.get(full) is not None
    assert (found.get(short) == found.get(full)) is same, found
