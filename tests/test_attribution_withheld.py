"""A party that withholds its statement is no source (tests/gold/GUIDELINES.md, "Rulings on hedges and
negated speech acts"): "X declined to comment", "neither confirmed nor denied", "did not say how many"
(`withholding` and `silence` rows of sources/rules/attribution/verb_frames.csv). The claim about it is
kept, with the chain in force without it. Made-up names, through the whole pipeline."""

from __future__ import annotations

import pytest

from osint_graph.model import Article, article_id

# (text, words the claim starts with, the chain's names)
CASES = [
    (
        "Lena Varga said the tanker Morrow Gull would stay in Karsk. Varga did not say how much money the Karsk "
        "port authority was asking.",
        "Varga did not say",
        [],
    ),  # fmt: skip
    (
        "The Karsk Navy has so far not said whether a boarding party was put on the tanker Morrow Gull.",
        "The Karsk Navy",
        [],
    ),  # fmt: skip
    ("The Karsk Navy declined to comment on the attack on the tanker Morrow Gull.", "The Karsk Navy", []),
    ("The Karsk Navy neither confirmed nor denied the attack on the tanker Morrow Gull.", "The Karsk Navy", []),
    # a refused act is no withheld statement, and no statement either: the party's act, no source (dev gold
    # d402, ee6, el6); "did not say that C" is left as it was
    ("Orvik Lines refused to allow the unloading of the tanker Morrow Gull at Karsk.", "Orvik Lines", []),
    ("The Karsk Navy did not say that the tanker Morrow Gull was seized.", "The Karsk Navy", ["Karsk Navy"]),
    # the parser hangs the speaker's silence on the reported clause's verb: still the speaker's silence, told
    # in the outlet's voice (attribution/silence_conj_verbs.txt); the reported clause keeps its source
    (
        "The Karsk Navy said the tanker Morrow Gull was hit by a drone, but didn't elaborate further.",
        "didn't elaborate",
        [],
    ),  # fmt: skip
    (
        "The Karsk Navy said the tanker Morrow Gull was hit by a drone, but didn't elaborate further.",
        "the tanker Morrow Gull",
        ["Karsk Navy"],
    ),  # fmt: skip
    (
        "Orvik Lines said it was aware of the seizure of the Morrow Gull and did not provide any information "
        "when asked about it.",
        "did not provide",
        [],
    ),  # fmt: skip
    (
        "The Karsk Navy said the tanker Morrow Gull was hit by a drone, but did not confirm the number of casualties.",
        "did not confirm",
        [],
    ),  # fmt: skip
    # a verb of no statement keeps the reported clause's source: the ship's act, as the Navy said
    (
        "The Karsk Navy said the tanker Morrow Gull was hit by a drone and did not return to port.",
        "did not return",
        ["Karsk Navy"],
    ),  # fmt: skip
]


@pytest.mark.parametrize(("text", "start", "chain"), CASES)
def test_a_withheld_statement_has_no_source(claims_extractor, text, start, chain):
    extraction = claims_extractor.extract(Article(id=article_id(text), text=text, outlet="Harbour Ledger"))
    found = [c for c in extraction.claims if c.text.startswith(start)]
    assert found, [c.text for c in extraction.claims]
    assert [a.name for a in found[0].attribution] == chain, found[0].text
