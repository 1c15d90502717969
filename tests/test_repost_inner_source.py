"""A reposted wire story keeps the source inside it (twenty-fifth round, credit25, issue 12).

A wire lead closes on a description of its source ("..., the regional governor said.") and names
that person in the next sentences, who may speak by naming a thing "as" something ("Karsk Gov.
Tomas Orell identified the vessel as the Morrow Gull."): the lead is the named one's, under the wire
the credit line names (`source_ahead.named_ahead`). Negative twins: a named one who says nothing
keeps the wire alone; a page with no credit keeps the inner source alone; a credit naming the page's
own masthead is no repost; an indefinite "a spokesman" names no one ahead (GUIDELINES, "A bare 'a
spokesman said'").

Made-up names throughout.
"""

from __future__ import annotations

import pytest
from claim_standalone import chain_of, claims_runner

ENTITIES = {
    "PERSON": ["Tomas Orell", "Lena Varga"],
    "OUTLET": ["Wirewatch", "Harbour Ledger"],
    "VESSEL": ["Morrow Gull"],
}  # fmt: skip

LEAD = "Missiles hit a naval tug near Karsk on Friday, the regional governor said."
NAMED = "Karsk Gov. Tomas Orell identified the vessel as the Morrow Gull."


@pytest.fixture(scope="module")
def claims():
    return claims_runner(ENTITIES)


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        # the governor named next identifies the ship "as" something: his statement, under the wire
        (f"OSLO (Wirewatch) — {LEAD}\n\n{NAMED}", ["Wirewatch", "Tomas Orell"]),
        # no credit: the page's own story, the governor alone
        (f"{LEAD}\n\n{NAMED}", ["Tomas Orell"]),
        # a credit naming the page's own masthead is no repost: the governor alone
        (f"OSLO (Harbour Ledger) — {LEAD}\n\n{NAMED}", ["Tomas Orell"]),
    ],
)  # fmt: skip
def test_a_speaker_named_next_who_names_a_thing_as_something_speaks(claims, text, chain):
    assert chain_of(claims(text), "hit a naval tug") == chain


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        # no "as": no statement, the wire alone
        (f"OSLO (Wirewatch) — {LEAD}\n\nKarsk Gov. Tomas Orell identified the cause of the fire.", ["Wirewatch"]),
        # the page's own reporter tells it, no source inside: the wire alone
        (f"OSLO (Wirewatch) — Missiles hit a naval tug near Karsk on Friday.\n\n{NAMED}", ["Wirewatch"]),
        # no credit and no source inside: the outlet's own voice
        (f"Missiles hit a naval tug near Karsk on Friday.\n\n{NAMED}", []),
    ],
)  # fmt: skip
def test_a_named_one_who_says_nothing_keeps_the_wire_alone(claims, text, chain):
    assert chain_of(claims(text), "hit a naval tug") == chain


def test_a_bare_indefinite_description_names_no_one_ahead(claims):
    text = (
        "OSLO (Wirewatch) — Missiles hit a naval tug near Karsk on Friday, a spokesman said.\n\n"
        "Tomas Orell, a spokesman for the port, said the crew were safe."
    )
    assert chain_of(claims(text), "hit a naval tug") == ["Wirewatch"]
