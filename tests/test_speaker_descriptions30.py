"""Unnamed speakers and descriptions pointing back (issue 12, thirtieth round). Made-up names only.

- "the official said" after "according to an official at the Varnel Department of Defense": that body's
  official, not the story's state ("an official at X" gives the body; the bare official points back to it);
- a state's name or abbreviation at the head of its body's name ("Varnia Navy", "U.S. Navy") counts for
  the story's state that bare "officials said" speak for (a headline's Yemen no longer outweighs it);
- "the conservation group", "the nonprofit", "the classification society" point back to the
  organisation the article introduced with that noun ("the group Brask Ocean Society", "Ostrel
  Register, a classification society"), also when the noun is no word of its name;
- "the container shipping major" (the tagger reads "major" as an adjective) is the company cited last.
Each with a twin that must not fire.
"""

from __future__ import annotations

import pytest

from osint_graph.model import Article


def _chain(extractor, text: str, words: str) -> list[str]:
    claims = extractor.extract(Article(id="speakers30", text=text)).claims
    found = [c for c in claims if words in c.text]
    assert found, [(c.text, c.attribution) for c in claims]
    return [a.name for a in found[0].attribution]


@pytest.mark.parametrize(
    ("text", "words", "chain"),
    [
        ("The Varnel Navy shot down a drone, according to an official at the Varnel Department of Defense. "
         "The Tern Vale shot down another drone, the official said.", "another drone",
         ["Varnel Department of Defense"]),
        # twin: "the minister" is no official of that body
        ("The Varnel Navy shot down a drone, according to an official at the Varnel Department of Defense. "
         "The Tern Vale shot down another drone, the minister said.", "another drone", []),
    ],
)  # fmt: skip
def test_the_official_points_back_to_an_official_at_a_body(claims_extractor, text, words, chain):
    assert _chain(claims_extractor, text, words) == chain


def test_a_states_abbreviation_heading_its_bodys_name_counts_for_the_story(claims_extractor):
    text = (
        "# Warship and merchant ships attacked in the Tolm Sea, officials say\n\n"
        "A U.S. Navy warship shot down drones fired at merchant ships in the Tolm Sea on Sunday, officials said. "
        "Meanwhile, Yemen's Houthi military claimed responsibility for the strikes.\n\n"
        '"Today there were four attacks," U.S. Central Command said in a statement.\n\n'
        "The warship shot down a drone from Yemen, according to an official at the U.S. Department of Defense. "
        "The United States has sent two more destroyers to the region."
    )
    # the U.S. bodies count for the United States (the article names it: an abbreviation alone is no
    # state's name): its officials (or its navy), not Yemen, speak
    assert _chain(claims_extractor, text, "shot down drones") in (["United States"], ["US Navy"])
    # twin: with no U.S. body named, Yemen (named twice) is the story's state
    twin = (
        text.replace("A U.S. Navy warship", "A warship")
        .replace("U.S. Central Command said", "the command said")
        .replace("U.S. Department of Defense", "Department of Defense")
        .replace("The United States has sent", "The allies have sent")
    )
    assert _chain(claims_extractor, twin, "shot down drones") == ["Yemen"]


@pytest.mark.parametrize(
    ("text", "words", "chain"),
    [
        ("The clash between the anti-whaling group Brask Ocean Society and Karsk whalers turned ugly. "
         "Varnel Lines said the Tern Vale was hit. The conservation group said the attack was filmed.",
         "attack was filmed", ["Brask Ocean Society"]),
        ("The Tern Vale is chartered by nonprofit Tolm Rescue Trust. Varnel Lines said the ship was hit. "
         "The nonprofit said its crew of 12 was safe.", "crew of 12", ["Tolm Rescue Trust"]),
        ("Ostrel Register, a classification society, had certified the Tern Vale. "
         "The classification society said none of the owners were registered in Karsk.",
         "none of the owners", ["Ostrel Register"]),
        # twins: the noun introduced no name; "the nonprofit" is then the company cited last
        ("The clash between Brask Ocean Society and Karsk whalers turned ugly. "
         "The classification society said none of the owners were registered in Karsk.",
         "none of the owners", []),
        ("The Tern Vale is chartered by Tolm Rescue Trust. Varnel Lines said the ship was hit. "
         "The nonprofit said its crew of 12 was safe.", "crew of 12", ["Varnel Lines"]),
    ],
)  # fmt: skip
def test_a_description_points_back_to_the_name_it_introduced(claims_extractor, text, words, chain):
    assert _chain(claims_extractor, text, words) == chain


def test_a_company_epithet_read_as_an_adjective(claims_extractor):
    text = (
        "Nordvik Lines said 3,000 tonnes of cargo were intact. "
        "The container shipping major said the Tern Vale was safe."
    )
    assert _chain(claims_extractor, text, "Tern Vale was safe") == ["Nordvik Lines"]
    # twin: "the major" alone is a rank, not a company
    twin = text.replace("The container shipping major said", "The major said")
    assert _chain(claims_extractor, twin, "Tern Vale was safe") != ["Nordvik Lines"]
