"""The fuzzy-resolution threshold, measured on gold name pairs and the gazetteer's own entries
(scripts/measure_resolution.py prints the whole table)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))  # the measurement helper lives there

from resolution_pairs import (  # noqa: E402
    NamePair,
    gazetteer_spellings,
    gold_spellings,
    measure,
    name_pairs,
    numbers_guard,
    score_pairs,
)

from osint_graph.gazetteer import load_gazetteer  # noqa: E402
from osint_graph.resolve import FUZZY_THRESHOLD  # noqa: E402

GOLD = Path(__file__).parent / "gold"


# The analysts' rows (`reference=False`): the threshold is measured on their spellings; the
# reference lists' thousands of lookalike place names are resolved by their codes, not fuzzily.
@pytest.fixture(scope="module")
def gold():
    return score_pairs(name_pairs(gold_spellings(GOLD), load_gazetteer(reference=False)))


@pytest.fixture(scope="module")
def gazetteer_pairs():
    return score_pairs(name_pairs(gazetteer_spellings(load_gazetteer(reference=False))))


def test_gold_pairs_cover_both_kinds(gold):
    same = [s for s in gold if s.pair.same]
    assert len(same) >= 50 and len(gold) - len(same) >= 5000
    assert any({s.pair.a, s.pair.b} == {"152 mm shell", "152 mm shells"} for s in same)


def test_the_threshold_keeps_every_true_gold_merge_a_lower_one_finds(gold):
    [at] = measure(gold, [FUZZY_THRESHOLD], guard=numbers_guard)
    [lower] = measure(gold, [85.0], guard=numbers_guard)
    assert at.true_positives == lower.true_positives == 13
    assert at.false_positives == 1  # one spelling annotated for two entities: no threshold helps
    assert at.precision > 0.9
    [loose] = measure(gold, [80.0])
    assert loose.false_positives - at.false_positives > loose.true_positives - at.true_positives


def test_the_threshold_with_the_numbers_guard_merges_no_two_gazetteer_entries(gazetteer_pairs):
    [guarded] = measure(gazetteer_pairs, [FUZZY_THRESHOLD], guard=numbers_guard)
    [plain] = measure(gazetteer_pairs, [FUZZY_THRESHOLD])
    [old] = measure(gazetteer_pairs, [90.0], guard=numbers_guard)
    assert guarded.false_positives == 0
    assert plain.false_positives > 0  # '122 mm' / '152 mm artillery shells' without the guard
    assert old.false_positives > 0  # e.g. 'South Korean Defense Ministry' / 'North Korean Defense Ministry'


def test_the_numbers_guard():
    assert not numbers_guard(NamePair("Weapon", "122 mm artillery shell", "152 mm artillery shell", False))
    assert numbers_guard(NamePair("Weapon", "152 mm shell", "152 mm shells", True))
    assert numbers_guard(NamePair("Vessel", "Eagle S", "The Eagle S", True))


def test_fuzzy_same_as_never_merges_names_whose_numbers_differ():
    from osint_graph.resolve import Named, fuzzy_same_as

    shells = [
        Named("weapon:a", "Weapon", "122 mm artillery shell"),
        Named("weapon:b", "Weapon", "152 mm artillery shell"),
    ]
    assert fuzzy_same_as(shells) == []
    [bare] = fuzzy_same_as(shells, guard_numbers=False)
    assert bare.rule == "fuzzy" and bare.score >= 95
