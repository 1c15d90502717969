"""How an unnamed speaker is named and resolved (issue 12, thirty-first round). Made-up names only.

- a statement noun with a word that names no issuer before it ("the media statement said", "the
  press release stated") is the statement of the source cited last, as a bare "the statement" is
  (sources/rules/attribution/statement_modifiers.txt); a word naming another body ("the navy
  statement") leaves it unsourced;
- a participle clause pleading anonymity ("The official, speaking on condition of anonymity, said")
  is no part of who speaks: "the official" still points back to the official cited before
  (sources/rules/attribution/anonymity_words.txt); a clause naming the body stays;
- a title and the name the parser split into two subjects across a comma ("Varnian defence minister,
  Arvid Tolme said") are one speaker: the person; a second subject that is no person is not joined.
Each with a twin that must not fire.
"""

from __future__ import annotations

import pytest
from test_speaker_descriptions30 import _chain  # the same reading of one claim's chain


@pytest.mark.parametrize(
    ("text", "words", "chain"),
    [
        ("Brask Lines said on Monday that its tanker Morrow Gull was hit by a drone off Karsk. "
         "\u201cAll crew are safe,\u201d the company added.\n\n"
         "The ship will head to Varnhamn for repairs, the media statement said.", "head to Varnhamn",
         ["Brask Lines"]),
        ("The Tolm Coast Guard said it intercepted a boat carrying 16 migrants near Varnhamn on Sunday.\n\n"
         "\u201cThese operations highlight the coordinated efforts between agencies,\u201d the press release stated.",
         "coordinated efforts", ["Tolm Coast Guard"]),
        # twin: a word naming another body before the noun: not the company's statement
        ("Brask Lines said on Monday that its tanker Morrow Gull was hit by a drone off Karsk. "
         "\u201cAll crew are safe,\u201d the company added.\n\n"
         "The ship will head to Varnhamn for repairs, the navy statement said.", "head to Varnhamn", []),
    ],
)  # fmt: skip
def test_a_statement_with_a_plain_modifier_is_the_last_sources(claims_extractor, text, words, chain):
    assert _chain(claims_extractor, text, words) == chain


@pytest.mark.parametrize(
    ("text", "words", "chain"),
    [
        ("The Varnian Republic will enforce its sanctions on the tanker Morrow Gull, a Varnian State Department "
         "official said on Thursday.\n\nShip tracking data has shown the ship heading toward Karsk, although "
         "Karsk's prime minister said it was not heading to his country.\n\n"
         "The official, speaking on condition of anonymity, warned that the Varnian Republic would act against "
         "anyone who helped the tanker.", "would act against", ["Varnian State Department"]),
        # twin: the clause names who the official speaks for: it stays in the phrase (no pointing back)
        ("The Varnian Republic will enforce its sanctions on the tanker Morrow Gull, a Varnian State Department "
         "official said on Thursday.\n\nShip tracking data has shown the ship heading toward Karsk, although "
         "Karsk's prime minister said it was not heading to his country.\n\n"
         "The official, speaking for the Karsk Port Authority, warned that the Varnian Republic would act "
         "against anyone who helped the tanker.", "would act against", ["Karsk Port Authority"]),
    ],
)  # fmt: skip
def test_an_anonymity_plea_does_not_hide_the_official(claims_extractor, text, words, chain):
    assert _chain(claims_extractor, text, words) == chain


@pytest.mark.parametrize(
    ("text", "words", "chain"),
    [
        ("Varnian defence minister, Arvid Tolme said the tanker's seizure will not be tolerated.",
         "will not be tolerated", ["Arvid Tolme"]),
        # twin: one subject, the title alone: no name is borrowed from elsewhere
        ("Arvid Tolme visited the port on Monday. Varnian defence minister said the tanker's seizure will "
         "not be tolerated.", "will not be tolerated", []),
    ],
)  # fmt: skip
def test_a_title_and_name_split_by_a_comma_are_one_speaker(claims_extractor, text, words, chain):
    assert _chain(claims_extractor, text, words) == chain
