"""Photo credits after captions, credits split by a slash in a dateline, and ranks and honorifics
before people's names (per20: the fresh batch dev-be and whole dev). Made-up pages and names."""

from __future__ import annotations

from osint_graph.nlp.furniture import find_furniture


def _kinds(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for kind, start, end in find_furniture(text):
        out.setdefault(kind, []).append(text[start:end])
    return out


def _ents(nlp, text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in nlp(text).ents}


CAPTIONS = (
    "Coast guard boats search the harbour of Varnhamn on Saturday. | KYODO\n"
    "The frigate Osk Lantern at sea off Kesport, May 13, 2014. (AFP)\n"
    "Officers inspect the seized skiff. (Varnian Navy via AP)\n"
    "The tanker Tern Vale floats off the coast of Kesport. AFP\n"
    "Wirenet/AP, FILE\n"
    "The frigate Osk Lantern sank four pirate skiffs on Monday, the navy said. (ANI)"
)


def test_captions_ending_in_a_wire_credit_are_furniture_and_a_closing_wire_credit_is_not():
    kinds = _kinds(CAPTIONS)
    lines = CAPTIONS.split("\n")
    assert kinds["caption"] == lines[:4]
    assert kinds["credit"] == [lines[4]]
    assert not any("(ANI)" in t for k in ("caption", "credit") for t in kinds.get(k, []))  # a wire's closing credit


def test_no_outlet_from_a_photo_credit_after_a_caption(nlp):
    found = _ents(nlp, "The Tern Vale sank off Kesport on Monday, the navy said.\n" + CAPTIONS)
    assert not {label for text, label in found if text in ("KYODO", "AFP", "AP")}


def test_a_dateline_crediting_an_outlet_and_its_wire_names_both(nlp):
    kinds = _kinds("OSLO (Harbour Ledger / Sputnik - 3rd June, 2025) The Tern Vale sank on Monday.")
    assert kinds["dateline"] == ["OSLO"]
    assert kinds["dateline_agency"] == ["Harbour Ledger", "Sputnik"]
    found = _ents(nlp, "OSLO (Harbour Ledger / Sputnik - 3rd June, 2025) The Tern Vale sank on Monday.")
    assert {("Harbour Ledger", "OUTLET"), ("Sputnik", "OUTLET")} <= found


def test_a_naval_rank_or_an_honorific_is_no_part_of_a_persons_name(nlp):
    found = _ents(nlp, "Seaman Darlo Kessick was acquitted on Friday. Mrs Ilsa Kavner said the ship left.")
    assert ("Darlo Kessick", "PERSON") in found
    assert ("Ilsa Kavner", "PERSON") in found
    assert not any(text.startswith(("Seaman", "Mrs")) for text, _ in found)


def test_a_name_an_apposition_describes_as_a_news_medium_is_an_outlet(nlp):
    found = _ents(
        nlp, "The attack was later confirmed by Karsk Today, a pan-Varnian satellite channel close to the rebels."
    )
    assert ("Karsk Today", "OUTLET") in found
    found = _ents(nlp, "The tanker was seized by Ola Brenn, a captain of the navy.")
    assert ("Ola Brenn", "PERSON") in found


def test_a_name_right_after_a_persons_title_is_the_person_even_where_the_model_read_an_organisation(nlp):
    found = _ents(nlp, "US State Department spokeswoman Morgan Tarvish said in a statement that the sale was lawful.")
    assert ("Morgan Tarvish", "PERSON") in found
    found = _ents(nlp, "Varnian Navy spokesman Karsk Shipping said nothing.")
    assert ("Karsk Shipping", "PERSON") not in found


def test_a_person_shaped_name_an_apposition_gives_a_persons_title_is_the_person(nlp):
    found = _ents(nlp, 'It left Tarvik few options," said Esbo Kristiansen, managing director at the firm.')
    assert ("Esbo Kristiansen", "PERSON") in found
    found = _ents(nlp, "Norvale Lines, the operator, said the ship was safe.")
    assert ("Norvale Lines", "PERSON") not in found
