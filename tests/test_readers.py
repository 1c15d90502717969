"""Readers: formats, metadata, overrides and every kind of bad input."""

from __future__ import annotations

import io
import json
import sys
from datetime import date

import pytest

from osint_graph.ingest import Reader, make_article
from osint_graph.model import article_id


def write(path, data: bytes | str):
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_front_matter_and_offsets(tmp_path):
    f = write(
        tmp_path / "a.md",
        "---\ntitle: T\noutlet: Reuters\npublished: 2024-03-05\nurl: https://example.org/a\n---\n\n  Body text here.\n",
    )
    [article] = Reader().read([f])
    assert (article.title, article.outlet, article.published, article.url) == (
        "T",
        "Reuters",
        date(2024, 3, 5),
        "https://example.org/a",
    )
    assert article.text == "Body text here."
    assert article.id == article_id("Body text here.")


def test_same_text_same_id_whitespace_folded():
    assert make_article("A  b\nc").id == make_article("A b c").id
    assert make_article("A b c").id != make_article("A b d").id


def test_jsonl_directory_and_overrides(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    write(folder / "sub" / "x.txt", "Plain text article.")
    write(
        folder / "b.jsonl", json.dumps({"text": "One.", "outlet": "AP"}) + "\n\n" + json.dumps({"text": "Two."}) + "\n"
    )
    write(folder / "ignored.bin", b"\x00\x01")
    reader = Reader(overrides={"outlet": "Override", "published": "2024-01-02"})
    articles = list(reader.read([folder]))
    assert sorted(a.text for a in articles) == ["One.", "Plain text article.", "Two."]
    assert {a.outlet for a in articles} == {"Override"}
    assert {a.published for a in articles} == {date(2024, 1, 2)}
    assert reader.errors == []


def test_html_main_text(tmp_path):
    html = """<html><head><title>Ships stop</title><meta property="og:site_name" content="Example News"></head>
    <body><nav>Menu Home About</nav><article><h1>Ships stop</h1>
    <p>The container ship Lady R arrived in Rajin on February 4, according to analysts who studied imagery.</p>
    <p>Officials in Seoul said the shipments had carried artillery shells for months before they stopped.</p>
    </article><footer>Copyright</footer></body></html>"""
    [article] = Reader().read([write(tmp_path / "a.html", html)])
    assert "Lady R arrived in Rajin" in article.text
    assert "Copyright" not in article.text
    # the headline (here an h1 in the article, which trafilatura keeps in the text) is the first line, once
    assert article.text.startswith("Ships stop\nThe container ship Lady R")
    assert article.text.count("Ships stop") == 1 and article.title == "Ships stop"


def test_html_headline_kept_apart_by_trafilatura_becomes_the_first_line(tmp_path):
    html = """<html><head><meta property="og:title" content="Tanker held off Karsk"></head>
    <body><header><h1>Tanker held off Karsk</h1></header><article>
    <p>The coast guard of Varnia held the tanker Tern Vale off Karsk on Monday, a spokesman said.</p>
    <p>The ship had switched off its transponder two days earlier, according to tracking data.</p>
    </article></body></html>"""
    [article] = Reader().read([write(tmp_path / "b.html", html)])
    assert article.text.startswith("Tanker held off Karsk\n\nThe coast guard of Varnia")
    assert article.text.count("Tanker held off Karsk") == 1


def test_html_headline_is_not_repeated_when_the_text_starts_with_it():
    from osint_graph.ingest.readers import with_headline

    assert with_headline("Ships  stop at Rajin\n\nBody.", "Ships stop at Rajin") == "Ships  stop at Rajin\n\nBody."
    assert with_headline("Body.", None) == "Body."
    assert with_headline("Body.", "Tanker held") == "Tanker held\n\nBody."


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"From standard input.")))
    [article] = Reader().read(["-"])
    assert article.text == "From standard input."
    assert article.source == "<stdin>"


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"  \n\n", "empty file"),
        ("binary.txt", b"abc\x00def", "binary"),
        ("latin1.txt", "caf\u00e9".encode("latin-1"), "not UTF-8"),
        ("open.md", b"---\ntitle: x\nno closing line\n", "never closed"),
        ("nobody.md", b"---\ntitle: x\n---\n\n", "no text"),
        ("date.md", b"---\npublished: not a date at all\n---\nText.", "published date"),
    ],
)
def test_bad_input_is_reported_and_skipped(tmp_path, name, data, reason):
    good = write(tmp_path / "good.txt", "Good article.")
    bad = write(tmp_path / name, data)
    reader = Reader()
    articles = list(reader.read([bad, good]))
    assert [a.text for a in articles] == ["Good article."]
    [error] = reader.errors
    assert error.source == str(bad)
    assert reason in error.reason


def test_malformed_json_line_names_the_line(tmp_path):
    f = write(tmp_path / "a.jsonl", '{"text": "ok"}\n{not json\n{"no_text": 1}\n{"text": "also ok"}\n')
    reader = Reader()
    assert [a.text for a in reader.read([f])] == ["ok", "also ok"]
    assert [(e.line, e.source) for e in reader.errors] == [(2, str(f)), (3, str(f))]
    assert "malformed JSON" in reader.errors[0].reason


def test_file_over_size_limit(tmp_path):
    f = write(tmp_path / "big.txt", "x" * 2000)
    reader = Reader(max_bytes=1000)
    assert list(reader.read([f])) == []
    assert "over the limit of 1000" in reader.errors[0].reason


def test_jsonl_feed_limit_bounds_each_record_not_the_file(tmp_path):
    """A feed longer than the limit is read whole; only a record over it is refused, by line."""
    records = [{"text": f"The trawler Kestrel {i} docked at Varnholm on day {i}." + " More." * 20} for i in range(40)]
    records[7]["text"] = "x" * 5000  # one record over the limit
    f = write(tmp_path / "feed.jsonl", "\r\n".join(json.dumps(r) for r in records) + "\r\n")
    assert f.stat().st_size > 4 * 1000
    reader = Reader(max_bytes=1000)
    articles = list(reader.read([f]))
    assert len(articles) == 39 and articles[0].text.startswith("The trawler Kestrel 0 ")
    assert articles[7].source.endswith("feed.jsonl:9")  # numbering goes on past the refused line
    [error] = reader.errors
    assert (error.line, error.reason) == (8, "record is over the limit of 1000 bytes")


def test_jsonl_feed_bad_encoding_costs_its_line_only(tmp_path):
    f = write(tmp_path / "feed.jsonl", b'{"text": "First ship."}\n{"text": "caf\xe9"}\n{"text": "Third ship."}\n')
    reader = Reader()
    assert [a.text for a in reader.read([f])] == ["First ship.", "Third ship."]
    assert reader.errors[0].line == 2 and "not UTF-8" in reader.errors[0].reason


def test_blank_jsonl_feed_is_an_empty_file(tmp_path):
    reader = Reader()
    assert list(reader.read([write(tmp_path / "feed.jsonl", "\n  \n")])) == []
    assert reader.errors[0].reason == "empty file"


def test_missing_file(tmp_path):
    reader = Reader()
    assert list(reader.read([tmp_path / "nope.txt"])) == []
    assert reader.errors[0].reason == "no such file"
