"""A port's name and mention span by how the text writes its port word (GUIDELINES "Rulings of the
twenty-ninth round"): a capitalised port noun beside the name is inside the mention ("the Port of
Varn", "Varn Port", "Varn Fishing Port", "Karsk Quay"), a lower-case one outside ("the port of Varn",
"Varn port", "the Varn oil terminal"); the name is the town's ("Varn") either way, one entity.

Made-up names and texts; each positive case has a negative twin that must not move.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from osint_graph.model import Article
from osint_graph.nlp.extensions import register_extensions
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.pipeline import load_model
from osint_graph.nlp.port_spans import port_mention_bounds, port_town_names
from osint_graph.nlp.spans import annotate

PORT = LABEL_OF_TYPE["Port"]


@pytest.fixture(scope="module")
def model():
    register_extensions()
    return load_model()


def _doc(model, text: str, *names: str):
    """The text parsed, with each of `names` (first occurrence) its only Port entity."""
    doc = model(text)
    ents = []
    for name in names:
        start = text.index(name)
        span = doc.char_span(start, start + len(name))
        assert span is not None, name
        ents.append(annotate(span, "Port", "context"))
    doc.ents = ents
    return doc


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        # capitalised: the port word is in the mention
        ("The tanker left the Port of Varnhamn on Monday.", "Varnhamn", "Port of Varnhamn"),
        ("The tanker docked at Varnhamn Port on Monday.", "Varnhamn", "Varnhamn Port"),
        ("The ferry entered Varnhamn Harbour at dawn.", "Varnhamn", "Varnhamn Harbour"),
        ("The trawler was seen off Tarvik Fishing Port before dawn.", "Tarvik", "Tarvik Fishing Port"),
        ("The tanker berthed at the Kessel Quay on Friday.", "Kessel", "Kessel Quay"),
        # lower case: the port word stays outside (negative twins)
        ("The tanker left the port of Varnhamn on Monday.", "Varnhamn", "Varnhamn"),
        ("The tanker docked at Varnhamn port on Monday.", "Varnhamn", "Varnhamn"),
        ("The ferry entered the Varnhamn harbour at dawn.", "Varnhamn", "Varnhamn"),
        ("The tanker berthed at the Kessel quay on Friday.", "Kessel", "Kessel"),
        # a body's name going on after the word, a plural: no port word of the name
        ("The Varnhamn Port Authority said the ferry had left.", "Varnhamn", "Varnhamn"),
        ("The strike closed Varnhamn Ports on Monday.", "Varnhamn", "Varnhamn"),
        # lower-case words read inside a mention are cut out of it
        ("The tanker left the port of Varnhamn on Monday.", "the port of Varnhamn", "Varnhamn"),
        ("The tanker docked at Varnhamn port on Monday.", "Varnhamn port", "Varnhamn"),
        ("The tanker loaded at the Kessel oil terminal.", "Kessel oil terminal", "Kessel"),
        ("The tanker docked at Varnhamn Port on Monday.", "Varnhamn Port", "Varnhamn Port"),
    ],
)
def test_mention_bounds(model, text, name, mention):
    doc = _doc(model, text, name)
    start, end = port_mention_bounds(doc.ents[0])
    assert doc.text[start:end] == mention


def test_the_port_of_a_listed_town_opening_its_name_is_left(model):
    # 'Port of Spain'-like: a name that opens with 'Port' keeps it, nothing is added before it
    doc = _doc(model, "The ferry sailed from Port Varnel to Kessel.", "Port Varnel")
    start, end = port_mention_bounds(doc.ents[0])
    assert doc.text[start:end] == "Port Varnel"


def test_port_named_with_its_word_is_the_towns_port(model):
    doc = _doc(model, "The tanker docked at Varnhamn Port. It had left Varnhamn twice before.", "Varnhamn Port")
    tail = doc.text.index("Varnhamn twice")
    doc.ents = [*doc.ents, annotate(doc.char_span(tail, tail + 8), "Port", "context")]
    port_town_names(doc)
    assert [(e.text, e._.canonical) for e in doc.ents] == [("Varnhamn", "Varnhamn"), ("Varnhamn", "Varnhamn")]
    assert len({e._.entity_id for e in doc.ents}) == 1


def test_kind_word_before_the_port_noun_is_no_part_of_the_name(model):
    doc = _doc(model, "The trawler was seen off Tarvik Fishing Port before dawn.", "Tarvik Fishing")
    port_town_names(doc)
    assert [(e.text, e._.canonical) for e in doc.ents] == [("Tarvik", "Tarvik")]


def test_a_name_without_port_words_is_left(model):
    # negative twin: 'Tarvik Fishing' not before a port noun is a name of its own
    doc = _doc(model, "The Tarvik Fishing cooperative met on Monday.", "Tarvik Fishing")
    port_town_names(doc)
    assert [e.text for e in doc.ents] == ["Tarvik Fishing"]


def test_a_listed_port_named_with_its_word_is_left(model):
    doc = _doc(model, "The ferry sailed from Port of Varnel on Monday.", "Port of Varnel")
    span = doc.ents[0]
    listed = Span(doc, span.start, span.end, label=PORT)
    listed._.canonical, listed._.osint_source = "Port of Varnel", "gazetteer"
    doc.ents = [listed]
    port_town_names(doc)
    assert [e.text for e in doc.ents] == ["Port of Varnel"]


def test_extractor_one_port_both_spellings(extractor):
    text = "The tanker Tern Vale left the Port of Varnhamn on Monday. It returned to Varnhamn port on Friday."
    out = extractor.extract(Article(id="t", text=text))
    ports = [e for e in out.entities if e.type == "Port"]
    assert [(e.name, [m.text for m in e.mentions]) for e in ports] == [("Varnhamn", ["Port of Varnhamn", "Varnhamn"])]
    assert all(text[m.start : m.end] == m.text for e in ports for m in e.mentions)


@pytest.mark.parametrize(
    ("text", "ports"),
    [
        # the model's facility 'X Harbour' is X's port, the word in the mention
        (
            "In January, the ferry Kessel Star lost power as it was entering Varnhamn Harbour.",
            [("Varnhamn", ["Varnhamn Harbour"])],
        ),
        # negative twin: a facility with no port noun is no port
        ("In January, the ferry Kessel Star lost power as it was passing Varnhamn Bridge.", []),
    ],
)
def test_model_facility_named_with_a_port_noun(extractor, text, ports):
    out = extractor.extract(Article(id="t", text=text))
    assert [(e.name, [m.text for m in e.mentions]) for e in out.entities if e.type == "Port"] == ports


@pytest.mark.parametrize(
    ("text", "ports"),
    [
        # 'the Varnshire port of Tarvik': Tarvik's port; the region before it is no port
        ("The tanker Tern Vale was allowed to dock at the Varnshire port of Tarvik on Monday.", ["Tarvik"]),
        # negative twin: 'the Varnshire port' names Varnshire's own port
        ("The tanker Tern Vale was allowed to dock at the Varnshire port on Monday.", ["Varnshire"]),
    ],
)
def test_region_before_a_port_of_another_town(extractor, text, ports):
    out = extractor.extract(Article(id="t", text=text))
    assert [e.name for e in out.entities if e.type == "Port"] == ports
