"""Issue 15, cases 3, 4, 7 and 10: hostile input to the readers never costs the run.

Each test puts one bad input next to a good one and asserts that the bad one is a
counted, reasoned error and the good one is still read.
"""

from __future__ import annotations

import io
import os
import sys
import threading
from datetime import date

import pytest
from click.testing import CliRunner

from osint_graph.cli import main
from osint_graph.ingest import Reader, make_article

GOOD = "The tanker Silver Heron left the port of Karvik on Monday."


def read_with(paths, **options):
    reader = Reader(**options)
    return list(reader.read(paths)), reader.errors


def good_file(tmp_path):
    path = tmp_path / "good.txt"
    path.write_text(GOOD)
    return path


# -- case 3: one JSON line aborts everything ----------------------------------------------


@pytest.mark.parametrize(
    "line, reason",
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"text": "x", "n": ' + "9" * 5000 + "}", "malformed JSON"),
    ],
)
def test_hostile_json_line_is_one_error(tmp_path, line, reason):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "First."}\n' + line + '\n{"text": "Last."}\n')
    articles, errors = read_with([path])
    assert [a.text for a in articles] == ["First.", "Last."]
    [error] = errors
    assert error.line == 2 and reason in error.reason


# -- case 4: unbounded and odd inputs ------------------------------------------------------


def test_device_reporting_size_zero_is_bounded(tmp_path):
    articles, errors = read_with(["/dev/zero", good_file(tmp_path)], max_bytes=10_000)
    assert [a.text for a in articles] == [GOOD]
    [error] = errors
    assert error.source == "/dev/zero" and "over the limit of 10000" in error.reason


def test_stdin_is_bounded(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x\n" * 50_000)))
    articles, errors = read_with(["-"], max_bytes=10_000)
    assert articles == []
    assert "over the limit of 10000" in errors[0].reason


def test_html_on_stdin_loses_its_markup(monkeypatch):
    html = (
        "<!DOCTYPE html><html><head><title>Ships</title></head><body><article>"
        "<p>The container ship Lady R arrived in Rajin on February 4, officials said in a statement.</p>"
        "<p>Analysts who studied satellite imagery said the ship had carried containers for months.</p>"
        "</article></body></html>"
    )
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(html.encode())))
    [article], errors = read_with(["-"])
    assert errors == []
    assert "Lady R arrived in Rajin" in article.text and "<p>" not in article.text


def test_fifo_without_writer_does_not_hang(tmp_path):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    result: dict = {}
    thread = threading.Thread(target=lambda: result.update(out=read_with([fifo, good_file(tmp_path)])), daemon=True)
    thread.start()
    thread.join(timeout=20)
    assert not thread.is_alive(), "reading a FIFO with no writer hung"
    articles, errors = result["out"]
    assert [a.text for a in articles] == [GOOD]
    assert "FIFO" in errors[0].reason


def test_fifo_with_a_writer_is_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "w") as out:
            out.write(GOOD)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    reader_thread_result: dict = {}
    thread = threading.Thread(target=lambda: reader_thread_result.update(out=read_with([fifo])), daemon=True)
    thread.start()
    thread.join(timeout=20)
    assert not thread.is_alive()
    articles, _ = reader_thread_result["out"]
    # The writer may connect after the non-blocking open: then the FIFO reads as empty (one error),
    # never as a hang; when it is there first, the article is read.
    assert [a.text for a in articles] in ([GOOD], [])


def test_directory_counts_dangling_links_loops_and_fifos(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.md").write_text(GOOD)
    (folder / "dangling.md").symlink_to(folder / "missing.md")
    (folder / "loop.md").symlink_to(folder / "loop.md")
    os.mkfifo(folder / "pipe.md")
    articles, errors = read_with([folder])
    assert [a.text for a in articles] == [GOOD]
    reasons = {os.path.basename(e.source): e.reason for e in errors}
    assert set(reasons) == {"dangling.md", "loop.md", "pipe.md"}
    assert "dangling symlink" in reasons["dangling.md"]
    assert reasons["loop.md"] == "symlink loop"
    assert "FIFO" in reasons["pipe.md"]


def test_symlink_loop_given_as_path_says_so(tmp_path):
    loop = tmp_path / "loop.md"
    loop.symlink_to(loop)
    _, [error] = read_with([loop])
    assert error.reason == "symlink loop"


# -- case 7: control characters and NUL ------------------------------------------------------


def test_control_characters_and_nul_are_removed(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 9000 + b"\n\nThe ship\x00 Lady R\x07 docked\x1b[31m at Rajin.\x0cNext.")
    jsonl = tmp_path / "b.jsonl"
    jsonl.write_text('{"text": "NUL \\u0000 here and \\ud800 there", "title": "T\\u0001itle\\nline"}\n')
    articles, errors = read_with([path, jsonl])
    assert errors == []
    first, second = articles
    assert first.text.endswith("The ship Lady R docked[31m at Rajin.\nNext.")
    assert second.text == "NUL  here and \ufffd there" and second.title == "Title line"


# -- case 10: strict dates --------------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["yesterday", "now", "2 weeks ago", "2024-03-05garbage", "1e400", "-5", "March 4, 2024", "2024-02-30"]
)
def test_published_must_be_iso(tmp_path, value):
    path = tmp_path / "a.md"
    path.write_text(f"---\npublished: {value}\n---\n{GOOD}")
    articles, [error] = read_with([path, good_file(tmp_path)])
    assert [a.text for a in articles] == [GOOD]
    assert repr(value) in error.reason and "ISO" in error.reason


@pytest.mark.parametrize("value", [1e400, -5, 20240305, True])
def test_published_in_json_must_be_an_iso_string(tmp_path, value):
    import json

    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": GOOD, "published": value}) + "\n" + json.dumps({"text": "Other."}) + "\n")
    articles, [error] = read_with([path])
    assert [a.text for a in articles] == ["Other."]
    assert error.line == 1 and "ISO" in error.reason


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-03-05", date(2024, 3, 5)),
        ("2024-03-05T23:10:00Z", date(2024, 3, 5)),
        ("2024-03-05 08:00", date(2024, 3, 5)),
    ],
)
def test_iso_dates_and_timestamps_are_accepted(value, expected):
    assert make_article(GOOD, published=value).published == expected


def test_bad_published_option_is_a_usage_error(tmp_path):
    paths = [str(good_file(tmp_path)), str(good_file(tmp_path))]
    result = CliRunner().invoke(main, ["extract", "--published", "yesterday", *paths])
    assert result.exit_code == 2
    assert "'yesterday'" in result.output and "ISO" in result.output
    assert "skipped" not in result.output


def test_no_date_in_the_text_resolves_against_the_wall_clock():
    """Without a published date a relative expression has no value; an absolute one keeps its own."""
    from osint_graph.nlp.dates import dateparser_value

    assert dateparser_value("2 weeks ago", None) is None
    assert dateparser_value("3/4/2024", None) == "2024-03-04"
    assert dateparser_value("2 weeks ago", date(2024, 3, 5)) == "2024-02-20"
