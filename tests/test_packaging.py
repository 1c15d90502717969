"""The package works installed non-editable: the wheel carries the ontology, sources and queries."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest


@pytest.mark.slow
def test_wheel_carries_data_files(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), "."],
        check=True,
    )
    [wheel] = tmp_path.glob("osint_graph-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "osint_graph/_data/ontology/osint.ttl",
        "osint_graph/_data/sources/registry.csv",
        "osint_graph/_data/sources/gazetteers/vessels.csv",
        "osint_graph/queries/fact-provenance.cypher",
        # The HTML view's script, style and vendored graph libraries with their licences.
        "osint_graph/export/assets/view.js",
        "osint_graph/export/assets/view.css",
        "osint_graph/export/vendor/graph-libs.min.js",
        "osint_graph/export/vendor/LICENSE-sigma.txt",
        "osint_graph/export/vendor/LICENSE-graphology.txt",
        "osint_graph/export/vendor/PACKAGES.md",
    ):
        assert expected in names, expected
    # And the installed package finds them there (no checkout beside it).
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target), str(wheel)],
        check=True,
    )
    probe = (
        "import osint_graph.resources as r, osint_graph.ontology as o;"
        "print(r.ontology_path()); print(len(o.load_schema().nodes));"
        "import sys, networkx as nx; from osint_graph.export.html import render_html; g = nx.MultiDiGraph();"
        "g.add_node('v', label='Vessel', name='A');"
        "print(sys.modules['osint_graph.export.html'].__file__, 'OsintGraphLibs' in render_html(g))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
    ).stdout.split()
    assert out[0].startswith(str(target)) and "_data" in out[0]
    assert int(out[1]) >= 11
    assert out[2].startswith(str(target)) and out[3] == "True"  # the page inlines the vendored libraries
