"""Infrastructure names (osint_graph/nlp/infrastructure.py), in made-up prose: no entity type holds a
pipeline or a cable, so a name an infrastructure noun follows is dropped, and, one thing per
article, so are its other mentions."""

from __future__ import annotations


def test_a_pipelines_name_and_its_other_mentions_are_no_entity(nlp):
    text = (
        "Divers found explosives near the Nord Vessa 1 natural gas pipeline off Karsholm. "
        "Investigators said the Nord Vessa attacks were planned by a crew of six. "
        "Saboteurs damaged the Nord Vessa pipelines last September, the Ostland Coast Guard said."
    )
    names = {e.text for e in nlp(text).ents}
    assert not any("Vessa" in n for n in names), names
    assert "Ostland Coast Guard" in names  # a body beside them stays


def test_a_state_before_a_pipeline_stays_a_state(nlp):
    doc = nlp("Finland said the Balticconnector gas pipeline to Estonia was damaged; the Finland gas link was shut.")
    assert {e.text for e in doc.ents if e.label_ == "COUNTRY"} >= {"Finland", "Estonia"}
