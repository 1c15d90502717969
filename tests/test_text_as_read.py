"""The text as read, before any rule: names typed with either apostrophe, a line with no final
punctuation ending its sentence, 'Published' / 'Last updated' label lines as furniture.

Made-up names and sentences only."""

from __future__ import annotations

import pytest

from osint_graph.gazetteer import Gazetteer
from osint_graph.gazetteer_entry import GazetteerEntry
from osint_graph.nlp.extensions import register_extensions
from osint_graph.nlp.furniture import find_furniture
from osint_graph.nlp.gazetteer_ruler import GazetteerRuler, name_variants
from osint_graph.nlp.pipeline import load_model

LEDGER = GazetteerEntry("Organization", "Kestrel's Ledger Intelligence", (), {}, {})
CURLY = GazetteerEntry("Organization", "Varn\u2019s Register", (), {}, {})


def test_name_variants_hold_both_apostrophes():
    assert "Kestrel\u2019s Ledger Intelligence" in name_variants(LEDGER)
    assert "Varn's Register" in name_variants(CURLY)


@pytest.fixture(scope="module")
def ruler_doc():
    register_extensions()
    nlp = load_model()
    ruler = GazetteerRuler(nlp, "gazetteer_test", Gazetteer([LEDGER, CURLY]))
    return lambda text: ruler(nlp(text))


@pytest.mark.parametrize(
    "text,name",
    [
        ("Kestrel\u2019s Ledger Intelligence data show the tanker turned east.", "Kestrel\u2019s Ledger Intelligence"),
        ("Kestrel's Ledger Intelligence data show the tanker turned east.", "Kestrel's Ledger Intelligence"),
        ("The ship was listed by Varn's Register in 2019.", "Varn's Register"),
    ],
)
def test_a_listed_name_is_found_whichever_apostrophe_the_page_types(ruler_doc, text, name):
    doc = ruler_doc(text)
    assert name in [e.text for e in doc.ents]


def test_published_and_last_updated_label_lines_are_furniture():
    text = "Tanker Halts Off Ostvik\n\nPublished\nLast updated\nShipping\n\nThe tanker Brann halted off Ostvik."
    kinds = {text[s:e]: k for k, s, e in find_furniture(text)}
    assert kinds.get("Published") == "date"
    assert kinds.get("Last updated") == "date"
    assert "The tanker Brann halted off Ostvik." not in kinds


def test_a_line_without_final_punctuation_ends_its_sentence():
    from osint_graph.nlp.furniture import _line_breaks

    text = "Tanker Halts Off Ostvik\nA Second Stop at Sea\nThe tanker Brann halted,\nthen turned. It left.\nGone"
    starts = [text[c:].split("\n")[0] for c in _line_breaks(text)]
    # after the headline and the subheading a new sentence starts; not after a comma or a full stop
    assert starts == ["A Second Stop at Sea", "The tanker Brann halted,"]


@pytest.fixture(scope="module")
def sentences():
    from osint_graph.nlp.pipeline import build_pipeline

    nlp = build_pipeline(claims=False, entity_filter=False)
    return lambda text: [s.text.strip() for s in nlp(text).sents]


def test_a_subheading_is_not_glued_to_the_next_sentence(sentences):
    text = (
        "The tanker Brann halted off Ostvik on Monday, the coast guard said.\n\n"
        "Risk of escalation around the northern straits\n\n"
        "Norvania has accused the crew of recklessness, officials said."
    )
    assert "Norvania has accused the crew of recklessness, officials said." in sentences(text)


@pytest.mark.parametrize(
    "line,place,agency",
    [("Ostvik \u2022 NWA", "Ostvik", "NWA"), ("Ostvik, June 19 (Wirewatch) Jun 19, 2024", "Ostvik", "Wirewatch")],
)
def test_a_place_and_its_desk_on_a_line_of_their_own_are_a_dateline(line, place, agency):
    text = f"Tanker Halts Off Ostvik\n{line}\nThe tanker Brann halted off Ostvik on Monday."
    kinds = {k: text[s:e] for k, s, e in find_furniture(text)}
    assert kinds.get("dateline") == place
    assert kinds.get("dateline_agency") == agency


def test_a_quote_glued_to_the_full_stop_before_it_is_its_own_token():
    from osint_graph.nlp.pipeline import build_pipeline

    text = 'the minister said in a statement.\u201cTo the crew of the Brann: turn back."Nobody answered.'
    doc = build_pipeline(claims=False, entity_filter=False).make_doc(text)
    tokens = [t.text for t in doc]
    assert tokens[tokens.index("statement") : tokens.index("statement") + 4] == ["statement", ".", "\u201c", "To"]
    assert '"' in tokens and "Nobody" in tokens
    assert doc.text == text  # offsets stay exact into the text as read


@pytest.fixture(scope="module")
def claims_of():
    from datetime import date

    from claim_standalone import run as run_doc
    from claim_standalone import standalone_pipeline

    nlp = standalone_pipeline(
        {"ORG": ["Coastal Watch Agency", "Ostland Navy"], "VESSEL": ["Morrow Gull", "Tern Vale"], "PORT": ["Karsk"],
         "COUNTRY": ["Ostland"]}
    )  # fmt: skip
    nlp.add_pipe("osint_furniture", first=True)  # the headline piece, as the full pipeline finds it
    return lambda text: run_doc(nlp, text, published=date(2025, 2, 3), outlet="Harbour Ledger")._.claims


HEAD = "Morrow Gull seized with 12 crew members \u2014 Coastal Watch Agency"


@pytest.mark.parametrize(
    "top",
    [f"Home / News / {HEAD}\n\n", " date 2025-02-03 2025 February 3 14:40\n\n", "Published\nLast updated\n\n"],
)
def test_the_headline_under_a_navigation_or_date_line_still_names_its_source(claims_of, top):
    text = top + HEAD + "\n\nThe Tern Vale stayed near Karsk overnight."
    found = [c for c in claims_of(text) if "12 crew" in c.text]
    assert found and [a.name for a in found[0].attribution] == ["Coastal Watch Agency"]


def test_a_dateline_opening_a_later_line_is_neither_the_claim_nor_its_source():
    from osint_graph.nlp.pipeline import build_pipeline

    text = (
        "Trawler capsizes off Varnholm\n\nForty crew members are missing after the capsize\n\n"
        "VARNHOLM, Ostland \u2013 The Ostland navy on Friday said it has located the trawler Morrow Gull.\n\n"
        "The Tern Vale stayed near Varnholm overnight."
    )
    nlp = build_pipeline()
    found = [c for c in nlp(text)._.claims if "has located" in c.text]
    assert found and "VARNHOLM" not in found[0].text  # the dateline is skipped
    assert "Varnholm" not in [a.name for a in found[0].attribution]  # the desk's town said nothing
    # the dateline changes nothing: the same claim and chain as the line without it
    plain = [c for c in nlp(text.replace("VARNHOLM, Ostland \u2013 ", ""))._.claims if "has located" in c.text]
    assert [(c.text, [a.name for a in c.attribution]) for c in found] == [
        (c.text, [a.name for a in c.attribution]) for c in plain
    ]
