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
