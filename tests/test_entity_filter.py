"""The learned entity filter (osint_graph/nlp/entity_filter.py): its weights file, its features,
what it drops and keeps, and the switch that leaves it out.  Texts written for these tests, with
made-up names."""

from __future__ import annotations

import importlib.util
import math
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.tokens import Span

from osint_graph.gazetteer import Gazetteer
from osint_graph.gazetteer_entry import GazetteerEntry
from osint_graph.nlp import entity_filter as ef
from osint_graph.nlp.pipeline import build_pipeline
from osint_graph.nlp.spans import annotate

ROOT = Path(__file__).resolve().parent.parent
BOARDING = (
    "Harbour officials in Velmora said on Tuesday that the Varnish Coast Guard had boarded the tanker "
    "Orrin Bay. Captain Idris Holloway, the ship's master, denied any wrongdoing. "
    "Coast Guard spokesman Jarek Pell said the tanker carried 40,000 tonnes of fuel."
)
OWNER = (
    "Jarek Pell said the tanker Orrin Bay was boarded near Velmora on Tuesday. "
    "Its owner, Tarven Oskoll, was not aboard and could not be reached."
)


@pytest.fixture(scope="module")
def unfiltered():
    """The full pipeline (claims included) without the filter: the rules' candidates."""
    return build_pipeline(entity_filter=False)


def by_name(doc, gazetteer=None) -> dict[str, dict[str, float]]:
    found = ef.candidates(doc)
    return {c.name: ef.features(doc, c, found, gazetteer) for c in found}


# --- the weights file -------------------------------------------------------------------------


def test_the_shipped_weights_load_and_validate():
    model = ef.load_model()
    assert 0.0 < model.threshold < 1.0, "the trained file sets a threshold strictly between 0 and 1"
    assert "bias" in model.weights
    assert len(model.weights) > 20, "a trained file, not the placeholder"
    unknown = {name for name in model.weights if ef.family(name) - ef.FAMILIES}
    assert not unknown


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([{"feature": "bias", "weight": "0.1"}], "threshold"),
        ([{"feature": "threshold", "weight": "0.5"}, {"feature": "bias", "weight": "x"}], "not a number"),
        ([{"feature": "threshold", "weight": "1.5"}, {"feature": "bias", "weight": "0"}], "probability"),
        (
            [{"feature": "threshold", "weight": "0.5"}, {"feature": "bias", "weight": "0"}]
            + [{"feature": "colour=red", "weight": "1"}],
            "no family",
        ),
        (
            [{"feature": "threshold", "weight": "0.5"}, {"feature": "bias", "weight": "0"}]
            + [{"feature": "type=Port&shade=dark", "weight": "1"}],
            "no family",
        ),
        ([{"feature": "threshold", "weight": "0.5"}] + [{"feature": "bias", "weight": "0"}] * 2, "twice"),
    ],
)
def test_a_bad_weights_file_is_refused(rows, message):
    with pytest.raises(ValueError, match=message):
        ef.model_from_rows(rows)


def test_a_weights_file_of_another_folder_loads(tmp_path):
    folder = tmp_path / "rules" / "entity_filter"
    folder.mkdir(parents=True)
    (folder / "weights.csv").write_text(
        "# a comment\nfeature,weight\nthreshold,0.4\nbias,1.5\ntype=Person&mentions=1,-2\n", encoding="utf-8"
    )
    model = ef.load_model(str(tmp_path))
    assert model.threshold == 0.4
    assert model.weights == {"bias": 1.5, "type=Person&mentions=1": -2.0}
    assert model.probability({"bias": 1.0}) == pytest.approx(1 / (1 + math.exp(-1.5)))


# --- features ---------------------------------------------------------------------------------


def test_features_describe_each_candidate(unfiltered):
    doc = unfiltered(BOARDING)
    feats = by_name(doc)
    guard = feats["Varnish Coast Guard"]
    assert guard["type=Organization"] == 1.0
    assert guard["source=context"] == 1.0
    assert guard["tokens=3"] == 1.0
    assert guard["log_mentions"] == pytest.approx(math.log(2))  # 'Coast Guard' later is the same body
    assert guard["surfaces"] == 2.0
    assert guard["after_the"] == 1.0
    assert "mentions=1" not in guard
    captain = feats["Idris Holloway"]
    assert captain["type=Person"] == captain["model=PERSON"] == captain["role"] == captain["mentions=1"] == 1.0
    assert captain["type=Person&model=PERSON"] == 1.0
    assert captain["dep=nsubj"] == 1.0
    assert captain["where=body"] == 1.0
    for name, values in feats.items():
        assert not {k for k in values if ef.family(k) - ef.FAMILIES}, name


def test_features_see_a_name_inside_another_of_the_same_type(unfiltered):
    doc = unfiltered("The Varnish Coast Guard said the Coast Guard would report.")
    whole, part = Span(doc, 1, 4, label="ORG"), Span(doc, 6, 8, label="ORG")
    assert (whole.text, part.text) == ("Varnish Coast Guard", "Coast Guard")
    whole._.entity_id, part._.entity_id = "org:a", "org:b"
    whole._.canonical, part._.canonical = whole.text, part.text
    doc.ents = [whole, part]
    feats = by_name(doc)
    assert feats["Coast Guard"]["inside_same_type"] == 1.0
    assert "inside_same_type" not in feats["Varnish Coast Guard"]
    assert feats["Varnish Coast Guard"]["shares_same_type"] == 1.0


def test_features_say_how_the_sentence_attaches_a_name(unfiltered):
    # the preposition a mention is the object of, the verb it is the subject of, an apposition
    doc = unfiltered(
        "Tarvo Lines, a Karsk shipping firm, said on Monday that its tanker Orrin Bay was anchored off Velmora."
    )
    feats = by_name(doc)
    firm = feats["Tarvo Lines"]
    assert firm["appos"] == firm["verb=say"] == 1.0
    assert firm[f"type={firm_type(firm)}&verb=say"] == 1.0
    town = feats["Velmora"]
    assert town["prep=off"] == 1.0
    assert "verb=say" not in town


def firm_type(feats: dict[str, float]) -> str:
    return next(k.split("=", 1)[1] for k in feats if k.startswith("type=") and "&" not in k)


def test_the_sources_tell_a_known_name(unfiltered):
    from osint_graph.gazetteer import load_gazetteer

    doc = unfiltered("Officials in France said the Varnish Coast Guard had boarded a tanker.")
    feats = by_name(doc, load_gazetteer())
    assert feats["France"]["known=same"] == 1.0
    assert feats["France"]["known_as=Country"] == 1.0
    assert feats["Varnish Coast Guard"]["known=none"] == 1.0


def test_a_capital_is_a_known_place(unfiltered):
    """The city list leaves capitals out (they name their state by metonymy): a capital the text
    names as a place is still known to the sources, as a place and as the state."""
    from osint_graph.gazetteer import load_gazetteer

    doc = unfiltered("Brokers in London said the Osk Lantern had left Kesport.")
    feats = by_name(doc, load_gazetteer())
    assert feats["London"]["known=same"] == 1.0
    assert feats["London"]["known_as=capital"] == 1.0
    assert "known_as=capital" not in feats["Osk Lantern"]


# --- the component ----------------------------------------------------------------------------


def test_the_filter_drops_a_low_candidate_and_keeps_a_claim_source(unfiltered):
    doc = unfiltered(OWNER)
    names = {e.text for e in doc.ents}
    assert {"Jarek Pell", "Tarven Oskoll"} <= names
    pell = next(e._.entity_id for e in doc.ents if e.text == "Jarek Pell")
    oskoll = next(e._.entity_id for e in doc.ents if e.text == "Tarven Oskoll")
    assert pell in ef.protected_ids(doc) and oskoll not in ef.protected_ids(doc)
    # a model that scores every person low: the one who speaks stays, the other goes
    model = ef.FilterModel({"bias": 4.0, "type=Person": -8.0}, 0.5)
    doc = ef.EntityFilter(unfiltered, "osint_entity_filter", model, None, min_words=0)(doc)
    after = {e.text for e in doc.ents}
    assert "Jarek Pell" in after
    assert "Tarven Oskoll" not in after
    assert "Orrin Bay" in after  # a vessel scores high
    assert all(oskoll not in c.entities for c in doc._.claims)
    assert doc.user_data[ef.SCORES_KEY][oskoll] < 0.5  # scored low, and kept only the protected one


def test_a_model_that_keeps_everything_changes_nothing(unfiltered):
    doc = unfiltered(BOARDING)
    before = [(e.start, e.end, e.label_) for e in doc.ents]
    doc = ef.EntityFilter(unfiltered, "f", ef.FilterModel({"bias": 0.0}, 0.0), None, min_words=0)(doc)
    assert [(e.start, e.end, e.label_) for e in doc.ents] == before


# --- the switch -------------------------------------------------------------------------------


def test_the_switch_leaves_the_component_out(monkeypatch):
    monkeypatch.delenv(ef.ENV, raising=False)
    assert "osint_entity_filter" in build_pipeline().pipe_names
    assert build_pipeline().pipe_names[-2] == "osint_entity_filter"  # after osint_claims
    assert "osint_entity_filter" not in build_pipeline(entity_filter=False).pipe_names
    monkeypatch.setenv(ef.ENV, "off")
    assert "osint_entity_filter" not in build_pipeline().pipe_names
    assert "osint_entity_filter" in build_pipeline(entity_filter=True).pipe_names


def test_the_cli_option_sets_the_switch(monkeypatch, tmp_path):
    from osint_graph.cli import main

    monkeypatch.delenv(ef.ENV, raising=False)
    article = tmp_path / "a.txt"
    article.write_text(OWNER, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--no-entity-filter", str(article)])
    assert result.exit_code == 0, result.output
    import os

    assert os.environ.get(ef.ENV) == "off"
    assert not ef.enabled_by_env()


def test_the_extractor_switch_reaches_the_pipeline(monkeypatch):
    from osint_graph.model import Article, article_id
    from osint_graph.nlp import Extractor

    monkeypatch.delenv(ef.ENV, raising=False)
    plain = Extractor(entity_filter=False)
    assert "osint_entity_filter" not in plain.nlp.pipe_names
    assert "osint_entity_filter" in Extractor().nlp.pipe_names
    extraction = plain.extract(Article(id=article_id(OWNER), text=OWNER, outlet="Harbour Ledger"))
    assert "Tarven Oskoll" in {e.name for e in extraction.entities}


# --- the training script ----------------------------------------------------------------------


def load_trainer():
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location("train_entity_filter", ROOT / "scripts" / "train_entity_filter.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_trainer_deals_stories_into_folds_and_fits_a_separable_case():
    t = load_trainer()
    docs = [
        t.Doc(f"d{i}", f"story{i % 4}", [], [{}] * 2, [{"bias": 1.0, "digit": 1.0}, {"bias": 1.0}], [1, 0], [False] * 2)
        for i in range(8)
    ]
    folds = t.folds_of(docs, 2, 13)
    assert sorted(s for f in folds for s in f) == [f"story{i}" for i in range(4)]
    assert folds == t.folds_of(docs, 2, 13)  # deterministic
    weights = t.fit(docs, 1.0)
    keep, drop = t.probabilities(weights, docs[0])
    assert keep > 0.5 > drop


def tiny_doc(t, doc_id: str, story: str, weight: float = 1.0):
    """Two candidates: one with the feature `digit` (keep), one without (drop)."""
    feats = [{"bias": 1.0, "digit": 1.0}, {"bias": 1.0}]
    return t.Doc(doc_id, story, [], [{}] * 2, feats, [1, 0], [False] * 2, weight)


def test_a_swapped_copy_stays_in_its_originals_fold(monkeypatch):
    t = load_trainer()
    dev = [tiny_doc(t, f"d{i}", f"story{i % 6}") for i in range(12)]
    copies = [tiny_doc(t, f"{d.id}@swap2", d.story) for d in dev]
    judged = [tiny_doc(t, f"{d.id}@swap1", d.story) for d in dev]
    folds = t.folds_of(dev, 3, 13)
    trained_on = []
    real_fit = t.fit

    def recording_fit(docs, l2):
        trained_on.append({d.id for d in docs})
        return real_fit(docs, l2)

    monkeypatch.setattr(t, "fit", recording_fit)
    probs = t.cv_probs(dev, [], folds, 1.0, copies, judged)
    assert set(probs) == {d.id for d in dev + copies + judged}  # every copy is scored out of fold
    for fold, ids in zip(folds, trained_on, strict=True):
        held = {d.id for d in dev if d.story in fold}
        assert ids == {d.id for d in dev + copies if d.story not in fold}  # a judged copy never trains
        assert not ids & ({f"{i}@swap2" for i in held} | held)  # nor a copy of a held-out article
    trained_on.clear()
    decisions = t.nested_cv(dev, [], folds, 1.0, copies, judged, on_copies=True)
    assert set(decisions) == set(probs)
    assert all(not any(i.endswith("@swap1") for i in ids) for ids in trained_on)


def test_a_copy_weighted_zero_changes_nothing_and_two_counts_twice():
    t = load_trainer()
    dev = [tiny_doc(t, f"d{i}", f"story{i % 4}") for i in range(8)]
    dev[0].labels = [0, 0]  # not separable, so the weights are finite and comparable
    odd = tiny_doc(t, "d0@swap2", "story0")
    odd.labels = [0, 1]
    alone = t.fit(dev, 1.0)
    zero = t.fit(dev + [tiny_doc(t, "x@swap2", "story0", 0.0)], 1.0)
    assert zero == pytest.approx(alone)
    odd.weight = 2.0
    twice = t.fit(dev + [odd], 1.0)
    odd.weight = 1.0
    assert twice == pytest.approx(t.fit(dev + [odd, odd], 1.0))
    assert twice != pytest.approx(t.fit(dev + [odd], 1.0))


def write_copy_folder(folder: Path, rows: list[tuple[str, str, str]]) -> None:
    """A folder as scripts/perturb_real.py writes it: cache/<id>.txt, gold/<id>.json, manifests/."""
    import csv
    import hashlib
    import json

    for sub in ("cache", "gold", "manifests"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    with (folder / "manifests" / "dev-zz.csv").open("w", encoding="utf-8", newline="") as fh:
        columns = ("id", "split", "story", "outlet", "url", "published", "query", "sha256", "chars")
        writer = csv.writer(fh)
        writer.writerow(columns)
        for doc_id, story, text in rows:
            (folder / "cache" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            (folder / "gold" / f"{doc_id}.json").write_text(json.dumps({"entities": []}), encoding="utf-8")
            sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
            writer.writerow([doc_id, "dev", story, "Tarn Daily", "", "2026-01-05", "", sha, len(text)])


def test_the_trainer_reads_a_swapped_copy_with_its_originals_story(tmp_path):
    t = load_trainer()
    folder = tmp_path / "swap2"
    # the copy's manifest names another story: the trainer takes its original's
    write_copy_folder(folder, [("dz1_orrin", "story-of-the-copy", BOARDING), ("dz2_pell", "other", OWNER)])
    seen = []

    def fake_collect(extractor, article, doc_id, story, gold):
        seen.append(article.text)
        return tiny_doc(t, doc_id, story)

    stories = {"dz1_orrin": "orrin-boarding", "dz2_pell": "pell-owner"}
    docs = t.copy_docs(None, folder, stories, 0.5, fake_collect)
    assert [(d.id, d.story, d.weight) for d in docs] == [
        ("dz1_orrin@swap2", "orrin-boarding", 0.5),
        ("dz2_pell@swap2", "pell-owner", 0.5),
    ]
    assert seen == [BOARDING, OWNER]
    with pytest.raises(SystemExit, match="dz2_pell"):
        t.copy_docs(None, folder, {"dz1_orrin": "orrin-boarding"}, 1.0, fake_collect)  # no such dev article


def test_the_trainer_has_help():
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "train_entity_filter.py"), "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "--folds" in out.stdout and "--dry-run" in out.stdout
    assert "--augment" in out.stdout and "--judge" in out.stdout


def test_a_text_shorter_than_an_article_passes_unfiltered(unfiltered):
    """A one-sentence text: the features describe whole articles, so nothing is dropped."""
    doc = unfiltered(OWNER)
    before = [(e.start, e.end, e.label_) for e in doc.ents]
    model = ef.FilterModel({"bias": -8.0}, 0.5)  # scores every candidate low
    doc = ef.EntityFilter(unfiltered, "f", model, None)(doc)
    assert [(e.start, e.end, e.label_) for e in doc.ents] == before
    # the same model on the same text, with no minimum, drops the unprotected owner
    doc = ef.EntityFilter(unfiltered, "f", model, None, min_words=0)(doc)
    assert "Tarven Oskoll" not in {e.text for e in doc.ents}


# The tests of what the filter keeps whatever its score: a made-up state, organisations put in by
# hand, and a model that scores every Organization far below the threshold.
VARNIA = Gazetteer([GazetteerEntry("Country", "Varnia", (), {"iso2": "ZZ"}, {"demonyms": "Varnian"})])
LOW_ORGS = ef.FilterModel({"bias": 4.0, "type=Organization": -8.0}, 0.5)


def _org(doc, phrase: str) -> Span:
    """The first occurrence of `phrase` in `doc`, as an Organization a context rule proposed."""
    start = doc.text.index(phrase)
    return annotate(doc.char_span(start, start + len(phrase)), "Organization", "context")


def test_a_states_body_named_by_its_demonym_is_kept_whatever_its_score(unfiltered):
    """'the Varnian embassy', 'Varnian police': a state's body is an entity by the guidelines, so a
    low score does not drop it; 'a Varnian navy patrol boat' (the body as a boat's attribute) is
    left to the score, and so is a name that is no body."""
    text = (
        "The Varnian embassy said the crew of the Orrin Bay were safe, Varnian police "
        "said on Friday, and a Varnian navy patrol boat stood by near Sun Holdings' terminal."
    )
    doc = unfiltered(text)
    spans = [_org(doc, p) for p in ("Varnian embassy", "Varnian police", "Varnian navy", "Sun Holdings")]
    doc.ents = spans
    ids = [s._.entity_id for s in spans]
    assert ef.state_body_ids(doc, VARNIA) == {ids[0], ids[1]}
    doc = ef.EntityFilter(unfiltered, "osint_entity_filter", LOW_ORGS, VARNIA, min_words=0)(doc)
    assert {e.text for e in doc.ents} == {"Varnian embassy", "Varnian police"}


def test_a_states_body_before_a_staff_title_is_kept_whatever_its_score(unfiltered):
    """'a Varnian foreign ministry official': the title is the body's own staff, so the phrase names
    the body (GUIDELINES, "Titles"), kept like a body heading its phrase; 'a Varnian navy patrol
    boat' stays with the score."""
    text = (
        "A Varnian foreign ministry official said a Varnian navy patrol boat and Varnian embassy "
        "representatives saw it."
    )
    doc = unfiltered(text)
    spans = [_org(doc, p) for p in ("Varnian foreign ministry", "Varnian navy", "Varnian embassy")]
    doc.ents = spans
    ids = [s._.entity_id for s in spans]
    assert ef.state_body_ids(doc, VARNIA) == {ids[0], ids[2]}


def test_a_states_body_before_a_persons_title_is_kept_whatever_its_score(unfiltered):
    """'the Varnian Foreign Ministry Spokesman Ola Brenn': a person's title written with the body's
    name makes the phrase the body's mention (GUIDELINES, "Titles"; twenty-eighth round); 'a
    Varnian Navy Patrol Boat' (no title after the body) stays with the score."""
    text = "The Varnian Foreign Ministry Spokesman Ola Brenn said a Varnian Navy Patrol Boat saw it."
    doc = unfiltered(text)
    spans = [_org(doc, p) for p in ("Varnian Foreign Ministry", "Varnian Navy")]
    doc.ents = spans
    ids = [s._.entity_id for s in spans]
    assert ef.state_body_ids(doc, VARNIA) == {ids[0]}


def test_a_posting_platform_is_kept_whatever_its_score(unfiltered):
    """'in a Telegram post': a platform named as such is an Organization (GUIDELINES, "Posting
    platforms"), kept like a state's body; another low-scored organisation is dropped, and so is a
    one-letter name, which needs its cue (left to the score)."""
    text = "In a Telegram post, the navy said the crew of the Orrin Bay, owned by Sun Holdings, was safe, and X agreed."
    doc = unfiltered(text)

    doc.ents = [_org(doc, "Telegram"), _org(doc, "Sun Holdings"), _org(doc, "X agreed")[:1]]
    doc = ef.EntityFilter(unfiltered, "osint_entity_filter", LOW_ORGS, None, min_words=0)(doc)
    assert {e.text for e in doc.ents} == {"Telegram"}


def test_a_company_written_with_its_legal_form_is_kept_whatever_its_score(unfiltered):
    """'Tarlow Shipping AG': a legal form (osint_graph/nlp/legal_forms.py) says the name is a
    company, kept like a state's body; a name of English words without its form is left to the score."""
    text = "The Orrin Bay is managed by Harbour Shipping AG, and its owner Harbour Marine agreed."
    doc = unfiltered(text)

    doc.ents = [_org(doc, "Harbour Shipping AG"), _org(doc, "Harbour Marine")]
    doc = ef.EntityFilter(unfiltered, "osint_entity_filter", LOW_ORGS, None, min_words=0)(doc)
    assert {e.text for e in doc.ents} == {"Harbour Shipping AG"}


def test_an_unlisted_name_before_a_company_word_is_kept_whatever_its_score(unfiltered):
    """'Korvane Tankers' (twenty-sixth round): a word no dictionary holds before an organisation's
    last word says the name is a company's, kept like one with its legal form; English words before
    it ('Harbour Tankers') and a word that closes places' names too ('Tarvel Bank', a shoal) are left to
    the score."""
    text = "The Orrin Bay is managed by Korvane Tankers, and its owner Harbour Tankers agreed off Tarvel Bank."
    doc = unfiltered(text)

    doc.ents = [_org(doc, "Korvane Tankers"), _org(doc, "Harbour Tankers"), _org(doc, "Tarvel Bank")]
    doc = ef.EntityFilter(unfiltered, "osint_entity_filter", LOW_ORGS, None, min_words=0)(doc)
    assert {e.text for e in doc.ents} == {"Korvane Tankers"}


# --- places shaped by a place word ------------------------------------------------------------

PLACES = (
    "The tanker Orrin Bay crossed the Varn Strait on Monday and anchored in the Gulf of Tarn. "
    "Later it sailed past Tessaly island and off the coast of Marvonia."
)


def test_a_place_word_keeps_a_location_the_score_would_drop(unfiltered):
    doc = unfiltered(PLACES)
    locations = {e.text: e._.entity_id for e in doc.ents if e.label_ == "LOCATION"}
    assert {"Varn Strait", "Gulf of Tarn", "Tessaly"} <= set(locations)
    shaped = ef.place_shape_ids(doc)
    assert {locations["Varn Strait"], locations["Gulf of Tarn"], locations["Tessaly"]} <= shaped
    assert locations["Marvonia"] not in shaped  # no place word: left to the score
    # a model that scores every place low: the shaped ones stay
    model = ef.FilterModel({"bias": 4.0, "type=Location": -8.0}, 0.5)
    doc = ef.EntityFilter(unfiltered, "osint_entity_filter", model, None, min_words=0)(doc)
    after = {e.text for e in doc.ents if e.label_ == "LOCATION"}
    assert {"Varn Strait", "Gulf of Tarn", "Tessaly"} <= after
    assert "Marvonia" not in after
