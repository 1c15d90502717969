"""Hedges of the twenty-ninth round on made-up sentences through the whole pipeline, each with a twin
that must not fire (osint_graph/nlp/hedge_cues.py, hedge_placement.py, hedge_scope.py,
modal_readings.py; sources/rules/modality/): a cue in a purpose clause ("so boats could assist",
"to see what could be salvaged") or in an "as" clause under a belief verb stays there; a perfect
modal under a past perfect condition or on a verb of avoiding is a counterfactual; "over" opens a
reason gerund; "suspected X as Y", "it appeared C", "he assumed C", what footage "appeared to show"
and "alleged X" as the direct object hedge. The claim that holds the given words says whether it is
hedged."""

from __future__ import annotations

import pytest

from osint_graph.model import Article, article_id

# (text, words inside the claim, hedged)
CASES = [
    # a purpose clause says what for: the act is asserted
    (
        "The Karsk port authority cancelled two sailings of the Morrow Gull so tugs could assist the stranded ferry.",
        "cancelled two sailings",
        False,
    ),  # fmt: skip
    ("The Karsk port authority said tugs could assist the stranded tanker Morrow Gull.", "tugs could assist", True),
    (
        "The master of the Morrow Gull stayed on board near Karsk to see what could be salvaged.",
        "stayed on board",
        False,
    ),  # fmt: skip
    ("The master of the Morrow Gull could stay on board near Karsk to see the salvage.", "could stay", True),
    (
        "Varnia raised three loans for the Morrow Gull fleet in Karsk, ostensibly to develop its fishing industry.",
        "raised three loans",
        False,
    ),  # fmt: skip
    ("Varnia ostensibly raised three loans for the Morrow Gull fleet in Karsk.", "raised three loans", True),
    # a belief verb inside an "as" clause stays there
    (
        "The drone hit the tanker Morrow Gull near Karsk, not the Tern Vale, as earlier reports suggested.",
        "The drone hit",
        False,
    ),  # fmt: skip
    ("Earlier reports suggested that the drone hit the tanker Morrow Gull near Karsk.", "the drone hit", True),
    # a perfect modal under a past perfect condition, or on a verb of avoiding, states what happened
    (
        "The Morrow Gull could have sunk near Karsk if the crew had not sealed the hull, the navy said.",
        "could have sunk",
        False,
    ),  # fmt: skip
    ("The Morrow Gull could have sunk near Karsk, the navy said.", "could have sunk", True),
    (
        "The loss of the Morrow Gull near Karsk could have been avoided by a simple change of course, Varga said.",
        "could have been avoided",
        False,
    ),  # fmt: skip
    ("The Morrow Gull could have been damaged near Karsk by a mine, Varga said.", "could have been damaged", True),
    # "over" before a gerund opens a reason phrase, as "for" does
    (
        "The tanker Morrow Gull, sought by Varnia over allegedly evading sanctions, was hijacked off Karsk on Monday.",
        "was hijacked",
        False,
    ),  # fmt: skip
    ("The tanker Morrow Gull allegedly evaded sanctions off Karsk on Monday.", "evaded sanctions", True),
    (
        "Karsk has seized two other tankers this month, including the Morrow Gull, also allegedly for smuggling oil.",
        "seized two other tankers",
        False,
    ),  # fmt: skip
    # "suspected X as Y" puts a belief forward like "suspected X"; "cited X as Y" does not
    (
        "Karsk officials said they suspected fatigue as a factor in the Morrow Gull collision.",
        "suspected fatigue",
        True,
    ),  # fmt: skip
    ("Karsk officials said they cited fatigue as a factor in the Morrow Gull collision.", "cited fatigue", False),
    # "it seemed C" is "it seemed that C"; a thing that appears somewhere is no hedge
    ("A Karsk port spokesman said it seemed the tanker had lost power off Varnia.", "seemed the tanker", True),
    ("A Karsk port spokesman said the tanker had lost power off Varnia.", "lost power", False),
    ("The tanker Morrow Gull appeared on the Karsk radar on Monday.", "appeared on", False),
    # what footage appears to show is doubted; an adjective on what photos show is not
    ("Varga posted footage that appeared to show a blaze aboard the Morrow Gull near Karsk.", "posted footage", True),
    ("Varga posted footage that showed a blaze aboard the Morrow Gull near Karsk.", "posted footage", False),
    (
        "The Karsk navy released footage showing the interception of what appears to be Varnia drones"
        " near the Morrow Gull.",
        "released footage",
        True,
    ),  # fmt: skip
    # "alleged X" as the direct object says who or what it is believed to be; before another adjective it labels
    ("Karsk police arrested three alleged smugglers aboard the tanker Morrow Gull.", "arrested three", True),
    ("Karsk police seized alleged stolen fuel aboard the tanker Morrow Gull.", "seized alleged", False),
    # "assume" over a clause is a belief; with a noun it is another verb
    ("The Karsk harbour master said he assumed the Morrow Gull had sailed for Varnia.", "the Morrow Gull had", True),
    ("Varnia rebels assumed responsibility for the attack on the tanker Morrow Gull near Karsk.", "assumed", False),
    # a verb of the speaker's own belief over a clause, not over a noun
    (
        "“We are assessing the number of containers held on the Morrow Gull,” the Karsk port said.",
        "We are assessing",
        False,
    ),  # fmt: skip
    ("“We understand the Morrow Gull left Karsk on Monday,” the Varnia port said.", "the Morrow Gull left", True),
    # a verb with its own subject before a comma is the clause's predicate, not a participle set off
    (
        "The attack on the Morrow Gull, which took place near Karsk, appeared to be the worst this year.",
        "The attack",
        True,
    ),  # fmt: skip
    (
        "Tasnim, believed to be close to the Karsk navy, reported that the Morrow Gull sank.",
        "the Morrow Gull sank",
        False,
    ),  # fmt: skip
    # "looks like C", "looks to have" hedge like "appears to"; "looks to expand" is an aim, a relative clause a label
    (
        "The collision between the tanker Morrow Gull and the Tern Vale off Karsk looks to have breached two tanks.",
        "looks to have",
        True,
    ),  # fmt: skip
    ("Orvik Lines looks to expand its Karsk fleet with the Morrow Gull.", "looks to expand", False),
    (
        "The Magura drone, which looks like a sleek black speedboat, was unveiled in Karsk last year.",
        "was unveiled",
        False,
    ),  # fmt: skip
    # a concession keeps its hedge
    (
        "Varga said it was possible to depart Karsk at ten, although the weather might turn bad near the Morrow Gull.",
        "possible to depart",
        False,
    ),  # fmt: skip
    # "concerns that C" doubts C as "fears that C" does, as an argument of the predicate, not in a side phrase
    (
        "The disappearance of the Morrow Gull raised concerns among Varnia officials that Karsk may have seized it.",
        "raised concerns",
        True,
    ),  # fmt: skip
    (
        "The Morrow Gull switched off its transponder near Karsk, raising concerns that it may have been seized.",
        "switched off",
        False,
    ),  # fmt: skip
    # a conditional "would" under a verb of warning or undertaking is what is warned of, no guess
    ("Karsk officials warned that actions would intensify if the Morrow Gull is obstructed.", "actions would", False),
    ("Karsk officials said that actions would intensify if the Morrow Gull is obstructed.", "actions would", True),
    # a report with its own time is the event: "in less than a month" as "on Monday"
    (
        "The loss of the Morrow Gull's containers is being reported in less than a month since the Tern Vale sank.",
        "is being reported",
        False,
    ),  # fmt: skip
    ("A fire is reported on the bridge of the tanker Morrow Gull near Karsk.", "A fire", True),
]


@pytest.mark.parametrize(("text", "words", "hedged"), CASES)
def test_hedge_rulings29(claims_extractor, text, words, hedged):
    extraction = claims_extractor.extract(Article(id=article_id(text), text=text, outlet="Harbour Ledger"))
    found = [c for c in extraction.claims if words in c.text]
    assert found, [c.text for c in extraction.claims]
    assert found[0].hedged is hedged, found[0].text
