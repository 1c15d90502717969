"""Entity shapes of the thirty-second round (entity32), found on dev and on real pages outside the
article set; made-up names and texts, each shape with a twin that must not fire:

- a verb of a ship's movement beyond the shipping verbs ('sent from X', 'expected to stop at X';
  context/voyage_end_verbs.txt) makes the model's place the port where the ship is what moves (its
  subject, the ship its clause describes, 'it' after a ship), not 'aid on the ship was sent to X'; a
  voyage to 'the enclave of X' (context/town_nouns.txt) ends at X;
- a place on the port list the model typed as a person or a body, where a ship's voyage ends,
  starts or rests, is the Port; 'the next port of call was X' is a port role
  (context/port_call_nouns.txt); a region named by a direction word is no Port (voyage_places.py);
- a lone name the model typed as a body that is a word of a person named in full, or follows
  'surnamed', is a Person (lone_surnames.py).
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span
from spacy.util import filter_spans

from osint_graph.gazetteer import Gazetteer
from osint_graph.gazetteer_entry import GazetteerEntry
from osint_graph.nlp.context.port_reading import model_places_as_ports
from osint_graph.nlp.context.voyage_places import read_voyage_places
from osint_graph.nlp.extensions import register_extensions
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.lone_surnames import read_lone_surnames
from osint_graph.nlp.pipeline import load_model
from osint_graph.nlp.spans import annotate

QUARNBY = GazetteerEntry("Port", "Quarnby", (), {"locode": "ZZQRN"}, {"hidden_names": "Quarnby"})
VARNIA = GazetteerEntry("Country", "Varnia", (), {"iso2": "ZV"}, {})
GAZ = Gazetteer([QUARNBY, VARNIA])
PORT, LOCATION = LABEL_OF_TYPE["Port"], LABEL_OF_TYPE["Location"]
PERSON, ORG, VESSEL = LABEL_OF_TYPE["Person"], LABEL_OF_TYPE["Organization"], LABEL_OF_TYPE["Vessel"]
TYPES = {PORT: "Port", LOCATION: "Location", PERSON: "Person", ORG: "Organization", VESSEL: "Vessel"}


@pytest.fixture(scope="module")
def nlp():
    register_extensions()
    return load_model()


def _doc(nlp, text: str, marks: dict[str, str]):
    """The text parsed, each name of `marks` (one or more words) labelled as the model's find."""
    doc = nlp(text)
    spans = []
    for name, label in marks.items():
        n = len(name.split())
        spans += [
            annotate(Span(doc, t.i, t.i + n), TYPES[label], "model") for t in doc if doc[t.i : t.i + n].text == name
        ]
    doc.ents = filter_spans(spans)  # the longer name where two overlap ('Ola Brenn', not 'Brenn')
    return doc


def _labels(doc, name: str) -> set[str]:
    return {e.label_ for e in doc.ents if e.text == name}


@pytest.mark.parametrize(
    "text,port",
    [
        ("The Varnian warship Tern, sent from Quarnby, was alongside the wreck.", True),
        ("Food aid was sent from Quarnby by road to the flooded villages.", False),
        ("The bulk carrier Kessel Dawn was expected to stop at Quarnby for inspection.", True),
        ("The convoy of trucks was expected to stop at Quarnby for the night.", False),
        ("The Kessel Dawn was heading south, where it was expected to stop at Quarnby for inspection.", True),
        ("The ministry said any aid on the ship would be sent to Quarnby.", False),
        ("The Kessel Dawn was sailing to the Varnian enclave of Quarnby on Monday.", True),
    ],
    ids=["sent from", "twin: aid sent by road", "stop at", "twin: trucks stop", "it after the ship",
         "twin: aid on the ship", "enclave of"],
)  # fmt: skip
def test_voyage_end_verbs_make_the_place_a_port_in_a_clause_about_ships(nlp, text, port):
    doc = _doc(nlp, text, {"Quarnby": LOCATION, "Tern": VESSEL, "Kessel Dawn": VESSEL})
    model_places_as_ports(doc, GAZ)
    assert _labels(doc, "Quarnby") == ({PORT} if port else {LOCATION})


@pytest.mark.parametrize(
    "text,label,port",
    [
        ("HMS Tarn Vale departed Quarnby for an eight-month deployment.", PERSON, True),
        ("The ferry sank two hours after leaving Quarnby. Quarnby is a small town.", PERSON, True),
        ("Quarnby said the ship had left on time.", PERSON, False),
        ("The tanker's next port of call was Quarnby, according to tracking data.", ORG, True),
        ("The company's biggest customer was Quarnby, according to its report.", ORG, False),
        ("The next port of call was Quarnby, according to AIS data.", LOCATION, True),
    ],
    ids=["departed, typed person", "leaving, every mention", "twin: a speaker", "port of call, typed body",
         "twin: a customer", "port of call, typed place"],
)  # fmt: skip
def test_a_listed_port_the_model_typed_otherwise_is_the_port_of_a_voyage(nlp, text, label, port):
    doc = _doc(nlp, text, {"Quarnby": label, "HMS Tarn Vale": VESSEL})
    read_voyage_places(doc, GAZ)
    assert _labels(doc, "Quarnby") == ({PORT} if port else {label})


@pytest.mark.parametrize(
    "name,region",
    [("Western Varnia", True), ("West Varnia", True), ("Quarnby", False)],
    ids=["direction and a state", "short direction word", "twin: a town"],
)
def test_a_region_named_by_a_direction_word_is_no_port(nlp, name, region):
    doc = _doc(nlp, f"The Kessel Dawn arrived at Tarnport, having travelled from {name} via Brenland.", {name: PORT})
    read_voyage_places(doc, GAZ)
    assert _labels(doc, name) == ({LOCATION} if region else {PORT})


def test_a_direction_word_before_a_place_the_article_names_is_no_port(nlp):
    text = "Rescuers searched Kessary. The ferry sank off West Kessary after it left Tarnport."
    doc = _doc(nlp, text, {"Kessary": LOCATION, "West Kessary": PORT, "Tarnport": PORT})
    read_voyage_places(doc, GAZ)
    assert _labels(doc, "West Kessary") == {LOCATION} and _labels(doc, "Tarnport") == {PORT}


def test_a_region_before_the_port_town_of_another_is_no_port(nlp):
    text = "Rescuers searched Kessary. A body was taken to the West Kessary port town of Tarnport."
    doc = _doc(nlp, text, {"Kessary": LOCATION, "West Kessary": PORT, "Tarnport": PORT})
    read_voyage_places(doc, GAZ)
    assert _labels(doc, "West Kessary") == {LOCATION} and _labels(doc, "Tarnport") == {PORT}


def test_a_region_the_text_calls_a_port_stays_a_port(nlp):
    doc = _doc(nlp, "The ferry left the port of West Varnia at dawn.", {"West Varnia": PORT})
    read_voyage_places(doc, GAZ)
    assert _labels(doc, "West Varnia") == {PORT}


@pytest.mark.parametrize(
    "text,marks,person",
    [
        ("Ola Brenn, a pirate based in Garva, said they wanted money. They freed the ship, Brenn said.",
         {"Ola Brenn": PERSON, "Brenn": ORG}, True),
        ("The court ordered the detention of the captain, surnamed Venn. Venn denied any wrongdoing.",
         {"Venn": ORG}, True),
        ("Brenn Shipping owns the tanker. Brenn said the ship had left.", {"Brenn": ORG}, False),
        ("The captain, Ola Marsk, said Kessel had paid. Kessel denied it.", {"Ola Marsk": PERSON, "Kessel": ORG},
         False),
    ],
    ids=["surname of a person named in full", "surnamed", "twin: a company's short name",
         "twin: another name"],
)  # fmt: skip
def test_a_lone_name_of_a_person_named_in_full_is_a_person(nlp, text, marks, person):
    doc = _doc(nlp, text, marks)
    lone = next(n for n, label in marks.items() if label == ORG)
    read_lone_surnames(doc, Gazetteer([]))
    assert _labels(doc, lone) == ({PERSON} if person else {ORG})


@pytest.fixture(scope="module")
def pipeline():
    from osint_graph.nlp.pipeline import build_pipeline

    return build_pipeline(claims=False, entity_filter=False)


@pytest.mark.parametrize(
    "text,present,absent",
    [
        (
            "The statement was issued by the Director of Information, Naval Headquarters, Commodore Ola Brenn.",
            [("Naval Headquarters", ORG), ("Ola Brenn", PERSON)],
            [("of Information", PERSON), ("Naval Headquarters", PERSON)],
        ),
        (
            "The grain will go to Asia, said the Minister of Development of Communities of Varnia, Ola Brenn.",
            [("Ola Brenn", PERSON)],
            [("of Development of Communities", PERSON)],
        ),
        (
            "The ship left on time, said President de Varnay, who met the crew.",
            [("de Varnay", PERSON)],
            [],
        ),
    ],
    ids=["title remnant and a headquarters", "portfolio remnant", "twin: a name's particle"],
)
def test_a_title_remnant_is_no_person_and_a_headquarters_is_a_body(pipeline, text, present, absent):
    found = {(e.text, e.label_) for e in pipeline(text).ents}
    assert set(present) <= found and not set(absent) & found, found
