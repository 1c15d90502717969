"""Outlets found by their shape and role whatever the registry holds (nlp/context/outlet_shapes.py),
and the outlet that broadcast a statement at the head of its chain (the `on` relay phrase of
sources/rules/attribution/frame_phrases.csv). Made-up names, in made-up prose."""

from __future__ import annotations

import pytest

from osint_graph.model import Article


def outlets(nlp, text):
    return {e.text for e in nlp(text).ents if e.label_ == "OUTLET"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Russian Tessel media reported two dead among the crew of the ferry.", "Tessel"),
        ("The port chief told the Krova media outlet on Monday that the berth was closed.", "Krova"),
        ("The toll was given on the Tarnova Première public television channel on Friday.", "Tarnova Première"),
        ("The «Quiet Harbour» Telegram channel reported that a drone hit the ferry.", "Quiet Harbour"),
    ],
)
def test_a_name_before_an_outlet_noun_is_an_outlet(nlp, text, name):
    # the noun, the words between (public, television, media, Telegram) and a leading demonym
    assert name in outlets(nlp, text)


def test_a_country_before_an_outlet_noun_is_no_outlet(nlp):
    assert "Finland" not in outlets(nlp, "The ferry sank, the Finland newspaper said on Monday.")


def test_a_platforms_channel_number_is_no_outlet_noun(nlp):
    assert outlets(nlp, "Watch the debate live on Skyline channel 276 tonight.") == set()


def test_a_capitalised_channel_with_a_number_is_a_broadcaster(nlp):
    assert "Channel 19" in outlets(nlp, "The tanker was hit at dawn. Channel 19 news said Karsk was behind it.")


def test_a_ships_radio_channel_is_no_broadcaster(nlp):
    assert outlets(nlp, "The master called the coast guard on channel 16 at dawn.") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "At midday, the minister, Ola Brenn, announced on the public television channel Tarnova Première "
        "that three people had died.",
        "“Three people have died,” said Ola Brenn on Friday evening on the Tarnova Première public television channel.",
    ],
)
def test_an_outlet_that_broadcast_the_words_heads_the_chain(claims_extractor, sentence):
    result = claims_extractor.extract(Article(id="x", text=sentence, outlet="Nordic Daily")).to_dict()
    chains = [[a["name"] for a in c["attribution"]] for c in result["claims"]]
    assert ["Tarnova Première", "Ola Brenn"] in chains


def test_said_on_state_television_names_no_outlet_at_the_head(claims_extractor):
    text = "“The toll stands at forty,” Ola Brenn, the minister's spokesman, said on state television."
    result = claims_extractor.extract(Article(id="x", text=text, outlet="Nordic Daily")).to_dict()
    chains = [[a["name"] for a in c["attribution"]] for c in result["claims"]]
    assert ["Ola Brenn"] in chains


@pytest.mark.parametrize(
    "text, name",
    [
        ("The tanker left port on Monday, according to the Norway Harbour Journal.", "Norway Harbour Journal"),
        ("The crew was safe, according to the Norway Maritime Gazette.", "Norway Maritime Gazette"),
    ],
)
def test_a_title_ending_in_a_papers_head_word_is_an_outlet(nlp, text, name):
    # a place or an organisation word inside the title does not make it a place or a body
    assert name in outlets(nlp, text)


def test_an_agency_with_an_organisation_word_is_no_outlet(nlp):
    text = "The ferry was overloaded, according to the Tarn Maritime Services Agency."
    assert "Tarn Maritime Services Agency" not in outlets(nlp, text)


def test_an_outlet_a_statement_was_confirmed_to_heads_the_chain(claims_extractor):
    text = "Ola Brenn confirmed to the Tarn Echo newspaper that the ferry had been overloaded."
    result = claims_extractor.extract(Article(id="x", text=text, outlet="Nordic Daily")).to_dict()
    chains = [[a["name"] for a in c["attribution"]] for c in result["claims"]]
    assert ["Tarn Echo", "Ola Brenn"] in chains


def test_a_company_name_before_website_is_the_company_not_an_outlet(nlp):
    # twentieth round (outlet20): context/site_nouns.txt
    text = "In a statement posted on Brenvik Line website, 23 crew members were evacuated."
    assert "Brenvik Line" not in outlets(nlp, text)
    assert {e.text: e.label_ for e in nlp(text).ents}.get("Brenvik Line") == "ORG"
    assert "Varnia Daily" in outlets(nlp, "The Varnia Daily website said the Tern Vale sank.")


def test_a_bodys_name_ending_in_agency_is_no_outlet_but_a_news_agency_is(nlp):
    # twentieth round (outlet20): the noun is the last word of a body's name ('... Cooperation Agency')
    text = (
        "According to the Karsk Security Cooperation Agency, the sale was approved. The Brenn News Agency reported it."
    )
    found = {e.text: e.label_ for e in nlp(text).ents}
    assert found.get("Karsk Security Cooperation Agency") == "ORG"
    assert found.get("Brenn News Agency") == "OUTLET"


def test_the_hyphenated_surname_of_a_person_named_before_is_no_outlet(nlp):
    # context/outlets._not_a_reporter: 'Juan Perez-Canel ... Perez-Canel wrote' is the person again
    text = 'President Juan Perez-Canel visited the ship on Sunday. "Welcome, friends," Perez-Canel wrote on X.'
    doc = nlp(text)
    assert {e.label_ for e in doc.ents if "Perez-Canel" in e.text} == {"PERSON"}


@pytest.mark.parametrize(
    "text, name",
    [
        # an outlet noun, then the name set off by commas (nlp/context/outlets.py, _comma_apposition)
        ("According to a Karsk military news outlet, Nordblick, the crew of the frigate was safe.", "Nordblick"),
        # a state medium's describing word right before the name (context/media_descriptors.txt)
        ("The semi-official Kestnews cited a member of the team inspecting the tanker.", "Kestnews"),
        # a blog's name after 'blogger' when it starts with no given name (context/blog_nouns.txt)
        ("Karsk war blogger Voenny Vestnik said the drone was shot down over the bay.", "Voenny Vestnik"),
        ("The drone was also reported by the prominent Karsk military blogger, Voenny Vestnik.", "Voenny Vestnik"),
    ],
)
def test_outlets_set_off_described_as_state_media_or_named_as_blogs(nlp, text, name):
    assert name in outlets(nlp, text)


def test_a_blogger_with_a_given_name_stays_a_person(nlp):
    doc = nlp("Military blogger Anna Varnova said the ship was hit.")
    assert {(e.text, e.label_) for e in doc.ents} == {("Anna Varnova", "PERSON")}


@pytest.mark.parametrize(
    "text, name",
    [
        ('"They served their terms," said Marit Vellenga, the service\'s director, to Kesto.', "Marit Vellenga"),
        ('"Eternal memory to the crew," wrote Tomas Varnelov, a Karsk navy officer.', "Tomas Varnelov"),
        ("Tarvo Halinen, a deputy minister, said 27 ships had used the corridor this month.", "Tarvo Halinen"),
    ],
)  # fmt: skip
def test_a_writer_in_apposition_with_a_persons_role_is_a_person_no_outlet(nlp, text, name):
    # context/outlets.maybe_outlet: the reporting verb's subject is set beside a role (person_role_nouns)
    doc = nlp(text)
    assert name not in outlets(nlp, text)
    assert (name, "PERSON") in {(e.text, e.label_) for e in doc.ents}


@pytest.mark.parametrize(
    "text, name",
    [
        ("“Twelve are missing,” said Ola Brenn in an interview on Morning Tarnova.", "Morning Tarnova"),
        ("Speaking on Kesto Radio Four, Ola Brenn said the ferry had sunk.", "Kesto Radio Four"),
    ],
)
def test_the_broadcast_a_speaker_appears_on_is_an_outlet(nlp, text, name):
    assert name in outlets(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ola Brenn said in an interview on Monday that the ferry had sunk.",  # a date
        "Ola Brenn, speaking on Telegram, said the ferry had sunk.",  # a platform
        "Ola Brenn said in an interview on Finland’s coast guard ship that the ferry had sunk.",  # a place
    ],
)
def test_a_date_a_platform_or_a_place_after_interview_on_is_no_outlet(nlp, text):
    assert outlets(nlp, text) == set()


def test_a_speaker_interviewed_on_a_programme_goes_on_through_it(claims_extractor):
    text = (
        "“Twelve crew are missing,” said Ola Brenn in an interview on Morning Tarnova.\n"
        "“We are searching under the hull,” added Brenn.\n"
    )
    result = claims_extractor.extract(Article(id="x", text=text, outlet="Nordic Daily")).to_dict()
    chains = {c["text"][:12]: [a["name"] for a in c["attribution"]] for c in result["claims"]}
    assert chains["Twelve crew "] == ["Morning Tarnova", "Ola Brenn"]
    assert chains["We are searc"][0] == "Morning Tarnova"
