"""A capital after a relation word of a government ('attacks ascribed to X', 'protested to X', 'the
ambassador to X') or before 'built' ('an X-built port') stands for its state
(sources/rules/entity_types/relation_words.txt, state_participles.txt; osint_graph/nlp/metonymy.py).
Made-up sentences; the capitals are the reference lists' (a capital is the only kind of name the rule reads)."""

from __future__ import annotations


def types(nlp, text: str) -> set[tuple[str, str]]:
    return {(e.label_, e.text) for e in nlp(text).ents}


def test_attacks_ascribed_to_a_capital_are_the_state_s(nlp):
    assert ("COUNTRY", "Tehran") in types(
        nlp, "Analysts say the raid on the Tern Vale bears hallmarks of attacks ascribed to Tehran."
    )


def test_a_protest_to_a_capital_goes_to_its_government(nlp):
    assert ("COUNTRY", "Beijing") in types(nlp, "Varnia said it had protested to Beijing about the trawlers.")


def test_a_port_built_by_a_capital_is_the_state_s_work(nlp):
    assert ("COUNTRY", "Beijing") in types(nlp, "The Tern Vale docked at a Beijing-built port on Tuesday.")


def test_a_place_near_a_capital_stays_a_place(nlp):
    assert ("LOCATION", "Moscow") in types(nlp, "A depot near Moscow burned down on Sunday.")
