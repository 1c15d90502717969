"""The real-article set (tests/real/) is well formed, and `evaluate.py --real` scores it as documented.

Three kinds of test:
- always: the committed manifests and gold files follow tests/real/README.md (the checks
  themselves are shown to catch made-up faults);
- with the text cache: each cached text has its manifest sha256 and every gold span reads
  its text there; without the cache these SKIP and say how to fill it;
- a made-up set written into tmp_path runs the `--real` path end to end, so the code
  that scores the real set is tested on every machine.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest

from osint_graph.model import normalise_text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import evaluate  # noqa: E402  (scripts/evaluate.py)
from evalkit import normalise, real, scoring  # noqa: E402

ROWS = real.read_manifests()
GOLDS = real.read_gold_files()
CACHE = real.cache_dir()


# -- always: the committed files ---------------------------------------------------


def test_manifests_are_well_formed_and_split_by_story():
    assert real.manifest_problems(ROWS) == []


def test_gold_files_and_manifest_rows_pair_up_and_no_vessel_is_in_both_splits():
    assert real.pairing_problems(ROWS, GOLDS) == []


def test_no_gold_file_is_on_a_story_left_out_of_the_set():
    assert real.excluded_vessel_problems(GOLDS) == []


def test_no_manifest_row_is_on_a_story_left_out_of_the_set():
    assert real.excluded_story_problems(ROWS) == []


def test_the_excluded_story_check_catches_a_slug_holding_a_listed_phrase_as_words(tmp_path):
    (tmp_path / "excluded_story_words.txt").write_text("# header\ntarn-vale\n", encoding="utf-8")
    rows = [_row(story="tarn-vale-seizure-2030"), _row(id="d002_y", story="tarn-valerian-2030")]
    assert real.excluded_story_problems(rows, tmp_path) == [
        "b.csv d001_x: story 'tarn-vale-seizure-2030' is a story left out of the set ('tarn-vale')"
    ]


def test_the_excluded_story_check_catches_a_listed_vessel_whatever_its_prefix(tmp_path):
    (tmp_path / "excluded_vessels.txt").write_text("# header\nTarn Vale\n", encoding="utf-8")
    listed = {"type": "Vessel", "name": "MV Tarn Vale", "mentions": []}
    other = {"type": "Vessel", "name": "Tarn Valley", "mentions": []}
    golds = {"d001_x": {"entities": [listed]}, "d002_y": {"entities": [other]}}
    assert real.excluded_vessel_problems(golds, tmp_path) == [
        "gold/d001_x.json names 'MV Tarn Vale', a vessel of an excluded story"
    ]


def test_gold_files_are_well_formed():
    problems = [p for gold_id, gold in GOLDS.items() for p in real.gold_problems(gold_id, gold)]
    assert problems == []


def _row(**kw) -> real.Row:
    base = dict(
        id="d001_x",
        split="dev",
        story="s1",
        outlet="O",
        url="https://example.org/a",
        published="2030-01-07",
        query="q",
        sha256="a" * 64,
        chars="10",
        batch="b",
    )
    return real.Row(**(base | kw))


def test_the_checks_catch_made_up_faults():
    rows = [
        _row(),
        _row(batch="c"),  # same id in another batch
        _row(id="T2", split="blind", published="7 Jan", sha256="xyz", chars="0", url="example.org"),
        _row(id="t003_y", split="test", story="s1"),  # story s1 also in dev
    ]
    problems = real.manifest_problems(rows)
    assert "c.csv d001_x: id also in b.csv" in problems
    assert "b.csv T2: id must match [a-z0-9_]+" in problems
    assert "b.csv T2: split 'blind' is not dev or test" in problems
    assert "b.csv T2: published '7 Jan' is not YYYY-MM-DD" in problems
    assert "b.csv T2: sha256 is not 64 lower-case hex digits" in problems
    assert "b.csv T2: chars '0' is not a positive integer" in problems
    assert "b.csv T2: url is not http(s)" in problems
    assert "story 's1' is in both splits" in problems

    vessel = {"type": "Vessel", "name": "Grey Gull", "mentions": [{"text": "MV Grey Gull", "start": 0, "end": 12}]}
    golds = {"d001_x": {"entities": [vessel]}, "t003_y": {"entities": [dict(vessel, name="MV Grey Gull")]}}
    golds["orphan"] = {"entities": []}
    problems = real.pairing_problems([rows[0], rows[3], _row(id="d009_z")], golds)
    assert problems == [
        "gold/orphan.json has no manifest row",
        "b.csv d009_z: no gold/d009_z.json",
        "vessel 'greygull' is in both splits",
    ]

    gold = {
        "entities": [{"type": "Ship", "name": "Grey Gull", "mentions": [{"text": "Grey Gull", "start": 0, "end": 9}]}],
        "figures": [
            {"text": "5 tons", "value": 5, "unit": "ton", "qualifier": None, "start": 0, "end": 6},
            {"text": "$5", "value": 5, "unit": "dollar", "qualifier": None, "start": 0, "end": 2},
            {"text": "5 ships", "value": 5, "unit": "ships", "qualifier": None, "start": 0, "end": 7},
            {"text": "5-9 ships", "value": 5, "upper": 9, "unit": "ship", "qualifier": None, "start": 0, "end": 9},
            {"text": "5 crew", "value": 5, "unit": "crew member", "qualifier": None, "start": 0, "end": 6},
            {"text": "$5", "value": 5, "unit": "USD", "qualifier": None, "start": 0, "end": 2},
        ],
        "claims": [
            {"text": "x", "start": 0, "end": 9, "entities": ["Grey Gull"], "attribution": ["Coast Guard"]},
        ],
    }
    assert real.gold_problems("g", gold) == [
        "g: entity 'Grey Gull' has type 'Ship'",
        "g: figure '5 tons': unit 'ton' is not spelt as tests/real/README.md says",
        "g: figure '$5': unit 'dollar' is not spelt as tests/real/README.md says",
        "g: figure '5 ships': unit 'ships' looks plural",
        "g: figure '5-9 ships' has an upper bound but qualifier is not 'range'",
        "g: claim [0:9] has a text (real gold keeps offsets only)",
        "g: claim [0:9]: 'Coast Guard' is not an entity of the file",
    ]
    spans = {"entities": gold["entities"], "figures": gold["figures"][:1], "claims": [{"start": 5, "end": 20}]}
    assert real.offset_problems("g", spans, "Grey Gul. 5 t") == [
        "g: 'Grey Gull' at 0:9 reads 'Grey Gul.'",
        "g: '5 tons' at 0:6 reads 'Grey G'",
        "g: claim [5:20] is outside the text (13 chars)",
    ]


# -- with the cache: texts and offsets -----------------------------------------------


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_cached_text_has_its_sha256_and_gold_spans_read_their_text(row):
    path = CACHE / f"{row.id}.txt"
    if not path.exists():
        pytest.skip(f"real-article text not cached: {path} (fill {CACHE} with {real.FILL_COMMAND})")
    assert real.text_status(row, CACHE) == "present", f"{path} differs from {row.batch}.csv's sha256"
    raw = path.read_bytes().decode("utf-8")
    assert len(raw) == int(row.chars)
    assert real.offset_problems(row.id, GOLDS[row.id], real.read_cached(path)) == []


# -- gold_second/: a second annotation of some dev articles (scripts/annotator_agreement.py) -----

SECOND_DIR = real.REAL_DIR / "gold_second"
SECOND = real.read_gold_folder(SECOND_DIR)


def test_second_annotations_are_well_formed_dev_articles_with_a_first_gold():
    """Same layout checks as gold/; only dev rows (never the blind test split), each also in gold/."""
    split_of = {r.id: r.split for r in ROWS}
    problems = [p for gold_id, gold in SECOND.items() for p in real.gold_problems(gold_id, gold)]
    problems += [f"{i}: split {split_of.get(i)!r}, not dev" for i in SECOND if split_of.get(i) != "dev"]
    problems += [f"{i}: no gold/{i}.json to compare with" for i in SECOND if i not in GOLDS]
    assert problems == []


@pytest.mark.parametrize("gold_id", sorted(SECOND))
def test_second_annotation_spans_read_their_text(gold_id):
    path = CACHE / f"{gold_id}.txt"
    if not path.exists():
        pytest.skip(f"real-article text not cached: {path} (fill {CACHE} with {real.FILL_COMMAND})")
    assert real.offset_problems(gold_id, SECOND[gold_id], real.read_cached(path)) == []


# -- the --real path end to end on a made-up set --------------------------------------------

RAW = (
    "\r\n  Tanker Blue Heron seized\r\n\r\nHARBOURTOWN (Wirewatch) -- The coast guard of Freedonia said it "
    "seized the tanker Blue Heron with 3,000 tonnes of fuel and a 12-member crew. "
    "Officials said 600-1,000 ships may use the route.\r\n"
)
TEXT = normalise_text(RAW)
S1 = TEXT[: TEXT.index("\n")]
S2 = TEXT[TEXT.index("HARBOURTOWN") : TEXT.index(" Officials")]
S3 = TEXT[TEXT.index("Officials") :]


def span(sub: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(sub, start + 1)
    return {"text": sub, "start": start, "end": start + len(sub)}


def claim(sentence: str, **kw) -> dict:
    return {"start": TEXT.index(sentence), "end": TEXT.index(sentence) + len(sentence)} | kw


def entity(etype: str, name: str, *spans: dict, eid: str | None = None) -> dict:
    return {"id": eid, "type": etype, "name": name, "aliases": [], "mentions": list(spans)}


def fig(sub: str, value, unit: str, **kw) -> dict:
    return span(sub) | {"value": value, "unit": unit, "qualifier": None} | kw


GOLD = {
    "id": "d001_heron_wire",
    "entities": [
        {"type": "Vessel", "name": "Blue Heron", "mentions": [span("Blue Heron"), span("Blue Heron", 1)]},
        {"type": "Outlet", "name": "Wirewatch", "mentions": [span("Wirewatch")]},
        {"type": "Country", "name": "Freedonia", "mentions": [span("Freedonia")]},
        {"type": "Location", "name": "Harbourtown", "mentions": [span("HARBOURTOWN")]},
    ],
    "figures": [
        fig("3,000 tonnes", 3000, "tonne"),
        fig("12-member crew", 12, "crew member"),
        fig("600-1,000 ships", 600, "ship", upper=1000, qualifier="range"),
    ],
    "claims": [
        claim(S1, kind="incident", entities=["Blue Heron"], figures=[], attribution=[], hedged=False, negated=False),
        claim(S2, kind="incident", entities=["Blue Heron"], figures=[3000, 12], attribution=["Wirewatch", "Freedonia"],
              hedged=False, negated=False),
        claim(S3, kind="quantity", entities=[], figures=[600], attribution=["Wirewatch", "Freedonia"],
              hedged=True, negated=False),
    ],
}  # fmt: skip

# What a stand-in extractor returns: Freedonia typed wrong, Harbourtown missed, one extra
# entity; "tons" is not "tonne" on the real set; the headline claim missed; the first
# claim's chain lacks the outlet (origin right, chain wrong); one hedge false positive.
PRED = {
    "entities": [
        entity("Vessel", "Blue Heron", span("Blue Heron"), eid="v1"),
        entity("Outlet", "Wirewatch", span("Wirewatch"), eid="o1"),
        entity("Location", "Freedonia", span("Freedonia"), eid="l1"),
        entity("Organization", "Coast Guard", span("coast guard"), eid="g1"),
    ],
    "figures": [
        fig("3,000 tonnes", 3000, "tons"),
        fig("12-member crew", 12, "crew members"),
        fig("600-1,000 ships", 600, "ships", attributes={"upper": "1000"}, qualifier="range"),
    ],
    "dates": [],
    "claims": [
        claim(S2, attribution=[{"entity": None, "name": "Freedonia", "verb": "said"}], hedged=True),
        claim(S3, attribution=[{"entity": "o1", "name": "Wirewatch"}, {"name": "Freedonia"}], hedged=True),
    ],
}


class StandInExtraction:
    def __init__(self, data: dict) -> None:
        self.data = data

    def to_dict(self) -> dict:
        return self.data


class StandInExtractor:
    """Returns PRED for any article and keeps the articles it was given."""

    def __init__(self) -> None:
        self.articles = []

    def extract(self, article):
        self.articles.append(article)
        return StandInExtraction(PRED)


def write_set(tmp_path: Path) -> tuple[Path, Path]:
    """A made-up manifest (dev: one present, one missing, one changed text; test: one), gold, cache."""
    real_dir, cache = tmp_path / "real", tmp_path / "cache"
    (real_dir / "manifests").mkdir(parents=True)
    (real_dir / "gold").mkdir()
    cache.mkdir()
    data = RAW.encode("utf-8")
    rows = [
        ("d001_heron_wire", "dev", "blue-heron-2030", "Wirewatch", "2030-01-07", real.sha256_of(data), len(RAW)),
        ("d002_heron_daily", "dev", "blue-heron-2030", "Harbour Daily", "", "b" * 64, 99),
        ("d003_heron_post", "dev", "blue-heron-2030", "Harbour Post", "", "c" * 64, 99),
        ("t001_gull_wire", "test", "grey-gull-2030", "Wirewatch", "2030-02-01", "d" * 64, 99),
    ]
    lines = [",".join(real.COLUMNS)]
    for rid, split, story, outlet, published, sha, chars in rows:
        lines.append(f"{rid},{split},{story},{outlet},https://example.org/{rid},{published},{rid} query,{sha},{chars}")
        (real_dir / "gold" / f"{rid}.json").write_text(json.dumps(GOLD | {"id": rid}), encoding="utf-8")
    (real_dir / "manifests" / "made-up.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (cache / "d001_heron_wire.txt").write_bytes(data)
    (cache / "d003_heron_post.txt").write_text("a different text", encoding="utf-8")
    return real_dir, cache


def run_real(tmp_path, monkeypatch, capsys, extractor, *args: str) -> tuple[int, str]:
    real_dir, cache = write_set(tmp_path)
    monkeypatch.setenv("OSINT_GRAPH_REAL_CACHE", str(cache))
    monkeypatch.setattr(evaluate, "load_extractor", lambda model, entity_filter=None: extractor)
    code = evaluate.main(["--real-dir", str(real_dir), *args])
    return code, capsys.readouterr().out


def test_real_scoring_gives_the_expected_numbers(tmp_path, monkeypatch, capsys):
    extractor = StandInExtractor()
    code, out = run_real(tmp_path, monkeypatch, capsys, extractor, "--real", "dev", "--json")
    m = json.loads(out)
    assert code == 0
    # the article is the cached text read as a .txt file, with the manifest's metadata
    (article,) = extractor.articles
    assert article.text == TEXT and article.outlet == "Wirewatch" and article.published == date(2030, 1, 7)
    assert article.url == "https://example.org/d001_heron_wire"
    assert (m["n_articles"], m["n_stories"], m["n_outlets"]) == (1, 1, 1)
    assert (m["n_manifest_articles"], m["n_manifest_stories"], m["n_manifest_outlets"]) == (3, 1, 3)
    assert (m["missing_ids"], m["changed_ids"]) == (["d002_heron_daily"], ["d003_heron_post"])
    assert (m["n_missing_texts"], m["n_changed_texts"]) == (1, 1)
    # entities: Blue Heron and Wirewatch found; Freedonia (wrong type) and Harbourtown missed
    assert (m["entity_micro_precision"], m["entity_micro_recall"], m["entity_micro_f1"]) == (0.5, 0.5, 0.5)
    assert m["vessel_recall_unknown"] == 1.0 and m["n_unknown_vessels"] == 1
    # figures: "tons" is not "tonne"; "crew members" is "crew member"; the range matches with its upper
    assert (m["figure_precision"], m["figure_recall"]) == (pytest.approx(2 / 3), pytest.approx(2 / 3))
    # claims: 2 of 3 found; both origins right; one full chain right; hedge tp 1, fp 1
    assert m["claim_recall"] == pytest.approx(2 / 3)
    assert m["attribution_origin_accuracy"] == 1.0
    assert m["chain_accuracy"] == 0.5
    assert m["hedge_f1"] == pytest.approx(2 / 3)
    assert "date_accuracy" not in m


def test_the_real_tables_name_missing_and_changed_texts(tmp_path, monkeypatch, capsys):
    code, out = run_real(tmp_path, monkeypatch, capsys, StandInExtractor(), "--real", "dev", "--errors")
    assert code == 0
    assert "split dev: 1 articles scored, 1 stories, 1 outlets" in out
    assert "missing texts: 1: d002_heron_daily" in out
    assert "changed texts (not scored): 1: d003_heron_post" in out
    assert "chain_accuracy 0.500" in out
    assert f"claim missed: [0:{len(S1)}]" not in out  # the cache gives claims their text in error lines
    assert f"claim missed: {S1!r}" in out


def test_vessel_names_are_printed_for_dev_only(tmp_path, monkeypatch, capsys):
    # dev output names its unknown gold vessels (to read misses); the blind split's never does
    code, out = run_real(tmp_path, monkeypatch, capsys, StandInExtractor(), "--real", "dev", "--json")
    assert code == 0 and json.loads(out)["unknown_vessels"] == ["Blue Heron"]
    for split in ("test", "all"):
        view = evaluate.blind_view({"unknown_vessels": ["Blue Heron"], "n_unknown_vessels": 1}, split)
        assert view == {"n_unknown_vessels": 1}
    assert evaluate.blind_view({"unknown_vessels": ["Blue Heron"]}, "dev") == {"unknown_vessels": ["Blue Heron"]}


@pytest.mark.parametrize("split", ["test", "all"])
def test_errors_are_refused_on_the_test_split(capsys, split):
    code = evaluate.main(["--real", split, "--errors"])
    assert code == 2
    assert "--errors is refused" in capsys.readouterr().err


def test_strict_units_and_range_uppers():
    assert normalise.canonical_unit("Crew Members") == "crew member" and normalise.canonical_unit("people") == "person"
    g = fig("600-1,000 ships", 600, "ship", upper=1000, qualifier="range")
    wrong_upper = fig("600-1,000 ships", 600, "ship", attributes={"upper": "900"})
    assert scoring.match_figures([g], [wrong_upper], strict=True) == []
    assert scoring.match_figures([g], [wrong_upper]) == [(0, 0)]  # tests/gold does not score uppers
    tons = fig("3,000 tonnes", 3000, "tons")
    assert scoring.match_figures([fig("3,000 tonnes", 3000, "tonne")], [tons], strict=True) == []
    usd, dollar = fig("3,000 tonnes", 5, "USD"), fig("3,000 tonnes", 5, "dollar")
    assert scoring.match_figures([usd], [dollar], strict=True) == [] and scoring.match_figures([usd], [dollar])


def test_the_real_extractor_runs_through_the_real_path(tmp_path, monkeypatch, capsys, claims_extractor):
    """The same made-up set through the project's Extractor: counts only (its figures move with the rules)."""
    code, out = run_real(tmp_path, monkeypatch, capsys, claims_extractor, "--real", "dev", "--json")
    m = json.loads(out)
    assert code == 0
    assert (m["n_articles"], m["n_gold_entities"], m["n_gold_figures"], m["n_gold_claims"]) == (1, 4, 3, 3)
    assert m["n_pred_entities"] > 0


def test_a_vessel_shared_across_splits_is_caught_whatever_prefix_the_package_knows():
    # "ICGS" is in the extractor's ship prefixes (sources/rules/context/ship_prefixes.txt), not
    # in the short merchant/naval list: the split check must strip it too.
    dev = {"type": "Vessel", "name": "ICGS Tarn Vale", "mentions": [{"text": "ICGS Tarn Vale", "start": 0, "end": 14}]}
    test = {"type": "Vessel", "name": "Tarn Vale", "mentions": [{"text": "Tarn Vale", "start": 0, "end": 9}]}
    golds = {"d001_x": {"entities": [dev]}, "t003_y": {"entities": [test]}}
    rows = [_row(), _row(id="t003_y", split="test", story="s2")]
    assert real.pairing_problems(rows, golds) == ["vessel 'tarnvale' is in both splits"]
