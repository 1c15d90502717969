"""The gold set (tests/gold/) is well formed, and scripts/evaluate.py scores as documented.

Reads the articles with a local reader (the same normalisation as
`osint_graph.ingest`), so that these tests do not depend on the extractor.
See tests/gold/GUIDELINES.md for what the annotations mean.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from osint_graph.ingest.readers import split_front_matter
from osint_graph.model import normalise_text

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
VESSELS_CSV = ROOT / "sources" / "gazetteers" / "vessels.csv"
SEED_STEM = "000_seed"

# GUIDELINES, Titles: a portfolio before a minister's title ('Treasury Secretary') names no body
_TITLES_FILE = ROOT / "sources/rules/common/portfolio_titles.txt"
PORTFOLIO_TITLES = {line.split("#")[0].strip() for line in _TITLES_FILE.read_text().splitlines()} - {""}
ENTITY_TYPES = {"Vessel", "Port", "Person", "Organization", "Outlet", "Country", "Location", "Weapon"}
CLAIM_KINDS = {
    "shipment",
    "port_call",
    "trip_count",
    "quantity",
    "accusation",
    "denial",
    "sanction",
    "production",
    "capability",
    "incident",
    "statement",
}
FRONT_MATTER_KEYS = {"title", "url", "outlet", "published", "language", "story"}
ISO_DAY = r"\d{4}-\d{2}-\d{2}"
DATE_VALUE = re.compile(rf"^{ISO_DAY}(/{ISO_DAY})?$")


def _load_evaluate():
    spec = importlib.util.spec_from_file_location("gold_evaluate", ROOT / "scripts" / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while the class is built
    spec.loader.exec_module(module)
    return module


evaluate = _load_evaluate()


def read_article(path: Path) -> tuple[dict[str, str], str]:
    """Front matter and text exactly as osint-graph reads them (offsets point into this text)."""
    meta, body = split_front_matter(path.read_bytes().decode("utf-8-sig"))
    return meta, normalise_text(body)


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"'s\b", "", text).strip()
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"[\W_]+", "", text)


ANNOTATIONS = sorted(GOLD.glob("*.json"))
STEMS = [p.stem for p in ANNOTATIONS]


def load(stem: str) -> tuple[dict[str, str], str, dict]:
    meta, text = read_article(GOLD / f"{stem}.md")
    return meta, text, json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))


def test_every_article_has_an_annotation_and_back():
    articles = {p.stem for p in GOLD.glob("*.md")} - {"GUIDELINES", "README"}
    assert articles == set(STEMS)
    assert SEED_STEM in articles


def test_size_and_stories():
    stories: dict[str, int] = {}
    for stem in STEMS:
        if stem == SEED_STEM:
            continue
        meta, _, _ = load(stem)
        stories[meta["story"]] = stories.get(meta["story"], 0) + 1
    assert sum(stories.values()) >= 16, stories
    assert len(stories) >= 4, stories


@pytest.mark.parametrize("stem", STEMS)
def test_front_matter(stem):
    meta, text, _ = load(stem)
    assert FRONT_MATTER_KEYS <= set(meta), FRONT_MATTER_KEYS - set(meta)
    assert meta["language"] == "en"
    assert meta["url"].startswith("https://example.org/")
    assert re.fullmatch(r"[a-z0-9-]+", meta["story"])
    date.fromisoformat(meta["published"])
    if stem != SEED_STEM:
        assert meta["title"] and meta["outlet"]
        assert 120 <= len(text.split()) <= 350, len(text.split())


@pytest.mark.parametrize("stem", STEMS)
def test_annotation_schema_and_spans(stem):
    _, text, gold = load(stem)
    assert set(gold) == {"entities", "figures", "dates", "claims"}

    names = set()
    spans = set()
    for e in gold["entities"]:
        assert e["type"] in ENTITY_TYPES, e
        assert isinstance(e["name"], str) and e["name"].strip() == e["name"] != ""
        assert (e["type"], e["name"]) not in names, f"entity listed twice: {e['name']}"
        names.add((e["type"], e["name"]))
        assert e["mentions"], f"{e['name']} has no mention"
        for m in e["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"], (e["name"], m)
            assert (m["start"], m["end"]) not in spans, f"span annotated twice: {m}"
            spans.add((m["start"], m["end"]))
    canonical = {name for _, name in names}

    for f in gold["figures"]:
        assert text[f["start"] : f["end"]] == f["text"], f
        assert f["value"] is None or isinstance(f["value"], (int, float)), f
        # lower case, but money is its ISO 4217 code ("USD") and "TEU" an acronym (GUIDELINES.md)
        unit = f["unit"]
        assert unit is None or unit == unit.lower().strip() or re.fullmatch(r"[A-Z]{3}", unit), f
        assert f["qualifier"] is None or f["qualifier"] == f["qualifier"].lower().strip(), f
        if f["value"] is None:
            assert f["qualifier"], f"a vague figure needs its qualifier: {f}"

    for d in gold["dates"]:
        assert text[d["start"] : d["end"]] == d["text"], d
        assert DATE_VALUE.match(d["value"]), d
        for part in d["value"].split("/"):
            date.fromisoformat(part)
        if "/" in d["value"]:
            a, b = d["value"].split("/")
            assert a <= b, d

    figure_values = [f["value"] for f in gold["figures"]]
    for c in gold["claims"]:
        assert text[c["start"] : c["end"]] == c["text"], c["text"]
        assert c["kind"] in CLAIM_KINDS, c["kind"]
        assert isinstance(c["hedged"], bool) and isinstance(c["negated"], bool)
        for name in c["entities"] + c["attribution"]:
            assert name in canonical, f"claim names an entity that is not annotated: {name!r}"
        for v in c["figures"]:
            assert v in figure_values, f"claim names a figure that is not annotated: {v!r}"


@pytest.mark.parametrize("stem", STEMS)
def test_every_mention_of_a_name_is_annotated(stem):
    """Each surface form annotated once must be annotated wherever it stands (unless inside a longer span)."""
    _, text, gold = load(stem)
    covered = [(m["start"], m["end"]) for e in gold["entities"] for m in e["mentions"]]
    assert covered, f"{stem}: no entity mention annotated"
    for e in gold["entities"]:
        for surface in {m["text"] for m in e["mentions"]}:
            for hit in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
                if text[hit.end() :].split(maxsplit=1)[:1] in ([w.title()] for w in PORTFOLIO_TITLES):
                    continue  # 'Treasury Secretary Ola Brenn': the office, not the body
                assert any(a <= hit.start() and hit.end() <= b for a, b in covered), (
                    f"{surface!r} at {hit.start()} is not annotated"
                )


def test_reader_agrees_with_osint_graph_ingest():
    from osint_graph.ingest import read_paths

    assert STEMS
    for stem in STEMS:
        article = next(iter(read_paths([GOLD / f"{stem}.md"])))
        _, text = read_article(GOLD / f"{stem}.md")
        assert article.text == text, stem
        assert evaluate.read_article_file(GOLD / f"{stem}.md")[1] == text


def gold_vessels() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for stem in STEMS:
        for e in load(stem)[2]["entities"]:
            if e["type"] == "Vessel":
                out.setdefault(e["name"], set()).update({norm(e["name"])} | {norm(m["text"]) for m in e["mentions"]})
    return out


def test_at_least_five_gold_vessels_are_not_in_the_gazetteer():
    assert VESSELS_CSV.exists(), f"{VESSELS_CSV} is missing"
    known = set()
    with VESSELS_CSV.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            for value in [row["name"]] + (row.get("aliases") or "").split(";"):
                if value.strip():
                    known.add(norm(value))
    unknown = [name for name, keys in gold_vessels().items() if not keys & known]
    assert len(unknown) >= 5, unknown
    assert evaluate.read_known_vessels(VESSELS_CSV) == frozenset(known)


# -- the evaluator's scoring ------------------------------------------------------


def test_perfect_prediction_scores_one_everywhere():
    triples = [(stem, load(stem)[2], evaluate.gold_as_prediction(load(stem)[2])) for stem in STEMS]
    m = evaluate.score(triples, evaluate.read_known_vessels())
    for key in (
        "entity_micro_precision",
        "entity_micro_recall",
        "entity_micro_f1",
        "mention_micro_f1",
        "figure_precision",
        "figure_recall",
        "figure_f1",
        "qualifier_accuracy",
        "date_accuracy",
        "claim_recall",
        "claim_precision",
        "attribution_origin_accuracy",
        "attribution_chain_accuracy",
        "hedge_f1",
    ):
        assert m[key] == 1.0, key
    assert m["vessel_recall_unknown"] in (1.0, None)
    assert all(f == 1.0 for f in m["entity_f1_by_type"].values())
    assert set(m["entity_f1_by_type"]) == ENTITY_TYPES
    assert m["n_articles"] == len(STEMS)
    assert not any(m["errors"].values())


SMALL_GOLD = {
    "entities": [
        {"type": "Vessel", "name": "Sea Orchid", "mentions": [{"text": "Sea Orchid", "start": 0, "end": 10}]},
        {"type": "Port", "name": "Rajin", "mentions": [{"text": "Rajin", "start": 20, "end": 25}]},
        {"type": "Person", "name": "Shin Won-sik", "mentions": [{"text": "Shin Won-sik", "start": 30, "end": 42}]},
    ],
    "figures": [
        {"text": "6,700 containers", "value": 6700, "unit": "container", "qualifier": None, "start": 100, "end": 116},
        {
            "text": "several million projectiles",
            "value": None,
            "unit": "projectile",
            "qualifier": "several",
            "start": 120,
            "end": 147,
        },
    ],
    "dates": [
        {"text": "January 16", "value": "2024-01-16", "start": 300, "end": 310},
        {"text": "February", "value": "2024-02-01/2024-02-29", "start": 320, "end": 328},
    ],
    "claims": [
        {
            "text": "c1",
            "start": 400,
            "end": 450,
            "kind": "shipment",
            "entities": [],
            "figures": [],
            "attribution": ["Reuters", "Shin Won-sik"],
            "hedged": False,
            "negated": False,
        },
        {
            "text": "c2",
            "start": 460,
            "end": 500,
            "kind": "statement",
            "entities": [],
            "figures": [],
            "attribution": [],
            "hedged": True,
            "negated": False,
        },
        {
            "text": "c3",
            "start": 600,
            "end": 650,
            "kind": "statement",
            "entities": [],
            "figures": [],
            "attribution": ["Shin Won-sik"],
            "hedged": True,
            "negated": False,
        },
    ],
}

SMALL_PRED = {
    "entities": [
        {
            "id": "v1",
            "type": "Vessel",
            "name": "the Sea Orchid",
            "aliases": [],
            "mentions": [{"text": "Sea Orchid", "start": 0, "end": 10}],
        },
        {
            "id": "p2",
            "type": "Port",
            "name": "Najin",
            "aliases": [],
            "mentions": [{"text": "Najin", "start": 20, "end": 25}],
        },
        {
            "id": "p3",
            "type": "Person",
            "name": "Shin Won-sik",
            "aliases": ["Shin Won Sik"],
            "mentions": [{"text": "Shin Won-sik", "start": 30, "end": 42}],
        },
        {
            "id": "o4",
            "type": "Organization",
            "name": "NATO",
            "aliases": [],
            "mentions": [{"text": "NATO", "start": 50, "end": 54}],
        },
    ],
    "figures": [
        {
            "text": "6,700 containers",
            "value": 6700.0,
            "unit": "containers",
            "qualifier": None,
            "start": 100,
            "end": 116,
        },
        {
            "text": "several million projectiles",
            "value": None,
            "unit": "projectile",
            "qualifier": "dozens",
            "start": 120,
            "end": 147,
        },
        {"text": "32 trips", "value": 32, "unit": "trip", "qualifier": None, "start": 200, "end": 208},
    ],
    "dates": [
        {"text": "January 16", "value": "2024-01-16/2024-01-16", "start": 300, "end": 310},
        {"text": "February", "value": "2024-02-01", "start": 318, "end": 325},
    ],
    "claims": [
        {
            "id": "c1",
            "text": "c1",
            "start": 400,
            "end": 452,
            "kind": "shipment",
            "entities": [],
            "figures": [],
            "attribution": [
                {"entity": None, "name": "Reuters", "verb": "reported"},
                {"entity": "p3", "name": "the minister", "verb": "said"},
            ],
            "hedged": True,
            "negated": False,
        },
        {
            "id": "c2",
            "text": "c2",
            "start": 455,
            "end": 505,
            "kind": "statement",
            "entities": [],
            "figures": [],
            "attribution": [{"entity": None, "name": "Yonhap", "verb": "reported"}],
            "hedged": True,
            "negated": False,
        },
    ],
}


def test_known_misses_give_the_expected_numbers():
    m = evaluate.score([("small", SMALL_GOLD, SMALL_PRED)], known_vessels=frozenset())
    # entities: Sea Orchid (via "the" folding) and Shin Won-sik found; Najin != Rajin; NATO extra
    assert (m["entity_micro_precision"], m["entity_micro_recall"]) == (0.5, pytest.approx(2 / 3))
    assert m["entity_micro_f1"] == pytest.approx(4 / 7)
    assert m["entity_f1_by_type"] == {"Vessel": 1.0, "Port": 0.0, "Person": 1.0, "Organization": 0.0}
    # mentions: all 3 gold spans found with their type (Najin's span is Rajin's), NATO's span extra
    assert (m["mention_micro_precision"], m["mention_micro_recall"]) == (0.75, 1.0)
    assert m["mention_micro_f1"] == pytest.approx(6 / 7)
    assert m["vessel_recall_unknown"] == 1.0 and m["n_unknown_vessels"] == 1
    # figures: 6,700 containers matches (plural unit folded); null values need equal qualifiers
    assert (m["figure_precision"], m["figure_recall"]) == (pytest.approx(1 / 3), 0.5)
    assert m["figure_f1"] == pytest.approx(0.4)
    assert m["qualifier_accuracy"] == 1.0
    # dates: a one-day interval equals the day; the February guess is wrong
    assert m["date_accuracy"] == 0.5
    # claims: c1 and c2 found, c3 not; c1's origin found through the entity id; c2's origin wrong
    assert m["claim_recall"] == pytest.approx(2 / 3)
    assert m["attribution_origin_accuracy"] == 0.5
    assert m["attribution_chain_accuracy"] == 0.5
    # hedge over found claims: c1 false positive, c2 true positive
    assert (m["hedge_precision"], m["hedge_recall"], m["hedge_f1"]) == (0.5, 1.0, pytest.approx(2 / 3))


def test_known_vessels_and_normalisation():
    m = evaluate.score([("small", SMALL_GOLD, SMALL_PRED)], known_vessels=frozenset({norm("Sea Orchid")}))
    assert m["vessel_recall_unknown"] is None and m["n_unknown_vessels"] == 0
    assert evaluate.norm_name("Maya 1") == evaluate.norm_name("Maya-1") == evaluate.norm_name("MAYA1")
    assert evaluate.norm_name("Russia's") == evaluate.norm_name("Russia")
    assert evaluate.norm_unit("tonnes") == "ton" and evaluate.norm_unit("%") == "percent"
    assert evaluate.units_match("container ship", "ships") and not evaluate.units_match("shell", "missile")
    assert evaluate.norm_qualifier("approximately") == evaluate.norm_qualifier("about")
    assert evaluate.norm_qualifier("over") == "more than" and evaluate.norm_qualifier("dozens of") == "dozens"
