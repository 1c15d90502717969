"""Hedge rules written for the false and missed hedges of real prose (issue 12 item 4; rules in
sources/rules/modality/), each on a made-up sentence through the whole pipeline: the claim that
carries the vessel says whether it is hedged."""

from __future__ import annotations

import pytest

from osint_graph.model import Article, article_id

# (text, words the claim starts with, hedged)
CASES = [
    # "could" on a verb of perception is the past of "can" (modality/perception_verbs.txt), not a doubt;
    # "could be seen as X" puts an interpretation forward as possible and stays a hedge
    ("Crews aboard the tanker Morrow Gull could hear air hissing near Karsk.", "Crews", False),
    # the leading material phrase is the frame (attribution_material.py), so the claim starts after it
    ("In footage shared by the Karsk Navy, the tanker Morrow Gull could be seen burning.", "the tanker", False),
    ("The seizure of the tanker Morrow Gull could be seen as a warning to Karsk.", "The seizure", True),
    ("The tanker Morrow Gull could sink near Karsk.", "The tanker Morrow Gull", True),
    # "hint that C" puts C forward indirectly, like "suggest" (common/hedge_belief_verbs.txt); "hinting
    # at N" with no clause puts no proposition forward
    ("Admiral Varga hinted that the Karsk Navy used VR-9 missiles against the Morrow Gull.", "the Karsk Navy", True),
    (
        "The yacht Morrow Gull was rented by two men, with the e-mail used for the rent hinting at links with Karsk.",
        "The yacht Morrow Gull",
        False,
    ),  # fmt: skip
    # a reason or purpose phrase says why: the act is asserted (the "suspected X" ruling); the event
    # itself after "in" stays hedged; "it is understood C" without "that" is belief nobody owns
    ("Karsk police seized the tanker Morrow Gull for suspected oil smuggling.", "Karsk police", False),
    (
        "The Varnel navy boarded the tanker Morrow Gull in an apparent attempt to recover the fuel.",
        "The Varnel navy",
        False,
    ),  # fmt: skip
    ("The tanker Morrow Gull was hit in a suspected drone attack off Karsk.", "The tanker Morrow Gull", True),
    ("It is understood the Karsk port received a call from the Morrow Gull.", "It is understood", True),
    # a guess about the past ("would have"), not a plan ("would" alone); footage that purports to show
    ("The tanker Morrow Gull would have been just outside the zone off Karsk.", "The tanker Morrow Gull", True),
    ("The tanker Morrow Gull wouldn't have had a cargo on board at Karsk.", "The tanker Morrow Gull", True),
    ("The tanker Morrow Gull would sail to Karsk on Monday.", "The tanker Morrow Gull", False),
    # "would" under a condition is a conjecture
    (
        "If the report is confirmed, the tanker Morrow Gull would be the third ship lost near Karsk.",
        "If the report",
        True,
    ),  # fmt: skip
    # the condition may hang on a verb inside the would-phrase ("if needed" on "reducing")
    (
        "The harbour master said the tanker Morrow Gull would opt for reducing its speed off Karsk if needed.",
        "the tanker Morrow Gull",
        True,
    ),  # fmt: skip
    # a past perfect condition makes a counterfactual: what happened, told by its contrary
    (
        "“If the pilots had not left the tanker Morrow Gull, it would not have run aground,” the captain said.",
        "If the pilots",
        False,
    ),  # fmt: skip
    # "can" on a copula with a noun predicate is a possibility; passive or with an adjective, ability
    ("The tanker Morrow Gull can also be a decoy, the Karsk Navy said.", "The tanker Morrow Gull", True),
    ("The tanker Morrow Gull can be seen on the tracker off Karsk.", "The tanker Morrow Gull", False),
    ("The records of the tanker Morrow Gull can be incomplete near Karsk.", "The records", False),
    # a noun of doubt whose that-clause the parser took for a relative clause (quotes around the noun)
    (
        "There were “initial indications” that the crew of the tanker Morrow Gull are Karskian, the navy said.",
        "There were",
        True,
    ),  # fmt: skip
    # a relative clause that carries the sentence on: a prediction there hedges, hearsay is background
    (
        "The tanker Morrow Gull was towed to a repair yard, which will likely be used in the salvage.",
        "The tanker Morrow Gull",
        True,
    ),  # fmt: skip
    (
        "The drones were sold to the Karsk Navy, which has reportedly used them against the tanker Morrow Gull.",
        "The drones",
        False,
    ),  # fmt: skip
    (
        "Evacuation is underway for the crew of the tanker Morrow Gull, which was previously reported to be on board.",
        "Evacuation",
        False,
    ),  # fmt: skip
    # an -ing subject under "would" weighs an act that has not happened; a noun subject does not
    ("Sinking the tanker Morrow Gull would be a heavy blow to the Karsk fleet.", "Sinking the tanker", True),
    ("Shipping through Karsk would resume on Monday, the tanker Morrow Gull's owner said.", "Shipping", False),
    ("The footage purports to show drones hitting the tanker Morrow Gull.", "The footage", True),
    # a plan, not a hedge; a perfect infinitive is hearsay
    ("The tanker Morrow Gull was supposed to sail to Karsk on Friday.", "The tanker Morrow Gull", False),
    ("The tanker Morrow Gull is supposed to have sailed to Karsk on Friday.", "The tanker Morrow Gull", True),
    # feasibility, not doubt; "it is possible that" stays a hedge
    ("It was not possible for inspectors to board the tanker Morrow Gull in the storm.", "It was not", False),
    ("It is possible that the tanker Morrow Gull dragged its anchor over the cable.", "It is possible", True),
    ("The owner said the tanker Morrow Gull will be towed to Karsk as soon as possible.", "the tanker", False),
    # a hedge inside a clause opened by after/how stays there
    (
        "The tanker Morrow Gull was stopped after the operator reported the cable was apparently cut.",
        "The tanker Morrow Gull",
        False,
    ),  # fmt: skip
    (
        "The harbour office did not say how the tanker Morrow Gull had allegedly loaded the grain.",
        "The harbour office",
        False,
    ),  # fmt: skip
    # a relative clause or a label describing the subject is no hedge of what the clause says of it
    (
        "The tanker Morrow Gull, which is believed to have Karsk owners, was escorted into port.",
        "The tanker Morrow Gull",
        False,
    ),  # fmt: skip
    (
        "The tanker Morrow Gull, suspected of damaging a cable, has stopped transmitting its position.",
        "The tanker Morrow Gull",
        False,
    ),  # fmt: skip
    # ... but a participle that hedges who the subject is still does, and so does an apparent event
    ("A sailor believed to be from Karsk is still missing from the tanker Morrow Gull.", "A sailor", True),
    ("The tanker Morrow Gull was hit in an apparent attack off Karsk.", "The tanker Morrow Gull", True),
    # hearsay passives and unverified evidence
    ("Two crew members of the tanker Morrow Gull are said to be in hospital.", "Two crew members", True),
    ("Unverified videos depicted the tanker Morrow Gull listing off Karsk.", "Unverified videos", True),
    ("The theft of the tanker Morrow Gull was reported to the police in Karsk.", "The theft", False),
    # "is reported to", "it is reported that" with no reporter named: hearsay, like "reportedly"
    ("The tanker Morrow Gull was reported to have run aground off Karsk.", "The tanker", True),
    ("It is reported that the crew of the tanker Morrow Gull are safe in Karsk.", "It is reported", True),
    ("Nordic Daily reported that the tanker Morrow Gull ran aground off Karsk.", "the tanker", False),
    # a headline's bare hearsay participle hedges; set off by commas it labels the subject
    (
        "Cargo ship said to be attacked near the tanker Morrow Gull\n\nThe tanker Morrow Gull sailed on to Karsk on "
        "Monday.",
        "Cargo ship",
        True,
    ),  # fmt: skip
    (
        "Cargo ship, said to be a spy ship, hit by mine near the tanker Morrow Gull\n\nThe tanker Morrow Gull "
        "sailed on to Karsk on Monday.",
        "Cargo ship",
        False,
    ),  # fmt: skip
    # an object described as possible is still hedged when the clause predicates it
    ("Police treated the damage to the tanker Morrow Gull as possible sabotage.", "Police treated", True),
    # a doubt on a noun the predicate acts on is no hedge of the clause; "likely" there still is
    ("Inspectors seized alleged stolen fuel from the tanker Morrow Gull at Karsk.", "Inspectors seized", False),
    (
        "The owner of the tanker Morrow Gull declined to speculate on possible Karsk involvement.",
        "The owner",
        False,
    ),  # fmt: skip
    ("Dents on the tanker Morrow Gull indicated the likely use of limpet mines.", "Dents on", True),
    # casualty and briefing hedges: "feared dead", "is understood to", "unlikely"
    ("Two crew members of the tanker Morrow Gull are feared dead after the fire.", "Two crew members", True),
    ("The crew of the tanker Morrow Gull feared a second attack off Karsk.", "The crew", False),
    ("The tanker Morrow Gull is understood to have sailed from Karsk without a pilot.", "The tanker", True),
    ("The master said he understood the risks of sailing the tanker Morrow Gull.", "he understood", False),
    ("It is unlikely that the tanker Morrow Gull will remain afloat.", "It is unlikely", True),
    # a source that is itself doubted, an event adjunct doubted like "an apparent attack", "unclear"
    ("According to unconfirmed reports, the tanker Morrow Gull was seized off Karsk.", "the tanker", True),
    ("According to the harbour office, the tanker Morrow Gull was seized off Karsk.", "the tanker", False),
    ("The tanker Morrow Gull was seized off Karsk, unverified accounts said.", "The tanker", True),
    ("The tanker Morrow Gull was hit in a suspected drone attack off Karsk.", "The tanker", True),
    # "suspected" on the object says what the thing is believed to be, like "apparent"; "alleged" doubts the noun
    ("The frigate Karsk Star shot down a suspected attack drone near the tanker Morrow Gull.", "The frigate", True),
    ("The Karsk navy seized alleged stolen fuel from the tanker Morrow Gull.", "The Karsk navy", False),
    # ... but deeper, in what a photo shows, it bears on that phrase only
    ("The Karsk navy shared photos of suspected rifles seized from the tanker Morrow Gull.", "The Karsk", False),
    # a hedge in the clause that is a copula's subject is what the claim corrects; as an agent it doubts
    (
        "What had appeared to be a leak from the tanker Morrow Gull was a fuel spill, the Karsk coast guard said.",
        "What had appeared",
        False,
    ),  # fmt: skip
    ("What appeared to be a drone struck the tanker Morrow Gull off Karsk.", "What appeared", True),
    ("It remains unclear whether the tanker Morrow Gull was hit by a missile.", "It remains unclear", True),
    # an open question over a clause hedges its proposition, negated words too; a noun that is unclear
    # is a gap, no hedge; "it is clear that" is certainty
    ("It was unknown why the tanker Morrow Gull had rerouted to Karsk.", "It was unknown", True),
    ("It was not immediately clear which tugs towed the tanker Morrow Gull to Karsk.", "It was not", True),
    ("The cause of the fire on the tanker Morrow Gull remains unclear.", "The cause", False),
    ("It is clear that the tanker Morrow Gull was hit by a mine off Karsk.", "It is clear", False),
    # a thing said to be possible is what can be done, not a doubt
    ("Access to the tanker Morrow Gull remained possible through a pilot ladder.", "Access to", False),
    ("Contact with the tanker Morrow Gull has continued to be possible by radio.", "Contact with", False),
    # a raising verb that hedges in the active voice, as "appears to" does
    ("Footage released by the Karsk navy purports to show the tanker Morrow Gull on fire.", "Footage released", True),
    ("Footage released by the Karsk navy shows the tanker Morrow Gull on fire.", "Footage released", False),
    # a modal before a perfect infinitive is a conjecture; alone it is a reported future or a duty
    ("The tanker Morrow Gull would have been just outside the Karsk zone.", "The tanker", True),
    ("The tanker Morrow Gull must have dragged its anchor off Karsk.", "The tanker", True),
    ("The master said the tanker Morrow Gull would sail to Karsk on Friday.", "the tanker", False),
    # a hedge adverb on an adjective of an object noun, also one in a list, doubts that noun only
    (
        "The tanker Morrow Gull could not find a port to accept the ship and its potentially explosive cargo.",
        "The tanker",
        False,
    ),  # fmt: skip
    ("The potentially explosive cargo of the tanker Morrow Gull was moved to Karsk.", "The potentially", True),
    # a source that is a guess doubts what it reports
    ("According to the assumption of the Karsk Herald, the tanker Morrow Gull was hit by a mine.", "the tanker", True),
    ("According to speculation in Karsk, the tanker Morrow Gull was hit by a mine.", "the tanker", True),
    # a noun of doubt with a that-clause; not with "no"
    ("There is a chance that the tanker Morrow Gull sank off Karsk.", "There is", True),
    ("There is no chance that the tanker Morrow Gull will sail to Karsk.", "There is", False),
    # ... as an argument of the predicate; in a side phrase the doubt is that phrase's
    ("There are fears that the tanker Morrow Gull will sink off Karsk.", "There are fears", True),
    ("The damage to the tanker Morrow Gull raises the belief that Karsk was responsible.", "The damage", True),
    (
        "Navies diverted the tanker Morrow Gull to Karsk, leading to fears that pirates will follow it.",
        "Navies diverted",
        False,
    ),  # fmt: skip
    # a failed check described beside the clause doubts it; a check that succeeded does not
    (
        "Karsk rebels said they attacked the tanker Morrow Gull, a claim that could not be independently verified.",
        "they attacked",
        True,
    ),  # fmt: skip
    (
        "Karsk rebels said they attacked the tanker Morrow Gull, a claim that was later confirmed.",
        "they attacked",
        False,
    ),
    # what a source alleges it says, like "claimed" (GUIDELINES ruling on "X alleged that C"; this
    # case said "hedged" before that ruling)
    ("The Karsk navy alleged the tanker Morrow Gull carried rifles.", "the tanker", False),
    ("The Karsk navy said the tanker Morrow Gull carried rifles.", "the tanker", False),
    # a relative clause that carries the sentence on (", which may C" at its end, on a noun not the
    # subject) is a statement of its own, hedged by its cue; one describing the subject, or a
    # restrictive one, is not
    (
        "The tanker Morrow Gull struck the Karsk pier, which will likely be closed for a month.",
        "The tanker Morrow Gull",
        True,
    ),  # fmt: skip
    (
        "The tanker Morrow Gull, which was likely carrying rifles, docked at Karsk on Monday.",
        "The tanker Morrow Gull",
        False,
    ),  # fmt: skip
    (
        "The tanker Morrow Gull towed a barge that may have carried rifles to Karsk on Monday.",
        "The tanker Morrow Gull",
        False,
    ),  # fmt: skip
    # a sentence cut into clauses: the hedge of the matrix clause covers a verb phrase that shares it
    # and the complement of an impersonal "it is claimed"; not a clause with its own subject, nor a
    # concessive clause beside it
    (
        "The tanker Morrow Gull may have dragged its anchor over the cable near Karsk, and then sailed on to "
        "the port of Velmar.",
        "then sailed",
        True,
    ),  # fmt: skip
    (
        "The tanker Morrow Gull may have dragged its anchor near Karsk, and the crew of the tug Bay Star was "
        "rescued off Velmar.",
        "the crew",
        False,
    ),  # fmt: skip
    (
        "Although the coast guard of Karsk promised to send boats within an hour, the tugs of the tanker "
        "Morrow Gull took twice as long to arrive, it is claimed.",
        "the tugs",
        True,
    ),  # fmt: skip
    (
        "Although the coast guard of Karsk promised to send boats within an hour, the tugs of the tanker "
        "Morrow Gull took twice as long to arrive, it is claimed.",
        "the coast guard",
        False,
    ),  # fmt: skip
    # a raising verb hedges its own verb phrase; a coordinated one with its own auxiliary is asserted
    # (a claim of its own); without an auxiliary it shares the frame
    (
        "The tanker Morrow Gull is believed to be loitering over cables near Karsk and is being closely "
        "monitored by a Varnel aircraft.",
        "The tanker Morrow Gull",
        True,
    ),  # fmt: skip
    (
        "The tanker Morrow Gull is believed to be loitering over cables near Karsk and is being closely "
        "monitored by a Varnel aircraft.",
        "is being closely",
        False,
    ),  # fmt: skip
    (
        "A Karsk freighter is suspected of being owned by a state company and had docked at the port of Velmar.",
        "had docked",
        False,
    ),  # fmt: skip
    ("The tanker Morrow Gull is believed to have sailed from Karsk and docked at Velmar.", "The tanker", True),
    # a relative clause after a comma with a hedge or a speaker of its own is a claim of its own
    (
        "Four Karsk vessels have been spotted on Velmar Reef, where Karsk appears to plan to install more buildings.",
        "Four Karsk vessels",
        False,
    ),  # fmt: skip
    (
        "Four Karsk vessels have been spotted on Velmar Reef, where Karsk appears to plan to install more buildings.",
        "where Karsk",
        True,
    ),  # fmt: skip
    (
        "It is being reported that three people were killed in the strikes on the tanker Morrow Gull, which the "
        "Karsk Navy said were military targets.",
        "were military",
        False,
    ),  # fmt: skip
    # a hedge inside an embedded where-question stays there
    (
        "The crew of the tanker Morrow Gull waited in Karsk as they wondered where their captain might be.",
        "The crew",
        False,
    ),  # fmt: skip
    # a degree ("the best possible"), a reason noun after "in": no doubt
    ("The Karsk air defence worked in the best possible manner to protect the tanker Morrow Gull.", "The Karsk", False),
    ("Karsk forces hit the tanker Morrow Gull in an apparent response to a drone strike on Velmar.", "Karsk", False),
    (
        "Karsk forces have hit the port of Velmar with airstrikes in an apparent response to a strike on the tanker "
        "Morrow Gull.",
        "Karsk forces",
        False,
    ),  # fmt: skip
    # a verb of belief in a restrictive relative clause picks out a noun; after a comma it doubts the clause
    (
        "Karsk police arrested two sailors who they believe smuggled rifles aboard the tanker Morrow Gull.",
        "Karsk",
        False,
    ),  # fmt: skip
    (
        "The tanker Morrow Gull, which investigators suspect dragged its anchor, was stopped near Karsk.",
        "The tanker",
        True,
    ),  # fmt: skip
    # on the subject, "suspected to be" doubts like "believed to be"; "suspected of" labels
    ("A fleet suspected to be part of the Karsk militia remains near the tanker Morrow Gull.", "A fleet", True),
    ("A fleet suspected of damaging the cable remains near the tanker Morrow Gull.", "A fleet", False),
    # a speaker's own 'understand' with "I"/"we" hedges (modality/speaker_belief_verbs.txt); another
    # subject's does not
    ("What I understand is that the crew left the tanker Morrow Gull on Monday.", "What I understand", True),
    ("We understand the crew left the tanker Morrow Gull on Monday.", "We understand", True),
    ("The Karsk Navy understands the risks to the tanker Morrow Gull.", "The Karsk Navy", False),
    # after the thing the event happens on ('aboard', modality/thing_prepositions.txt) it doubts what
    # that thing is; in a side phrase ('during an attempt to intercept ...') it does not
    (
        "Explosions were reported aboard a tanker suspected to be part of the Karsk shadow fleet near the Morrow Gull.",
        "Explosions",
        True,
    ),  # fmt: skip
    (
        "The frigate Morrow Gull fired during an attempt to intercept a tanker suspected to be of the Karsk fleet.",
        "The frigate",
        False,
    ),  # fmt: skip
    # "believed to be" right after the thing the predicate acts on says what it is believed to be;
    # set off by commas it labels a noun, as a relative clause between commas does
    (
        "The coast guard sighted around 40 boats believed to be part of the Karsk militia near the tanker Morrow Gull.",
        "The coast guard",
        True,
    ),  # fmt: skip
    (
        "The Karsk Herald, believed to be close to the navy, reported that the tanker Morrow Gull was seized.",
        "The Karsk Herald",
        False,
    ),  # fmt: skip
    (
        "The tanker Morrow Gull was boarded by a team of six, believed to be four men and two women, off Karsk.",
        "The tanker",
        False,
    ),  # fmt: skip
    # an open question written with an adjective of difficulty and an infinitive of knowing
    # (modality/open_question_difficulty.txt); "difficult to reach" asks nothing
    (
        "Captain Ola Brenn said it was difficult to conclude whether the tanker Morrow Gull struck a mine.",
        "it was difficult",
        True,
    ),  # fmt: skip
    ("The wreck of the tanker Morrow Gull was difficult to reach off Karsk.", "The wreck", False),
    # nouns of supposing from the hedges word list (modality/hedge_nouns.txt, common/hedge_adverbs.txt):
    # a theory with its that-clause after a copula; a raising participle set off by commas stays a label
    (
        "Captain Ola Brenn said the working theory was that the tanker Morrow Gull had imploded off Karsk.",
        "the working theory",
        True,
    ),  # fmt: skip
    (
        "The Varnel navy tried to stop the tanker Morrow Gull, thought to be part of the Karsk fleet, at dawn.",
        "The Varnel navy",
        False,
    ),  # fmt: skip
    # a hedge inside a cause phrase stays there (modality/reason_phrase_heads.txt): the cut is asserted
    (
        "The video of the tanker Morrow Gull cuts out near Karsk, seemingly due to the drone detonating.",
        "The video",
        False,
    ),  # fmt: skip
    ("The tanker Morrow Gull was seemingly hit by a drone near Karsk.", "The tanker Morrow Gull", True),
    # "X alleged that C" is a speech verb like "claimed" (GUIDELINES ruling): not hedged; "allegedly"
    # and "it is alleged" with nobody named stay hedges; "there were reports that C" is unhedged
    ("Admiral Tomas Brell alleged that the tanker Morrow Gull carried arms to Karsk.", "the tanker Morrow Gull", False),
    ("The tanker Morrow Gull allegedly carried arms to Karsk.", "The tanker Morrow Gull", True),
    ("It is alleged that the tanker Morrow Gull carried arms to Karsk.", "It is alleged", True),
    ("There were reports that the tanker Morrow Gull carried arms to Karsk.", "There were reports", False),
    # "appear"/"seem" with an adjective complement tells what a thing looks like, as "appears to be" does
    ("The damage to the tanker Morrow Gull appears relatively minor, the Karsk coast guard said.", "The damage", True),
    ("The tanker Morrow Gull appeared in Karsk on Monday.", "The tanker Morrow Gull", False),
    # "with what appeared to be X": the instrument, what the attack is made with, is doubted (the "what
    # appears to be X" ruling), and a free relative is no with-clause to cut off; "in what appears to be"
    # the n-th attack stays a side phrase
    ("Karsk rebels attacked the tanker Morrow Gull with what appeared to be a Varnel missile.", "Karsk rebels", True),
    ("The tanker Morrow Gull was struck near Karsk in what appears to be the third attack.", "The tanker", False),
]


@pytest.mark.parametrize(("text", "start", "hedged"), CASES)
def test_hedge_rule(claims_extractor, text, start, hedged):
    extraction = claims_extractor.extract(Article(id=article_id(text), text=text, outlet="Harbour Ledger"))
    found = [c for c in extraction.claims if c.text.startswith(start)]
    assert found, [c.text for c in extraction.claims]
    assert found[0].hedged is hedged, found[0].text


def test_a_hedged_clause_that_names_only_a_place_is_a_claim(claims_extractor):
    # "has reportedly been arrested" names no vessel or body, only where it happened
    text = "The master of a cargo ship that struck a tanker in the North Sea has reportedly been arrested."
    extraction = claims_extractor.extract(Article(id=article_id(text), text=text, outlet="Harbour Ledger"))
    found = [c for c in extraction.claims if "arrested" in c.text]
    assert found, [c.text for c in extraction.claims]
    assert found[0].hedged is True


def test_a_whether_clause_joined_to_an_open_question_is_hedged(claims_extractor):
    # "it was unknown why C1, and whether C2": the parser joins the whether-clause to the open question
    from osint_graph.nlp import modality

    text = (
        "The Morrow Gull was initially heading to Velmar Port in Karsk.\n\n"
        "It was unknown why it had rerouted to Dunmore, and whether or not it is offloading the cargo here."
    )
    doc = claims_extractor.nlp(text)
    offloading = next(t for t in doc if t.lower_ == "offloading")
    assert offloading.dep_ == "conj" and modality.open_question_verb(offloading.head)  # the parse this is for
    assert modality.governing_hedge(offloading) is True


def test_a_reason_phrase_the_parser_hangs_on_the_object_is_no_hedge(claims_extractor):
    # a headline: "for suspected X" parsed as a phrase on the object noun, still the seizure's reason
    from osint_graph.nlp import modality

    doc = claims_extractor.nlp("Karsk seizes Varnian tanker for suspected illegal oil transfer in its waters")
    seizes = next(t for t in doc if t.lower_ == "seizes")
    reason = next(t for t in doc if t.lower_ == "for")
    assert reason.head.dep_ == "dobj" and reason.head.head.i == seizes.i  # the parse this is for
    assert modality.hedged(list(doc), seizes) is False
    # the same noun as the object itself is what the act is about: hedged
    doc = claims_extractor.nlp("Karsk police stopped a suspected illegal oil transfer in its waters")
    stopped = next(t for t in doc if t.lower_ == "stopped")
    assert modality.hedged(list(doc), stopped) is True


def test_a_hedge_inside_an_as_clause_stays_there(claims_extractor):
    # "as" opening a clause of time or reason (modality/clause_markers.txt): the transfer is asserted
    from osint_graph.nlp import modality

    doc = claims_extractor.nlp(
        "Two sailors of the Morrow Gull were flown to Karsk, as it was feared that they were hurt."
    )
    flown = next(t for t in doc if t.lower_ == "flown")
    feared = next(t for t in doc if t.lower_ == "feared")
    assert feared.dep_ == "advcl" and feared.head.i == flown.i  # the parse this is for
    assert modality.hedged(list(doc), flown) is False
    # the same belief as the clause's own predicate hedges it
    doc = claims_extractor.nlp("It was feared that two sailors of the Morrow Gull were hurt near Karsk.")
    feared = next(t for t in doc if t.lower_ == "feared")
    assert modality.hedged(list(doc), feared) is True


def test_a_raising_participle_on_the_subject_after_a_dateline_hedges(claims_extractor):
    # "CITY (Agency, Date) -- Ships believed to be X remain ...": the parser takes the dateline's city
    # for the subject and hangs the real subject on it as an appositive; the label is still the subject's
    from osint_graph.nlp import modality

    text = (
        "Metro Karsvik (Northwind News, March 23) — Over a hundred vessels believed to be Karsk militia remain "
        "situated at the Dune Reef as of Monday."
    )
    doc = claims_extractor.nlp(text)
    remain = next(t for t in doc if t.lower_ == "remain")
    vessels = next(t for t in doc if t.lower_ == "vessels")
    assert vessels.dep_ == "appos" and vessels.head.dep_ == "nsubj"  # the parse this is for
    assert modality.hedged(list(doc), remain) is True
    # an appositive set off by commas is a label on the subject, as before: no hedge
    doc = claims_extractor.nlp(
        "The Lady Vell, a vessel believed to be Karsk-owned, was escorted into Port Amund on Monday."
    )
    escorted = next(t for t in doc if t.lower_ == "escorted")
    assert modality.hedged(list(doc), escorted) is False


@pytest.mark.parametrize(
    ("text", "start", "hedged"),
    [
        (
            "The harbour board said it could not say what sparked the fire on the tanker Morrow Gull.",
            "it could",
            True,
        ),
        (
            "The Varnel navy said it did not have enough information to say whether the tanker Morrow Gull "
            "was attacked.",
            "it did not",
            True,
        ),
        # a that-clause is no question: a negated report of a fact stays negated, not hedged
        ("The Varnel navy did not confirm that the tanker Morrow Gull was hit.", "The Varnel navy", False),
        # silence, not inability: "did not say who" withholds, negated
        ("The Varnel navy did not say which ship fired on the tanker Morrow Gull.", "The Varnel navy", False),
    ],
)
def test_a_negated_verb_of_knowing_over_a_question_is_an_open_question(claims_extractor, text, start, hedged):
    # "could not say what C" leaves the question open like "it is not known whether C": hedged, not negated
    extraction = claims_extractor.extract(Article(id=article_id(text), text=text, outlet="Harbour Ledger"))
    found = [c for c in extraction.claims if c.text.startswith(start)]
    assert found, [c.text for c in extraction.claims]
    assert (found[0].hedged, found[0].negated) == (hedged, not hedged), found[0].text


def test_an_alleger_named_is_the_source_of_an_unhedged_claim(claims_extractor):
    """'X alleged that C': X's words, chain X, like 'X claimed that C' (GUIDELINES ruling)."""
    text = "The Varnel Coast Guard alleged on Monday that the tanker Morrow Gull carried arms to Karsk."
    extraction = claims_extractor.extract(Article(id=article_id(text), text=text, outlet="Harbour Ledger"))
    claim = next(c for c in extraction.claims if c.text.startswith("the tanker Morrow Gull"))
    assert not claim.hedged
    assert [a.name for a in claim.attribution] == ["Varnel Coast Guard"]
