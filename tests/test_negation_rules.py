"""Negation rules written for the missed and false negations of real prose (sources/rules/modality/
negative_implicatives.txt, finding_out_verbs.txt, negated_certainty_nouns.txt, common/
denial_adjectives.txt), each on a made-up sentence through the whole pipeline: the claim that
starts with the given words says whether it is negated (and hedged)."""

from __future__ import annotations

import pytest

from osint_graph.model import Article, article_id

# (text, words the claim starts with, negated, hedged)
CASES = [
    # a negative implicative: the infinitive's act did not happen
    ("The Karsk coast guard failed to reach the tanker Morrow Gull.", "The Karsk coast guard", True, False),
    ("The Karsk coast guard was unable to board the tanker Morrow Gull.", "The Karsk coast guard", True, False),
    ("The Karsk Navy has yet to comment on the tanker Morrow Gull.", "The Karsk Navy", True, False),
    ("The Karsk coast guard managed to reach the tanker Morrow Gull.", "The Karsk coast guard", False, False),
    # ... but a gap to be filled is no negation
    (
        "The tanker Morrow Gull was hit near Karsk, but the extent of the damage to the Morrow Gull is yet to be "
        "determined.",
        "the extent",
        False,
        False,
    ),  # fmt: skip
    # "neither ... nor" on the subject or on the verb
    ("Neither Karsk nor Varnia have confirmed the seizure of the tanker Morrow Gull.", "Neither Karsk", True, False),
    ("Karsk officials neither confirmed nor denied the attack on the tanker Morrow Gull.", "Karsk", True, False),
    # a claim called false with a copula is a denial
    ("The Karsk report of a strike on the tanker Morrow Gull is false, Varnel officials said.", "The", True, False),
    # the content of a reporting participle that is the clause's predicate
    (
        "The tanker Morrow Gull was hit at 10am, a Karsk Navy statement said, adding that no Varnel ships were near.",
        "adding that",
        True,
        False,
    ),  # fmt: skip
    # a negation on the adjective complement ("were “not successful”")
    (
        "Karsk claimed that rescue operations for the tanker Morrow Gull were “not successful,” its navy said.",
        "rescue operations",
        True,
        False,
    ),  # fmt: skip
    # "whether or not" is the alternative of an open question, no negation
    (
        "It was unknown why the tanker Morrow Gull had rerouted to Karsk, and whether or not it is unloading there.",
        "It was unknown",
        False,
        True,
    ),  # fmt: skip
    # "there is no guarantee (that) C" doubts C; "no chance that C" stays a negation, no hedge
    (
        "Even if the attacks end, there is no guarantee the tanker Morrow Gull would be able to leave Karsk.",
        "Even if",
        False,
        True,
    ),  # fmt: skip
    ("There is no chance that the tanker Morrow Gull will sail to Karsk.", "There is", True, False),
    # the content clause of a predicate of saying or finding states the claim: its negation is the claim's
    # (modality/content_clause_heads.txt with common/report_verbs.txt)
    (
        "The Karsk court ruled that Tern Tankers is not liable for the Morrow Gull spill.",
        "The Karsk court",
        True,
        False,
    ),
    (
        "Admiral Varga was adamant that the return of the Morrow Gull did not mean Karsk had given up its claim.",
        "Admiral Varga",
        True,
        False,
    ),  # fmt: skip
    ("The Karsk court ruled that Tern Tankers is liable for the Morrow Gull spill.", "The Karsk court", False, False),
    # ... but an embedded question is no statement
    ("The Varnel Navy did not say whether the tanker Morrow Gull was hit.", "The Varnel Navy", True, False),
    # a trailing noun set off by a comma whose relative clause denies is a denial of its own, negated
    (
        "Varnel accused Karsk of being behind the blast on the tanker Morrow Gull, a charge Karsk denied.",
        "a charge",
        True,
        False,
    ),  # fmt: skip
    (
        "Varnel accused Karsk of being behind the blast on the tanker Morrow Gull, a charge Karsk denied.",
        "Varnel",
        False,
        False,
    ),
    # a court disposing of a legal action rules, it does not deny (modality/legal_actions.txt)
    (
        "A Karsk judge dismissed on Tuesday Varnia's lawsuit against the owners of the tanker Morrow Gull.",
        "A Karsk judge",
        False,
        False,
    ),  # fmt: skip
    ("The Karsk court rejected the appeal of the owners of the tanker Morrow Gull.", "The Karsk court", False, False),
    ("Karsk dismissed the allegations that the tanker Morrow Gull carried arms.", "Karsk", True, False),
    # a verb phrase joined by "or" to a negated one is under that negation: one negated claim
    # (claim_segments._negated_disjunct); "..., but did not say who fired" is still a clause of its own
    (
        "The Karsk embassy did not elaborate or say how the grain on the Morrow Gull was stolen from Varnia.",
        "The Karsk embassy did not elaborate or say",
        True,
        False,
    ),  # fmt: skip
    ("The Karsk Navy did not name the tanker Morrow Gull or describe how it was hit.", "The Karsk Navy", True, False),
    ("Karsk announced that the tanker Morrow Gull was hit, but did not say who fired.", "did not say", True, False),
    # a contraction written with a typeset apostrophe negates like "n't"
    ("The tanker Morrow Gull didn’t reach Karsk on Monday.", "The tanker Morrow Gull", True, False),
    ("The tanker Morrow Gull doesn’t sail under the Karsk flag.", "The tanker Morrow Gull", True, False),
]


@pytest.mark.parametrize(("text", "start", "negated", "hedged"), CASES)
def test_negation_rule(claims_extractor, text, start, negated, hedged):
    extraction = claims_extractor.extract(Article(id=article_id(text), text=text, outlet="Harbour Ledger"))
    found = [c for c in extraction.claims if c.text.startswith(start)]
    assert found, [c.text for c in extraction.claims]
    assert (found[0].negated, found[0].hedged) == (negated, hedged), found[0].text
