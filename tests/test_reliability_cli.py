"""Issue 15, cases 1 and 6, run as written through the CLI with the real pipeline and store."""

from __future__ import annotations

import json

from click.testing import CliRunner

from osint_graph.cli import main


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def query_json(store, cypher: str) -> list[dict]:
    result = invoke("query", "--store", str(store), "--format", "json", cypher)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_attribution_to_a_country_without_a_node_is_written(tmp_path):
    """Case 1: 'according to officials in Seoul' points at South Korea, which the article never mentions."""
    seoul = tmp_path / "seoul.md"
    seoul.write_text("The Angara was seen at Vostochny port in March 2024, according to officials in Seoul.\n")
    tokyo = tmp_path / "tokyo.md"
    tokyo.write_text("The Angara was seen at Vostochny port in March 2024, according to Tokyo.\n")
    store = tmp_path / "x.lbug"
    result = invoke("ingest", "--store", str(store), str(seoul), str(tokyo))
    assert result.exit_code == 0, result.output
    assert "ingested 2 article(s)" in result.output
    rows = query_json(
        store, "MATCH (:Claim)-[:ATTRIBUTED_TO]->(s:Country) RETURN s.id AS id, s.name AS name ORDER BY id"
    )
    assert rows == [{"id": "country:japan", "name": "Japan"}, {"id": "country:south-korea", "name": "South Korea"}]


def test_table_output_is_not_rich_markup(tmp_path):
    """Case 6: data in brackets is printed as it is, never read as markup or links."""
    store = tmp_path / "s.lbug"
    article = tmp_path / "a.md"
    article.write_text("---\ntitle: Ships [/x] and [link=https://evil.example]links[/link]\n---\nThe ship docked.\n")
    assert invoke("ingest", "--store", str(store), str(article)).exit_code == 0
    result = invoke(
        "query",
        "--store",
        str(store),
        "RETURN '[/x]' AS s, 'He said [the Lady R] docked [sic]' AS t, '[link=https://evil.example]x[/link]' AS u",
    )
    assert result.exit_code == 0, result.output
    assert "[/x]" in result.output
    assert "He said [the Lady R] docked [sic]" in result.output
    assert "[link=https://evil.example]x[/link]" in result.output
    assert "\x1b]8;" not in result.output  # no terminal hyperlink escape
    table = invoke("extract", "--format", "table", str(article))
    assert table.exit_code == 0, table.output
    assert "Ships [/x] and [link=https://evil.example]links[/link]" in table.output


def test_control_characters_never_reach_the_xml_exports(tmp_path):
    """Case 7: NUL after the first 8 KiB and escaped control characters in JSON lines."""
    import xml.etree.ElementTree as ET

    import networkx as nx

    text = tmp_path / "a.txt"
    text.write_bytes(
        b"Filler line.\n" * 700 + b"\n\nThe ship Lady R\x00 docked at Rajin\x07 on February 4, 2024.\x1b\n"
    )
    lines = tmp_path / "b.jsonl"
    lines.write_text(
        json.dumps(
            {
                "text": "The Angara\u0000 left Vostochny\u0001 in March 2024.",
                "title": "T\u0002itle",
                "outlet": "A\u0003P",
            }
        )
        + "\n"
    )
    store = tmp_path / "s.lbug"
    assert invoke("ingest", "--store", str(store), str(text), str(lines)).exit_code == 0
    for fmt in ("graphml", "gexf"):
        out = tmp_path / f"g.{fmt}"
        result = invoke("export", "--store", str(store), "--format", fmt, "--out", str(out))
        assert result.exit_code == 0, result.output
        ET.parse(out)  # well-formed XML 1.0
    graph = nx.read_graphml(tmp_path / "g.graphml")
    names = {data.get("name") for _, data in graph.nodes(data=True)}
    assert {"Lady R", "Angara"} <= names


def test_text_over_a_million_characters_is_extracted_with_the_rest(tmp_path):
    """Case 2 as written: over spaCy's max_length (E088) used to abort every article of the run.

    The filler is long tokens, so that the model's time stays small; the length is what matters.
    """
    head = "The cargo ship Lady R arrived in Rajin on February 4, 2024, according to NK Pro.\n\n"
    filler = ("y" * 99 + " ") * 30 + "\n\n"
    big = tmp_path / "big.md"
    big.write_text((head + filler * (1_000_100 // len(filler) + 1))[:1_000_100])
    small = tmp_path / "small.md"
    small.write_text("The Angara left Vostochny in March 2024.\n")
    result = invoke("extract", "--max-bytes", "2000000", str(big), str(small))
    assert result.exit_code == 0, result.output
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    text = big.read_text().strip()
    assert len(text) > 1_000_000
    claim = next(c for c in first["claims"] if "Lady R" in c["text"])
    assert text[claim["start"] : claim["end"]] == claim["text"]
    assert {e["name"] for e in second["entities"]} >= {"Angara", "Vostochny"}
