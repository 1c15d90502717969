"""The cue vocabularies and patterns of the pipeline components, read from `sources/rules/`.

Rules are data: the words that introduce a ship's name, the verbs by which a source speaks, the
hedge words, the unit words, the page-furniture patterns. The components never list them in
Python; they ask this module by name, e.g. `words("common/report_verbs")` for
`sources/rules/common/report_verbs.txt`. Every file is read once (cached) and shared.

Three formats (documented with an example in sources/README.md, section "rules/"):

- `<name>.txt`: a word list, one entry a line; `#` starts a comment, blank lines are skipped;
  entries are stripped, and keep their case and inner spaces.
- `<name>.csv`: a table, comma-separated with a header row; rows as dicts keyed by column; lines
  that start with `#` (the comment that says what the table is for) are skipped.
- `<name>.jsonl`: spaCy Matcher / EntityRuler patterns, one JSON object a line; `#` lines and
  blank lines are skipped.

A missing file is an error, never an empty list: a rule that silently loses its words is a bug
that no test would see.
"""

from __future__ import annotations

import csv
import json
from functools import cache
from pathlib import Path

from osint_graph.resources import sources_dir

# The possessive clitic as spaCy splits it off a name ("Karsk's" -> "Karsk", "'s"), straight or
# curly apostrophe: orthography, not a cue vocabulary, so a constant rather than a rule file.
POSSESSIVE_MARKS = ("'s", "’s")


def rules_dir() -> Path:
    """The folder that holds the rule files (`sources/rules/`)."""
    return sources_dir() / "rules"


def _path(name: str, suffix: str) -> Path:
    path = rules_dir() / f"{name}{suffix}"
    if not path.is_file():
        raise FileNotFoundError(f"rule file {path} not found (asked for {name!r})")
    return path


def _lines(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


@cache
def word_list(name: str) -> tuple[str, ...]:
    """The entries of `sources/rules/<name>.txt`, in file order (order matters for some rules)."""
    return tuple(_lines(_path(name, ".txt")))


@cache
def words(name: str) -> frozenset[str]:
    """The entries of `sources/rules/<name>.txt` as a set, for membership tests."""
    return frozenset(word_list(name))


class _Row(dict):
    """A row of a rule table: asking for a column the header lacks names the file, not just the key
    (a loader reads its columns at import time: a bare KeyError would not say which file is wrong)."""

    def __init__(self, name: str, cells: dict[str, str]) -> None:
        super().__init__(cells)
        self.name = name

    def __missing__(self, column: str):
        raise KeyError(f"sources/rules/{self.name}.csv has no column {column!r} (header: {', '.join(self)})")

    def yes(self, column: str) -> bool:
        """A yes|no column as a bool; any other value names the file and the row (a typo such as
        'Yes ' or 'y' would otherwise read as "no" without a word)."""
        value = self[column]
        if value not in ("yes", "no"):
            raise ValueError(f"sources/rules/{self.name}.csv: column {column!r} must be yes or no, not {value!r}")
        return value == "yes"


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """The rows of `sources/rules/<name>.csv` as dicts keyed by the header's column names."""
    with _path(name, ".csv").open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))  # header comments
        rows = [
            row for row in csv.DictReader(lines) if any((v or "").strip() for v in row.values() if isinstance(v, str))
        ]
    for row in rows:
        if None in row:  # more fields than the header: an unquoted comma
            raise ValueError(f"sources/rules/{name}.csv: row {row} has more fields than the header (quote commas)")
    return tuple(_Row(name, {k: (v or "").strip() for k, v in row.items()}) for row in rows)


@cache
def patterns(name: str) -> tuple[dict, ...]:
    """The patterns of `sources/rules/<name>.jsonl` (spaCy Matcher or EntityRuler shape)."""
    path = _path(name, ".jsonl")
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as err:
            raise ValueError(f"{path}:{number}: not a JSON object: {err.msg}") from err
    return tuple(out)


def all_rule_files() -> list[Path]:
    """Every rule file, for the tests that check the vocabularies as a whole."""
    root = rules_dir()
    return sorted(p for p in root.rglob("*") if p.suffix in {".txt", ".csv", ".jsonl"})
