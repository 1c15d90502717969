"""Readers for .txt/.md (optional front matter), .html, .jsonl, directories and stdin.

Bad input never stops a run: each bad file (or JSON line) becomes a `ReadError`
naming the file, the line where there is one, and the reason; the caller counts
and reports them, and `--strict` turns them into a non-zero exit.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from osint_graph.ingest.files import NotReadable, read_bounded, read_lines, read_path, special_reason
from osint_graph.model import Article, article_id, normalise_text

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
META_KEYS = ("title", "url", "outlet", "published", "language")


@dataclass(frozen=True, slots=True)
class ReadError:
    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.reason}"


class BadInput(ValueError):
    """Raised inside a reader; turned into a ReadError by `Reader`."""


def parse_date(value: object) -> date | None:
    """A published date: an ISO 8601 date or full timestamp, nothing else.

    Words such as "yesterday" or "2 weeks ago" would resolve against the day of
    ingest and put every relative date in the text in the wrong year, so they are
    refused, as is anything with trailing text ("2024-03-05garbage").
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise BadInput(f"published date {value!r} is not an ISO date (YYYY-MM-DD)")
    text = value.strip()
    try:
        return datetime.fromisoformat(text).date() if len(text) > 10 else date.fromisoformat(text)
    except ValueError:
        raise BadInput(f"published date {text!r} is not an ISO date (YYYY-MM-DD or a full ISO timestamp)") from None


def clean_field(value: object) -> str | None:
    """A metadata value as one line of printable text (control characters break XML exports)."""
    if value is None:
        return None
    return " ".join(normalise_text(str(value)).split()) or None


def make_article(text: str, source: str | None = None, **meta: object) -> Article:
    """Build an Article from raw text and metadata (None/empty values are absent)."""
    body = normalise_text(text)
    if not body:
        raise BadInput("no text")
    clean = {k: clean_field(v) for k, v in meta.items() if k in META_KEYS and k != "published"}
    return Article(
        id=article_id(body),
        text=body,
        title=clean.get("title"),
        url=clean.get("url"),
        outlet=clean.get("outlet"),
        published=parse_date(meta.get("published")),
        language=clean.get("language") or "en",
        source=source,
    )


def split_front_matter(raw: str) -> tuple[dict[str, str], str]:
    """`---` / `key: value` lines / `---` at the top of a file, then the body."""
    lines = raw.replace("\r\n", "\n").lstrip("\ufeff").split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, raw
    meta: dict[str, str] = {}
    for i, line in enumerate(lines[1:], start=1):
        if line.strip() == "---":
            return meta, "\n".join(lines[i + 1 :])
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip().lower()] = value.strip().strip('"').strip("'")
    raise BadInput("front matter opened with '---' is never closed")


def looks_like_html(data: bytes) -> bool:
    """Standard input has no file name: HTML is recognised by its opening tag."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or (
        head.startswith(b"<") and b"<body" in data[:65536].lower()
    )


def decode(data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise BadInput("binary file (NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def read_text_file(data: bytes, source: str) -> Iterator[Article]:
    meta, body = split_front_matter(decode(data))
    yield make_article(body, source, **meta)


def read_html(data: bytes, source: str) -> Iterator[Article]:
    import trafilatura  # heavy import: only for HTML input

    html = decode(data)
    found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    doc = found.as_dict() if found is not None else {}
    if not (doc.get("text") or "").strip():
        raise BadInput("no article text found in the HTML")
    yield make_article(
        with_headline(doc["text"], doc.get("title")),
        source,
        title=doc.get("title"),
        url=doc.get("url"),
        outlet=doc.get("sitename"),
        published=doc.get("date"),
        language=doc.get("language"),
    )


def with_headline(text: str, title: str | None) -> str:
    """The page's title as the article's first line, as a reader meets it, unless the text already
    starts with it: trafilatura keeps the headline apart from the text, and the extractor reads a
    page's first line as its headline (its claims, entities and "X: C" sources; nlp/furniture.py)."""
    title = " ".join((title or "").split())
    if not title or " ".join(text.split()).casefold().startswith(title.casefold()):
        return text
    return f"{title}\n\n{text}"


@dataclass
class Reader:
    """Reads paths into Articles, collecting errors instead of raising.

    `overrides` (outlet, published, url, title) replace what the files say.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    overrides: dict[str, str] = field(default_factory=dict)
    errors: list[ReadError] = field(default_factory=list)
    on_error: Callable[[ReadError], None] | None = None

    def read(self, paths: Iterable[str | Path]) -> Iterator[Article]:
        for path in paths:
            if str(path) == "-":
                yield from self._guard("<stdin>", lambda: self._from_stdin())
                continue
            path = Path(path)
            if path.is_dir():
                yield from self._read_dir(path)
            else:
                yield from self._read_file(path)

    def _read_dir(self, folder: Path) -> Iterator[Article]:
        """Article files under a folder; dangling links, loops and FIFOs among them are counted errors."""
        for child in sorted(p for p in folder.rglob("*") if not p.name.startswith(".")):
            if child.suffix.lower() not in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES or child.is_dir():
                continue
            reason = special_reason(child)
            if reason:
                self._error(ReadError(str(child), reason))
            else:
                yield from self._read_file(child)

    def _read_file(self, path: Path) -> Iterator[Article]:
        source = str(path)
        if path.suffix.lower() in JSONL_SUFFIXES and path.is_file():  # a feed: streamed, the limit bounds each record
            yield from self._guard(source, lambda: self._read_jsonl_file(path, source))
            return
        yield from self._guard(
            source, lambda: self._from_bytes(read_path(path, self.max_bytes), source, path.suffix.lower())
        )

    def _read_jsonl_file(self, path: Path, source: str) -> Iterator[Article]:
        empty = True
        for number, line in read_lines(path, self.max_bytes):
            if line is None:
                self._error(ReadError(source, f"record is over the limit of {self.max_bytes} bytes", number))
                empty = False
                continue
            try:
                text = decode(line)
            except BadInput as exc:
                self._error(ReadError(source, str(exc), number))
                empty = False
                continue
            empty = empty and not text.strip()
            yield from self._read_jsonl_lines([(number, text)], source)
        if empty:
            raise BadInput("empty file")

    def _from_stdin(self) -> Iterator[Article]:
        data = read_bounded(sys.stdin.buffer, self.max_bytes)
        yield from self._from_bytes(data, "<stdin>", ".html" if looks_like_html(data) else ".txt")

    def _from_bytes(self, data: bytes, source: str, suffix: str) -> Iterator[Article]:
        if not data.strip():
            raise BadInput("empty file")
        if suffix in JSONL_SUFFIXES:
            yield from self._read_jsonl(data, source)
        elif suffix in HTML_SUFFIXES:
            yield from (self._override(a) for a in read_html(data, source))
        else:
            yield from (self._override(a) for a in read_text_file(data, source))

    def _read_jsonl(self, data: bytes, source: str) -> Iterator[Article]:
        yield from self._read_jsonl_lines(enumerate(decode(data).splitlines(), start=1), source)

    def _read_jsonl_lines(self, lines: Iterable[tuple[int, str]], source: str) -> Iterator[Article]:
        for number, line in lines:
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                    raise BadInput('each line must be a JSON object with a "text" string')
                meta = {k: v for k, v in record.items() if k in META_KEYS}
                article = self._override(make_article(record["text"], f"{source}:{number}", **meta))
            except json.JSONDecodeError as exc:
                self._error(ReadError(source, f"malformed JSON ({exc.msg})", number))
            except BadInput as exc:
                self._error(ReadError(source, str(exc), number))
            except RecursionError:
                self._error(ReadError(source, "malformed JSON (nested too deeply)", number))
            except ValueError as exc:  # e.g. an integer over Python's 4,300-digit limit
                self._error(ReadError(source, f"malformed JSON ({exc})", number))
            else:
                yield article

    def _override(self, article: Article) -> Article:
        if not self.overrides:
            return article
        meta = article.to_dict() | {k: v for k, v in self.overrides.items() if v is not None}
        meta.pop("id")
        return make_article(article.text, article.source, **meta)

    def _guard(self, source: str, produce: Callable[[], Iterable[Article]]) -> Iterator[Article]:
        try:
            yield from produce()
        except BadInput as exc:
            self._error(ReadError(source, str(exc)))
        except NotReadable as exc:
            self._error(ReadError(source, str(exc)))
        except OSError as exc:
            self._error(ReadError(source, f"cannot read ({exc.strerror or exc})"))
        except Exception as exc:  # noqa: BLE001 - one odd file must never cost the run
            self._error(ReadError(source, f"cannot read ({type(exc).__name__}: {exc})"))

    def _error(self, error: ReadError) -> None:
        self.errors.append(error)
        if self.on_error:
            self.on_error(error)


def read_paths(paths: Iterable[str | Path], **options: object) -> Iterator[Article]:
    """Convenience: read paths, silently skipping bad input (use `Reader` to see errors)."""
    return Reader(**options).read(paths)  # type: ignore[arg-type]
