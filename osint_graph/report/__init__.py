"""report: files an analyst reads, rendered from results read out of a store.

`corroborate` renders the cross-check (osint_graph.crosscheck) as Markdown, one offline HTML
page, or JSON that validates against `osint_graph/schemas/corroboration.schema.json`.
"""

from __future__ import annotations

from osint_graph.report.corroborate import FORMATS, corroboration_data, render, schema_path

__all__ = ["FORMATS", "corroboration_data", "render", "schema_path"]
