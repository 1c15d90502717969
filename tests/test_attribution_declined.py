"""'Declined to comment' is a negated speech act (GUIDELINES ruling on negated speech acts)."""

from __future__ import annotations

from osint_graph.model import Article


def _claims(extractor, text: str):
    return extractor.extract(Article(id="dl", text=text, outlet="The Daily Probe")).claims


def test_declined_to_comment_is_negated(claims_extractor):
    claims = _claims(
        claims_extractor,
        "The Morrow Gale was seized near Port Lennit, Wirewatch reported. "
        "The ship's owner, Karsk Tankers, declined to comment.",
    )
    declined = next(c for c in claims if "declined" in c.text)
    assert declined.negated and not declined.hedged


def test_refused_to_answer_questions_is_negated(claims_extractor):
    claims = _claims(claims_extractor, "Karsk Tankers refused to answer questions about the Morrow Gale.")
    assert claims[0].negated


def test_an_act_refused_is_no_negated_speech_act(claims_extractor):
    claims = _claims(claims_extractor, "The Morrow Gale's captain refused to change course near Port Lennit.")
    assert not claims[0].negated


def test_a_party_that_refuses_an_act_is_no_source(claims_extractor):
    # "refuse" withholds a statement only before a speech verb ("refused to comment"); refusing an act
    # ("refused to accept them", a bare "refused") is the party's act, which the outlet reports: no source
    claims = _claims(
        claims_extractor,
        "Karsk Tankers asked Port Lennit to take the Morrow Gale. Port Lennit, however, refused. "
        "Brightwater Shipping refused to accept the Morrow Gale's crew.",
    )
    refusals = [c for c in claims if "refused" in c.text]
    assert len(refusals) == 2
    assert all(not c.attribution for c in refusals), [(c.text, c.attribution) for c in refusals]
