"""One thing under several written forms (tests/gold/GUIDELINES.md rulings of this round), on
made-up texts: a person's name spelt two ways in one file is one Person; 'of (the) <State>' after a
body's name is inside the body's mention, a company's seat is not."""

from __future__ import annotations

import pytest

from osint_graph.gazetteer import Gazetteer
from osint_graph.gazetteer_entry import GazetteerEntry
from osint_graph.model import Article
from osint_graph.nlp.coreference import person_key
from osint_graph.nlp.org_names import state_after_end, titled_namesake_start

GAZ = Gazetteer(
    [
        GazetteerEntry("Country", "Varnia", (), {}, {}),
        GazetteerEntry("Country", "Ostlandic Isles", (), {}, {}),
        GazetteerEntry("Port", "Brennport", (), {}, {}),
    ]
)


@pytest.mark.parametrize(
    "a, b",
    [("sergey tarnov", "sergei tarnov"), ("mikhail orlek", "mihail orlek"), ("ana zelensky", "ana zelenskyy")],
)
def test_spelling_variants_of_a_person_fold_alike(a, b):
    assert person_key(a) == person_key(b)


def test_different_people_do_not_fold_alike():
    assert person_key("anna tarnov") != person_key("irina tarnov")


def test_a_person_spelt_two_ways_in_one_file_is_one_person(extractor):
    text = "Sergey Tarnov, a Varnian admiral, spoke on Monday. Later Sergei Tarnov said the crew was safe."
    people = [e for e in extractor.extract(Article(id="x", text=text)).entities if e.type == "Person"]
    assert len(people) == 1, people
    assert people[0].name == "Sergey Tarnov"  # the first full mention


@pytest.mark.parametrize(
    "text, body, whole",
    [
        ("The Coast Guard of Varnia said on Monday.", "Coast Guard", "Coast Guard of Varnia"),
        (
            "The Ministry of Harbours of the Ostlandic Isles said.",
            "Ministry of Harbours",
            "Ministry of Harbours of the Ostlandic Isles",
        ),
        ("Tern Tankers of Brennport said on Monday.", "Tern Tankers", "Tern Tankers"),  # a seat, no state
        ("Karsk Lines LLC of Varnia said on Monday.", "Karsk Lines LLC", "Karsk Lines LLC"),  # a company's seat
        # a national body's last word ('Union', 'Federation') takes its state too (twenty-eighth round)
        ("The Dockers Union of Varnia said on Monday.", "Dockers Union", "Dockers Union of Varnia"),
        (
            "The Shipowners Federation of the Ostlandic Isles said.",
            "Shipowners Federation",
            "Shipowners Federation of the Ostlandic Isles",
        ),
        ("The Dockers Union of Brennport said on Monday.", "Dockers Union", "Dockers Union"),  # a port, no state
        ("The Karsk Union Bank of Varnia said on Monday.", "Karsk Union Bank", "Karsk Union Bank"),  # 'Bank' ends it
    ],
)  # fmt: skip
def test_of_the_state_after_a_body_is_inside_its_mention(nlp, text, body, whole):
    doc = nlp.make_doc(text)
    start = next(t.i for t in doc if t.text == body.split()[0])
    end = start + len(nlp.make_doc(body))
    assert doc[start : state_after_end(doc, start, end, GAZ)].text == whole


def _locations(extractor, text: str) -> dict[str, list[str]]:
    found = extractor.extract(Article(id="x", text=text)).entities
    return {e.name: [m.text for m in e.mentions] for e in found if e.type == "Location"}


def test_a_territory_short_and_long_name_are_one_location(extractor):
    text = "Fighting went on in the Brennia Strip on Monday. In Brennia, residents said the shelling stopped."
    found = _locations(extractor, text)
    assert found.get("Brennia") == ["Brennia Strip", "Brennia"], found


def test_a_strip_written_alone_takes_the_short_name(extractor):
    assert "Karsk" in _locations(extractor, "Officials in the Karsk Strip said the ship Tolm Star arrived.")


def test_a_naval_prefix_before_a_list_is_each_names(extractor):
    """'USS Tolm and Brenn': the second ship is 'USS Brenn', its span its own word (GUIDELINES)."""
    text = "The frigates HMS Arnvik, Bellmoor and Copewell sailed through the Ostra Strait on Monday."
    ships = {e.name: [m.text for m in e.mentions] for e in extractor.extract(Article(id="x", text=text)).entities}
    assert ships.get("HMS Bellmoor") == ["Bellmoor"] and ships.get("HMS Copewell") == ["Copewell"], ships


def test_a_prefixed_ship_before_a_text_cut_off_after_and(extractor):
    """A text cut off right after ', and' (the stored texts stop at a length) has no later name: the
    ship alone, no IndexError past the text's last token."""
    text = "The frigate HMS Arnvik sailed through the Ostra Strait on Monday.\n\nIt met HMS Bellmoor, and"
    names = {e.name for e in extractor.extract(Article(id="x", text=text)).entities if e.type == "Vessel"}
    assert names == {"HMS Arnvik", "HMS Bellmoor"}, names


def test_a_body_after_a_prefixed_ship_is_no_ship(extractor):
    text = "HMS Arnvik and Royal Navy ships sailed through the Ostra Strait on Monday."
    names = {e.name for e in extractor.extract(Article(id="x", text=text)).entities if e.type == "Vessel"}
    assert names == {"HMS Arnvik"}, names


def test_a_merchant_prefix_names_no_list(extractor):
    """'MV Arnvik and MARKOS commandos': a merchant prefix is dropped from the name, and an acronym
    after it is a unit, not a ship."""
    text = "The cargo ship MV Arnvik and MARKOS commandos were seen in the Ostra Strait on Monday."
    names = {e.name for e in extractor.extract(Article(id="x", text=text)).entities if e.type == "Vessel"}
    assert "MV MARKOS" not in names and "MARKOS" not in names, names


def test_a_demonym_before_a_named_fleet_is_inside_its_span(extractor):
    """'the Russian Tolm Sea Fleet': the span keeps the state word, the canonical name is the
    fleet's own (GUIDELINES "A state's name or demonym right before a body's mention")."""
    text = "A spokesman for the Russian Tolm Sea Fleet said the tanker Arnvik Star was hit."
    found = {e.name: [m.text for m in e.mentions] for e in extractor.extract(Article(id="x", text=text)).entities}
    assert found.get("Tolm Sea Fleet") == ["Russian Tolm Sea Fleet"], found


def test_the_tail_of_an_outlets_name_is_that_outlet(extractor):
    # twentieth round (outlet20): 'the Times' after 'the Financial Times' (osint_graph/nlp/coreference.py)
    text = (
        "Varnian officials told the Financial Times that the Tern Vale was seized. It carried fuel, the Times reported."
    )
    found = extractor.extract(Article(id="tails", text=text))
    outlets = {e.name: [m.text for m in e.mentions] for e in found.entities if e.type == "Outlet"}
    assert outlets == {"Financial Times": ["Financial Times", "Times"]}


@pytest.mark.parametrize(
    "text, first, last, person",
    [
        ("It was safe, said Varnport MRCC Commandant Tomas Orell Brenn.", "Varnport", "Tomas", "Tomas Orell Brenn"),
        ("It was safe, said navy First Adm. Rizal Amran Sufian.", "navy", "Sufian", "Rizal Amran Sufian"),
        ("Citing Kesmar Commissioner Ola Brenn Tarn, the paper said.", "Citing", "Tarn", "Ola Brenn Tarn"),
        ("The Varnport Coast Guard Special Agent said.", "Varnport", "Agent", None),  # no name after it
        ("Captain Tarn said.", "Captain", "Tarn", None),  # one word: a ship's name may be so
        # a portfolio after a title and 'of': the office, then the person (twenty-sixth round, org26)
        ("It was lifted, said Secretary of the Treasury Ola Varnik.", "Treasury", "Varnik", "Ola Varnik"),
        ("It was lifted, said Minister of Defence Tomas Brenn.", "Defence", "Brenn", "Tomas Brenn"),
        ("It was lifted, said the Ministry of Defence Tomas Brenn.", "Defence", "Brenn", None),  # no title
        ("It was lifted, said Secretary of the Treasury office.", "Treasury", "Treasury", None),  # no name
    ],
)  # fmt: skip
def test_a_titled_name_inside_a_body_span_is_the_person(nlp, text, first, last, person):
    from spacy.tokens import Span

    from osint_graph.nlp.person_names import titled_name_inside

    doc = nlp(text)
    start = next(t.i for t in doc if t.text == first)
    end = next(t.i for t in doc if t.text == last) + 1
    found = titled_name_inside(Span(doc, start, end, label="ORG"), GAZ)
    assert (found.text if found is not None else None) == person


@pytest.mark.parametrize(
    "text, name",
    [
        # a Malay or Arabic name cited later by its given names, without the father's name that closes it
        (
            "State harbour director Rizal Amran Sufian said the tanker was held on Monday. "
            "The captain had no permit to anchor, Rizal Amran said on Tuesday.",
            "Rizal Amran Sufian",
        ),
        # a surname written first, or the given name an Indonesian article goes on with
        (
            "Coast guard spokesman Wirdan Pasaribo said the tankers were held off Varnport on Sunday. "
            "The crews were questioned, Wirdan said.",
            "Wirdan Pasaribo",
        ),
    ],
)
def test_a_short_form_of_one_persons_name_is_that_person(extractor, text, name):
    people = [e for e in extractor.extract(Article(id="x", text=text)).entities if e.type == "Person"]
    assert [p.name for p in people] == [name], people


def test_a_title_alone_is_no_person(nlp):
    # the model may take the first word of 'Brig. Gen.' for a person (common/title_words: brig)
    doc = nlp("Varnian navy spokesman Brig. Gen. Tomas Orell said at a briefing.")
    assert "Brig" not in {e.text for e in doc.ents}


def _orgs(extractor, text: str) -> dict[str, list[str]]:
    found = extractor.extract(Article(id="x", text=text)).entities
    return {e.name: [m.text for m in e.mentions] for e in found if e.type == "Organization"}


def test_a_states_general_staff_after_its_possessive_is_a_body(extractor):
    """context/state_possessive_bodies.txt (twenty-eighth round): "<State>'s General Staff" is the
    state's body, the state its own mention; 'staff' alone names none."""
    text = "The landing ship was hit near the coast on Monday, Estonia’s General Staff said."
    assert _orgs(extractor, text).get("Estonian General Staff") == ["General Staff"], _orgs(extractor, text)
    assert _orgs(extractor, "The landing ship was hit near the coast on Monday, Estonia’s staff said.") == {}


@pytest.mark.parametrize(
    "text, model_span, whole",
    [
        ("The Captain Olaf Brenner Foundation said.", "Olaf Brenner Foundation", "Captain Olaf Brenner Foundation"),
        ("The Captain Tarnvik Shipping Foundation said.", "Tarnvik Shipping Foundation",
         "Tarnvik Shipping Foundation"),  # no person's name
        ("Captain Olaf Brenner Tankers said on Monday.", "Olaf Brenner", "Olaf Brenner"),  # no organisation's word
    ],
)  # fmt: skip
def test_a_title_opens_the_name_of_a_body_named_after_a_person(nlp, text, model_span, whole):
    """twenty-eighth round: 'the Captain Ola Brenn Foundation' keeps the title inside the body's name."""
    doc = nlp.make_doc(text)
    start = next(t.i for t in doc if t.text == model_span.split()[0])
    end = start + len(nlp.make_doc(model_span))
    assert doc[titled_namesake_start(doc, start, end) : end].text == whole
