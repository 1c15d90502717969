"""The outlet's own voice: words that look like a frame but give no source (twenty-first round, voice21).

Made-up names set by hand (tests/claim_standalone.py):

- a bare "per" with no punctuation before it is a rate, not "C, per X"
  (`attribution/punctuated_frame_phrases.txt`);
- a reporting form ending the sentence that is counted or described ("from 16 oil-producing
  states") is a noun, not "..., Orvik Lines states.";
- "he" after an unnamed exporter or importer points back to that speaker (a person noun,
  `attribution/person_nouns.txt`, and a trade that does not speak for its state,
  `attribution/market_nouns.txt`), not to a person named before him.
"""

from __future__ import annotations

from datetime import date

import pytest
from claim_standalone import run as run_doc
from claim_standalone import standalone_pipeline

ENTITIES = {"PERSON": ["Tomas Kerrigan"], "ORG": ["Orvik Lines", "Brask Maritime"], "GPE": ["Karsk", "Varnia"]}


@pytest.fixture(scope="module")
def nlp():
    return standalone_pipeline(ENTITIES)


def chain_of(nlp, text: str, words: str) -> list[str]:
    doc = run_doc(nlp, text, published=date(2025, 3, 4))
    found = [c for c in doc._.claims if words in c.text]
    assert len(found) == 1, f"one claim with {words!r} expected in {[c.text for c in doc._.claims]}"
    return [a.name for a in found[0].attribution]


@pytest.mark.parametrize(
    ("text", "words", "chain"),
    [
        # a rate: no punctuation before "per"
        ("Ships calling at Karsk will pay 150 dollars per Orvik Lines berth from May.", "150 dollars", []),
        # the frame: a comma before it, or at the start of the sentence
        ("Ships calling at Karsk will pay 150 dollars, per Orvik Lines.", "150 dollars", ["Orvik Lines"]),
        ("Per Orvik Lines, ships calling at Karsk will pay 150 dollars.", "150 dollars", ["Orvik Lines"]),
    ],
)
def test_per_is_a_frame_only_after_punctuation(nlp, text, words, chain):
    assert chain_of(nlp, text, words) == chain


@pytest.mark.parametrize(
    "text",
    [
        "Forty countries voted for the plan, Karsk and Varnia versus 16 oil-producing states.",
        "Forty countries had voted yes (including Karsk, Varnia and Brask Maritime) versus a minority from 16 "
        "oil-producing states.",
    ],
)
def test_a_counted_reporting_form_is_a_noun(nlp, text):
    doc = run_doc(nlp, text, published=date(2025, 3, 4))
    assert doc._.claims
    assert all(not c.attribution for c in doc._.claims), [(c.text, c.attribution) for c in doc._.claims]


def test_a_reporting_form_after_a_name_still_frames(nlp):
    assert chain_of(nlp, "The levy was raised to 300 dollars, Orvik Lines notes.", "300 dollars") == ["Orvik Lines"]


def test_he_after_an_unnamed_exporter_is_that_exporter(nlp):
    text = (
        "If the levy is approved by Tomas Kerrigan, it would raise costs at Karsk. "
        "According to a large Karsk exporter, the freight rate on a bulk carrier would double. "
        "He added that 300 containers were stuck at Karsk."
    )
    assert chain_of(nlp, text, "300 containers") == []
    assert chain_of(nlp, text, "freight rate") == []


VESSEL_ENTITIES = {"ORG": ["Karsk Navy"], "VESSEL": ["Tern Vale"], "GPE": ["Karsk"]}


@pytest.fixture(scope="module")
def ship_nlp():
    return standalone_pipeline(VESSEL_ENTITIES)


def test_a_ship_speaks_through_no_one(claims_extractor):
    """A ship the source phrase names but the entity index does not link (entity None) is still a ship."""
    from osint_graph.model import Article

    text = (
        "The tanker Tern Vale was attacked in the Gulf of Oman on Thursday. Further reports from the Tern Vale "
        "indicated that the hull was breached on the starboard side."
    )
    claims = claims_extractor.extract(Article(id="voice21-ship", text=text)).claims
    hull = [c for c in claims if "hull" in c.text]
    assert hull and all(not c.attribution for c in hull), [(c.text, c.attribution) for c in hull]


TOLD = "The Tern Vale was attacked near Karsk on Monday. "


@pytest.mark.parametrize(
    ("text", "words", "chain"),
    [
        # freeing people or a ship is an act the outlet tells
        ("The Karsk Navy released 23 convicted pirates on Friday.", "23 convicted pirates", []),
        ("The Karsk Navy released the Tern Vale and its 23 sailors on Friday.", "23 sailors", []),
        # material released stays the releaser's
        ("The Karsk Navy released footage showing 23 pirates aboard the Tern Vale.", "23 pirates", ["Karsk Navy"]),
        # material depicting only an event the text told ("of the attack", "of the incident") adds no
        # proposition: its release is an act (extra26); a depiction of its own keeps the releaser
        (TOLD + "The Karsk Navy released footage of the attack on Tuesday.", "footage of the attack", []),
        (TOLD + "The Karsk Navy released videos and photos of the incident.", "videos and photos", []),
        (TOLD + "The Karsk Navy released footage of a patrol boat ramming the Tern Vale.", "ramming", ["Karsk Navy"]),
        (TOLD + "The Karsk Navy released photos of 12 boats near the Tern Vale.", "12 boats", ["Karsk Navy"]),
    ],
)
def test_release_frees_or_publishes(ship_nlp, text, words, chain):
    assert chain_of(ship_nlp, text, words) == chain
