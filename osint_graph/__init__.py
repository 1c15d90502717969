"""osint-graph: news articles to a knowledge graph of entities, figures and attributed claims.

The verbs of the `osint-graph` command are functions here (see `osint_graph.api`):

    import osint_graph as og
    og.ingest(["sources/articles"], "demo.lbug")          # extract and write
    og.query("demo.lbug", "MATCH (v:Vessel) RETURN v.name AS vessel").to_dataframe()
    og.corroborate("demo.lbug").to_dataframe()            # graded propositions
    og.graph("demo.lbug")                                 # the whole graph as a networkx MultiDiGraph

Also: extract, queries, stats, schema, export, report, open_store.
"""

import sys
import types
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("osint-graph")
except PackageNotFoundError:  # running from a checkout without an install
    __version__ = "0.1.0"

# The verbs load on first use, not on `import osint_graph`: every module of the package
# (osint_graph.nlp.*, osint_graph.model) and every CLI call imports this file first, and must
# not pull in the store, the readers and networkx with it.
VERBS = ("extract", "ingest", "query", "queries", "stats", "schema", "corroborate", "report", "export", "graph",
         "open_store")  # fmt: skip
__all__ = [*VERBS, "__version__"]


def __getattr__(name: str):
    if name in VERBS:
        from osint_graph import api

        return getattr(api, name)
    raise AttributeError(f"module 'osint_graph' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *VERBS})


class _Package(types.ModuleType):
    """This package, whose verbs `ingest`, `export` and `report` share their names with subpackages.

    The import system sets a subpackage as an attribute of its parent when it is first imported,
    which would hide the verb. The verb wins: `osint_graph.ingest` is the function, while
    `from osint_graph.ingest import Reader` (read from sys.modules) still finds the subpackage.
    A dotted string that walks attributes through one of these names ("osint_graph.ingest.readers.X"
    given to monkeypatch or mock.patch) does not: patch the imported module object instead.
    """

    def __setattr__(self, name: str, value) -> None:
        if name in VERBS and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
