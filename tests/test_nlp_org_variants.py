"""One organisation, one entity in an article (issue 11, twenty-fifth round, org_variants.py): an
acronym written with dots, with a number, or from the state inside the long form; a short form
without the state, the legal form or a droppable word, or written 'Ministry of X' for 'X Ministry';
and the refusals: two states, two legal forms, two long forms for one acronym. Made-up bodies and
companies; the states are real, as the gazetteer must know them."""

from __future__ import annotations

import pytest
from test_nlp_org_coreference import _doc, _entities

from osint_graph.gazetteer import load_gazetteer
from osint_graph.nlp.coreference import corefer
from osint_graph.nlp.org_variants import acronym_parts, long_form_initials, variant_key


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


JOINED = [  # (text, the names set as entities): one entity in the end
    (  # an acronym with dots
        "The Karsk Dockworkers Association struck on Monday. The K.D.A. said talks had failed.",
        ["Karsk Dockworkers Association", "K.D.A."],
    ),
    ("Joint Patrol Group 412 boarded the dhow. JPG412 said the crew was held.", ["Joint Patrol Group 412", "JPG412"]),
    (  # the acronym starts at the state inside the long form
        "The Office of the U.S. Fisheries Envoy wrote to the owners. USFE gave them a week.",
        ["Office of the U.S. Fisheries Envoy", "USFE"],
    ),
    (  # without the state and a droppable word
        "The Estonian Exchequer Department fined the firm. The Exchequer said it would appeal.",
        ["Estonian Exchequer Department", "Exchequer"],
    ),
    (  # 'Ministry of X Affairs' for the one state's 'X Ministry'
        "The Estonian Fisheries Ministry protested. The Ministry of Fisheries Affairs said the ship was seized.",
        ["Estonian Fisheries Ministry", "Ministry of Fisheries Affairs"],
    ),
    (  # a company's name in capitals, '&' for 'and', without its legal form
        "Brennok Marine and Trading Ltd owns the tanker. BRENNOK MARINE & TRADING did not reply.",
        ["Brennok Marine and Trading Ltd", "BRENNOK MARINE & TRADING"],
    ),
]
APART = [  # (text, the names set as entities): each stays its own entity
    (  # two states: the short form could be either ministry
        "The Estonian Fisheries Ministry and the Latvian Fisheries Ministry met. "
        "The Ministry of Fisheries Affairs said nothing.",
        ["Estonian Fisheries Ministry", "Latvian Fisheries Ministry", "Ministry of Fisheries Affairs"],
    ),
    (  # two legal forms: two companies of one group
        "Brennok Marine Ltd and BRENNOK MARINE SA share an office. BRENNOK MARINE denied it.",
        ["Brennok Marine Ltd", "BRENNOK MARINE SA", "BRENNOK MARINE"],
    ),
    (  # two long forms for one acronym
        "The Karsk Dock Authority and the Karsk Defence Agency met. The K.D.A. said talks went well.",
        ["Karsk Dock Authority", "Karsk Defence Agency", "K.D.A."],
    ),
]


@pytest.mark.parametrize(("text", "names"), JOINED)
def test_one_body_written_two_ways_is_one_entity(nlp, gaz, text, names):
    doc = _doc(nlp, text, names)
    corefer(doc, gaz)
    assert list(_entities(doc).values()) == [set(names)]


@pytest.mark.parametrize(("text", "names"), APART)
def test_two_bodies_it_could_be_refuse_the_join(nlp, gaz, text, names):
    doc = _doc(nlp, text, names)
    corefer(doc, gaz)
    assert set(_entities(doc)) == set(names)


def test_keys_and_initials(gaz):
    assert variant_key("US Department of the Treasury", gaz)[0] == variant_key("Treasury", gaz)[0] == ("treasury",)
    assert variant_key("Chinese Foreign Ministry", gaz)[1] == {"china"}
    assert variant_key("Tarn Shipping SA", gaz)[2] == {"sa"}
    assert acronym_parts("CTF150") == ("CTF", "150")
    assert acronym_parts("Navy") is None
    assert ("USTR", "") in long_form_initials("Office of the U.S. Trade Representative", gaz)
