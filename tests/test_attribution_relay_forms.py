"""A speaker who talks to an outlet: the outlet heads the chain, [Outlet, speaker] (GUIDELINES, "a relay
stands before the source it relays"), in the forms real pages write it.

Made-up vessels, people, bodies and outlets; the stand-alone pipeline (bare model + the entities named
here), the page's own outlet "Harbour Ledger" (tests/claim_standalone.py).
"""

from __future__ import annotations

import pytest
from claim_standalone import chain_of

ENTITIES = {
    "VESSEL": ["Morrow Gull"],
    "PORT": ["Karsk"],
    "OUTLET": ["Nordic Daily", "Harbour Ledger"],
    "ORG": ["Karsk Navy", "Brightwater Shipping"],
    "PERSON": ["Lena Varga"],
    "COUNTRY": ["Varnia"],
}  # fmt: skip
INTRO = "Harbour Ledger has followed the Morrow Gull since May.\n"


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(ENTITIES)


@pytest.mark.parametrize(
    ("audience", "chain"),
    [
        ("Nordic Daily", ["Nordic Daily", "Lena Varga"]),
        ("Harbour Ledger", ["Lena Varga"]),  # the page's own outlet relays nothing of its own
        ("reporters", ["Lena Varga"]),  # no outlet
        ("the court", ["Lena Varga"]),
        ("Varnia's navy", ["Lena Varga"]),
    ],
)
def test_only_an_outlet_told_relays(run, audience, chain):
    text = f"{INTRO}Lena Varga told {audience} that the Morrow Gull would not enter Karsk.\n"
    assert chain_of(run(text), "would not enter") == chain


@pytest.mark.parametrize(
    ("title", "chain"),
    [
        ("co-head of the practice at Brightwater Shipping in an interview with Nordic Daily",
         ["Nordic Daily", "Lena Varga"]),
        ("co-head of the practice at Brightwater Shipping in an interview with the Karsk Navy", ["Lena Varga"]),
        ("adviser to Nordic Daily", ["Lena Varga"]),  # "to" inside a title is no relay
    ],
)  # fmt: skip
def test_an_interview_closing_the_speakers_appositive_relays(run, title, chain):
    # "“C,” said X, <title> in an interview with <outlet>." (no comma before the phrase): the outlet relays
    # X's words and those of the quote that runs on (attribution_relay.interview_at)
    quote = "“We are ready for the Morrow Gull.”"
    text = f"{INTRO}“The Morrow Gull will not enter Karsk,” said Lena Varga, {title}. {quote}\n"
    claims = run(text)
    assert chain_of(claims, "will not enter") == chain
    assert chain_of(claims, "We are ready") == chain


@pytest.mark.parametrize(
    ("phrase", "chain"),
    [
        ("in a separate interview with Nordic Daily", ["Nordic Daily", "Lena Varga"]),
        ("in an exclusive interview with Nordic Daily", ["Nordic Daily", "Lena Varga"]),
        ("in a telephone interview with Nordic Daily", ["Nordic Daily", "Lena Varga"]),
        ("in a separate interview with the Karsk Navy", ["Lena Varga"]),  # a body relays nothing
        ("in a separate interview", ["Lena Varga"]),
    ],
)
def test_an_interview_with_an_outlet_under_an_adjective_relays(run, phrase, chain):
    # "X said in a separate interview with <outlet>" (attribution/frame_phrases.csv, relay)
    text = f"{INTRO}Lena Varga said {phrase} that the Morrow Gull would not enter Karsk.\n"
    assert chain_of(run(text), "would not enter") == chain


@pytest.mark.parametrize(
    ("audience", "chain"),
    [
        ("speaking to Nordic Daily", ["Nordic Daily", "Lena Varga"]),
        ("speaking to the Karsk Navy", ["Lena Varga"]),  # only an outlet relays
        ("speaking to reporters", ["Lena Varga"]),
    ],
)
def test_a_relay_phrase_after_the_speakers_appositive_relays_the_quote_and_its_run_on(run, audience, chain):
    # "“C,” said X, the agency's director, speaking to <outlet>. “C2.”": the appositive stands between
    # the frame and the relay phrase; the quote that runs on keeps the chain
    text = (
        f"{INTRO}“The Morrow Gull will not enter Karsk,” said Lena Varga, the agency's director, {audience}. "
        "“We are ready for the Morrow Gull.”\n"
    )
    claims = run(text)
    assert chain_of(claims, "will not enter") == chain
    assert chain_of(claims, "We are ready") == chain


@pytest.mark.parametrize(
    ("clause", "chain"),
    [
        ("who was quoted by Nordic Daily", ["Nordic Daily", "Lena Varga"]),
        ("who spoke to Nordic Daily", ["Nordic Daily", "Lena Varga"]),
        ("who spoke to the Karsk Navy", ["Lena Varga"]),  # only an outlet relays
        ("who was quoted by reporters", ["Lena Varga"]),
    ],
)
def test_a_relay_in_a_relative_clause_on_the_according_to_source(run, clause, chain):
    # "According to X, who was quoted by <outlet>, C": the outlet relays X (attribution_leading, the
    # description chunks after a leading "according to" frame)
    text = f"{INTRO}According to Lena Varga, {clause}, the Morrow Gull hit a pier at Karsk.\n"
    assert chain_of(run(text), "hit a pier") == chain


@pytest.mark.parametrize(
    ("tail", "chain"),
    [
        ("according to a statement by the Karsk Navy as quoted by Nordic Daily", ["Nordic Daily", "Karsk Navy"]),
        ("according to a statement by the Karsk Navy", ["Karsk Navy"]),
        ("according to a statement by the Karsk Navy as quoted by reporters", ["Karsk Navy"]),
    ],
)
def test_an_outlet_quoting_the_source_of_a_trailing_according_to_relays(run, tail, chain):
    text = f"{INTRO}The Morrow Gull hit a pier at Karsk on Monday, {tail}.\n"
    assert chain_of(run(text), "hit a pier") == chain


def test_a_relayed_speaker_named_again_by_surname_goes_on_through_the_outlet(run):
    text = (
        f"{INTRO}Lena Varga told Nordic Daily that the Morrow Gull would not enter Karsk.\n"
        "Varga added that the Morrow Gull had lost an anchor off Varnia.\n"
    )
    chain = chain_of(run(text), "lost an anchor")  # (the bare surname may stay unresolved: its name is not asserted)
    assert chain[0] == "Nordic Daily" and chain[-1].endswith("Varga") and len(chain) == 2


@pytest.mark.parametrize(
    ("between", "chain"),
    [
        ("", ["Nordic Daily", "Lena Varga"]),  # her next words: still relayed
        ("The Karsk Navy said the Morrow Gull was towed.\n", ["Lena Varga"]),  # another source's frame ends it
    ],
)
def test_what_comes_between_ends_a_relay(run, between, chain):
    text = (
        f"{INTRO}Lena Varga told Nordic Daily that the Morrow Gull would not enter Karsk.\n"
        f"{between}"
        "Lena Varga said that the Morrow Gull had lost an anchor off Varnia.\n"
    )
    assert chain_of(run(text), "lost an anchor") == chain


@pytest.mark.parametrize(
    ("audience", "chain"),
    [
        ("Nordic Daily", ["Nordic Daily", "Lena Varga"]),
        ("Harbour Ledger", ["Lena Varga"]),  # the page's own outlet relays nothing of its own
        ("reporters", ["Lena Varga"]),  # no outlet
    ],
)
def test_an_outlet_informed_relays_as_one_told(run, audience, chain):
    # "X informed Reuters that C" (verb_frames.csv: inform,relay), as "X told Reuters"
    text = f"{INTRO}Lena Varga informed {audience} that the Morrow Gull would not enter Karsk.\n"
    assert chain_of(run(text), "would not enter") == chain


@pytest.mark.parametrize(
    ("speaker", "chain"),
    [
        ("Lena Varga informed Nordic Daily", []),  # the speaker takes over: the passage ends
        ("Lena Varga told Nordic Daily", []),
        ("Nordic Daily added", ["Nordic Daily"]),  # the passage's own outlet again: it goes on
    ],
)
def test_a_speaker_relayed_by_the_passages_outlet_ends_the_passage(run, speaker, chain):
    text = (
        f"{INTRO}The Morrow Gull left Karsk in May, as reported by Nordic Daily.\n"
        f"{speaker} that the Morrow Gull would not return to Karsk.\n"
        "The Karsk Navy sent two frigates to the strait last winter.\n"
    )
    assert chain_of(run(text), "two frigates") == chain


# Twenty-eighth round (outlet28; issues 11, 12): the outlet at the head of a chain in "Citing Y, X reported
# that C" and "X, citing Y, reported that C", and the name set off after an unnamed description of the
# source, "According to a Karsk news outlet, Nordblick, C".
INTRO28 = INTRO + "The Morrow Gull left Karsk in May.\n"


@pytest.mark.parametrize(
    ("sentence", "chain"),
    [
        # the parser may take the cited person for a second subject of "reported": the outlet reports
        ("Citing Lena Varga, Nordic Daily reported that the Morrow Gull was detained.", ["Nordic Daily", "Lena Varga"]),
        ("Citing the Karsk Navy, Nordic Daily reported that the Morrow Gull was detained.",
         ["Nordic Daily", "Karsk Navy"]),
        # negative twin: no lead, the subject before the verb speaks
        ("Lena Varga reported that the Morrow Gull was detained.", ["Lena Varga"]),
    ],
)  # fmt: skip
def test_citing_lead_leaves_the_outlet_the_subject(run, sentence, chain):
    assert chain_of(run(INTRO28 + sentence + "\n"), "was detained") == chain


@pytest.mark.parametrize(
    ("participle", "chain"),
    [
        ("citing Lena Varga", ["Nordic Daily", "Lena Varga"]),  # "citing" parsed as a clausal subject
        ("adding details", ["Nordic Daily"]),  # negative twin: a participle that cites no one
    ],
)
def test_citing_between_the_outlet_and_its_verb(run, participle, chain):
    text = f"{INTRO28}Nordic Daily, {participle}, reported that the Morrow Gull was detained.\n"
    assert chain_of(run(text), "was detained") == chain


@pytest.mark.parametrize(
    ("frame", "chain"),
    [
        ("According to a Varnian military news outlet, Skarvblick,", ["Skarvblick"]),
        ("According to a military news outlet, Skarvblick,", ["Skarvblick"]),
        # negative twins: a named source keeps its frame; with no name set off the description names no one
        ("According to Nordic Daily, Skarvblick,", ["Nordic Daily"]),
        ("According to a military news outlet,", []),
    ],
)
def test_name_set_off_after_an_unnamed_description(run, frame, chain):
    text = f"{INTRO28}{frame} the crew of the Morrow Gull spotted a drone on Tuesday.\n"
    assert chain_of(run(text), "spotted a drone") == chain


def test_a_name_after_a_document_is_no_outlet(run):
    # negative twin: after a document the name set off is the clause's subject, not its source
    text = (
        f"{INTRO28}According to the indictment, Lena Varga, a citizen of Varnia, steered the Morrow Gull into Karsk.\n"
    )
    assert chain_of(run(text), "steered") != ["Lena Varga"]
