"""State media as a relay, and the story's state counted by its name, demonym and capital.

GUIDELINES, "A statement relayed through state media": "X said in a statement released by state media",
"X told Karsk's state-run television" put the state at the head, [state, X], as "X told Nordic Daily"
puts the outlet; a state television with a name is that outlet. A bare "state media" speaks for the
story's state: the country named most so far, its demonym ("an Estonian ship") and capital counting for
it once the article has named it. Made-up people, ships and outlets; real states (the gazetteer's demonyms).
"""

from __future__ import annotations

from datetime import date

import pytest
from claim_standalone import chain_of, standalone_pipeline
from claim_standalone import run as run_doc

ENTITIES = {
    "PERSON": ["Ola Brenn"],
    "OUTLET": ["Vexa"],
    "COUNTRY": ["Estonia", "Latvia"],
    "VESSEL": ["Tern Vale"],
}  # fmt: skip


@pytest.fixture(scope="module")
def nlp():
    return standalone_pipeline(ENTITIES)


def _claims(nlp, text: str):
    return run_doc(nlp, text, published=date(2024, 3, 4))._.claims


@pytest.mark.parametrize(
    ("text", "needle", "chain"),
    [
        ("Estonia closed the strait on Monday. “All shipments are suspended until transit is safe,” Energy "
         "Minister Ola Brenn said in a statement released by state media.", "All shipments", ["Estonia", "Ola Brenn"]),
        ("Estonia closed the strait on Monday. Energy Minister Ola Brenn spoke on Tuesday. He told Estonia’s "
         "state-run television that the Tern Vale had 12 crew on board.", "12 crew", ["Estonia", "Ola Brenn"]),
        ("Estonia closed the strait on Monday. Ola Brenn told Estonian state television Vexa that the Tern Vale "
         "had 12 crew on board.", "12 crew", ["Vexa", "Ola Brenn"]),
    ],
)  # fmt: skip
def test_state_media_relay_a_statement_as_an_outlet_does(nlp, text, needle, chain):
    assert chain_of(_claims(nlp, text), needle) == chain


def test_the_storys_state_counts_its_demonym_once_named(nlp):
    text = ("Estonia and Latvia protested on Monday. An Estonian patrol boat and an Estonian tug shadowed the "
            "Tern Vale. State media said the Tern Vale carried 40 tonnes of fuel.")  # fmt: skip
    assert chain_of(_claims(nlp, text), "40 tonnes") == ["Estonia"]


def test_a_demonym_alone_does_not_make_the_storys_state(nlp):
    # GUIDELINES "A state named only by an adjective": never named, its "authorities" stay unnamed;
    # once its name is written anywhere in the article (here after the speaker), they are that state
    never = "An Estonian patrol boat shadowed the Tern Vale. Authorities said the Tern Vale carried 40 tonnes of fuel."
    assert chain_of(_claims(nlp, never), "40 tonnes") == []
    later = never + " Estonia protested on Monday."
    assert chain_of(_claims(nlp, later), "40 tonnes") == ["Estonia"]
