"""The writer's 'reportedly' pointing at the reporter the next sentence names (GUIDELINES ruling)."""

from __future__ import annotations

from osint_graph.model import Article
from osint_graph.nlp.claims import attribution_names


def _claims(extractor, text: str):
    return extractor.extract(Article(id="nr", text=text, outlet="The Daily Probe")).claims


def _first(claims, words: str):
    return next(c for c in claims if words in c.text)


def test_reportedly_takes_the_reporter_the_next_sentence_names(claims_extractor):
    claims = _claims(
        claims_extractor,
        "The Tern Vale's master has reportedly been detained. He was held on Monday, Nordic Daily reported.",
    )
    first = _first(claims, "reportedly")
    assert attribution_names(first) == ["Nordic Daily"]
    assert not first.hedged


def test_said_to_takes_the_next_named_source(claims_extractor):
    claims = _claims(
        claims_extractor,
        "The Morrow Gale is said to have lost power near Port Lennit. It drifted for an hour, the Varnel Navy noted.",
    )
    first = _first(claims, "said to")
    assert attribution_names(first) == ["Varnel Navy"]
    assert not first.hedged


def test_a_generic_next_speaker_leaves_the_hedge(claims_extractor):
    claims = _claims(
        claims_extractor, "The Kestrel Bay has reportedly been seized. Karsk media say it was taken to Port Lennit."
    )
    first = _first(claims, "reportedly")
    assert attribution_names(first) == []
    assert first.hedged


def test_the_cue_in_a_named_speakers_sentence_stays_a_hedge(claims_extractor):
    claims = _claims(
        claims_extractor,
        "The crew of the Morrow Gale was reported to be safe, Nordic Daily said. "
        "The ship docked in Port Lennit, the Varnel Navy said.",
    )
    first = _first(claims, "reported to be safe")
    assert attribution_names(first) == ["Nordic Daily"]
    assert first.hedged
