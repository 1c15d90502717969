"""A reposted wire story: the credit line heads the chain, the body's speaker goes after it.

`repost.head_chains` puts the wire ("VARNIK (Wirewatch) —") at the head of every chain once the
body's scope model has given each sentence its own; these tests pin two steps of that model
(`attribution_scope._speaker_scope`) that gave no speaker, so the wire stood alone (issue 12,
twenty-seventh round, credit27): a quote opening a sentence after the speaker's frame is the
speaker's even when it states an act with no content ("“Kestra Shipping has confirmed ...”"), and a
note on how the speaker spoke ("She spoke by telephone.", `attribution/speaking_note_verbs.txt`) does
not end the passage.
Made-up names; the stand-alone pipeline as tests/test_attribution_basis.py runs it.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_attribution_basis import ENTITIES, ROLES  # the same made-up names

HEAD = "VARNIK (Wirewatch) — The Tarn Vale ran aground near Varnik on Monday.\n"


@pytest.fixture(scope="module")
def run():
    from claim_standalone import run as run_doc
    from claim_standalone import standalone_pipeline

    nlp = standalone_pipeline(ENTITIES)

    def go(text: str):
        doc = run_doc(nlp, HEAD + text, published=date(2026, 3, 4), outlet="Nordic Daily", roles=ROLES)
        return {c.text: (c.basis, [a.name for a in c.attribution]) for c in doc._.claims}

    return go


def _chain(found: dict, words: str) -> list[str]:
    return next(chain for text, (_basis, chain) in found.items() if words in text)


QUOTE = "“The Tarn Vale lost power twice,” Ilse Marrow said"
TWINS = [
    # a quote opening a sentence after her frame is hers, an act with no content too; without the
    # quote marks the act is the wire's own
    (QUOTE + " in a statement. “Kestra Shipping has confirmed the grounding of the Tarn Vale.”",
     "Kestra Shipping has confirmed", ["Wirewatch", "Ilse Marrow"]),
    (QUOTE + " in a statement. Kestra Shipping has confirmed the grounding of the Tarn Vale.",
     "Kestra Shipping has confirmed", ["Wirewatch"]),
    # a note on how she spoke does not end her passage; a sentence in the wire's voice does
    (QUOTE + ". She spoke by telephone from Varnik.\n“The crew of the Tarn Vale pumped water out for six hours.”",
     "pumped water out", ["Wirewatch", "Ilse Marrow"]),
    (QUOTE + ". The Koshel Star docked at Varnik later.\n“The crew of the Tarn Vale pumped water out for six hours.”",
     "pumped water out", ["Wirewatch"]),
    (QUOTE + ". The Koshel Star docked at Varnik later.\n“The crew of the Tarn Vale pumped water out for six hours.”",
     "Koshel Star docked", ["Wirewatch"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words", "chain"), TWINS)
def test_the_wire_heads_the_speaker_its_body_gives(run, text, words, chain):
    assert _chain(run(text), words) == chain


def test_a_sentence_after_another_sources_frame_is_that_sources(run):
    found = run(
        "“The Tarn Vale lost power twice,” Ilse Marrow said. She spoke by telephone from Varnik.\n"
        "Doran Pell said the Koshel Star left Varnik empty.\n"
        "“The crew of the Koshel Star was safe.”"
    )
    assert _chain(found, "Koshel Star left") == ["Wirewatch", "Doran Pell"]
    assert _chain(found, "crew of the Koshel Star") == ["Wirewatch", "Doran Pell"]


def test_the_note_verbs_are_read_from_the_rules():
    from osint_graph.nlp.attribution_speaking_note import SPEAKING_NOTE_VERBS

    assert {"speak", "talk"} <= SPEAKING_NOTE_VERBS
