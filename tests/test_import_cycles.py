"""No import cycle anywhere in osint_graph/: every module can be read without the ones that read it.

The imports are read from the source with `ast`, function-level imports included (a lazy import
hides a cycle from the interpreter, not from a reader); imports under `if TYPE_CHECKING:` are left
out (annotations only, never run), and so is an import of one of the module's own ancestor packages
inside a function (`from osint_graph import __version__` in a function of osint_graph.nlp.extractor:
by the time a function runs, its ancestors are initialised, so it loads nothing). An import names
the module it loads:
`from osint_graph.nlp import rules` is an edge to `osint_graph.nlp.rules` when that is a module,
else to the package `osint_graph.nlp`; the parent packages Python runs first are not edges.
"""

from __future__ import annotations

import ast
from pathlib import Path

import osint_graph

PACKAGE = "osint_graph"
ROOT = Path(osint_graph.__file__).resolve().parent


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(ROOT.rglob("*.py")):
        parts = (PACKAGE, *path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _absolute(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    """The absolute name of the module an `ImportFrom` reads from (relative imports resolved)."""
    if not node.level:
        return node.module or ""
    base = module.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _is_type_checking(node: ast.AST) -> bool:
    """An `if TYPE_CHECKING:` block (or `if typing.TYPE_CHECKING:`)."""
    if not isinstance(node, ast.If):
        return False
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _loaded_by(module: str, is_package: bool, node: ast.AST, modules: dict[str, Path]) -> set[str]:
    """The modules of the package one import statement loads (empty for any other node)."""
    out: set[str] = set()
    if isinstance(node, ast.Import):
        out.update(alias.name for alias in node.names)
    elif isinstance(node, ast.ImportFrom):
        source = _absolute(module, is_package, node)
        for alias in node.names:
            full = f"{source}.{alias.name}"
            out.add(full if full in modules else source)
    return {name for name in out if name in modules and name != module}


def imports_of(module: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The modules of the package that `module` imports, anywhere in its code (see the docstring)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    typing_only = {id(n) for block in ast.walk(tree) if _is_type_checking(block) for n in ast.walk(block)}
    functions = [fn for fn in ast.walk(tree) if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef))]
    in_function = {id(n) for fn in functions for n in ast.walk(fn)}
    ancestors = {module.rsplit(".", k)[0] for k in range(1, module.count(".") + 1)}
    out: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        loaded = _loaded_by(module, path.name == "__init__.py", node, modules)
        out.update(loaded - ancestors if id(node) in in_function else loaded)
    return out


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph as a list of modules (first == last), or None."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            found = visit(start)
            if found:
                return found
    return None


def import_graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def test_the_walker_sees_function_level_and_relative_imports():
    graph = import_graph()
    assert len(graph) > 30, "the walk found too few modules"
    # osint_graph.api imports the extractor inside a function only
    assert "osint_graph.nlp" in graph["osint_graph.api"]
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_annotation_only_imports_are_no_edge(tmp_path):
    module = tmp_path / "m.py"
    module.write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from osint_graph import model\n"
        "def f():\n    from osint_graph import api\n"
    )
    modules = {"osint_graph.model": module, "osint_graph.api": module, "osint_graph": module, "m": module}
    assert imports_of("m", module, modules) == {"osint_graph.api"}


def test_an_ancestor_imported_inside_a_function_is_no_edge(tmp_path):
    module = tmp_path / "extractor.py"
    module.write_text("from osint_graph import model\ndef f():\n    from osint_graph import __version__\n")
    modules = {"osint_graph": module, "osint_graph.model": module, "osint_graph.nlp.extractor": module}
    assert imports_of("osint_graph.nlp.extractor", module, modules) == {"osint_graph.model"}
    module.write_text("from osint_graph import __version__\n")  # at import time it is an edge
    assert imports_of("osint_graph.nlp.extractor", module, modules) == {"osint_graph"}


def test_no_import_cycle_in_the_package():
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])
