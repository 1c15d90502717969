"""Neo4j bulk writes: CREATE what is known to be new, instead of MERGE row by row.

MERGE looks for an existing element for every row and takes a lock for it; for a
relationship it expands the start node's relationships, which grows with the node (an
Article has hundreds of DERIVED_FROM). The ingest has one writer, so the store can instead
ask once per chunk which ids (or start/end pairs) it already holds, through the uniqueness
constraint's index, leave those rows out (MERGE would have left them unchanged too) and
CREATE the rest. A first load into an empty label or relationship type asks nothing: the
count store says it is empty. The uniqueness constraints still refuse a duplicate node, so
a second writer racing this one fails loudly rather than doubling a node.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from typing import Any

# Ids per look-up statement.
LOOKUP_CHUNK = 10_000
# Chunks prepared ahead of the one being written (each up to WRITE_CHUNK rows).
PREPARED_AHEAD = 2
_DONE = object()


def _single(session, cypher: str, **params: Any) -> int:
    return session.run(cypher, **params).single()[0]


def label_is_empty(session, label: str) -> bool:
    """From the count store: constant time however big the graph."""
    return _single(session, f"MATCH (n:{label}) RETURN count(n)") == 0


def rel_type_is_empty(session, rel_type: str, start_label: str) -> bool:
    return _single(session, f"MATCH (:{start_label})-[r:{rel_type}]->() RETURN count(r)") == 0


def new_node_rows(session, label: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows whose id the label does not hold yet."""
    if not rows or label_is_empty(session, label):
        return rows
    ids = [r["id"] for r in rows]
    stored: set[str] = set()
    for i in range(0, len(ids), LOOKUP_CHUNK):
        result = session.run(f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) RETURN n.id", ids=ids[i : i + LOOKUP_CHUNK])
        stored.update(record[0] for record in result)
    return [r for r in rows if r["id"] not in stored]


def new_rel_rows(
    session, rel_type: str, start_label: str, end_label: str, rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The rows whose (start, end) pair has no `rel_type` relationship yet."""
    if not rows or rel_type_is_empty(session, rel_type, start_label):
        return rows
    pairs = [[r["start"], r["end"]] for r in rows]
    stored: set[tuple[str, str]] = set()
    for i in range(0, len(pairs), LOOKUP_CHUNK):
        result = session.run(
            f"UNWIND $pairs AS p MATCH (a:{start_label} {{id: p[0]}})-[:{rel_type}]->(b:{end_label} {{id: p[1]}}) "
            "RETURN a.id, b.id",
            pairs=pairs[i : i + LOOKUP_CHUNK],
        )
        stored.update((record[0], record[1]) for record in result)
    return [r for r in rows if (r["start"], r["end"]) not in stored]


def pipelined(plan: Iterable[Iterable[Any]]) -> Iterator[Any]:
    """The items of each generator in `plan`, in order, produced by a thread ahead of the caller.

    The generators turn rows into the driver's parameters (pure Python); the caller sends them
    and waits for the server, which releases the GIL, so preparing the next chunk overlaps the
    server's work on this one. At most PREPARED_AHEAD chunks wait; an error raised while
    preparing is raised here, in order; leaving early (the caller's error) stops the thread.
    """
    ready: queue.Queue = queue.Queue(maxsize=PREPARED_AHEAD)
    stop = threading.Event()

    def offer(entry: tuple[Any, BaseException | None]) -> bool:
        """Put `entry` unless the caller has left; False then."""
        while not stop.is_set():
            try:
                ready.put(entry, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for writes in plan:
                for item in writes:
                    if not offer((item, None)):
                        return
            offer((_DONE, None))
        except BaseException as exc:  # handed to the caller, raised there
            offer((_DONE, exc))

    thread = threading.Thread(target=produce, name="neo4j-write-prep", daemon=True)
    thread.start()
    try:
        while True:
            item, error = ready.get()
            if error is not None:
                raise error
            if item is _DONE:
                return
            yield item
    finally:
        stop.set()
        thread.join()
