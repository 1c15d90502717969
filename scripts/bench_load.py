#!/usr/bin/env python
"""Load speed of both stores: batched writes against one statement per element, side by side.

    .venv/bin/python scripts/bench_load.py                  # 2,000 synthetic articles (~70k elements)
    .venv/bin/python scripts/bench_load.py --articles 500 --naive-articles 100
    eval "$(scripts/neo4j start)"; .venv/bin/python scripts/bench_load.py; scripts/neo4j stop
    eval "$(scripts/neo4j start)"; .venv/bin/python scripts/bench_load.py --import   # + the neo4j-admin path

A batch of synthetic extractions (tests/fixtures/synthetic.py: no NLP) is written into
each store twice over:

- batched: the store's own `write` (LadybugDB: COPY from Arrow; Neo4j: UNWIND
  CREATE of the rows not stored, chunks prepared by a thread while the server works),
  on the whole batch; on Neo4j also the batched UNWIND MERGE the store used before
  (`MergeStore`), alternating with the store's write, and the ratio of the two;
- naive: one statement per element (LadybugDB: CREATE per node, MATCH..CREATE per
  relationship; Neo4j: one MERGE per element, each in its own auto-commit
  transaction), on a smaller sample (--naive-articles), with its rate
  extrapolated to the whole batch, as the output says.

With --import, the batch is also loaded by Neo4j's offline importer: written to a LadybugDB
file, turned into the CSV files of `osint-graph copy --to-neo4j-import` and loaded by
`scripts/neo4j import` (stop, neo4j-admin, start, schema), each step timed; this needs the
server to be scripts/neo4j's own (OSINT_GRAPH_CACHE), whose database it replaces.

Elements are nodes plus relationships. Each variant starts from an empty store;
Neo4j is warmed up first (a few articles, written and deleted) so that one-off
query planning is not counted in either variant. The Neo4j part runs only when
NEO4J_URI is set and the server answers (its database is emptied!). Targets are
reported, not asserted: batched Neo4j >= 10,000 elements/s, batched/naive >= 20x,
Neo4j first load / batched MERGE >= 3x,
embedded bulk load >= 50,000 elements/s. `--profile` times the statements the
embedded store's `write` sends (COPY against look-ups) to show where its time goes.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # tests/fixtures/synthetic.py

from fixtures.synthetic import synthetic_extractions  # noqa: E402

from osint_graph.store.base import GraphBatch  # noqa: E402
from osint_graph.store.graph_rows import batch_of  # noqa: E402
from osint_graph.store.ladybug_store import LadybugStore  # noqa: E402

TARGET_NEO4J = 10_000
TARGET_EMBEDDED = 50_000
TARGET_RATIO = 20
TARGET_FIRST_LOAD_RATIO = 3


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="synthetic articles in the batch (default 2000)")
    parser.add_argument(
        "--naive-articles",
        type=int,
        default=200,
        help="articles in the sample loaded one statement at a time (default 200)",
    )
    parser.add_argument(
        "--chunk", type=int, default=None, help="Neo4j rows per UNWIND transaction (default: the store's)"
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=2,
        help="batched writes per store, the fastest reported (default 2: the machine is shared)",
    )
    parser.add_argument("--no-neo4j", action="store_true", help="bench the embedded store only")
    parser.add_argument(
        "--import",
        dest="admin_import",
        action="store_true",
        help="also load the batch by neo4j-admin (osint-graph copy --to-neo4j-import + scripts/neo4j import): "
        "the server must be scripts/neo4j's, in OSINT_GRAPH_CACHE (its database is replaced)",
    )
    parser.add_argument("--profile", action="store_true", help="time LadybugStore.write's statements by kind")
    args = parser.parse_args()

    t = time.perf_counter()
    extractions = list(synthetic_extractions(args.articles))
    batch = batch_of(extractions)
    sample = batch_of(extractions[: args.naive_articles])
    prep = time.perf_counter() - t
    print(
        f"batch: {args.articles:,} synthetic articles -> {batch.size():,} elements "
        f"({_sum_nodes(batch):,} nodes, {_sum_rels(batch):,} relationships), built in {prep:.1f} s"
    )
    print(
        f"naive sample: {args.naive_articles:,} articles -> {sample.size():,} elements "
        "(its rate is extrapolated to the batch)"
    )
    print(f"machine: {os.cpu_count()} cores, load average {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print()

    results = []
    with tempfile.TemporaryDirectory(prefix="bench-load-") as tmp:
        batched, naive = bench_ladybug(batch, sample, Path(tmp), args.profile, args.repeat)
        results.append(("LadybugDB (embedded)", batched, naive, TARGET_EMBEDDED))
    neo4j_rows = bench_neo4j_if_available(batch, sample, args)
    if neo4j_rows:
        results.append(("Neo4j (server)", *neo4j_rows[:2], TARGET_NEO4J))
        if args.admin_import:
            bench_admin_import(batch, merged=neo4j_rows[2], created=neo4j_rows[0])

    print()
    print(f"{'store':<22} {'batched el/s':>13} {'naive el/s*':>12} {'batched/naive':>14}  targets")
    for name, batched, naive, target in results:
        ratio = batched / naive if naive else float("inf")
        marks = (f"batched >= {target:,}/s: {'yes' if batched >= target else 'NO'}; "
                 f"ratio >= {TARGET_RATIO}x: {'yes' if ratio >= TARGET_RATIO else 'NO'}")  # fmt: skip
        print(f"{name:<22} {batched:>13,.0f} {naive:>12,.0f} {ratio:>13.1f}x  {marks}")
    print(f"* naive: measured on the {sample.size():,}-element sample, extrapolated to {batch.size():,} elements")
    if not neo4j_rows:
        print("Neo4j: not measured (see above)")
    return 0


# -- LadybugDB ------------------------------------------------------------------------------------
def bench_ladybug(batch: GraphBatch, sample: GraphBatch, tmp: Path, profile: bool, repeat: int) -> tuple[float, float]:
    print("LadybugDB (embedded)")
    with LadybugStore(tmp / "warm.lbug") as warm:  # pyarrow's lazy start-up (~1 s) is not counted
        warm.write(batch_of(synthetic_extractions(5, seed=99)))
    best = None
    for attempt in range(repeat):
        store = LadybugStore(tmp / f"batched-{attempt}.lbug")  # tables created here, not timed
        timings = time_statements(store) if profile and attempt == 0 else None
        client, t = time.process_time(), time.perf_counter()
        store.write(batch)
        elapsed, client = time.perf_counter() - t, time.process_time() - client
        _check(store, batch)
        if timings is not None:
            print_statement_profile(timings, elapsed)
        if best is None or elapsed < best[0]:
            best = (elapsed, client)
        if attempt < repeat - 1:
            store.close()
    batched_s, cpu = best
    t = time.perf_counter()
    store.write(batch)
    again_s = time.perf_counter() - t
    store.close()
    if profile:
        profile_small_writes(tmp)
    batched = batch.size() / batched_s
    best_of = f" (best of {repeat})" if repeat > 1 else ""
    print(f"  batched write (COPY):     {batched_s:8.2f} s  {batched:>10,.0f} elements/s{best_of}")
    print(f"  CPU time of that write (all threads): {cpu:.2f} s (the rest of the wall time is waiting)")
    print(f"  same batch again (no-op): {again_s:8.2f} s  (idempotent: existing keys looked up, nothing copied)")

    store = LadybugStore(tmp / "naive.lbug")
    statements = ladybug_naive_statements(store, sample)
    t = time.perf_counter()
    for cypher, params in statements:
        store._conn.execute(cypher, params)
    naive_s = time.perf_counter() - t
    _check(store, sample)
    store.close()
    naive = sample.size() / naive_s
    print(
        f"  naive, one CREATE each:   {naive_s:8.2f} s  {naive:>10,.0f} elements/s on the sample "
        f"(~{batch.size() / naive:,.0f} s for the whole batch, extrapolated)"
    )
    return batched, naive


def time_statements(store: LadybugStore) -> dict[str, list[float]]:
    """Time every statement the store sends to Ladybug, by kind (COPY, COMMIT or look-up)."""
    timings: dict[str, list[float]] = defaultdict(list)
    execute = store._conn.execute

    def timed(query, parameters=None):
        t = time.perf_counter()
        result = execute(query, parameters) if parameters is not None else execute(query)
        kind = query.split()[0] if query.split()[0] in ("COPY", "COMMIT") else "look-up (MATCH ... RETURN)"
        timings[kind].append(time.perf_counter() - t)
        return result

    store._conn.execute = timed
    return timings


def print_statement_profile(timings: dict[str, list[float]], total: float) -> None:
    print(f"  profile of LadybugStore.write ({total:.2f} s):")
    spent = 0.0
    for kind, times in sorted(timings.items()):
        spent += sum(times)
        print(
            f"    {kind:<28} {len(times):4d} statements {sum(times):7.2f} s  "
            f"({sum(times) / total:4.0%}; {1000 * sum(times) / len(times):.0f} ms each on average)"
        )
    rest = total - spent
    print(f"    {'Python (rows, Arrow tables)':<28} {'':4} {'':10} {rest:7.2f} s  ({rest / total:4.0%})")


def profile_small_writes(tmp: Path, articles: int = 64, writes: int = 4) -> None:
    """Writes as `osint-graph ingest` makes them (api.DEFAULT_BATCH articles each) into a growing store."""
    extractions = list(synthetic_extractions(articles * (writes + 1), seed=11))
    store = LadybugStore(tmp / "small-writes.lbug")
    store.write(batch_of(extractions[:articles]))
    timings = time_statements(store)
    elements, t = 0, time.perf_counter()
    for i in range(articles, len(extractions), articles):
        batch = batch_of(extractions[i : i + articles])
        elements += batch.size()
        store.write(batch)
    total = time.perf_counter() - t
    store.close()
    print(
        f"  {writes} writes of {articles} articles each (as `ingest` batches them), {elements:,} elements: "
        f"{total:.2f} s, {elements / total:,.0f} elements/s"
    )
    print_statement_profile(timings, total)


def ladybug_naive_statements(store: LadybugStore, batch: GraphBatch) -> list[tuple[str, dict]]:
    """CREATE per node, MATCH..CREATE per relationship, parameters typed as the schema says."""
    out = []
    for label, rows in batch.nodes.items():
        names = {p.name for p in store.schema.nodes[label].properties}
        for row in rows.values():
            props = {k: v for k, v in row.items() if k in names and v is not None}
            fields = ", ".join(f"`{k}`: ${k}" for k in props)
            out.append((f"CREATE (n:{label} {{{fields}}})", props))
    for rel_type, rels in batch.rels.items():
        names = {p.name for p in store.schema.rels[rel_type].properties}
        for rel in rels.values():
            props = {k: v for k, v in rel.props.items() if k in names and v is not None}
            fields = " {" + ", ".join(f"`{k}`: $p_{k}" for k in props) + "}" if props else ""
            cypher = (f"MATCH (a:{rel.start_label} {{id: $src}}), (b:{rel.end_label} {{id: $dst}}) "
                      f"CREATE (a)-[:{rel_type}{fields}]->(b)")  # fmt: skip
            out.append((cypher, {"src": rel.start, "dst": rel.end, **{f"p_{k}": v for k, v in props.items()}}))
    return out


# -- Neo4j ----------------------------------------------------------------------------------------
def bench_neo4j_if_available(batch: GraphBatch, sample: GraphBatch, args) -> tuple[float, float] | None:
    print()
    print("Neo4j (server)")
    if args.no_neo4j:
        print("  skipped (--no-neo4j)")
        return None
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        print('  skipped: NEO4J_URI is not set (eval "$(scripts/neo4j start)" starts a server)')
        return None
    from osint_graph.store import neo4j_store

    if args.chunk:
        neo4j_store.WRITE_CHUNK = args.chunk
    try:
        store = neo4j_store.Neo4jStore(uri)
    except Exception as exc:  # the message names the URI, never the password
        print(f"  skipped: {exc}")
        return None
    try:
        return bench_neo4j(store, batch, sample, neo4j_store, args.repeat)
    finally:
        store.close()


def bench_neo4j(store, batch: GraphBatch, sample: GraphBatch, module, repeat: int) -> tuple[float, float]:
    print(f"  {store.uri}, database {store.database or '(default)'}, {module.WRITE_CHUNK:,} rows per transaction")
    warm = batch_of(synthetic_extractions(5, seed=99))
    _wipe(store)
    store.write(warm)
    _run_naive(store, warm, module)
    _wipe(store)

    pid = server_pid(store.uri)
    merge_store = MergeStore(store.uri)
    _wipe(store)
    merge_store.write(warm)  # MERGE statements planned before they are timed, as CREATE's were
    best, best_merge = None, None
    for _ in range(repeat):  # alternating, so that both variants see the same machine load
        _wipe(store)
        t = time.perf_counter()
        merge_store.write(batch)
        merge_s = time.perf_counter() - t
        _check(store, batch)
        best_merge = min(best_merge or merge_s, merge_s)
        _wipe(store)
        server, client, t = cpu_seconds(pid), time.process_time(), time.perf_counter()
        store.write(batch)
        elapsed, client = time.perf_counter() - t, time.process_time() - client
        server = cpu_seconds(pid) - server if server is not None else None
        _check(store, batch)
        if best is None or elapsed < best[0]:
            best = (elapsed, client, server)
    merge_store.close()
    batched_s, client, server = best
    merged = batch.size() / best_merge
    print(f"  batched MERGE (as before the bulk path): {best_merge:8.2f} s  {merged:>10,.0f} elements/s")
    t = time.perf_counter()
    store.write(batch)
    again_s = time.perf_counter() - t
    _check(store, batch)
    batched = batch.size() / batched_s
    best_of = f" (best of {repeat})" if repeat > 1 else ""
    print(f"  store's write (first load):  {batched_s:8.2f} s  {batched:>10,.0f} elements/s{best_of}")
    print(f"  first load / batched MERGE: {best_merge / batched_s:.2f}x (target >= {TARGET_FIRST_LOAD_RATIO}x)")
    cpu = f"  CPU time of that write: client (rows, packing parameters) {client:.2f} s"
    if server is not None:
        # The driver waits for each statement: client and server work one after the other.
        cpu += f", server {server:.2f} s (sum {client + server:.2f} s; the rest of the wall time is waiting)"
    print(cpu)
    print(f"  same batch again (all MERGEs match): {again_s:8.2f} s  {batch.size() / again_s:>10,.0f} elements/s")

    _wipe(store)
    t = time.perf_counter()
    _run_naive(store, sample, module)
    naive_s = time.perf_counter() - t
    _check(store, sample)
    naive = sample.size() / naive_s
    print(
        f"  naive, one MERGE per auto-commit: {naive_s:8.2f} s  {naive:>10,.0f} elements/s on the sample "
        f"(~{batch.size() / naive:,.0f} s for the whole batch, extrapolated)"
    )
    _wipe(store)
    return batched, naive, merged


def bench_admin_import(batch: GraphBatch, merged: float, created: float) -> None:
    """The batch through the CSV files of `osint-graph copy --to-neo4j-import` and `scripts/neo4j import`.

    The source is a LadybugDB file holding the batch (written first, not timed), as a user's store
    would be; writing the CSVs reads it. The import stops the server, runs neo4j-admin, starts it and
    creates the schema (after-import.cypher); scripts/neo4j prints the time of each step.
    """
    import re
    import subprocess

    from osint_graph.store.neo4j_import import write_import
    from osint_graph.store.neo4j_store import Neo4jStore

    print()
    print("Neo4j first load by neo4j-admin (CSV files, offline import, restart)")
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        source = LadybugStore(Path(tmp) / "source.lbug")
        source.write(batch)
        t = time.perf_counter()
        files = write_import(source, Path(tmp) / "csv")
        csv_s = time.perf_counter() - t
        source.close()
        size = sum(f.stat().st_size for f in (Path(tmp) / "csv").rglob("*.csv"))
        script = Path(__file__).resolve().parent / "neo4j"
        env = dict(os.environ, PYTHON=sys.executable)
        t = time.perf_counter()
        done = subprocess.run([str(script), "import", str(files.directory)], env=env, capture_output=True, text=True)
        total_s = time.perf_counter() - t
    if done.returncode != 0:
        sys.exit(f"scripts/neo4j import failed:\n{done.stderr[-2000:]}")
    steps = {k: float(v) for k, v in re.findall(r"(\w+) ([\d.]+) s", done.stderr.split("import timings:")[-1])}
    exports = dict(re.findall(r"export (\w+)=(\S+)", done.stdout))
    with Neo4jStore(exports["NEO4J_URI"], username="neo4j", password=exports["NEO4J_PASSWORD"]) as store:
        _check(store, batch)
    elements = batch.size()
    rows = [
        ("CSV files (reading the .lbug)", csv_s),
        ("neo4j-admin import", steps["import"]),
        ("stop + start of the server", steps["stop"] + steps["start"]),
        ("schema (after-import.cypher)", steps["schema"]),
        ("CSV + import (no restart, no schema)", csv_s + steps["import"]),
        ("all (CSV + scripts/neo4j import)", csv_s + total_s),
    ]
    print(f"  {elements:,} elements ({files.total - elements:,} more of the name index), {size / 1e6:.1f} MB of CSV")
    for what, seconds in rows:
        print(f"  {what:<38} {seconds:8.2f} s  {elements / seconds:>10,.0f} elements/s")
    everything = elements / (csv_s + total_s)
    print(f"  all / batched MERGE: {everything / merged:.2f}x; all / store's write: {everything / created:.2f}x "
          f"(targets: >= {TARGET_FIRST_LOAD_RATIO}x MERGE, >= 30,000 elements/s)")  # fmt: skip
    core = elements / (csv_s + steps["import"])
    print(f"  CSV + import / batched MERGE: {core / merged:.2f}x; / store's write: {core / created:.2f}x")


def merge_store_class():
    """Neo4jStore writing as it did before the bulk path: UNWIND MERGE of every row, no look-ups,
    each chunk prepared then sent, one after the other."""
    from osint_graph.store import neo4j_store as m

    class MergeStore(m.Neo4jStore):
        def write(self, batch: GraphBatch) -> None:
            with self._session() as session:
                entities = []
                for label, rows in batch.nodes.items():
                    typed = self._merge_nodes(session, self.schema.nodes[label], rows.values())
                    if label in self._entity_labels:
                        entities += [{**row, "_label": label} for row in typed]
                key_nodes, key_rels = self._name_key_rows(entities)
                self._merge_nodes(session, self._key_node, key_nodes)
                for rel_type, rels in batch.rels.items():
                    self._merge_rels(session, self.schema.rels[rel_type], rels.values())
                self._merge_rels(session, self._key_rel, key_rels)

        def _merge_nodes(self, session, node, rows):
            props = {p.name: p for p in node.properties}
            keys = sorted(set(props) - {"id"})
            also = f" SET n:{m.ENTITY_LABEL}" if node.label in self._entity_labels else ""
            statement = (f"UNWIND $rows AS r MERGE (n:{node.label} {{id: r[0]}}) "
                         f"ON CREATE SET {m._set_columns('n', keys, 1)}n += $common{also}")  # fmt: skip
            typed = [m._neo4j_props(r, props) for r in rows]
            for chunk in m._chunks(typed):
                common, values = m._pack_rows(chunk, ("id", *keys))
                session.execute_write(m._run, statement, rows=values, common=common)
            return typed

        def _merge_rels(self, session, rel_schema, rels):
            props = {p.name: p for p in rel_schema.properties}
            keys = sorted(props)
            by_pair: dict[tuple[str, str], list[dict]] = {}
            for rel in rels:
                by_pair.setdefault((rel.start_label, rel.end_label), []).append(
                    {"start": rel.start, "end": rel.end, **m._neo4j_props(rel.props, props)}
                )
            for (start_label, end_label), rows in by_pair.items():
                statement = (
                    f"UNWIND $rows AS r MATCH (a:{start_label} {{id: r[0]}}) MATCH (b:{end_label} {{id: r[1]}}) "
                    f"MERGE (a)-[x:{rel_schema.type}]->(b) ON CREATE SET {m._set_columns('x', keys, 2)}x += $common "
                    "RETURN count(*)"
                )
                for chunk in m._chunks(rows):
                    common, values = m._pack_rows(chunk, ("start", "end", *keys), merge_keys=2)
                    session.execute_write(m._run_rels, statement, rel_schema.type, rows=values, common=common)

    return MergeStore


def MergeStore(uri: str):  # noqa: N802 - builds the class above once the driver is imported
    return merge_store_class()(uri)


def _run_naive(store, batch: GraphBatch, module) -> None:
    """One MERGE per element, each its own auto-commit transaction (the driver's session.run)."""
    with store._session() as session:
        for label, rows in batch.nodes.items():
            props = {p.name: p for p in store.schema.nodes[label].properties}
            cypher = f"MERGE (n:{label} {{id: $id}}) ON CREATE SET n += $props"
            for row in rows.values():
                session.run(cypher, id=row["id"], props=module._neo4j_props(row, props)).consume()
        for rel_type, rels in batch.rels.items():
            props = {p.name: p for p in store.schema.rels[rel_type].properties}
            for rel in rels.values():
                cypher = (f"MATCH (a:{rel.start_label} {{id: $start}}) MATCH (b:{rel.end_label} {{id: $end}}) "
                          f"MERGE (a)-[x:{rel_type}]->(b) ON CREATE SET x += $props")  # fmt: skip
                session.run(cypher, start=rel.start, end=rel.end, props=module._neo4j_props(rel.props, props)).consume()


def server_pid(uri: str) -> int | None:
    """The pid of the server scripts/neo4j started, when the URI is on this machine (for its CPU time)."""
    if "127.0.0.1" not in uri and "localhost" not in uri:
        return None
    root = Path(os.environ.get("OSINT_GRAPH_CACHE") or Path.home() / ".cache" / "osint-graph")
    for pid_file in sorted(root.glob("neo4j-*/run/server.pid")):
        try:
            pid = int(pid_file.read_text().strip())
        except (OSError, ValueError):
            continue
        if Path(f"/proc/{pid}/stat").exists():
            return pid
    return None


def cpu_seconds(pid: int | None) -> float | None:
    """User + system CPU time of a process (all its threads), from /proc."""
    if pid is None:
        return None
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _wipe(store) -> None:
    store.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")


def _check(store, batch: GraphBatch) -> None:
    """The store holds exactly the batch (a bench that loses rows measures nothing)."""
    nodes, rels = store.counts()
    total = sum(nodes.values()) + sum(rels.values())
    if total != batch.size():
        sys.exit(f"{store.uri}: {total:,} elements in the store, {batch.size():,} in the batch")


def _sum_nodes(batch: GraphBatch) -> int:
    return sum(len(v) for v in batch.nodes.values())


def _sum_rels(batch: GraphBatch) -> int:
    return sum(len(v) for v in batch.rels.values())


if __name__ == "__main__":
    sys.exit(main())
