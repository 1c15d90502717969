"""Issue 15, Deliver: hypothesis over the whole pipeline, `extract` and `ingest` through the CLI.

Generated articles mix sentences shaped like the corpus (vessels, ports, sources, figures,
dates, attribution), quotes, brackets, Rich-markup-like text, control characters, NUL,
lone surrogates, long tokens and other scripts. Whatever comes: no exception escapes, every
offset reproduces its text, and every output parses (JSON lines, JSON, GraphML and GEXF as
XML). Example counts are modest (the suite runs on 2 cores); deadlines are off because one
spaCy call can take a second on a loaded machine.
"""

from __future__ import annotations

import json
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from osint_graph.cli import main

VESSELS = ["Lady R", "Angara", "Maria", "Maya-1", "Silver Heron", "MV Sparta IV", "the tanker Eagle S"]
PORTS = ["Rajin", "Vostochny", "Dunai", "Novorossiysk", "Porvoo", "Tartus"]
SOURCES = ["Reuters", "NK Pro", "officials in Seoul", "Tokyo", "the Pentagon", "Shin Won-sik", "analysts"]
TEMPLATES = [
    "The {vessel} arrived in {port} on February {day}, {year}, {source} said.",
    "According to {source}, the {vessel} carried {number} containers of {calibre} shells to {port}.",
    '"We saw the {vessel} at {port}," {source} told reporters on Monday.',
    "{source} denied that about {number} missiles were shipped via {port} in March {year}.",
    "Satellite images show the {vessel} [{vessel}] docked at {port} (see [link=http://x]map[/link]).",
    "{source} reported, citing {source}, that more than {number} rounds left {port} last week.",
]
ODD = [
    "\x00",
    "\x07\x1b[31m",
    "\ud800",
    "\u200b\u202e",
    "\ufeff",
    "[/x]",
    "[bold]",
    "<script>alert(1)</script>",
    "&amp; &#0; ]]>",
    "Ω≈ç√ 北朝鮮 Россия عربي",
    "👩‍👩‍👧 🚢",
    "a\u0301e\u0308",
    "x" * 3000,
    "1" * 400,
    "...",
    "''''\"\"\"\"",
    "\t\t",
    "\r\n\r\n",
    "--- \n---",
]


@st.composite
def sentence(draw) -> str:
    return draw(st.sampled_from(TEMPLATES)).format(
        vessel=draw(st.sampled_from(VESSELS)),
        port=draw(st.sampled_from(PORTS)),
        source=draw(st.sampled_from(SOURCES)),
        day=draw(st.integers(1, 31)),
        year=draw(st.integers(1990, 2030)),
        number=draw(st.sampled_from(["1,000", "6,700", "hundreds of", "2 million", "0", "-5", "1e400", "10000000000"])),
        calibre=draw(st.sampled_from(["152 mm", "122mm", "7.62x39"])),
    )


piece = st.one_of(
    sentence(),
    sentence(),
    st.sampled_from(ODD),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80),
)


@st.composite
def article_text(draw) -> str:
    parts = draw(st.lists(piece, min_size=1, max_size=8))
    text = ""
    for part in parts:
        text += part + draw(st.sampled_from([" ", "\n", "\n\n", "", "  \n"]))
    return text


def jsonl(texts: list[str]) -> str:
    return "".join(json.dumps({"text": t, "outlet": "Fuzz News", "published": "2024-03-05"}) + "\n" for t in texts)


def check_offsets(record: dict, text: str) -> None:
    for entity in record["entities"]:
        for m in entity["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
    for kind in ("figures", "dates", "claims"):
        for item in record[kind]:
            assert text[item["start"] : item["end"]] == item["text"]


def texts_as_read(path: Path) -> list[tuple[str, str]]:
    """What the reader makes of each line: (article id, the text offsets point into), in order."""
    from osint_graph.ingest import Reader

    return [(a.id, a.text) for a in Reader().read([path])]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(article_text(), min_size=1, max_size=3))
def test_extract_never_raises_and_every_offset_holds(claims_extractor, texts):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.jsonl"
        path.write_text(jsonl(texts), encoding="utf-8", errors="surrogatepass")
        read = texts_as_read(path)
        result = CliRunner().invoke(main, ["extract", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "rejected" not in result.stderr, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(read)
    for line, (article_id, text) in zip(lines, read, strict=True):
        record = json.loads(line)
        assert record["article"]["id"] == article_id
        check_offsets(record, text)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(article_text(), min_size=1, max_size=4))
def test_ingest_never_raises_and_exports_parse(claims_extractor, texts):
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.jsonl"
        path.write_text(jsonl(texts), encoding="utf-8", errors="surrogatepass")
        read = texts_as_read(path)
        store = str(Path(folder) / "s.lbug")
        result = runner.invoke(main, ["ingest", "--store", store, str(path)], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        assert "rejected" not in result.stderr, result.stderr
        stats = json.loads(runner.invoke(main, ["stats", "--store", store, "--format", "json"]).output)
        assert stats["nodes"]["Article"] == len({article_id for article_id, _ in read})
        rows = runner.invoke(
            main,
            [
                "query",
                "--store",
                store,
                "--format",
                "json",
                "MATCH (c:Claim) RETURN c.article AS a, c.text AS t, c.startOffset AS s, c.endOffset AS e",
            ],  # fmt: skip
            catch_exceptions=False,
        )
        texts = dict(read)
        for row in json.loads(rows.output):
            assert texts[row["a"]][row["s"] : row["e"]] == row["t"]
        for fmt in ("graphml", "gexf"):
            out = Path(folder) / f"g.{fmt}"
            exported = runner.invoke(main, ["export", "--store", store, "--format", fmt, "--out", str(out)])
            assert exported.exit_code == 0, exported.output
            ET.parse(out)
        table = runner.invoke(main, ["query", "--store", store, "MATCH (a:Article) RETURN a.text AS t"])
        assert table.exit_code == 0, table.output
