"""The name-swapped copy of a real split (scripts/evalkit/perturb.py, scripts/perturb_real.py).

Made-up articles with made-up names: every swapped name keeps its shape (titles, prefixes, head
nouns, legal forms and numbers stay), is the same in every mention, in the entity's name and in
the claims, every offset still reads its text, and the test split is refused.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import perturb_real  # noqa: E402  (scripts/perturb_real.py)
from evalkit import real  # noqa: E402
from evalkit.perturb import DEFAULT_TYPES, apply_pairs, known_words, swap_article  # noqa: E402


def spans(text: str, name: str, etype: str, *forms: str) -> dict:
    mentions = [
        {"text": f, "start": m.start(), "end": m.end()}
        for f in forms
        for m in re.finditer(rf"(?<!\w){re.escape(f)}(?!\w)", text)
    ]
    return {"type": etype, "name": name, "mentions": sorted(mentions, key=lambda m: m["start"])}


def article(*entities: dict) -> dict:
    return {"entities": list(entities), "figures": [], "claims": []}


TEXT = (
    "The MV Karsk Voyager left Tarnby on Monday, Capt. Jon Arvik said. "
    "Arvik said Velmora Shipping Co. owns the Karsk Voyager and the Nordvik 7. "
    "The crew of 21 fired a Kh-101 cruise missile, the Trellian navy said."
)


def gold() -> dict:
    entities = [
        spans(TEXT, "Karsk Voyager", "Vessel", "MV Karsk Voyager", "Karsk Voyager"),
        spans(TEXT, "Jon Arvik", "Person", "Jon Arvik", "Arvik"),
        spans(TEXT, "Velmora Shipping Co.", "Organization", "Velmora Shipping Co."),
        spans(TEXT, "Nordvik 7", "Vessel", "Nordvik 7"),
        spans(TEXT, "Kh-101", "Weapon", "Kh-101 cruise missile"),
    ]
    figure = next(re.finditer("21", TEXT))
    second = TEXT.index("Arvik said Velmora")
    return {
        "id": "d999_made_up",
        "entities": entities,
        "figures": [{"text": "21", "value": 21, "unit": "crew member", "qualifier": None,
                     "start": figure.start(), "end": figure.end()}],
        "claims": [{"start": second, "end": TEXT.index("Nordvik 7.") + 10, "kind": "ownership",
                    "entities": ["Velmora Shipping Co.", "Karsk Voyager"], "figures": [],
                    "attribution": ["Jon Arvik"], "hedged": False, "negated": False}],
    }  # fmt: skip


def test_shapes_kept_and_offsets_exact():
    out = swap_article("d999_made_up", TEXT, gold(), DEFAULT_TYPES, seed=1)
    assert real.offset_problems("d999_made_up", out.gold, out.text) == []
    names = out.names
    assert set(names) == {"Karsk Voyager", "Jon Arvik", "Velmora Shipping Co.", "Nordvik 7", "Kh-101"}
    assert names["Velmora Shipping Co."].endswith(" Shipping Co.")
    assert re.fullmatch(r"[A-Z][a-z]+ 7", names["Nordvik 7"])
    assert re.fullmatch(r"[A-Z][a-z]+-\d{3}", names["Kh-101"]) and names["Kh-101"] != "Kh-101"
    for old in ("Karsk", "Voyager", "Arvik", "Velmora", "Nordvik", "Kh-101"):
        assert old not in out.text
    assert "MV " + names["Karsk Voyager"] in out.text  # the prefix stays
    assert "Capt. " in out.text and "cruise missile" in out.text  # title and class words stay
    vessel = out.gold["entities"][0]
    assert {m["text"] for m in vessel["mentions"]} == {"MV " + names["Karsk Voyager"], names["Karsk Voyager"]}
    claim = out.gold["claims"][0]
    assert claim["attribution"] == [names["Jon Arvik"]]
    assert claim["entities"] == [names["Velmora Shipping Co."], names["Karsk Voyager"]]
    assert out.text[claim["start"] : claim["end"]].startswith(names["Jon Arvik"].split()[-1] + " said")
    assert out.text[claim["end"] - 1] == "."
    assert out.gold["figures"][0]["text"] == "21"


def test_made_up_words_are_in_no_list_and_seeded():
    a = swap_article("d999_made_up", TEXT, gold(), DEFAULT_TYPES, seed=1)
    b = swap_article("d999_made_up", TEXT, gold(), DEFAULT_TYPES, seed=1)
    c = swap_article("d999_made_up", TEXT, gold(), DEFAULT_TYPES, seed=2)
    assert a.names == b.names and a.text == b.text
    assert a.names != c.names
    for new in (a.names["Karsk Voyager"], a.names["Velmora Shipping Co."].split()[0]):
        for word in new.split():
            assert word.casefold() not in known_words()


def test_only_the_chosen_types():
    out = swap_article("d999_made_up", TEXT, gold(), ("Person",), seed=1)
    assert set(out.names) == {"Jon Arvik"}
    assert "Karsk Voyager" in out.text and "Arvik" not in out.text
    assert out.counts["Person swapped"] == 1


def test_name_of_another_type_left_alone_and_counted():
    text = "Tarnholt said the Velsund, owned by Velsund Lines, left."
    g = article(
        spans(text, "Velsund", "Vessel", "Velsund"),
        spans(text, "Velsund Lines", "Organization", "Velsund Lines"),
        spans(text, "Tarnholt", "Person", "Tarnholt"),
    )
    g["entities"][0]["mentions"] = g["entities"][0]["mentions"][:1]  # the vessel, not the company's word
    out = swap_article("d998", text, g, DEFAULT_TYPES, seed=1)
    assert out.counts["Vessel left:other_type"] == 1
    assert out.counts["Organization left:other_type"] == 1
    assert out.counts["Person swapped"] == 1
    assert "the Velsund, owned by Velsund Lines" in out.text and "Tarnholt" not in out.text


def test_offsets_shift_after_longer_and_shorter_names():
    text = "Karsk met Bo. Then Karsk left, 5 ships."
    g = {
        "entities": [spans(text, "Karsk", "Person", "Karsk")],
        "figures": [{"text": "5 ships", "start": 31, "end": 38}],
        "claims": [{"start": 14, "end": 39, "entities": ["Karsk"], "attribution": []}],
    }
    for new in ("Q", "Qualtenmorisk"):
        new_text, new_gold = apply_pairs(text, g, {"Karsk": new}, {"Karsk": new})
        assert new_text == f"{new} met Bo. Then {new} left, 5 ships."
        assert new_gold["figures"][0]["text"] == "5 ships"
        claim = new_gold["claims"][0]
        assert new_text[claim["start"] : claim["end"]] == f"Then {new} left, 5 ships."
        assert [m["text"] for m in new_gold["entities"][0]["mentions"]] == [new, new]
        assert claim["entities"] == [new]


def test_test_split_refused(tmp_path):
    with pytest.raises(ValueError):
        perturb_real.write_copy(tmp_path, "test", 1, DEFAULT_TYPES)
    assert perturb_real.main([str(tmp_path), "--split", "test"]) == 2


def test_common_words_of_an_organisation_stay():
    text = "The Royal Karsk Navy and the National Drug Law Agency met."
    g = article(
        spans(text, "Royal Karsk Navy", "Organization", "Royal Karsk Navy"),
        spans(text, "National Drug Law Agency", "Organization", "National Drug Law Agency"),
    )
    out = swap_article("d997", text, g, DEFAULT_TYPES, seed=1)
    assert re.fullmatch(r"Royal [A-Z][a-z]+ Navy", out.names["Royal Karsk Navy"])
    assert "Karsk" not in out.text
    assert "National Drug Law Agency" in out.text and out.counts["Organization left:generic"] == 1
