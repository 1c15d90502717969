"""Repost credits and statement nouns in the shapes fresh pages wrote them.

Repost credits (osint_graph/nlp/repost.py): a closing labelled credit naming several agencies
("Source: Wirewatch + Nordic Daily") and an outlet-and-date line under the headline written day
first with its weekday ("Wirewatch , Wednesday 3 Jun 2025"). Statement nouns
(sources/rules/attribution/statement_nouns.txt): "according to the release" after a body's
release, and "the statement said" after "X issued a statement" (osint_graph/nlp/statement_issuer.py).
Made-up vessels, people, bodies and outlets; the stand-alone pipeline as in
tests/test_attribution_discourse.py.
"""

from __future__ import annotations

import pytest
from claim_standalone import chain_of

ENTITIES = {
    "VESSEL": ["Morrow Gull", "Tern Vale"],
    "PORT": ["Karsk"],
    "OUTLET": ["Wirewatch", "Nordic Daily", "Harbour Ledger"],
    "PERSON": ["Lena Varga"],
    "ORG": ["Karsk Navy", "Brightwater Shipping", "Tidemark Data"],
    "COUNTRY": ["Finland"],
}  # fmt: skip


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(ENTITIES)


STORY = "The Tern Vale unloaded 300 containers at Karsk in May.\n\nThe Morrow Gull was detained, Lena Varga said.\n\n"


@pytest.mark.parametrize("credit", ["Source: Wirewatch + Nordic Daily", "Source: Wirewatch and Nordic Daily",
                                    "Source: Wirewatch/Nordic Daily"])  # fmt: skip
def test_a_closing_credit_naming_several_agencies_puts_the_first_at_the_head(run, credit):
    claims = run(STORY + credit)
    assert chain_of(claims, "300 containers") == ["Wirewatch"]
    assert chain_of(claims, "detained") == ["Wirewatch", "Lena Varga"]


def test_a_joint_credit_of_no_outlet_is_no_repost(run):
    assert chain_of(run(STORY + "Source: port records + harbour logs"), "300 containers") == []


@pytest.mark.parametrize("line", ["Wirewatch , Wednesday 3 Jun 2025", "Wirewatch, 3 June 2025",
                                  "Wirewatch June 3, 2025"])  # fmt: skip
def test_an_outlet_and_a_day_first_date_under_the_headline_is_a_repost_byline(run, line):
    text = "Morrow Gull detained near Karsk\n\n" + line + "\n\nThe Tern Vale unloaded 300 containers at Karsk in May."
    assert chain_of(run(text), "300 containers") == ["Wirewatch"]
    assert chain_of(run(text, outlet="Wirewatch"), "300 containers") == []  # the agency's own page


def test_a_person_and_a_date_under_the_headline_is_no_repost(run):
    text = (
        "Morrow Gull detained near Karsk\n\nLena Varga , Wednesday 3 Jun 2025\n\nThe Tern Vale unloaded 300 containers."
    )
    assert chain_of(run(text), "300 containers") == []


def test_the_release_speaks_for_the_body_that_issued_it(run):
    text = (
        "The Morrow Gull was detained near Karsk, the Karsk Navy said in a release.\n\n"
        "The ship had 12 crew members, according to the release."
    )
    assert chain_of(run(text), "12 crew") == ["Karsk Navy"]


def test_the_writers_hearsay_cue_ends_a_speakers_passage(run):
    # "is said to" / "it is reported that" with no frame of its own: the writer's hearsay, not Varga's
    told = "The Morrow Gull was detained near Karsk, Lena Varga said. She said the crew was questioned."
    claims = run(told + " The Morrow Gull is said to have carried 300 containers.")
    assert chain_of(claims, "300 containers") == []
    claims = run(told + " It is reported that the Morrow Gull carried 300 containers.")
    assert chain_of(claims, "300 containers") == []
    claims = run(told + " “It is reported that the Morrow Gull carried 300 containers.”")
    assert chain_of(claims, "300 containers") == ["Lena Varga"]  # inside her quotation the cue is hers


def test_the_statement_is_the_issuers_when_no_frame_cited_it(run):
    text = (
        "The Morrow Gull was hit near Karsk, the Karsk Navy said.\n\n"
        "Brightwater Shipping, which owns the ship, issued a statement acknowledging the attack.\n\n"
        "“The Morrow Gull carried 300 containers,” the statement said."
    )
    assert chain_of(run(text), "300 containers") == ["Brightwater Shipping"]
    unnamed = text.replace("Brightwater Shipping, which owns the ship,", "The owner")
    assert chain_of(run(unnamed), "300 containers") == ["Karsk Navy"]  # no named issuer: the source cited last


@pytest.mark.parametrize(
    ("verb", "chain"), [("called off", []), ("called for", []), ("called for the navy to end", ["Karsk Navy"])]
)
def test_a_speech_verb_with_an_acts_particle_makes_no_source(run, verb, chain):
    # "call off" is an act (attribution/phrasal_acts.txt); "call for" a noun is an act too since the
    # sixteenth round's ruling ("called for an inquiry" -> []), but with a clause it presents one
    text = f"The Karsk Navy {verb} the search for 12 crew members of the Morrow Gull."
    assert chain_of(run(text), "12 crew") == chain


@pytest.mark.parametrize(
    "frame", ["Wirewatch reported citing Tidemark Data", "Wirewatch reported, citing Tidemark Data"]
)
def test_an_outlet_citing_a_source_with_or_without_a_comma_relays_it(run, frame):
    # "X reported citing Y": Y is X's source, after X in the chain, as with the comma
    text = f"The Morrow Gull was ordered to sail to Karsk with 12 crew members, {frame}."
    assert chain_of(run(text), "12 crew") == ["Wirewatch", "Tidemark Data"]


@pytest.mark.parametrize("frame", ["This is reported by Wirewatch.", "This was reported by Wirewatch.",
                                   "That's according to Wirewatch."])  # fmt: skip
def test_a_passive_frame_pointing_back_gives_the_sentence_before_its_source(run, frame):
    text = "The Morrow Gull was detained near Karsk with 12 crew members. " + frame
    assert chain_of(run(text), "12 crew") == ["Wirewatch"]


@pytest.mark.parametrize(("frame", "chain"), [
    ("Wirewatch reported it was told by a spokesman for the Karsk Navy that", ["Wirewatch", "Karsk Navy"]),
    ("Wirewatch was told by the Karsk Navy that", ["Wirewatch", "Karsk Navy"]),
    ("The crew was told by the captain that", []),
])  # fmt: skip
def test_a_passive_telling_verb_makes_its_agent_the_speaker(run, frame, chain):
    # "X (reported it) was told by Y that C": Y speaks; an outlet told relays Y's words, [X, Y];
    # a generic teller ("the captain") is left out of the chain, as in the active "the captain told X"
    text = f"{frame} the Morrow Gull was detained near Karsk with 12 crew members."
    assert chain_of(run(text), "12 crew") == chain


@pytest.mark.parametrize("lead", ["", "Later, "])
def test_an_outlet_citing_a_source_between_commas_before_its_verb_relays_it(run, lead):
    # "X, citing Y, reported that C": the parser may hang X on the verb (or an adverb) instead of taking it
    # for the subject; X is still the outlet and Y its source
    text = f"{lead}Wirewatch, citing the Karsk Navy, reported that the Morrow Gull was detained with 12 crew members."
    assert chain_of(run(text), "12 crew") == ["Wirewatch", "Karsk Navy"]


@pytest.mark.parametrize(("frame", "chain"), [
    ("Lena Varga said, according to Wirewatch", ["Wirewatch", "Lena Varga"]),
    ("Karsk Navy officials say, according to Wirewatch news agency", ["Wirewatch", "Karsk Navy"]),
])  # fmt: skip
def test_according_to_an_outlet_after_a_closing_frame_relays_the_speaker(run, frame, chain):
    # "C, X said, according to Y": "according" is tagged a participle, but the phrase is no adjunct after
    # the frame (as "..., X said, refusing to ..." is): Y passed on X's words, [Y, X]
    text = f"The Morrow Gull was detained with 12 crew members, {frame}."
    assert chain_of(run(text), "12 crew") == chain


@pytest.mark.parametrize(("text", "chain"), [
    ("The Karsk Navy played down the move, saying the Morrow Gull was detained with 12 crew members.",
     ["Karsk Navy"]),
    ("Lena Varga expressed sympathy for the families, saying the 12 crew members of the Morrow Gull were safe.",
     ["Lena Varga"]),
    ("The Karsk Navy shared the report on Monday, adding that the Morrow Gull carried 12 crew members.",
     ["Karsk Navy"]),
    # "claiming" after an act the outlet reports itself is no statement participle (statement_participles.txt)
    ("The Karsk Navy detained the Morrow Gull, claiming its 12 crew members had ignored orders.", []),
])  # fmt: skip
def test_a_saying_participle_after_the_predicate_makes_the_act_a_statement(run, text, chain):
    # "X played down the move, saying C": X's act is a statement, the sentence is X's
    assert chain_of(run(text), "12 crew") == chain
