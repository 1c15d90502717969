"""A progress bar that tells the truth: the articles counted up front, one step per article.

Counting is a cheap pass over the input that reads no text: a file is one article, a JSON
lines file one article per non-blank line, a directory the sum of its readable files.
Standard input cannot be counted (the bar then shows a count and a rate, no ETA). Bad files
counted here are skipped by the reader later, so the total can be an overestimate by the
number of bad inputs, which the ingest reports.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from osint_graph.ingest.readers import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES

READABLE = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


def count_articles(paths: Iterable[str | Path]) -> int | None:
    """How many articles the paths hold, or None when one of them is standard input."""
    total = 0
    for path in paths:
        if str(path) == "-":
            return None
        path = Path(path)
        if path.is_dir():
            files = (p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            total += sum(_count_file(p) for p in files if p.suffix.lower() in READABLE)
        elif path.is_file():
            total += _count_file(path)
    return total


def _count_file(path: Path) -> int:
    if path.suffix.lower() not in JSONL_SUFFIXES:
        return 1
    try:
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 0


def make_progress(enabled: bool | None = None):
    """A rich progress bar with count, rate and ETA on a terminal; None when stderr is not one (quiet)."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return None
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )


class ArticleProgress:
    """Advances a rich task by one per article written or skipped, with the rate in articles/s."""

    def __init__(self, progress, total: int | None):
        self.progress = progress
        self.task = progress.add_task("ingesting", total=total, rate="") if progress else None

    def advance(self, description: str | None = None) -> None:
        if self.progress is None:
            return
        self.progress.advance(self.task)
        task = self.progress.tasks[self.task]
        speed = task.speed
        fields = {"rate": f"{speed:.1f} articles/s" if speed else ""}
        if description is not None:
            fields["description"] = description[:40]
        self.progress.update(self.task, **fields)
