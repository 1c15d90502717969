"""The phrases that frame a source without a verb (sources/rules/attribution/frame_phrases.csv).

One text per frame of the table (source, cited, origin), in the positions the frames read
(leading, trailing, inside a clause); made-up names set by hand (tests/claim_standalone.py). The
relay phrases ("X said, speaking to Y") need an outlet: test_attribution_discourse.py tests them.
"""

from __future__ import annotations

from datetime import date

import pytest
from claim_standalone import run as run_doc
from claim_standalone import standalone_pipeline

from osint_graph.nlp.attribution_verbs import FRAME_PHRASES, frame_phrase

ENTITIES = {"PERSON": ["Tomas Kerrigan"], "ORG": ["Orvik Lines", "Brask Maritime"], "VESSEL": ["Sea Lark"]}


@pytest.fixture(scope="module")
def nlp():
    return standalone_pipeline(ENTITIES)


def chain_of(nlp, text: str, figure: str) -> list[tuple[str, str | None]]:
    doc = run_doc(nlp, text, published=date(2024, 3, 4))
    found = [c for c in doc._.claims if figure in c.text]
    assert len(found) == 1, f"one claim with {figure!r} expected in {[c.text for c in doc._.claims]}"
    return [(a.name, a.verb) for a in found[0].attribution]


def test_every_frame_of_the_table_is_known():
    assert {frame for _words, frame, _verb in FRAME_PHRASES} == {"source", "cited", "origin", "relay"}


def test_the_table_matches_whole_words_only(nlp):
    doc = nlp.make_doc("according to them, in the words of X, accordingly")
    assert frame_phrase(list(doc[0:3]), "source") == (2, "according to")
    assert frame_phrase(list(doc[4:9]), "source") == (4, "say")
    assert frame_phrase(list(doc[10:]), "source") == (0, "")


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("The Sea Lark carried 300 containers, according to Orvik Lines.", [("Orvik Lines", "according to")]),
        ("According to Orvik Lines, the Sea Lark carried 300 containers.", [("Orvik Lines", "according to")]),
        ("In the words of Tomas Kerrigan, the Sea Lark carried 300 containers.", [("Tomas Kerrigan", "say")]),
        ("The Sea Lark carried 300 containers, as per Orvik Lines.", [("Orvik Lines", "according to")]),
        ("The Sea Lark carried 300 containers, per Orvik Lines.", [("Orvik Lines", "according to")]),
        ("The Sea Lark carried 300 containers per trip to Karsk.", []),
        (
            "The Sea Lark carried 300 containers, Orvik Lines said, citing Brask Maritime.",
            [("Orvik Lines", "say"), ("Brask Maritime", "cite")],
        ),
        ("The Sea Lark carried 300 containers, based on what Tomas Kerrigan said.", [("Tomas Kerrigan", "say")]),
        # "X said C, citing Y" with no closing frame: Y is cited by the opening frame's speaker, [X, Y]
        (
            "Orvik Lines said the Sea Lark carried 300 containers, citing Brask Maritime.",
            [("Orvik Lines", "say"), ("Brask Maritime", "cite")],
        ),
        (
            "Orvik Lines said the Sea Lark carried 300 containers, citing data from Brask Maritime.",
            [("Orvik Lines", "say"), ("Brask Maritime", "cite")],
        ),
        ("The Sea Lark carried 300 containers, citing data from Brask Maritime.", [("Brask Maritime", "cite")]),
    ],
)
def test_a_phrase_frames_its_source(nlp, text, chain):
    assert chain_of(nlp, text, "300") == chain


def test_a_description_of_the_source_after_according_to_is_no_claim(nlp):
    # "C, according to X, a lawmaker who was briefed by Y": the appositive and its relative clause say
    # who X is, part of the frame (like "..., said X, deputy secretary of the Navy")
    text = (
        "The Sea Lark carried 300 containers, according to Tomas Kerrigan, a lawmaker in the ruling party "
        "who was briefed by the crew."
    )
    doc = run_doc(nlp, text, published=date(2024, 3, 4))
    assert [c.text for c in doc._.claims] == ["The Sea Lark carried 300 containers"]
    assert [a.name for a in doc._.claims[0].attribution] == ["Tomas Kerrigan"]
