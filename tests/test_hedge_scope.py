"""Hedge scope on made-up sentences through the whole pipeline (osint_graph/nlp/hedge_scope.py,
sources/rules/modality/hearsay_state_verbs.txt): hearsay with the reported state as complement
hedges; hearsay that labels a noun or sits in a side phrase does not; a hedge adverb on a noun the
predicate acts on doubts that noun only; a raising participle on the agent of a passive tells what
the logical subject is. The claim that starts with the given words says whether it is hedged."""

from __future__ import annotations

import pytest

from osint_graph.model import Article, article_id

# (text, words the claim starts with, hedged)
CASES = [
    # "reported dead" is "reported to be dead": hearsay, unless the reporter is named or nobody is
    ("Two crew of the tanker Morrow Gull were reported dead after the blast off Karsk.", "Two crew", True),
    ("Three sailors of the Morrow Gull are still reported missing near Karsk.", "Three sailors", True),
    (
        "Two crew of the tanker Morrow Gull were reported missing by the Karsk coast guard.",
        "Two crew",
        False,
    ),  # fmt: skip
    ("No crew of the tanker Morrow Gull were reported hurt off Karsk.", "No crew", False),
    # hearsay on a participle that labels a noun, or in a participle clause after a comma: background
    ("A drone, allegedly fired from Karsk, struck the tanker Morrow Gull on Monday.", "A drone", False),
    ("A cargo ship reportedly carrying Karsk steel ran aground beside the Morrow Gull.", "A cargo ship", False),
    (
        "The tanker Morrow Gull struck a pier at Karsk, allegedly using a forged pilot licence.",
        "The tanker Morrow Gull",
        False,
    ),  # fmt: skip
    # an epistemic adverb there still doubts the news
    ("A cargo ship possibly carrying Karsk steel ran aground beside the Morrow Gull.", "A cargo ship", True),
    # a hedge adverb on a reason gerund says why; on a noun the predicate acts on, it doubts the noun
    (
        "Karsk police are investigating the tanker Morrow Gull for allegedly damaging a cable.",
        "Karsk police",
        False,
    ),  # fmt: skip
    ("The tanker Morrow Gull delivered wheat and possibly weapons to Karsk.", "The tanker Morrow Gull", False),
    ("The tanker Morrow Gull possibly carried fuel to Karsk.", "The tanker Morrow Gull", True),
    # the agent of a passive is the logical subject: what it is is a belief
    (
        "The tanker Morrow Gull was attacked by drones suspected to have been launched from Karsk.",
        "The tanker Morrow Gull",
        True,
    ),  # fmt: skip
    # a partitive subject of a noun of doubt holds the that-clause as the noun does
    (
        "One of the possibilities is that a mine struck the tanker Morrow Gull near Karsk, the navy said.",
        "One of the possibilities",
        True,
    ),  # fmt: skip
    ("One of the crew said that a mine struck the tanker Morrow Gull near Karsk.", "a mine", False),
    # a noun of belief the speaker owns is "we believe"; someone else's is reported
    (
        "“The new photos strengthen our assessment of a mine strike on the Morrow Gull,” the Karsk navy said.",
        "The new photos",
        True,
    ),  # fmt: skip
    (
        "“The new photos strengthen the navy's assessment of a mine strike on the Morrow Gull,” Varga said.",
        "The new photos",
        False,
    ),  # fmt: skip
    # a doubted source as the subject of a reporting verb, as "according to unconfirmed reports"
    ("Unconfirmed reports in Karsk say that the tanker Morrow Gull sank on Monday.", "the tanker Morrow Gull", True),
    ("Port records in Karsk say that the tanker Morrow Gull sank on Monday.", "the tanker Morrow Gull", False),
    # "what X suspects is Y" names what the thing acted on is, as "what appears to be Y"; a restrictive
    # relative clause with the belief verb picks the thing out (which rifles), it does not doubt the seizure
    (
        "A Varnel Navy team seized a boat carrying what the Karsk command suspects is a cargo for the Morrow Gull.",
        "A Varnel Navy team",
        True,
    ),  # fmt: skip
    (
        "The Varnel navy seized a dhow carrying rifles that Karsk officials suspect were bound for the Morrow Gull.",
        "The Varnel navy",
        False,
    ),  # fmt: skip
    # a claim noun with a that-clause passes C on (modality/hearsay_nouns.txt), unless the claimant
    # acts on it (modality/claim_making_verbs.txt), it is denied, or it sits in a side phrase
    (
        "The Orvik Lines statement said the company was aware of claims that the Morrow Gull was boarded near Karsk.",
        "the company",
        True,
    ),  # fmt: skip
    ("The remarks follow allegations from Karsk that the Varnel navy sank the Morrow Gull.", "The remarks", True),
    ("Karsk officials have repeated claims that the Varnel navy sank the Morrow Gull.", "Karsk officials", False),
    ("Karsk denied allegations that its navy sank the Morrow Gull near Varnia.", "Karsk denied", False),
    ("The claim that the Varnel navy sank the Morrow Gull was false, Karsk officials said.", "The claim", False),
    ("The tanker Morrow Gull sailed from Karsk amid claims that it carried Varnia arms.", "The tanker", False),
    # "in what appears to be X" on the predicate says what the event counts as: a side phrase
    (
        "Varnel drones struck and sank the tanker Morrow Gull off Karsk"
        " in what appears to be the latest attack on Karsk.",
        "Varnel drones",
        False,
    ),  # fmt: skip
    ("The Morrow Gull was hit by what appeared to be a Karsk drone off Varnia.", "The Morrow Gull", True),
    # hearsay inside an absolute "with X V-ing" phrase after a comma is background
    (
        "Karsk and Varnia are investigating the blast,"
        " with Karsk focusing on a yacht that six men reportedly hired in Varnia.",
        "Karsk and Varnia",
        False,
    ),  # fmt: skip
    # a verb of advice over a clause addressed to "you" recommends, it doubts nothing
    ("“I suggest you refer to the statements of the Karsk navy,” Oskar Lind told reporters.", "you refer", False),
    ("Satellite data suggest the Morrow Gull sank near Karsk on Monday.", "the Morrow Gull", True),
    # a negated perfect modal with "without X" states by its contrary that X was needed; "everything
    # possible" is a degree (modality/degree_before_possible.txt); a bare perfect modal still guesses
    (
        "“The rescue of the Morrow Gull crew would not have been possible without the Karsk beacon,” Varga said.",
        "The rescue",
        False,
    ),  # fmt: skip
    (
        "The Orvik Lines owners will do everything possible to contain the Morrow Gull spill near Karsk.",
        "The Orvik",
        False,
    ),
    ("The tanker Morrow Gull would have been outside the Karsk zone at the time, officials said.", "The tanker", True),
]


@pytest.mark.parametrize(("text", "start", "hedged"), CASES)
def test_hedge_scope(claims_extractor, text, start, hedged):
    extraction = claims_extractor.extract(Article(id=article_id(text), text=text, outlet="Harbour Ledger"))
    found = [c for c in extraction.claims if c.text.startswith(start)]
    assert found, [c.text for c in extraction.claims]
    assert found[0].hedged is hedged, found[0].text
