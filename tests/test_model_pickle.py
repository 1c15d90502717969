"""Model records pickle compactly (class and field values) and come back equal: what crosses
from `ingest --workers`/`--scheduler` workers to the writer (osint_graph/ingest/parallel.py)."""

from __future__ import annotations

import copy
import pickle
from dataclasses import fields
from datetime import date

import pytest

from osint_graph import model
from osint_graph.model import (
    Article,
    Attribution,
    Claim,
    DateMention,
    Entity,
    Extraction,
    Fact,
    Figure,
    Mention,
    compact_pickle,
)


def made_up_extraction() -> Extraction:
    """Every record kind, with made-up names, optional fields set and defaults left alone."""
    article = Article("sha256:ab12", "The Vorlan Star left Tessport.", "Vorlan", outlet="Fen Courier",
                      published=date(2026, 3, 1), source="feed.jsonl:3")  # fmt: skip
    mention = Mention(4, 15, "Vorlan Star", "The Vorlan Star left Tessport.")
    vessel = Entity("vessel:vorlan-star", "Vessel", "Vorlan Star", ("MV Vorlan Star",), {"imo": "9000001"},
                    (mention,), attributes={"flag": "XX"})  # fmt: skip
    port = Entity("port:tessport", "Port", "Tessport", mentions=(Mention(21, 29, "Tessport"),))
    claim = Claim("claim:ab12:0-30", "The Vorlan Star left Tessport.", 0, 30, "event",
                  (Attribution("Fen Courier", "outlet:fen-courier", "reported"),), (vessel.id, port.id),
                  ("figure:ab12:1-2",), hedged=True, date="2026-03-01")  # fmt: skip
    return Extraction(
        article,
        (vessel, port),
        (Figure("figure:ab12:1-2", "2", 2.0, None, None, 1, 2, claim.id, {"calibre": "152 mm"}),),
        (DateMention("March", 0, 5, "2026-03-01/2026-03-31"),),
        (claim,),
        (Fact("fact:ab12:0", "port_call", (claim.id,), vessel=vessel.id, port=port.id),),
        extractor_version="7",
        outlet=Entity("outlet:fen-courier", "Outlet", "Fen Courier"),
    )


def test_an_extraction_comes_back_equal_from_pickle_and_copy():
    extraction = made_up_extraction()
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(extraction, protocol=protocol)) == extraction
    assert copy.deepcopy(extraction) == extraction


def test_every_model_record_pickles_as_its_class_and_field_values():
    extraction = made_up_extraction()
    records = [extraction, extraction.article, *extraction.entities, extraction.entities[0].mentions[0],
               *extraction.figures, *extraction.dates, *extraction.claims, extraction.claims[0].attribution[0],
               *extraction.facts]  # fmt: skip
    compact = {c for c in vars(model).values() if isinstance(c, type) and c.__module__ == model.__name__}
    assert {type(r) for r in records} == {c for c in compact if "__reduce__" in vars(c)}
    for record in records:
        cls, values = record.__reduce__()
        assert cls is type(record)
        assert values == tuple(getattr(record, f.name) for f in fields(record))


def test_compact_pickle_refuses_a_one_field_class():
    from dataclasses import dataclass

    with pytest.raises(TypeError, match="two fields"):

        @compact_pickle
        @dataclass(frozen=True)
        class Lone:
            value: int
