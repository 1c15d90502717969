"""A plural port noun and the names beside it (GUIDELINES "Port or Location", "Places sharing one
noun"): 'Varnel ports' after one name are the ports of a region, a state or an operator, no port
called Varnel; 'the Quarnby and Varnel ports' names two ports; 'Tarvik's southern ports in Quarnby
and Dollen' names the ports at those towns, while 'the Kessmar Port in Quarnby' is a port with its
own name lying in the town.

Made-up names and texts.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from osint_graph.nlp.extensions import register_extensions
from osint_graph.nlp.gazetteer_ruler import port_cue, ports_of_one_name
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.pipeline import load_model


@pytest.fixture(scope="module")
def model():
    register_extensions()
    return load_model()


def _span(doc, name: str, nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(name, start + 1)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return span


@pytest.mark.parametrize(
    ("text", "name", "cue"),
    [
        # one name before 'ports': an operator's or a region's ports, no port of that name
        ("Work stopped at Varnel Logistics ports on Monday after the strike.", "Varnel Logistics", False),
        ("Strikes halted work at Varnel ports on Monday.", "Varnel", False),
        # ... its twin: the last of coordinated names, each a port
        ("Strikes halted work at the Quarnby and Varnel ports on Monday.", "Varnel", True),
        # one name before a singular port noun: that port
        ("Strikes halted work at the Varnel port on Monday.", "Varnel", True),
        # ... not before 'port of' and another name: that town's port, in the region Varnshire (round 29)
        ("The tanker docked at the Varnshire port of Tarvik on Monday.", "Varnshire", False),
        ("The tanker docked at the Varnshire port of call on Monday.", "Varnshire", True),
    ],
)
def test_a_plural_port_noun_after_one_name_is_no_port_cue(model, text, name, cue):
    doc = model(text)
    span = _span(doc, name)
    assert port_cue(span) is cue
    assert ports_of_one_name(doc, span.start, span.end) is (not cue and doc[span.end].lower_ == "ports")


@pytest.mark.parametrize(
    ("text", "label", "cue"),
    [
        # 'ports in X' after a proper adjective: the ports at X, a town of the port list
        ("Tarvik's Varnmoor ports in Quarnby and Dollen handle most of its trade.", "Port", True),
        # ... its twins: a region there ('Varnmoor ports in Quarnby', Quarnby a province) ...
        ("Tarvik's Varnmoor ports in Quarnby and Dollen handle most of its trade.", "Location", False),
        # ... and a port with its own name in the town, which is no port of its own
        ("Ships unloaded at the Kessmar Port in Quarnby on Monday.", "Port", False),
    ],
)
def test_ports_in_a_town_after_a_proper_adjective(model, text, label, cue):
    doc = model(text)
    span = _span(doc, "Quarnby")
    doc.ents = [Span(doc, span.start, span.end, label=LABEL_OF_TYPE[label])]
    assert port_cue(doc.ents[0]) is cue


def test_a_title_after_port_ends_the_ports_name(nlp):
    """'the Varnsby Port CEO Ola Brenn': 'Port' closes the port's name, the title opens the person's."""
    found = {(e.text, e.label_) for e in nlp("Ships no longer call, said Varnsby Port CEO Ola Brenn on Monday.").ents}
    assert not any(label == LABEL_OF_TYPE["Port"] and "Brenn" in text for text, label in found)


def test_a_name_after_port_is_the_ports_name(nlp):
    """... its twin: 'Port Tarvel' names the port."""
    found = {(e.text, e.label_) for e in nlp("The tanker Tern Vale docked at Port Tarvel on Monday.").ents}
    assert ("Port Tarvel", LABEL_OF_TYPE["Port"]) in found


def test_a_title_and_of_before_port_open_no_ports_name(nlp):
    """'The CEO of Varnsby Port' (port27): the title and 'of' are no part of the port's name."""
    found = {(e.text, e.label_) for e in nlp("The CEO of Varnsby Port estimated that traffic would return.").ents}
    assert not any(label == LABEL_OF_TYPE["Port"] and "CEO" in text for text, label in found)


def test_the_port_after_a_title_and_of_is_still_found(nlp):
    """... its twin: the port itself is still found, by its name before 'Port'."""
    found = {(e.text, e.label_) for e in nlp("The CEO of Varnsby Port estimated that traffic would return.").ents}
    assert ("Varnsby", LABEL_OF_TYPE["Port"]) in found


def test_port_and_a_verb_after_a_name_are_no_listed_port_name():
    """'the Quarnby Port warned' holds the letters of a listed 'Port Warned' (port27, as 'Varn Port said'
    holds 'Port Said'): the lower-case verb is no part of a name the list writes capitalised; its twin,
    'sailed from Port Warned', is the port."""
    from osint_graph.gazetteer import Gazetteer
    from osint_graph.gazetteer_entry import GazetteerEntry
    from osint_graph.nlp.gazetteer_ruler import GazetteerRuler

    register_extensions()
    nlp = load_model()
    gaz = Gazetteer([GazetteerEntry("Port", "Port Warned", (), {"locode": "ZZPWN"}, {})])
    ruler = GazetteerRuler(nlp, "port_verb_tail_test", gaz)
    doc = ruler(nlp("The Quarnby Port warned that ships would wait at anchor."))
    assert not any(e.text.lower() == "port warned" for e in doc.ents)
    doc = ruler(nlp("The tanker sailed from Port Warned to Quarnby on Monday."))
    assert any(e.text == "Port Warned" for e in doc.ents)
