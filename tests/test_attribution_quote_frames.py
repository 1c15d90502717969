"""Where a quotation's speaker is read: a closing frame followed by "adding that C".

"“A. B,” Varga said, adding that C": the saying participle's clause is set off from the frame
(`TrailingFrames.peel_trailing`, `attribution/statement_participles.txt`), so the frame still closes
the quotation (A is hers, not only B) and a quote opening the next paragraph goes on with her words;
C is her statement of its own, a claim with her chain. A time adjunct after a closing frame ("C, X said
on Wednesday, a day after Y said D") is set off the same way (`attribution_trailing.time_adjunct`,
`attribution/time_span_words.txt`): the article's own residue, so D, told by Y, gets [Y], not [X, Y].
Made-up names throughout.
"""

from __future__ import annotations

from datetime import date

import pytest
from claim_standalone import chain_of, standalone_pipeline
from claim_standalone import run as run_doc

ENTITIES = {
    "PERSON": ["Lena Varga", "Ivo Tamm"],
    "OUTLET": ["Nordic Daily"],
    "ORG": ["Karsk Navy", "Karsk Front"],
    "VESSEL": ["Morrow Gull"],
}  # fmt: skip


@pytest.fixture(scope="module")
def nlp():
    return standalone_pipeline(ENTITIES)


def _chain(nlp, text: str, needle: str):
    return chain_of(run_doc(nlp, text, published=date(2024, 3, 4))._.claims, needle)


OPENING = "The Morrow Gull was seized on Monday, Lena Varga told Nordic Daily.\n\n"


@pytest.mark.parametrize(
    ("text", "needle", "chain"),
    [
        # the quotation's first sentence takes the frame that closes it, past the participle
        (OPENING + "“The Karsk Front is holding 17 sailors at the moment. Eight are from Varnia while nine are "
         "from Karsk,” she said, adding that efforts were on to secure their release.", "holding 17 sailors",
         ["Nordic Daily", "Lena Varga"]),
        # the participle's clause is her statement, a claim of its own
        (OPENING + "“The Karsk Front holds 17 sailors,” she said, adding that the Morrow Gull was towed to Karsk.",
         "Morrow Gull was towed", ["Nordic Daily", "Lena Varga"]),
        # a quote opening the next paragraph goes on with the words of the frame before it
        ("“The Morrow Gull was hit twice,” the Karsk Navy said, adding that the raid took place overnight.\n\n"
         "“The Morrow Gull sank within the hour.”", "sank within the hour", ["Karsk Navy"]),
    ],
)  # fmt: skip
def test_a_closing_frame_followed_by_a_saying_participle_closes_the_quotation(nlp, text, needle, chain):
    assert _chain(nlp, text, needle) == chain


def test_a_participle_that_is_no_statement_stays_residue(nlp):
    # "refusing to ..." is an act of the speaker, no claim with her words
    text = OPENING + "“The Karsk Front holds 17 sailors,” she said, refusing to name the port."
    assert _chain(nlp, text, "holds 17 sailors") == ["Nordic Daily", "Lena Varga"]


@pytest.mark.parametrize(
    ("text", "needle", "chain"),
    [
        ("The Karsk Navy will keep ships off Karsk, Lena Varga said on Wednesday, a day after Ivo Tamm said "
         "the Karsk Navy had sunk the Morrow Gull.", "had sunk the Morrow Gull", ["Ivo Tamm"]),
        ("The Karsk Navy will keep ships off Karsk, Lena Varga said on Wednesday, two days after Ivo Tamm "
         "said the Karsk Navy had sunk the Morrow Gull.", "had sunk the Morrow Gull", ["Ivo Tamm"]),
        # the frame's own clause keeps its speaker
        ("The Karsk Navy will keep ships off Karsk, Lena Varga said on Wednesday, a day after Ivo Tamm said "
         "the Karsk Navy had sunk the Morrow Gull.", "will keep ships off Karsk", ["Lena Varga"]),
    ],
)  # fmt: skip
def test_a_frame_in_a_time_adjunct_after_a_closing_frame_is_not_nested(nlp, text, needle, chain):
    assert _chain(nlp, text, needle) == chain


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("a day after", True),
        ("two days before", True),
        ("shortly after", True),
        ("after", False),  # the bare word is adjunct_starts.txt's, not this rule's
        ("the Karsk Navy after", False),
        ("a statement after", False),
    ],
)
def test_time_adjunct_reads_a_stretch_of_time_before_after(nlp, words, expected):
    from osint_graph.nlp.attribution_trailing import time_adjunct

    assert time_adjunct(list(nlp.make_doc(words))) is expected


def test_an_exclaimed_quote_is_the_speakers(nlp):
    # twenty-seventh round (carry27): "exclaim" is a reporting verb (common/report_verbs.txt)
    text = "“The Morrow Gull is listing to port,” exclaimed passenger Lena Varga."
    assert _chain(nlp, text, "listing to port") == ["Lena Varga"]
