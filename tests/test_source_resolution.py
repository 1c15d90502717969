"""The source-resolution ladder (osint_graph/nlp/source_resolution.py), one rule at a time.

Each case is a text written for one rule (made-up people, companies and outlets; real states,
which the gazetteer knows), the source noun phrase in it, and what the rule decides. `decide`
says which rule decided, so a case fails when an earlier rule takes the phrase over or when the
rule stops deciding. Entities are set by hand (tests/claim_standalone.py) and the statistical
model's are dropped, so the cases do not depend on the entity pipeline.
"""

from __future__ import annotations

from datetime import date

import pytest
from claim_standalone import run as run_doc
from claim_standalone import standalone_pipeline

from osint_graph.gazetteer import load_gazetteer
from osint_graph.gazetteer_entry import GazetteerEntry, normalise_name
from osint_graph.nlp.claim_segments import segments
from osint_graph.nlp.source_resolution import LADDER, AttributionContext, decide

ENTITIES = {
    "PERSON": ["Tomas Kerrigan", "Marta Oyelaran"],
    "ORG": ["Brask Maritime", "Orvik Lines", "Brightwater Institute", "Halvorsen Fleet Group", "Velmora Shipping",
            "Justice Department", "Varnel Council", "Harbour Patrol Authority", "Karsk Navy", "Telegram",
            "Karsk ferry watch", "Karsk Front", "Varnel Embassy", "Estonian Naval Command",
            "British Ministry of Defence", "Varnel Harbour Police", "Varnel Safety Board", "Tolm Marine Board",
            "Karsk Ports Authority"],
    "OUTLET": ["Nordic Daily"],
    "COUNTRY": ["Estonia", "Latvia"],
    "VESSEL": ["Tern Vale"],
}  # fmt: skip

# rule -> (text, source phrase, names the rule gives, entity of the first or None)
CASES = {
    "no_speaker": ("The tanker said it had lost power off the coast.", "The tanker", [], None),
    "named_later": (
        "The port lost half its traffic, the port's director said. Director Tomas Kerrigan told reporters "
        "the ships now sail around the cape.",
        "the port's director",
        ["Tomas Kerrigan"],
        "person:tomas-kerrigan",
    ),
    "ship_party": (
        "The Tern Vale was boarded at dawn. Her operator said the crew was unharmed.",
        "Her operator",
        ["Her operator"],
        None,
    ),
    "relative_pronoun": (
        "The cargo belonged to Velmora Shipping, which said the containers held grain.",
        "which",
        ["Velmora Shipping"],
        "organization:velmora-shipping",
    ),
    "partitive": (
        "The ferry was hit off Estonia. “We saw it burn,” one of the Estonian officials said.",
        "one of the Estonian officials",
        ["the Estonian officials"],
        "country:estonia",
    ),
    "armed_group": (
        "Karsk Front fighters seized the barge. Orvik Lines said the crew was safe. The militants said the barge "
        "carried arms.",
        "The militants",
        ["Karsk Front"],
        None,
    ),
    "state_document": (
        "A ferry sank off Estonia on Friday, and Estonia sent two boats. According to the government statement, "
        "the ferry carried 12 crew members.",
        "the government statement",
        ["Estonia"],
        "country:estonia",
    ),
    "issued_document": (
        "Brask Maritime released a report on the fire. Two hoses failed, the report found.",
        "the report",
        ["Brask Maritime"],
        "organization:brask-maritime",
    ),
    "coreference": (
        "Tomas Kerrigan inspected the quay on Monday. He said the ship had left at dawn.",
        "He",
        ["Tomas Kerrigan"],
        "person:tomas-kerrigan",
    ),
    "possessive_pronoun": (
        "Brask Maritime confirmed the loss of the barge. Its investigators said the hull had cracked.",
        "Its investigators",
        ["Brask Maritime"],
        "organization:brask-maritime",
    ),
    "descriptor_name": (
        "The Danish newspaper Kvellbladet reported that the ship had docked.",
        "The Danish newspaper Kvellbladet",
        ["Kvellbladet"],
        "outlet:kvellbladet",
    ),
    "head_entity": ("Orvik Lines said the vessel was empty.", "Orvik Lines", ["Orvik Lines"], None),
    "named_lower_case": (
        "The Karsk ferry watch stopped the barge. The ferry watch said the barge was empty.",
        "The ferry watch",
        ["Karsk ferry watch"],
        "organization:karsk-ferry-watch",
    ),
    "short_body_name": (
        "The Karsk Navy escorted the ferry. The Navy said the ferry was safe.",
        "The Navy",
        ["Karsk Navy"],
        "organization:karsk-navy",
    ),
    "possessor_entity": (
        "Estonia's mission to the Varnel Council said the ship had been stopped.",
        "Estonia's mission to the Varnel Council",
        ["Estonia"],
        None,
    ),
    "appositive_entity": (
        "The ship's manager, Halvorsen Fleet Group, said the crew was safe.",
        "The ship's manager, Halvorsen Fleet Group",
        ["Halvorsen Fleet Group"],
        "organization:halvorsen-fleet-group",
    ),
    "titled_person": (
        "Orvik Lines spokesperson for the Karsk Sea Commodore Marta Oyelaran said the ship had left.",
        "Orvik Lines spokesperson for the Karsk Sea Commodore Marta Oyelaran",
        ["Marta Oyelaran"],
        "person:marta-oyelaran",
    ),
    "organisation_in_phrase": (
        "Experts at Brightwater Institute said the ship carried shells.",
        "Experts at Brightwater Institute",
        ["Brightwater Institute"],
        "organization:brightwater-institute",
    ),
    "person_in_phrase": (
        "Lawyers for Marta Oyelaran said the seizure was illegal.",
        "Lawyers for Marta Oyelaran",
        ["Marta Oyelaran"],
        "person:marta-oyelaran",
    ),
    "evidence": ("Satellite images showed the ship at the pier.", "Satellite images", [], None),
    "no_name": ("It was unclear whether the ship had left.", "unclear", [], None),
    "unrecognised_name": (
        "Halden Ocean Watch said the tanker had switched off its transponder.",
        "Halden Ocean Watch",
        ["Halden Ocean Watch"],
        None,
    ),
    "demonym_person": (
        "Estonian Prime Minister Tomas Kerrigan visited the port. Kerrigan met the crew. The Estonian leader "
        "said the attack was reckless.",
        "The Estonian leader",
        ["Tomas Kerrigan"],
        "person:tomas-kerrigan",
    ),
    "state_body": (
        "The ferry sank. Estonia's navy said the crew had been rescued.",
        "Estonia's navy",
        ["Estonian Navy"],
        "organization:estonian-navy",
    ),
    "state_speaker": (
        "The tanker was seized off Iran. Iranian officials said the tanker had been seized.",
        "Iranian officials",
        ["Iranian officials"],
        "country:iran",
    ),
    "described_body": (
        "The Harbour Patrol Authority boarded the ship. A senior harbour patrol official said the hold was empty.",
        "A senior harbour patrol official",
        ["Harbour Patrol Authority"],
        "organization:harbour-patrol-authority",
    ),
    "body_of_kind": (
        "The Justice Department charged two men on Friday. Prosecutors said the ship carried arms.",
        "Prosecutors",
        ["Justice Department"],
        "organization:justice-department",
    ),
    "story_state": (
        "Estonia stopped the tanker near Tallinn on Monday. Authorities said the crew was safe.",
        "Authorities",
        ["Estonia"],
        None,
    ),
    "generic_source": (
        "Industry sources said the tanker had loaded fuel.",
        "Industry sources",
        ["Industry sources"],
        None,
    ),
}


@pytest.fixture(scope="module")
def nlp():
    return standalone_pipeline(ENTITIES)


# a made-up armed group (the gazetteer's `kind` makes it one), added to the project's gazetteer
KARSK_FRONT = GazetteerEntry("Organization", "Karsk Front", ("Karsk Fronts",), attributes={"kind": "militia"})


class _WithGroup:
    """The project's gazetteer that also knows KARSK_FRONT."""

    def __init__(self, base):
        self.base = base

    def lookup(self, name, type=None):
        if normalise_name(name) in {normalise_name(n) for n in KARSK_FRONT.names} and type in (None, "Organization"):
            return KARSK_FRONT
        return self.base.lookup(name, type)

    def __getattr__(self, name):
        return getattr(self.base, name)


def _decide(nlp, text: str, phrase: str, verb: str = "say"):
    doc = run_doc(nlp, text, published=date(2024, 3, 4))
    doc.ents = [e for e in doc.ents if e.text in ENTITIES.get(e.label_, ())]
    ctx = AttributionContext(doc, _WithGroup(load_gazetteer()))
    ctx.set_segments(segments(doc))
    start = text.rindex(phrase) if phrase in ("He", "Prosecutors") else text.index(phrase)
    span = doc.char_span(start, start + len(phrase))
    assert span is not None, f"{phrase!r} is not a token span of {text!r}"
    return decide(ctx, list(span), verb)


def test_a_short_body_name_may_come_before_the_longer_one(nlp):
    text = "The Navy said the ferry was safe. The Karsk Navy escorted the ferry to port."
    decided, sources = _decide(nlp, text, "The Navy")
    assert (decided, [s.link.name for s in sources]) == ("short_body_name", ["Karsk Navy"])


def test_where_a_states_body_sits_is_no_part_of_its_name(nlp):
    text = "The Estonian embassy in the port city said the tanker had been seized."
    decided, sources = _decide(nlp, text, "The Estonian embassy in the port city")
    assert (decided, [s.link.name for s in sources]) == ("state_speaker", ["Estonian embassy"])
    assert sources[0].link.entity == "country:estonia"


def test_a_states_body_in_lower_case_is_the_body_not_the_state(nlp):
    # GUIDELINES "A state's body": "<state>'s <body noun>" is that body whatever the case; the tagger
    # reads "foreign ministry" after a possessive as proper nouns, and no entity covers them here
    text = "The ferry was hit by a drone. Estonia’s foreign ministry called the attack reckless."
    decided, sources = _decide(nlp, text, "Estonia’s foreign ministry")
    assert decided == "state_body"
    assert (sources[0].link.name, sources[0].link.entity) == (
        "Estonian Foreign Ministry",
        "organization:estonian-foreign-ministry",
    )
    assert not sources[0].proxy


@pytest.mark.parametrize(
    ("phrase", "body"),
    [("Estonia’s maritime authority", "Estonian Maritime Authority"),
     ("Latvia’s environment ministry", "Latvian Environment Ministry"),
     ("Estonia’s general staff", "Estonian General Staff")],  # twenty-eighth round: a state's general staff
)  # fmt: skip
def test_a_states_maritime_authority_after_a_possessive_is_the_body(nlp, phrase, body):
    # context/state_possessive_bodies.txt: a flag state's maritime authority has one head in its state
    decided, sources = _decide(nlp, f"The ferry was freed on Monday, {phrase} confirmed.", phrase)
    assert (decided, sources[0].link.name) == ("state_body", body)


def test_a_states_possessive_before_a_noun_of_no_body_is_still_the_state(nlp):
    decided, sources = _decide(nlp, "The ferry was hit. Estonia’s officials called the attack reckless.",
                               "Estonia’s officials")  # fmt: skip
    assert decided == "state_speaker"
    assert (sources[0].link.entity, sources[0].link.name, sources[0].label) == (
        "country:estonia",
        "Estonia’s officials",
        "COUNTRY",
    )


def test_a_states_possessive_before_staff_alone_is_still_the_state(nlp):
    # negative twin of "Estonia's General Staff": 'staff' alone names no body
    decided, sources = _decide(nlp, "The ferry was hit. Estonia’s staff called the attack reckless.", "Estonia’s staff")
    assert decided != "state_body"


def test_a_states_body_after_a_possessive_is_named_as_the_body(nlp):
    # the body itself speaks ("<Demonym> <Body>", ruling (a)), whichever body noun the list holds
    decided, sources = _decide(nlp, "Estonia’s defence ministry said the ship left.", "Estonia’s defence ministry")
    assert decided == "state_body"
    assert (sources[0].link.name, sources[0].label) == ("Estonian Defence Ministry", "ORG")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Orvik Lines chartered the Tern Vale. The Tern Vale's owner said the hold was dry.", "The Tern Vale's owner"),
        ("Orvik Lines chartered the barge. The tanker's master said the hold was dry.", "The tanker's master"),
        ("The Karsk Navy boarded the Tern Vale. Her operator said the crew was unharmed.", "Her operator"),
    ],
)
def test_a_party_named_only_through_its_ship_is_no_source(nlp, text, phrase):
    # GUIDELINES "An unnamed speaker who is no body": the ship speaks through no one, and an owner or
    # master the article names only through it is no named body -- not the ship, not the body cited before
    decided, sources = _decide(nlp, text, phrase)
    assert decided == "ship_party"
    assert all(s.generic and s.link.entity is None for s in sources), sources


def test_a_ship_party_named_in_apposition_is_that_party(nlp):
    text = "The Tern Vale was hit. The ship's manager, Orvik Lines, said the crew was unharmed."
    decided, sources = _decide(nlp, text, "The ship's manager, Orvik Lines,")
    assert (decided, [s.link.name for s in sources]) == ("appositive_entity", ["Orvik Lines"])


def test_authorities_of_a_story_that_names_no_state_are_generic(nlp):
    decided, _sources = _decide(nlp, "Authorities said the crew of the tanker was safe.", "Authorities")
    assert decided == "generic_source"


def test_every_rule_of_the_ladder_has_a_case():
    assert [rule.__name__ for rule in LADDER] == list(CASES), "LADDER and CASES must list the same rules in order"


@pytest.mark.parametrize("rule", list(CASES))
def test_rule_decides_its_case(nlp, rule):
    text, phrase, names, entity = CASES[rule]
    decided, sources = _decide(nlp, text, phrase)
    assert decided == rule, f"{phrase!r} in {text!r} was decided by {decided}, not {rule}"
    assert [s.link.name for s in sources] == names
    if entity is not None:
        assert sources[0].link.entity == entity


def test_a_state_speaker_keeps_its_words_but_people_of_a_place_do_not_speak_for_it(nlp):
    # "Iranian officials" speak for Iran; "London brokers" are people of London, not the United Kingdom
    decided, sources = _decide(nlp, "London brokers said the tanker had been chartered.", "London brokers")
    assert decided == "generic_source"
    assert [(s.link.name, s.link.entity) for s in sources] == [("London brokers", None)]
    assert sources[0].generic


def test_the_appositive_descriptor_becomes_a_role_for_coreference(nlp):
    text, phrase, _names, _entity = CASES["appositive_entity"]
    _decided, sources = _decide(nlp, text, phrase)
    assert "manager" in sources[0].role.split()


def test_an_empty_phrase_has_no_rule_and_no_source(nlp):
    doc = run_doc(nlp, "Orvik Lines said so.", published=date(2024, 3, 4))
    assert decide(AttributionContext(doc), [doc[-1]], "say") == (None, [])  # only the full stop


# rule -> phrases in texts written for it that must give no named source (issue 12 item 4: only a
# person, organisation, outlet, country or an unnamed source tied to one is a source)
NOT_SOURCES = [
    ("Videos shared on Telegram showed the ship listing.", "Videos shared on Telegram"),  # a platform
    ("Reports from Telegram channels said the ship had sunk.", "Reports from Telegram channels"),
    ("Russian media said the ship had left.", "Russian media"),  # media of a state are not the state
    ("A Syrian teenager said the boat had capsized.", "A Syrian teenager"),  # a person of a nation
    ("“It is a welcome step,” M said of the new route.", "M"),  # a single letter is no name
    (
        "The aggressive posture of the Estonian ships highlights a pattern.",
        "The aggressive posture of the Estonian ships",
    ),  # a head that cannot speak  # fmt: skip
]


@pytest.mark.parametrize(("text", "phrase"), NOT_SOURCES)
def test_platforms_people_of_a_nation_and_things_are_no_named_source(nlp, text, phrase):
    _decided, sources = _decide(nlp, text, phrase)
    assert all(s.generic and s.link.entity is None for s in sources), sources


@pytest.mark.parametrize(
    ("text", "phrase", "entity"),
    [
        (
            "The barge was a decoy, according to officials with knowledge of an inquiry led by Estonia's prosecutor.",
            "officials with knowledge of an inquiry led by Estonia's prosecutor",
            None,
        ),
        (
            "Sources familiar with Estonia's plans said the barge was a decoy.",
            "Sources familiar with Estonia's plans",
            None,
        ),
        ("Officials from Estonia said the barge was a decoy.", "Officials from Estonia", "country:estonia"),
    ],
)
def test_a_state_named_deeper_in_the_phrase_ties_no_speaker(nlp, text, phrase, entity):
    # the speaker speaks for a state named on it ("officials from Estonia"), not for one named in a
    # clause or a further phrase ("with knowledge of an inquiry led by Estonia's prosecutor")
    _decided, sources = _decide(nlp, text, phrase)
    assert sources[0].link.entity == entity
    assert sources[0].generic is (entity is None)


def test_a_state_body_noun_still_speaks_for_its_state(nlp):
    decided, sources = _decide(nlp, "The Estonian coastguard said the ship had left.", "The Estonian coastguard")
    assert decided == "state_speaker" and sources[0].link.entity == "country:estonia"


def test_a_capitalised_common_word_taken_for_a_name_is_no_source(nlp):
    from osint_graph.nlp.source_phrase import not_a_source_name

    doc = run_doc(nlp, "Sources in the port said the ship had left. Agents of Orvik Lines agreed.",
                  published=date(2024, 3, 4))  # fmt: skip
    sources_span = doc.char_span(0, len("Sources"), label="OUTLET")
    orvik = doc.char_span(doc.text.index("Orvik Lines"), doc.text.index("Orvik Lines") + 11, label="ORG")
    assert not_a_source_name(sources_span)  # a plural common noun at the start of a sentence
    assert not not_a_source_name(orvik)
    telegram = run_doc(nlp, "Telegram carried the video.", published=date(2024, 3, 4))
    assert not_a_source_name(telegram.char_span(0, 8, label="ORG"))


def test_a_proper_noun_naming_the_body_its_head_describes_is_that_body(nlp):
    text = "The Karvik maritime and river transport agency said the ferry had sunk."
    decided, sources = _decide(nlp, text, "The Karvik maritime and river transport agency")
    assert decided == "unrecognised_name" and [s.link.name for s in sources] == ["Karvik"]


def test_the_official_points_back_to_the_body_a_described_official_spoke_for(nlp):
    text = ("The Harbour Patrol Authority boarded the ship. A senior harbour patrol official said the hold was "
            "empty. The official said the crew had fled.")  # fmt: skip
    doc = run_doc(nlp, text, published=date(2024, 3, 4))
    doc.ents = [e for e in doc.ents if e.text in ENTITIES.get(e.label_, ())]
    ctx = AttributionContext(doc, load_gazetteer())
    ctx.set_segments(segments(doc))
    first = text.index("A senior harbour patrol official")
    _rule, described = decide(ctx, list(doc.char_span(first, first + 32)), "say")
    ctx.remember(described)
    later = text.index("The official")
    decided, sources = decide(ctx, list(doc.char_span(later, later + 12)), "say")
    assert decided == "coreference"
    assert [s.link.entity for s in sources] == ["organization:harbour-patrol-authority"]


def test_the_company_points_back_to_an_untagged_name_cited_before(nlp):
    # "Skarvane" is tagged by nothing: an unrecognised name (label None), still the company
    text = (
        "Shipping giant Skarvane said the barge had left. In a statement, the Danish company said the quay was closed."
    )
    doc = run_doc(nlp, text, published=date(2024, 3, 4))
    doc.ents = [e for e in doc.ents if e.text in ENTITIES.get(e.label_, ())]
    ctx = AttributionContext(doc, load_gazetteer())
    ctx.set_segments(segments(doc))

    def phrase(words: str) -> list:
        start = text.index(words)
        return list(doc.char_span(start, start + len(words)))

    first = decide(ctx, phrase("Shipping giant Skarvane"), "say")[1]
    assert [s.link.name for s in first] == ["Skarvane"] and first[0].label is None
    ctx.remember(first)
    assert [s.link.name for s in decide(ctx, phrase("the Danish company"), "say")[1]] == ["Skarvane"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a member word on a speaker noun
        (
            "Orvik Lines said the barge was empty. A Karsk Front official said the barge carried arms.",
            "A Karsk Front official",
        ),
        # a member word on a statement noun: the group's statement (issue 12, none25)
        (
            "Orvik Lines said the barge was empty. A Karsk Front statement said the barge carried arms.",
            "A Karsk Front statement",
        ),
        # a definite group noun, also as the possessor inside the speaker's phrase
        (
            "The Karsk Front seized the barge. A spokesman for the group's armed wing said the crew was safe.",
            "A spokesman for the group's armed wing",
        ),
        # an ambiguous "the group" right after the group, whatever was cited before it
        (
            "Orvik Lines said the barge was empty. The Karsk Front claimed the attack. The group said it used drones.",
            "The group",
        ),
    ],
)
def test_descriptions_and_members_of_an_armed_group_speak_for_it(nlp, text, phrase):
    decided, sources = _decide(nlp, text, phrase)
    assert (decided, [s.link.name for s in sources]) == ("armed_group", ["Karsk Front"])


def test_the_group_is_the_armed_group_that_is_the_subject_before_not_a_name_in_its_clause(nlp):
    text = (
        "Orvik Lines said the barge was empty. Karsk Front fighters have attacked ships since the Varnel "
        "Council closed the strait. The group said it used drones."
    )
    decided, sources = _decide(nlp, text, "The group")
    assert (decided, [s.link.name for s in sources]) == ("armed_group", ["Karsk Front"])


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # "the group" also describes companies: the armed group must be the organisation named nearest
        (
            "The Karsk Front seized the barge. Shipping group Velmora Shipping said the hold was empty. "
            "The group said the crew was safe.",
            "The group",
        ),
        # only the group's own word on a statement makes it the group's: "a brief statement" is not (none25)
        (
            "The Karsk Front seized the barge. Orvik Lines said the hold was empty. "
            "A brief statement said the crew was safe.",
            "A brief statement",
        ),
    ],
)
def test_the_group_after_a_company_named_later_than_the_armed_group_is_the_company(nlp, text, phrase):
    decided, sources = _decide(nlp, text, phrase)
    assert decided != "armed_group" and [s.link.name for s in sources] != ["Karsk Front"]


def test_a_rival_of_the_group_is_no_speaker_of_the_group(nlp):
    text = "The Karsk Front seized the barge. The group's rivals in Estonia said the barge carried grain."
    decided, _sources = _decide(nlp, text, "The group's rivals in Estonia")
    assert decided != "armed_group"


def test_the_embassy_points_back_to_the_embassy_named(nlp):
    text = "According to the Varnel Embassy in Oslo, the ferry docked at the pier. It carried grain, the embassy said."
    decided, sources = _decide(nlp, text, "the embassy")
    assert (decided, [s.link.name for s in sources]) == ("coreference", ["Varnel Embassy"])


def test_the_organisation_points_back_to_the_body_cited_last(nlp):
    text = "The Harbour Patrol Authority reported a spill. Later, the organisation confirmed a second slick."
    doc = run_doc(nlp, text, published=date(2024, 3, 4))
    doc.ents = [e for e in doc.ents if e.text in ENTITIES.get(e.label_, ())]
    ctx = AttributionContext(doc, load_gazetteer())
    ctx.set_segments(segments(doc))
    ctx.remember(decide(ctx, list(doc.char_span(0, len("The Harbour Patrol Authority"))), "report")[1])
    later = text.index("the organisation")
    decided, sources = decide(ctx, list(doc.char_span(later, later + 16)), "confirm")
    assert (decided, [s.link.name for s in sources]) == ("coreference", ["Harbour Patrol Authority"])


def test_the_newspaper_is_the_outlet_named_just_before_even_when_not_cited(nlp):
    text = "An inquiry was carried out by Nordic Daily. According to the newspaper, the ferry hid its route."
    decided, sources = _decide(nlp, text, "the newspaper")
    assert (decided, [s.link.name for s in sources]) == ("coreference", ["Nordic Daily"])


@pytest.mark.parametrize(
    "text",
    [
        # the title before the name, with words between
        "Estonia's Ambassador to Karsk Tomas Kerrigan rejected the claim. The ferry was empty, the ambassador wrote.",
        # the title in an appositive before the name
        "The fire was reported by the region's governor, Tomas Kerrigan. The ferry was empty, the governor wrote.",
    ],
)
def test_a_title_points_back_to_the_person_named_with_it(nlp, text):
    phrase = "the ambassador" if "ambassador wrote" in text else "the governor"
    decided, sources = _decide(nlp, text, phrase, verb="write")
    assert (decided, [s.link.name for s in sources]) == ("coreference", ["Tomas Kerrigan"])


def test_a_title_far_back_points_to_nobody(nlp):
    text = (
        "The region's governor, Tomas Kerrigan, visited the pier. The ferry left at dawn. The tug followed. "
        "The barge sank. The crew swam ashore. The ferry was empty, the governor wrote."
    )
    decided, _sources = _decide(nlp, text, "the governor", verb="write")
    assert decided != "coreference"


def test_a_states_body_noun_is_the_body_of_that_state_named_before(nlp):
    text = "The Estonian Naval Command said the ferry was empty. The ferry sank, according to the Estonian command."
    decided, sources = _decide(nlp, text, "the Estonian command")
    assert (decided, [s.link.name for s in sources]) == ("state_speaker", ["Estonian Naval Command"])


def test_a_states_body_noun_is_not_another_states_body(nlp):
    text = (
        "The British Ministry of Defence said the ferry was empty. The ferry sank, according to the Estonian ministry."
    )
    decided, sources = _decide(nlp, text, "the Estonian ministry")
    assert decided == "state_speaker" and sources[0].link.entity == "country:estonia"


def test_a_sentence_initial_evidence_noun_is_no_name(nlp):
    # "Reports on Monday said ..." opening a body: the tagger may read "Reports" as a proper noun
    from osint_graph.nlp.source_names import _capitalised_common_noun

    doc = nlp("Reports on Monday said the ferry had sunk.")
    assert _capitalised_common_noun(doc[0])


def test_a_demonym_leader_with_no_titled_person_is_the_state(nlp):
    # "the Estonian leader" with no Estonian title before any person: the state speaks, as before
    text = "Tomas Kerrigan visited the port in Estonia. The Estonian leader said the attack was reckless."
    decided, sources = _decide(nlp, text, "The Estonian leader")
    assert decided == "state_speaker" and sources[0].link.entity == "country:estonia"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Estonia stopped the ferry near Tallinn on Monday. Seven crew were hurt, the military said.", "the military"),
        ("A ferry sank off Estonia on Monday. Almost 300 were missing, the coastguard said.", "the coastguard"),
        ("A ferry sank off Estonia on Monday. It was towed to shore, the army said.", "the army"),
    ],
)
def test_a_states_unnamed_service_speaks_for_the_story_state(nlp, text, phrase):
    # attribution/story_state_heads.csv: "the military", "the coastguard" with no body of their kind named
    decided, sources = _decide(nlp, text, phrase)
    assert (decided, [s.link.entity for s in sources]) == ("story_state", ["country:estonia"])


def test_an_unnamed_service_of_a_story_that_names_no_state_is_generic(nlp):
    decided, _sources = _decide(nlp, "A ferry sank at dawn. Seven crew were hurt, the military said.", "the military")
    assert decided == "generic_source"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("A ferry sank off Estonia. Officials said the crew was safe.", "Officials"),
        ("Estonia stopped the tanker on Monday. Police said the master was held.", "Police"),
        ("Estonia stopped the tanker on Monday. The police said the master was held.", "The police"),
        ("Estonia stopped the tanker on Monday. Officers said the hold was empty.", "Officers"),
        ("Estonia stopped the tanker. According to defence officials, the hold was empty.", "defence officials"),
        # twenty-sixth round: prosecutors and "rescue officials" are the state's too
        ("Estonia stopped the tanker on Monday. Prosecutors said the master was held.", "Prosecutors"),
        ("A ferry sank off Estonia. Rescue officials said the crew was safe.", "Rescue officials"),
        # twenty-seventh round: "local" names no body and no place; "the prosecution" and "the
        # government" are the state's services too
        ("A ferry sank off Estonia. Local officials said the crew was safe.", "Local officials"),
        ("Estonia stopped the tanker on Monday. The prosecution said the master was held.", "The prosecution"),
        ("Estonia stopped the tanker on Monday. The government said the master was held.", "The government"),
    ],
)
def test_bare_officials_and_police_speak_for_the_state_the_article_names(nlp, text, phrase):
    # GUIDELINES, fourteenth round: bare "police", "officers", "officials" with no state word speak for the
    # state the article names (attribution/bare_state_speakers.txt)
    decided, sources = _decide(nlp, text, phrase)
    assert (decided, [s.link.entity for s in sources]) == ("story_state", ["country:estonia"])


def test_bare_police_point_back_to_the_police_body_named_before(nlp):
    # a body of their kind named before wins over the state ("Varnian police ... | Police said" -> the body)
    text = "Estonia stopped the tanker. The Varnel Harbour Police held the master. He was calm, police said."
    decided, sources = _decide(nlp, text, "police")
    assert (decided, [s.link.name for s in sources]) == ("body_of_kind", ["Varnel Harbour Police"])


@pytest.mark.parametrize("phrase", ["Officials", "Prosecutors", "Rescue officials"])
def test_bare_officials_of_a_story_that_names_no_state_are_left_out(nlp, phrase):
    decided, _sources = _decide(nlp, f"A ferry sank at dawn. {phrase} said the crew was safe.", phrase)
    assert decided == "generic_source"


def test_bare_officials_after_two_states_speak_for_the_one_named_most(nlp):
    # the story's state is the one the passage is about, named most so far: Estonia (twice) over Latvia
    text = "Estonia stopped a tanker bound for Latvia. Estonia said it carried arms. Officials said the crew was held."
    decided, sources = _decide(nlp, text, "Officials")
    assert (decided, [s.link.entity for s in sources]) == ("story_state", ["country:estonia"])


def test_bare_officials_count_the_states_demonyms_too(nlp):
    # "the state named most before them by name, capital or demonym": three Estonian ships and crews
    # outweigh one mention of Latvia (a demonym outside any entity counts, chain20)
    text = (
        "An Estonian tanker and an Estonian tug were stopped near Latvia. Estonian crews were held. "
        "Officials said the hold was empty. Estonia protested."
    )
    decided, sources = _decide(nlp, text, "Officials")
    assert (decided, [s.link.entity for s in sources]) == ("story_state", ["country:estonia"])


@pytest.mark.parametrize("phrase", ["City officials", "Municipal officials", "Harbour officials"])
def test_officials_of_a_city_or_a_named_kind_are_not_bare(nlp, phrase):
    # twenty-seventh round: "local" leaves them bare, but a word that calls them a city's or names a
    # kind of body ("city officials", the city-officials ruling) does not (no "+city" in bare_state_speakers.txt)
    text = f"A ferry sank off Estonia. {phrase} said the crew was safe."
    decided, _sources = _decide(nlp, text, phrase)
    assert decided == "generic_source"


@pytest.mark.parametrize("phrase", ["Local officials", "The prosecution", "The government"])
def test_the_new_state_speakers_of_a_story_that_names_no_state_are_left_out(nlp, phrase):
    decided, _sources = _decide(nlp, f"A ferry sank at dawn. {phrase} said the crew was safe.", phrase)
    assert decided == "generic_source"


def test_officials_with_a_word_that_names_a_body_are_not_bare(nlp):
    # "ferry officials" name a kind of company, not the state's service (no "+ferry" in bare_state_speakers.txt)
    text = "A ferry sank off Estonia. Ferry officials said the crew was safe."
    decided, _sources = _decide(nlp, text, "Ferry officials")
    assert decided == "generic_source"


def test_a_singular_official_is_no_story_state_speaker(nlp):
    # "an official said" is the speaker of the body in force (attribution/body_speakers.txt), not the state
    decided, _sources = _decide(nlp, "A ferry sank off Estonia. An official said the crew was safe.", "An official")
    assert decided == "generic_source"


def test_a_state_named_only_in_the_headline_leaves_its_demonym_speakers_out(nlp):
    # GUIDELINES, fourteenth round: "Varnia seizes tanker" over "Varnian officials said C": the headline's
    # name is no entity (osint_furniture drops it), so the speakers are left out as for a demonym-only state
    from osint_graph.nlp.extensions import FURNITURE_KEY

    headline = "Estonia seizes tanker"
    text = f"{headline}\n\nA tanker was stopped on Monday. Estonian officials said the crew was held."
    doc = run_doc(nlp, text, published=date(2024, 3, 4))
    doc.user_data[FURNITURE_KEY] = [("headline", 0, len(headline))]
    doc.ents = [e for e in doc.ents if e.start_char > len(headline) and e.text in ENTITIES.get(e.label_, ())]
    ctx = AttributionContext(doc, _WithGroup(load_gazetteer()))
    ctx.set_segments(segments(doc))
    start = text.index("Estonian officials")
    _decided, sources = decide(ctx, list(doc.char_span(start, start + len("Estonian officials"))), "say")
    assert [(s.generic, s.link.entity) for s in sources] == [(True, None)]
    # named in the body too: the state speaks
    doc.user_data[FURNITURE_KEY] = []
    ctx = AttributionContext(doc, _WithGroup(load_gazetteer()))
    ctx.set_segments(segments(doc))
    decided, sources = decide(ctx, list(doc.char_span(start, start + len("Estonian officials"))), "say")
    assert (decided, [s.link.entity for s in sources]) == ("state_speaker", ["country:estonia"])


def test_bare_officials_point_back_to_officials_named_with_their_state(nlp):
    # "a body they point back to wins": the last "<state> officials" before them, not the state named most
    text = (
        "A ferry from Estonia sank off Latvia, and Latvia sent a tug. Estonian defence officials said the crew was "
        "safe. Officials said the hold was dry."
    )
    decided, sources = _decide(nlp, text, "Officials")
    assert (decided, [s.link.entity for s in sources]) == ("story_state", ["country:estonia"])


def test_bare_officials_of_a_state_named_only_by_demonym_speak_for_its_body(nlp):
    # a story that never writes "Estonia": the state is no entity, its body named most speaks
    text = "The Estonian Naval Command sent a ship to the Tern Vale. Officials said the crew was safe."
    decided, sources = _decide(nlp, text, "Officials")
    assert (decided, [s.link.name for s in sources]) == ("story_state", ["Estonian Naval Command"])


@pytest.mark.parametrize("when", ["on Friday", "in March"])
def test_a_weekday_or_month_in_an_unnamed_speakers_phrase_names_nobody(nlp, when):
    # source_phrase.unnamed_tokens: "Friday" is a proper noun that dates the statement, no unrecognised
    # name that would make "Estonian officials on Friday" a generic source
    text = f"The ferry was hit off Estonia. Estonian officials {when} told Nordic Daily the tanker was seized."
    decided, sources = _decide(nlp, text, f"Estonian officials {when}")
    assert decided == "state_speaker"
    assert sources[0].link.entity == "country:estonia"


def test_a_kind_speaker_before_any_body_is_the_body_of_its_kind_named_next(nlp):
    # issue 12: a lead describes its source and names it a sentence later (source_context.BODY_AHEAD)
    text = (
        "A ferry sank at dawn, investigators said. "
        "Investigators with the Varnel Safety Board reported that the crew was asleep."
    )
    decided, sources = _decide(nlp, text, "investigators")
    assert (decided, [s.link.name for s in sources]) == ("body_of_kind", ["Varnel Safety Board"])


def test_a_kind_speaker_with_two_bodies_of_its_kind_named_next_stays_unnamed(nlp):
    text = (
        "A ferry sank at dawn, investigators said. "
        "The Varnel Safety Board reported that the crew was asleep. The Tolm Marine Board said the hull held."
    )
    decided, _sources = _decide(nlp, text, "investigators")
    assert decided != "body_of_kind"


def test_a_kind_speaker_does_not_take_a_body_named_but_not_speaking_next(nlp):
    text = "A ferry sank at dawn, investigators said. A Varnel Safety Board launch towed the hull."
    decided, _sources = _decide(nlp, text, "investigators")
    assert decided != "body_of_kind"


def test_the_ministry_with_no_ministry_named_stays_generic(nlp):
    decided, _sources = _decide(nlp, "A ferry sank at dawn, the ministry said. The crew was safe.", "the ministry")
    assert decided == "generic_source"


def test_a_definite_body_noun_after_a_generic_one_is_the_body_named_since(nlp):
    # the first "the council" has no antecedent (generic); once the Varnel Council is named, "The
    # council" points to it, not to the generic description cited before
    text = "The council said a ferry sank. The Varnel Council met on Monday. The council said the crew was safe."
    _decided, sources = _decide_after(nlp, text, "The council", "The council")
    assert [s.link.name for s in sources] == ["Varnel Council"]


def _decide_after(nlp, text: str, first: str, phrase: str, verb: str = "say"):
    """Decide the last `phrase` of the text after deciding and citing `first` (the recent source)."""
    doc = run_doc(nlp, text, published=date(2024, 3, 4))
    doc.ents = [e for e in doc.ents if e.text in ENTITIES.get(e.label_, ())]
    ctx = AttributionContext(doc, _WithGroup(load_gazetteer()))
    ctx.set_segments(segments(doc))
    ctx.remember(decide(ctx, list(doc.char_span(text.index(first), text.index(first) + len(first))), verb)[1])
    start = text.rindex(phrase)
    return decide(ctx, list(doc.char_span(start, start + len(phrase))), verb)


@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        ("Velmora Shipping said the ferry was late. The stevedore said the crew was safe.", "The stevedore",
         "Velmora Shipping"),
        ("Brightwater Institute said the ferry was late. The nonprofit said the crew was safe.", "The nonprofit",
         "Brightwater Institute"),
        ("Harbour Patrol Authority said the ferry was late. The regulator said the crew was safe.", "The regulator",
         "Harbour Patrol Authority"),
    ],
)  # fmt: skip
def test_a_stevedore_nonprofit_or_regulator_points_back_to_the_body_cited(nlp, text, phrase, name):
    # kind nouns as data (attribution/company_nouns.txt, org_nouns.txt, body_nouns.txt)
    decided, sources = _decide_after(nlp, text, name, phrase)
    assert (decided, [s.link.name for s in sources]) == ("coreference", [name])


def test_a_stevedore_is_no_ministry_cited_before(nlp):
    text = "The British Ministry of Defence said the ferry was late. The stevedore said the crew was safe."
    _decided, sources = _decide_after(nlp, text, "British Ministry of Defence", "The stevedore")
    assert "British Ministry of Defence" not in [s.link.name for s in sources]


@pytest.mark.parametrize(
    ("text", "phrase", "rule", "name"),
    [
        # org_nouns.txt "line": the line named before
        ("Orvik Lines fined the crew. The shipping line said the ferry was late.", "The shipping line",
         "coreference", "Orvik Lines"),
        # attribution/body_kinds.csv row `port`: the body whose name holds "port(s)"
        ("Karsk Ports Authority signed the deal. The terminal was open, port officials said.", "port officials",
         "body_of_kind", "Karsk Ports Authority"),
    ],
)  # fmt: skip
def test_the_shipping_line_and_port_officials_point_back_to_the_body_named(nlp, text, phrase, rule, name):
    decided, sources = _decide(nlp, text, phrase)
    assert (decided, [s.link.name for s in sources]) == (rule, [name])


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("A ferry docked at dawn. The terminal was open, port officials said.", "port officials"),
        ("A ferry docked at dawn. The shipping line said the terminal was open.", "The shipping line"),
    ],
)
def test_port_officials_or_the_line_with_no_body_named_stay_generic(nlp, text, phrase):
    decided, _sources = _decide(nlp, text, phrase)
    assert decided == "generic_source"
