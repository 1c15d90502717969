"""The aggregate entity error breakdown (scripts/evalkit/entity_errors.py), on a made-up article."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from evalkit.entity_errors import entity_errors  # noqa: E402


def _ent(etype: str, name: str, *spans: tuple[str, int]) -> dict:
    return {"type": etype, "name": name, "mentions": [{"text": t, "start": s, "end": s + len(t)} for t, s in spans]}


def test_each_unmatched_entity_gets_one_kind():
    gold = {
        "entities": [
            _ent("Vessel", "Tern Vale", ("Tern Vale", 0)),  # found, but as a Person
            _ent("Vessel", "Morrow Gale", ("Morrow Gale", 40)),  # found with a longer span
            _ent("Vessel", "Grey Lark", ("Grey Lark", 80)),  # not found at all
            _ent("Port", "Lennit", ("Lennit", 120)),  # found as it is
        ]
    }
    pred = {
        "entities": [
            _ent("Person", "Tern Vale", ("Tern Vale", 0)),
            _ent("Vessel", "Morrow Gale Seen", ("Morrow Gale Seen", 40)),
            _ent("Port", "Lennit", ("Lennit", 120)),
            _ent("Location", "Harbour Road", ("Harbour Road", 160)),  # nothing in the gold
        ]
    }
    counts = entity_errors([("d001_x", gold, pred)])
    assert counts["Vessel"]["fn"] == {"typed_otherwise": 1, "span_overlap": 1, "no_candidate": 1}
    assert counts["Vessel"]["fp"] == {"typed_otherwise": 0, "span_overlap": 1, "not_in_gold": 0}
    assert counts["Person"]["fp"] == {"typed_otherwise": 1, "span_overlap": 0, "not_in_gold": 0}
    assert counts["Location"]["fp"]["not_in_gold"] == 1
    # the direction of the one type confusion: a gold Vessel found as a Person
    assert counts["Vessel"]["fn_as"] == {"Person": 1}
    assert counts["Person"]["fp_gold"] == {"Vessel": 1}
    assert counts["Location"]["fp_gold"] == {}
    assert counts["Port"] == {
        "fn": {"typed_otherwise": 0, "span_overlap": 0, "no_candidate": 0},
        "fp": {"typed_otherwise": 0, "span_overlap": 0, "not_in_gold": 0},
        "fn_as": {},
        "fp_gold": {},
    }


# -- span shapes (scripts/evalkit/span_shapes.py) ---------------------------------------------

from evalkit.entity_errors import span_shapes  # noqa: E402
from evalkit.span_shapes import pair_shapes, piece_kind  # noqa: E402


def _m(text: str, start: int) -> tuple[int, int, str]:
    return (start, start + len(text), text)


def test_piece_kinds_of_made_up_pieces():
    assert piece_kind("the ") == "the"
    assert piece_kind("Russian ") == "demonym_country"
    assert piece_kind("the US ") == "demonym_country"
    assert piece_kind("Admiral ") == "title_role"
    assert piece_kind("spokesman ") == "title_role"
    assert piece_kind("'s") == "possessive"
    assert piece_kind(" Ltd") == "legal_form"
    assert piece_kind(" Group") == "legal_form"
    assert piece_kind(" Co.") == "legal_form"
    assert piece_kind(" (VMSA)") == "bracket"
    assert piece_kind(" of Varnia") == "of_place"
    assert piece_kind("shipping company ") == "descriptor"
    assert piece_kind(" and Karsk Lines") == "conjunction"
    assert piece_kind(" 2") == "number"
    assert piece_kind("Brennt ") == "other"
    assert piece_kind("Karsk’s ") == "possessive"
    assert piece_kind(" Navy") == "org_word"
    assert piece_kind(" navy") == "descriptor"
    assert piece_kind(" Harbor") == "place_noun"
    assert piece_kind("Island of ") == "place_noun"
    assert piece_kind(" district") == "place_noun"


def test_pair_shapes_say_side_and_direction():
    gold = _m("Varnel Shipping", 4)
    assert pair_shapes(_m("the Varnel Shipping", 0), gold) == ["longer_left:the"]
    assert pair_shapes(_m("Varnel Shipping Group", 4), gold) == ["longer_right:legal_form"]
    assert pair_shapes(_m("Varnel", 4), gold) == ["shorter_right:org_word"]  # "Shipping"
    assert pair_shapes(_m("the Varnel Shipping's", 0), gold) == ["longer_left:the", "longer_right:possessive"]
    # a prediction that starts late and ends late: one shape a side
    assert pair_shapes(_m("Shipping (VS)", 11), _m("Varnel Shipping", 4)) == [
        "shorter_left:other",
        "longer_right:bracket",
    ]


def test_span_shapes_count_each_unmatched_entity_once_per_shape():
    gold = {
        "entities": [
            _ent("Organization", "Varnel Shipping", ("Varnel Shipping", 4), ("Varnel Shipping", 60)),
            _ent("Person", "Ola Brenn", ("Ola Brenn", 100)),
        ]
    }
    pred = {
        "entities": [
            # the same wrong span twice: one shape, once
            _ent("Organization", "Varnel Shipping Group", ("Varnel Shipping Group", 4), ("Varnel Shipping Group", 60)),
            _ent("Person", "Captain Ola Brenn", ("Captain Ola Brenn", 92)),
        ]
    }
    shapes = span_shapes([("d001_x", gold, pred)])
    assert shapes["Organization"] == {"fp": {"longer_right:legal_form": 1}, "fn": {"longer_right:legal_form": 1}}
    assert shapes["Person"] == {"fp": {"longer_left:title_role": 1}, "fn": {"longer_left:title_role": 1}}


def test_a_second_entity_on_a_gold_span_is_same_span():
    gold = {"entities": [_ent("Organization", "Karsk Navy", ("Karsk Navy", 0), ("Navy", 40))]}
    # the prediction splits one gold entity into two: the second one's span is right, and the gold
    # entity is taken by the first (one-to-one)
    pred = {
        "entities": [_ent("Organization", "Karsk Navy", ("Karsk Navy", 0)), _ent("Organization", "Navy", ("Navy", 40))]
    }
    shapes = span_shapes([("d001_x", gold, pred)])
    assert shapes["Organization"]["fp"] == {"same_span": 1}
