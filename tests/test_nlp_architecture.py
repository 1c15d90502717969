"""The shape of osint_graph/nlp/: small modules, rules as data, components registered by name.

These tests read the package's source (no model needed) except the last ones, which build the
pipeline on a sources folder of their own.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import osint_graph.nlp
from osint_graph.gazetteer import load_gazetteer
from osint_graph.nlp import pipeline
from osint_graph.nlp.context import registry

NLP_DIR = Path(osint_graph.nlp.__file__).parent
MAX_LINES = 600
MAX_WORDS = 6  # a literal with more string entries is a word list: it belongs in sources/rules/


def nlp_modules() -> list[Path]:
    found = sorted(NLP_DIR.rglob("*.py"))
    assert len(found) >= 10, f"expected the nlp package under {NLP_DIR}, found {found}"
    return found


def word_lists(source: str) -> list[tuple[int, str, int]]:
    """(line, kind, entries) of every literal word list in `source` with more than MAX_WORDS strings:
    a set, list or tuple literal (also inside frozenset(...)), or a string literal split into words."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
            count = sum(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts)
            kind = type(node).__name__.lower()
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "split"
            and isinstance(node.func.value, ast.Constant)
            and isinstance(node.func.value.value, str)
        ):
            count = len(node.func.value.value.split())
            kind = "split string"
        else:
            continue
        if count > MAX_WORDS:
            found.append((node.lineno, kind, count))
    return found


@pytest.mark.parametrize(
    "source",
    [
        'X = frozenset({"a", "b", "c", "d", "e", "f", "g"})',
        'X = frozenset("a b c d e f g".split())',
        'def f(w):\n    return w in ("a", "b", "c", "d", "e", "f", "g")',
        'X = ["a", "b", "c", "d", "e", "f", "g"]',
    ],
)
def test_the_word_list_finder_finds_word_lists(source):
    assert word_lists(source), source


def test_the_word_list_finder_lets_small_literals_pass():
    assert not word_lists('X = ("a", "b", "c", "d", "e", "f")\nY = "a b c d e f".split()\nZ = (1, 2, 3, 4, 5, 6, 7, 8)')


def test_no_word_list_in_nlp_code():
    offenders = [
        f"{path.relative_to(NLP_DIR.parent.parent)}:{line} {kind} of {count} strings"
        for path in nlp_modules()
        for line, kind, count in word_lists(path.read_text(encoding="utf-8"))
    ]
    assert not offenders, "word lists belong in sources/rules/ (read with osint_graph.nlp.rules):\n" + "\n".join(
        offenders
    )


def test_no_nlp_module_over_600_lines():
    long = {}
    for path in nlp_modules():
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES:
            long[str(path.relative_to(NLP_DIR))] = lines
    assert not long, f"modules over {MAX_LINES} lines: {long}"


# --- components ------------------------------------------------------------------------------------

ENTITY_SIDE = {
    "osint_furniture": "osint_graph.nlp.furniture",
    "osint_gazetteer": "osint_graph.nlp.gazetteer_ruler",
    "osint_context_rules": "osint_graph.nlp.context.component",
    "osint_entity_types": "osint_graph.nlp.entity_types",
    "osint_dates": "osint_graph.nlp.dates",
    "osint_figures": "osint_graph.nlp.figures",
}


@pytest.mark.parametrize("name,module", sorted(ENTITY_SIDE.items()))
def test_each_component_has_its_module_with_a_docstring(name, module):
    assert name in pipeline.COMPONENTS
    factory = spacy.registry.factories.get(Language.get_factory_name(name))
    assert factory.__module__ == module
    doc = inspect.getmodule(factory).__doc__ or ""
    assert name in doc or name.removeprefix("osint_") in doc, f"{module}'s docstring does not name {name}"
    assert "Reads" in doc or "reads" in doc, f"{module}'s docstring does not say what it reads from the Doc"


def test_context_rules_and_triggers_match():
    rules = registry.RULES.values()
    assert len(rules) >= 20
    used = {r.trigger for r in rules if r.trigger is not None}
    assert used <= set(registry.TRIGGERS), f"rules wait for undeclared triggers: {used - set(registry.TRIGGERS)}"
    assert set(registry.TRIGGERS) <= used, f"triggers no rule uses: {set(registry.TRIGGERS) - used}"
    orders = [r.order for r in rules]
    assert len(orders) == len(set(orders)), "two context rules share an order"
    for trigger in registry.TRIGGERS.values():
        has_test = trigger.token is not None or trigger.text is not None
        assert trigger.phrases or has_test, f"trigger {trigger.name} has no cue"


def test_a_trigger_needs_a_known_attribute():
    with pytest.raises(ValueError, match="attr"):
        registry.trigger("TEST_BAD", ["x"], attr="SHAPE")
    with pytest.raises(ValueError, match="token"):
        registry.trigger("TEST_BAD", ["x"], token=lambda tok: True)
    assert "TEST_BAD" not in registry.TRIGGERS


# --- one gazetteer, passed through config ----------------------------------------------------------


@pytest.fixture(scope="module")
def own_sources(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("sources")
    (folder / "gazetteers").mkdir()
    (folder / "gazetteers" / "vessels.csv").write_text("name,aliases,imo\nQuillon Harbinger,,9000017\n")
    return folder


def test_sources_reach_every_component_that_takes_them(own_sources):
    nlp = pipeline.add_components(pipeline.load_model(), sources=str(own_sources), claims=False)
    gazetteer = load_gazetteer(own_sources)
    takers = [n for n in nlp.pipe_names if "sources" in (Language.get_factory_meta(n).default_config or {})]
    assert {"osint_gazetteer", "osint_context_rules", "osint_entity_types"} <= set(takers)
    for name in takers:
        assert nlp.get_pipe(name).gazetteer is gazetteer, f"{name} loaded a gazetteer of its own"
    doc = nlp("Coastguards boarded the Quillon Harbinger near Gotland on Tuesday.")
    vessels = [e for e in doc.ents if e.label_ == "VESSEL"]
    assert [(e.text, e._.identifiers.get("imo")) for e in vessels] == [("Quillon Harbinger", "9000017")]


def test_a_context_rule_is_one_function_and_one_trigger(nlp):
    """Adding a rule: declare its trigger, register the function; the component runs it."""
    from osint_graph.nlp.context.component import ContextRules
    from osint_graph.nlp.context.names import Candidate

    registry.trigger("TEST_ESCORTED", ["escorted by"])

    @registry.context_rule("TEST_ESCORTED", order=10_000)
    def escorted_by(ctx, doc, start, end, cands):
        cands.append(Candidate(end, end + 2, "Vessel", "escorted-by"))

    try:
        rules = ContextRules(nlp, "test_context", load_gazetteer())
        doc = nlp.make_doc("It was escorted by Zarvin Gale yesterday.")
        for name, proc in nlp.pipeline:  # the model's own components, then this one
            if name.startswith("osint_"):
                break
            doc = proc(doc)
        doc = rules(doc)
    finally:
        registry.RULES.pop("escorted_by")
        registry.TRIGGERS.pop("TEST_ESCORTED")
    found = [(e.text, e.label_, e._.osint_source) for e in doc.ents if e.label_ in pipeline.OUR_LABELS]
    assert found == [("Zarvin Gale", "VESSEL", "context")]


def test_doc_text_is_read_once_and_stays_right_after_retokenising():
    """doc_text() keeps the Doc's text (spaCy rebuilds it from every token on each read); a
    split or merge keeps the text, and the copy is not shipped out of the pipeline."""
    from osint_graph.nlp.extensions import TEXT_KEY, doc_text

    nlp = spacy.blank("en")
    doc = nlp("The tanker Arvo Lind left Portvale.")
    assert doc_text(doc) == doc.text and doc.user_data[TEXT_KEY] == doc.text
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[2:4])
    assert doc_text(doc) == doc.text == "The tanker Arvo Lind left Portvale."
    doc.user_data[TEXT_KEY] = "stale"  # a copy that no longer fits the tokens is rebuilt
    assert doc_text(doc) == doc.text
    assert TEXT_KEY not in pipeline.drop_tensor(doc).user_data
