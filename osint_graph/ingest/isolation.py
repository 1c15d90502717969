"""Per-article isolation: one article that fails never costs the run.

An article can fail in extraction (a pipeline component raises), in resolution, in
building its rows, or in its write. Each failure becomes a `Reject` (file, line for
JSON lines, stage, reason), is reported, counted, and, with `--rejects PATH`,
written as one JSON line that holds the article too (text, title, url, outlet,
published, language), so that the rejects file can be ingested again as it is once
the cause is fixed. The batch the article was in is still written without it.

A store that goes away (an unreachable server, a lost connection) is not an
article's fault: that ends the run with one clear message, and the same ingest
run again resumes (writes merge).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from osint_graph.model import Article, Extraction

_LINE_RE = re.compile(r"^(?P<file>.+\.(?:jsonl|ndjson)):(?P<line>\d+)$", re.IGNORECASE)
STAGES = ("extract", "resolve", "build", "write")


class StoreUnavailable(RuntimeError):
    """The store failed as a whole during an ingest (not because of one article)."""


@dataclass(frozen=True, slots=True)
class Reject:
    """One article skipped at one stage, and why."""

    article: Article
    stage: str
    reason: str

    @property
    def source(self) -> str:
        match = _LINE_RE.match(self.article.source or "")
        return match["file"] if match else (self.article.source or "<input>")

    @property
    def line(self) -> int | None:
        match = _LINE_RE.match(self.article.source or "")
        return int(match["line"]) if match else None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.stage} failed ({self.reason})"

    def to_dict(self) -> dict[str, Any]:
        """A JSON line that `osint-graph ingest` reads back as an article (extra keys are ignored)."""
        return {
            **{k: v for k, v in self.article.to_dict().items() if k != "id"},
            "text": self.article.text,
            "source": self.source,
            "line": self.line,
            "stage": self.stage,
            "reason": self.reason,
        }


def reason_of(exc: BaseException) -> str:
    """An exception as one line: its type and the first line of its message."""
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


@dataclass
class RejectLog:
    """Collects rejects; reports each (`on_reject`) and appends it to `path` when given."""

    path: str | Path | None = None
    on_reject: Callable[[Reject], None] | None = None
    rejects: list[Reject] = field(default_factory=list)
    _out: IO[str] | None = None

    def add(self, article: Article, stage: str, exc: BaseException | str) -> None:
        reject = Reject(article, stage, exc if isinstance(exc, str) else reason_of(exc))
        self.rejects.append(reject)
        if self.path is not None:
            if self._out is None:
                self._out = open(self.path, "a", encoding="utf-8")  # noqa: SIM115 - closed in close()
            self._out.write(json.dumps(reject.to_dict(), ensure_ascii=False) + "\n")
            self._out.flush()
        if self.on_reject:
            self.on_reject(reject)

    def on_extract_error(self, article: Article, exc: Exception) -> None:
        """The `on_error` hook of `Extractor.extract_many` (its ExtractionError already names the component)."""
        from osint_graph.nlp.extractor import ExtractionError

        self.add(article, "extract", str(exc) if isinstance(exc, ExtractionError) else exc)

    def close(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None


def isolated(
    extractions: Iterable[Extraction], stage: str, step: Callable[[Extraction], Extraction], log: RejectLog
) -> Iterator[Extraction]:
    """`step` applied to each extraction; one that raises is rejected at `stage` and left out."""
    for extraction in extractions:
        try:
            result = step(extraction)
        except Exception as exc:  # noqa: BLE001 - one article never costs the run
            log.add(extraction.article, stage, exc)
            continue
        yield result


def store_is_gone(exc: BaseException) -> bool:
    """Whether a write failed because the store itself failed (connection lost, server down)."""
    if isinstance(exc, (ConnectionError, StoreUnavailable)):
        return True
    try:
        from neo4j.exceptions import DriverError, ServiceUnavailable, SessionExpired
    except ImportError:  # pragma: no cover - the driver is a dependency
        return False
    return isinstance(exc, (ServiceUnavailable, SessionExpired, DriverError))


def write_isolated(
    store, extractions: list[Extraction], log: RejectLog, ingested_at: datetime | None = None
) -> tuple[list[Extraction], int]:
    """Build each article's rows on their own, write them as one batch, and isolate failures.

    An article whose rows cannot be built is rejected at "build". If the whole batch fails
    to write, each article's rows are written on their own so that only the ones that fail
    are rejected at "write"; if the store itself is gone, StoreUnavailable ends the run.
    Returns the extractions written and the number of graph elements in their rows.
    """
    from osint_graph.store.base import GraphBatch
    from osint_graph.store.graph_rows import BatchBuilder

    builder = BatchBuilder(store.schema, ingested_at=ingested_at)
    parts: list[tuple[Extraction, GraphBatch]] = []
    for extraction in extractions:
        builder.batch = GraphBatch()
        try:
            builder.add(extraction)
        except Exception as exc:  # noqa: BLE001
            log.add(extraction.article, "build", exc)
            continue
        parts.append((extraction, builder.batch))
    whole = GraphBatch()
    for _, part in parts:
        whole.extend(part)
    try:
        _write(store, whole)
        return [extraction for extraction, _ in parts], whole.size()
    except StoreUnavailable:
        raise
    except Exception:  # noqa: BLE001 - find the articles at fault, one by one
        pass
    written, size = [], 0
    for extraction, part in parts:
        try:
            _write(store, part)
        except StoreUnavailable:
            raise
        except Exception as exc:  # noqa: BLE001
            log.add(extraction.article, "write", exc)
            continue
        written.append(extraction)
        size += part.size()
    return written, size


def _write(store, batch) -> None:
    try:
        store.write(batch)
    except Exception as exc:
        if store_is_gone(exc):
            raise StoreUnavailable(reason_of(exc)) from exc
        raise
