"""What the command line prints: extraction tables and query results as a table, JSON or CSV.

Every cell is literal text (`plain_cells`): article data such as "[the Lady R]" is never read as
Rich markup.
"""

from __future__ import annotations

import csv
import io
import json

import click

from osint_graph import api


def print_extraction_table(extraction) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()
    article = extraction.article
    heading = Text(str(article.title or article.source), style="bold")
    console.print(heading + Text(f"  {article.outlet or ''} {article.published or ''}"))
    table = Table("type", "name", "mentions", "identifiers")
    for e in extraction.entities:
        identifiers = ", ".join(f"{k}={v}" for k, v in e.identifiers.items())
        table.add_row(*plain_cells(e.type, e.name, len(e.mentions), identifiers))
    console.print(table)
    figures = Table("figure", "value", "unit", "qualifier")
    for f in extraction.figures:
        figures.add_row(*plain_cells(f.text, "" if f.value is None else f"{f.value:g}", f.unit, f.qualifier))
    console.print(figures)
    claims = Table("kind", "claim", "attribution", "hedged")
    for c in extraction.claims:
        chain = " > ".join(a.name for a in c.attribution)
        claims.add_row(*plain_cells(c.kind, c.text[:100], chain, "yes" if c.hedged else ""))
    console.print(claims)


def plain_cells(*values):
    """Cells as literal text: data such as "[the Lady R]" or "[/x]" is not Rich markup (issue 15, case 6)."""
    from rich.text import Text

    return [Text("" if v is None else str(v)) for v in values]


def write_result(result, fmt: str) -> None:
    rows = [[api.plain(v) for v in row] for row in result.rows]
    if fmt == "json":
        click.echo(json.dumps([dict(zip(result.columns, r, strict=True)) for r in rows], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(result.columns)
        for r in rows:
            writer.writerow([json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for v in r])
        click.echo(out.getvalue(), nl=False)
    else:
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        table = Table()
        for column in result.columns:
            table.add_column(Text(column))
        for r in rows:
            table.add_row(*plain_cells(*(", ".join(map(str, v)) if isinstance(v, list) else v for v in r)))
        Console(width=200).print(table)
        click.echo(f"{len(rows)} row(s)")
