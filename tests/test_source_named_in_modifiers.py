"""Source resolution: a name inside a hyphenated modifier, and a name a descriptor head introduces.

"the Karsk-run Vexa TV network reported" is Vexa speaking (Karsk runs it); "Varnia's state-run shipping
company Tolm Lines said" is Tolm Lines, not Varnia (the possessor is who owns the speaker, and the head
introduces the speaker's name). Made-up names only.
"""

from __future__ import annotations

from datetime import date

import pytest
from claim_standalone import run as run_doc
from claim_standalone import standalone_pipeline

from osint_graph.gazetteer import load_gazetteer
from osint_graph.nlp.claim_segments import segments
from osint_graph.nlp.source_resolution import AttributionContext, decide

ENTITIES = {
    "ORG": ["Karsk Front", "Tolm Lines", "Brenn Union", "Karsk Navy"],
    "OUTLET": ["Vexa"],
    "COUNTRY": ["Varnia", "Estonia"],
    "VESSEL": ["Tern Vale"],
}  # fmt: skip


@pytest.fixture(scope="module")
def nlp():
    return standalone_pipeline(ENTITIES)


def _decide(nlp, text: str, phrase: str, verb: str = "say"):
    doc = run_doc(nlp, text, published=date(2024, 3, 4))
    doc.ents = [e for e in doc.ents if e.text in ENTITIES.get(e.label_, ())]
    ctx = AttributionContext(doc, load_gazetteer())
    ctx.set_segments(segments(doc))
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase))
    assert span is not None, f"{phrase!r} is not a token span of {text!r}"
    return decide(ctx, list(span), verb)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Earlier, the Karsk Front-run Vexa TV network reported that the Tern Vale was hit.",
         "the Karsk Front-run Vexa TV network"),
        ("The Karsk Front-backed Vexa channel said the Tern Vale was hit.", "The Karsk Front-backed Vexa channel"),
    ],
)  # fmt: skip
def test_a_name_in_a_hyphenated_modifier_is_not_the_speaker(nlp, text, phrase):
    _rule, sources = _decide(nlp, text, phrase, "report")
    assert [s.link.name for s in sources] == ["Vexa"]


@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        ("The Tern Vale was hit. Varnia’s state-run shipping company Tolm Lines said it would sue.",
         "Varnia’s state-run shipping company Tolm Lines", "Tolm Lines"),
        ("The Tern Vale was hit. Estonia’s shipowners group ‘Brenn Union’ stated that the rules failed.",
         "Estonia’s shipowners group ‘Brenn Union’", "Brenn Union"),
    ],
)  # fmt: skip
def test_a_name_the_head_introduces_speaks_not_the_possessor(nlp, text, phrase, name):
    _rule, sources = _decide(nlp, text, phrase)
    assert [s.link.name for s in sources] == [name]


def test_the_possessor_still_speaks_for_its_mission_to_a_body(nlp):
    text = "The Tern Vale was hit. Varnia’s mission to the Karsk Navy said the crew was safe."
    _rule, sources = _decide(nlp, text, "Varnia’s mission to the Karsk Navy")
    assert [s.link.name for s in sources] == ["Varnia"]
