"""Which person speaks: "he"/"she" after a person named as a main clause's subject, and a title in
apposition to a named person in a closing frame.

"Varga, the head of the union, praised the crew. “C,” she said": the person named as the subject of the
main clause in the sentence before (or in apposition to it) is whom "she" points back to, before the
source cited last (`SourceContext.person_subject_before`, as `plural_subject_before` does for "they").
"“C,” General Lena Varga, commander of the Karsk Navy said": with no comma before the verb the frame's
subject words are the title; the person it stands in apposition to speaks, not the body of the title
(`TrailingFrames._appositive_person`). Made-up names throughout.
"""

from __future__ import annotations

from datetime import date

import pytest
from claim_standalone import chain_of, standalone_pipeline
from claim_standalone import run as run_doc

ENTITIES = {
    "PERSON": ["Lena Varga", "Tomas Orell"],
    "OUTLET": ["Nordic Daily"],
    "ORG": ["Karsk Navy"],
    "VESSEL": ["Morrow Gull"],
}  # fmt: skip


@pytest.fixture(scope="module")
def nlp():
    return standalone_pipeline(ENTITIES)


def _chain(nlp, text: str, needle: str = "crew of 12"):
    return chain_of(run_doc(nlp, text, published=date(2024, 3, 4))._.claims, needle)


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("Tomas Orell said the Morrow Gull sank. The head of the union, Lena Varga, praised the crew. "
         "“The crew of 12 was rescued,” she said.", ["Lena Varga"]),
        ("Tomas Orell said the Morrow Gull sank. Karsk President Lena Varga, in a speech on Monday, thanked "
         "the navy. She also said the crew of 12 was rescued.", ["Lena Varga"]),
        # a person named elsewhere than as the subject leaves the speaker cited last
        ("Lena Varga said the Morrow Gull sank. The ship was towed by Tomas Orell's tug. “The crew of 12 was "
         "rescued,” she said.", ["Lena Varga"]),
    ],
)  # fmt: skip
def test_a_pronoun_points_back_to_the_person_subject_before(nlp, text, chain):
    assert _chain(nlp, text) == chain


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("The Morrow Gull sank. “The crew of 12 was rescued,” General Lena Varga, commander of the Karsk Navy "
         "said in a statement.", ["Lena Varga"]),
        ("The Morrow Gull sank. “The crew of 12 was rescued,” Lena Varga, a spokeswoman for the Karsk Navy told "
         "Nordic Daily.", ["Nordic Daily", "Lena Varga"]),
        ("The Morrow Gull sank. “The crew of 12 was rescued,” a spokeswoman for the Karsk Navy said.",
         ["Karsk Navy"]),
    ],
)  # fmt: skip
def test_a_title_in_apposition_leaves_the_person_speaking(nlp, text, chain):
    assert _chain(nlp, text) == chain
