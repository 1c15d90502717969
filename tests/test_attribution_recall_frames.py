"""Source frames the attribution once missed (issue 12, missing sources): a quoting verb in the
passive ("Varga was quoted as saying C (by Nordic Daily)"), "X cited Y as saying", and reporting
verbs of feeling or insinuation ("lamented", "hinted", "reassured").

Texts written for these rules with made-up vessels, people and outlets; the claims component runs
on the stand-alone pipeline (bare model + the entities named here), as in
tests/test_attribution_discourse.py.
"""

from __future__ import annotations

import pytest
from claim_standalone import chain_of

ENTITIES = {
    "VESSEL": ["Morrow Gull", "Tern Vale"],
    "OUTLET": ["Wirewatch", "Nordic Daily", "Harbour Ledger"],
    "ORG": [
        "Karsk Navy",
        "Brightwater Shipping",
        "Coastal Watch Agency",
        "Karsk Fisheries Bureau",
        "Karsk Coast Guard",
    ],
    "PERSON": ["Lena Varga", "Tomas Orell"],
    "COUNTRY": ["Norway"],
}


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(ENTITIES)


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        # the passive subject of a quoting verb is the speaker; a "by" agent quotes her
        ("Lena Varga was quoted as saying that the Tern Vale sailed too close to the reef.", ["Lena Varga"]),
        (
            "Lena Varga was quoted by Nordic Daily as saying that the Tern Vale sailed too close to the reef.",
            ["Nordic Daily", "Lena Varga"],
        ),
        ("The Tern Vale sailed too close to the reef, Lena Varga was quoted as saying.", ["Lena Varga"]),
        (
            "“The Tern Vale sailed too close to the reef,” Lena Varga was quoted as saying by Nordic Daily.",
            ["Nordic Daily", "Lena Varga"],
        ),
        # "X cited Y as saying" is "X quoted Y as saying"
        (
            "The Tern Vale sailed too close to the reef, Wirewatch cited the Karsk Navy as saying.",
            ["Wirewatch", "Karsk Navy"],
        ),
    ],
)
def test_a_quoted_speaker_is_the_source_after_the_outlet_that_quotes(run, text, chain):
    assert chain_of(run(text), "too close to the reef") == chain


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("Tomas Orell hinted that the Karsk Navy had tracked the Tern Vale for weeks.", ["Tomas Orell"]),
        ("Lena Varga lamented that the Tern Vale had been tracked for weeks.", ["Lena Varga"]),
        (
            "Brightwater Shipping reassured the public that the Tern Vale had been tracked for weeks.",
            ["Brightwater Shipping"],
        ),
        # a source correcting the record speaks too
        ("Brightwater Shipping clarified that the Tern Vale had been tracked for weeks.", ["Brightwater Shipping"]),
    ],
)
def test_verbs_of_feeling_and_insinuation_report(run, text, chain):
    assert chain_of(run(text), "for weeks") == chain


def test_a_passive_report_verb_that_is_no_quotation_names_no_speaker(run):
    # "was reported" is hearsay, not a quotation: its subject is what was reported, no source
    claims = run("The Morrow Gull was reported missing near the reef on Monday.")
    assert chain_of(claims, "missing near the reef") == []


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        # "the company" is the company named just before, cited or not (attribution/body_kinds.csv)
        (
            "In a statement issued by Brightwater Shipping, the company said the Tern Vale was hit by a projectile.",
            ["Brightwater Shipping"],
        ),
        (
            "The Tern Vale, carrying 4,000 cars built for Brightwater Shipping, as the company confirmed, "
            "was hit by a projectile.",
            ["Brightwater Shipping"],
        ),
        # "the agency" is the agency named just before, even one whose name says "bureau"
        (
            "Karsk boats fired water cannons at a Karsk Fisheries Bureau vessel, which was hit by a projectile, "
            "according to the agency.",
            ["Karsk Fisheries Bureau"],
        ),
    ],
)
def test_a_descriptor_names_the_body_of_its_kind_named_just_before(run, text, chain):
    assert chain_of(run(text), "hit by a projectile") == chain


def test_a_company_descriptor_with_no_company_named_before_names_nobody(run):
    claims = run("The Karsk Navy boarded the Tern Vale. The company said the Tern Vale was hit by a projectile.")
    assert chain_of(claims, "hit by a projectile") == []


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        # the agent of a passive naming verb made the description (frame `observation`)
        ("The loss of the Tern Vale was described by the Karsk Navy as a heavy blow.", ["Karsk Navy"]),
        # "dubbed X Y" names as "called X Y" does (frame `speech_act`)
        ("Tomas Orell has dubbed the Tern Vale “a heavy blow” to the fleet.", ["Tomas Orell"]),
    ],
)
def test_a_naming_verb_gives_its_namer(run, text, chain):
    assert chain_of(run(text), "heavy blow") == chain


def test_a_statement_that_reads_frames_its_words_for_its_issuer(run):
    # "read" reports only with a statement noun for subject (attribution/document_verbs.txt)
    claims = run("“The Tern Vale rolled over and sank,” the Karsk Navy's statement read.")
    assert chain_of(claims, "rolled over") == ["Karsk Navy"]


def test_a_person_who_reads_reports_nothing(run):
    claims = run("Tomas Orell read the Tern Vale's log to the crew on Monday.")
    assert chain_of(claims, "log to the crew") == []


@pytest.mark.parametrize(
    ("speaker", "body"),
    [("navy officials", "Karsk Navy"), ("coast guard officials", "Karsk Coast Guard")],
)
def test_officials_named_by_their_kind_speak_for_that_body_named_before(run, speaker, body):
    # the kind is the word before the speaker (attribution/body_kinds.csv), the body named just before
    text = f"The {body} boarded the Tern Vale on Monday.\n\nAll 21 crew members were rescued, {speaker} said."
    assert chain_of(run(text), "21 crew") == [body]


def test_a_colon_closing_a_speech_act_announces_the_quote_of_the_next_paragraph(run):
    text = (
        "In a briefing, Tomas Orell confirmed the attack and stated:\n\n"
        "“The drones were launched toward the Tern Vale from the north.”"
    )
    assert chain_of(run(text), "drones were launched") == ["Tomas Orell"]


def test_a_colon_announces_only_a_quote(run):
    # a paragraph that does not open with a quote is the outlet's own narration again
    text = "In a briefing, Tomas Orell confirmed the attack:\n\nThe drones were launched toward the Tern Vale."
    assert chain_of(run(text), "drones were launched") == []


def test_coastguard_officials_with_no_coast_guard_named_speak_for_the_story_state(run):
    # attribution/story_state_heads.csv: "coastguard officials" is a state's service; bare "officials" speak
    # for the state the article names too (attribution/bare_state_speakers.txt, fourteenth round)
    text = (
        "The Tern Vale sank off Norway on Monday.\n\nThe Tern Vale was carrying 459 people, coastguard officials said."
    )
    assert chain_of(run(text), "459 people") == ["Norway"]
    text = "The Tern Vale sank off Norway on Monday.\n\nThe Tern Vale was carrying 459 people, officials said."
    assert chain_of(run(text), "459 people") == ["Norway"]
    text = "The Tern Vale sank at dawn.\n\nThe Tern Vale was carrying 459 people, officials said."
    assert chain_of(run(text), "459 people") == []
