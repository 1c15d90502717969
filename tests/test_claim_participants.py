"""Claims of the thirty-second round on made-up sentences through the whole pipeline: a clause whose
participants are all unnamed ("Authorities detained the tanker") is a claim; "with dozens feared
missing" is a with-clause of its own, hedged, and no speech frame. Each shape has a twin that must not fire."""

from __future__ import annotations

import pytest

from osint_graph.model import Article, article_id


def _claims(extractor, text):
    return extractor.extract(Article(id=article_id(text), text=text, outlet="Harbour Ledger")).claims


# a sentence naming no tracked entity and no figure, whose subject takes part in the event: a claim
PARTICIPANT_CLAIMS = [
    "Authorities detained the tanker for an investigation under the merchant shipping law.",
    "Some crew members initially prevented enforcement officers from returning to their patrol boat.",
    "A journalist saw rescue workers recover a body and place it on a tarpaulin on the beach.",
    "Police and rescue workers were still looking for more bodies after the boat overturned.",
]

# the twins: the same kind of sentence with a subject that is no participant (page furniture,
# background, an empty "it"): no claim
NO_CLAIMS = [
    "It was an unexpected end to a long and tiring chase.",
    "Stories with this byline are the work of the paper's own writers.",
    "Shark fin soup is a delicacy in many coastal towns.",
]


@pytest.mark.parametrize("text", PARTICIPANT_CLAIMS)
def test_unnamed_participants_make_a_claim(claims_extractor, text):
    claims = _claims(claims_extractor, text)
    assert [c.text for c in claims] == [text[:-1]]


@pytest.mark.parametrize("text", NO_CLAIMS)
def test_no_participant_no_claim(claims_extractor, text):
    assert not _claims(claims_extractor, text)


def test_feared_missing_is_a_hedged_with_clause(claims_extractor):
    text = "Three crew of the Tern Vale were confirmed dead, with dozens feared missing."
    by_start = {c.text.split()[0]: c for c in _claims(claims_extractor, text)}
    assert by_start["with"].hedged and by_start["with"].text == "with dozens feared missing"
    assert not by_start["Three"].hedged and not by_start["Three"].attribution


def test_with_clause_without_a_cue_stays_whole(claims_extractor):
    text = "Three crew of the Tern Vale were confirmed dead, with dozens missing."
    claims = _claims(claims_extractor, text)
    assert [c.text for c in claims] == [text[:-1]] and not claims[0].hedged


def test_feared_with_a_participle_is_no_speech_frame(claims_extractor):
    """ "with dozens feared drowned": no speaker "dozens", the main clause keeps no hedge of it."""
    text = "The ferry capsized off Tolm on Sunday, with dozens feared drowned."
    by_start = {c.text.split()[0]: c for c in _claims(claims_extractor, text)}
    assert by_start["with"].hedged and not by_start["The"].hedged and not by_start["The"].attribution


def test_a_speaker_who_fears_a_clause_stays_a_frame(claims_extractor):
    """The twin: "officials feared (that) C" is a belief about a clause, a hedged frame."""
    text = "The Karsk Navy said officials feared the Tern Vale would sink."
    claims = _claims(claims_extractor, text)
    assert len(claims) == 1 and claims[0].hedged
