"""The rule files under sources/rules/: readable, one source of truth per vocabulary."""

from __future__ import annotations

import itertools

import pytest

from osint_graph.nlp import rules


def test_rule_files_exist_and_parse():
    files = rules.all_rule_files()
    assert files, f"no rule files under {rules.rules_dir()}"
    for path in files:
        name = str(path.relative_to(rules.rules_dir()).with_suffix(""))
        if path.suffix == ".txt":
            assert rules.word_list(name), f"{path} is empty"
        elif path.suffix == ".csv":
            if path.name != "disjoint.csv":
                assert rules.table(name), f"{path} has no rows"
        else:
            assert rules.patterns(name), f"{path} has no patterns"


def test_missing_rule_file_is_an_error():
    with pytest.raises(FileNotFoundError, match="no_such_list"):
        rules.words("common/no_such_list")


def test_comments_and_blank_lines_are_skipped():
    months = rules.word_list("common/months")
    assert months[0] == "January" and months[-1] == "December" and len(months) == 12


def _word_lists() -> dict[str, frozenset[str]]:
    root = rules.rules_dir()
    return {
        str(p.relative_to(root).with_suffix("")): rules.words(str(p.relative_to(root).with_suffix("")))
        for p in rules.all_rule_files()
        if p.suffix == ".txt"
    }


def test_no_two_files_hold_the_same_list():
    lists = _word_lists()
    assert lists
    same = [(a, b) for (a, wa), (b, wb) in itertools.combinations(sorted(lists.items()), 2) if wa == wb]
    assert not same, f"these rule files hold the same list: {same}"


def test_declared_disjoint_lists_share_no_entry():
    lists = _word_lists()
    rows = rules.table("disjoint")
    assert rows, "sources/rules/disjoint.csv declares no pair"
    for row in rows:
        left, right = lists[row["left"]], lists[row["right"]]
        common = {w.lower() for w in left} & {w.lower() for w in right}
        assert not common, f"{row['left']} and {row['right']} share {sorted(common)}: {row['why']}"


def test_a_table_without_a_column_a_loader_asks_for_names_the_file(tmp_path, monkeypatch):
    # a loader reads its columns at import time ('row["plural"]'): a misnamed header must say which
    # file is wrong, not raise a bare KeyError('plural')
    (tmp_path / "context").mkdir()
    (tmp_path / "context" / "made_up_nouns.csv").write_text("# nouns\nplurals,singular\nseas,Sea\n", encoding="utf-8")
    monkeypatch.setattr(rules, "rules_dir", lambda: tmp_path)
    rows = rules.table("context/made_up_nouns")
    assert rows[0]["singular"] == "Sea" and rows[0].get("plural") is None
    wanted = r"context/made_up_nouns\.csv has no column 'plural' \(header: plurals, singular\)"
    with pytest.raises(KeyError, match=wanted):
        rows[0]["plural"]


def test_a_yes_no_column_with_another_value_names_the_file(tmp_path, monkeypatch):
    # 'Yes' or 'y' in a yes|no column would otherwise read as "no" without a word
    (tmp_path / "context").mkdir()
    flags = "word,always\nstrait,yes\nsound,no\nbay,Yes\n"
    (tmp_path / "context" / "made_up_flags.csv").write_text(flags, encoding="utf-8")
    monkeypatch.setattr(rules, "rules_dir", lambda: tmp_path)
    rows = rules.table("context/made_up_flags")
    assert rows[0].yes("always") is True and rows[1].yes("always") is False
    with pytest.raises(ValueError, match=r"context/made_up_flags\.csv: column 'always' must be yes or no, not 'Yes'"):
        rows[2].yes("always")
