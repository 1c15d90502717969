#!/usr/bin/env python
"""Ingest at scale, in one run: 1 and 2 local workers and a Dask LocalCluster of 2 workers.

    python scripts/bench_scale.py [--articles 20000] [--batch-size 256] [--runs 1,2,dask] [--commit-seconds S]
    python scripts/bench_scale.py --articles 100000      # the full run
    python scripts/bench_scale.py --runs dask-defaults,dask,dask-defaults,dask   # Dask settings A/B
    python scripts/bench_scale.py --articles 600 --runs 1,2spawn,2,1,2spawn,2   # two rounds: spawned vs forked workers
    python scripts/bench_scale.py --articles 20000 --replay 400 --memory [--tracemalloc]   # the store side, replayed
    python scripts/bench_scale.py --articles 20000 --replay 400 --runs 1 --keep-store S.lbug   # keep the store
    python scripts/bench_scale.py --queries-on S.lbug      # time the saved queries on a kept store

The stream: N articles written from the sample corpus (sources/articles/) with names,
numbers and dates varied, so that entities and facts keep growing as in a real feed (a new
vessel or person name every few articles, figures and dates all over the range), as one
JSON lines file. Each run ingests it into a new LadybugDB file in a subprocess of its own
(so that its memory is its own) and prints:

- articles/s and elements/s (nodes + relationships written) over the whole ingest;
- load elements/s: elements over the time spent inside the store's writes only (the bulk
  loader's `write` and commits on a first load, the time its background commits kept the
  writer waiting included);
- the writer's peak RSS at 10%, 50% and 100% of the stream (ru_maxrss of the ingesting
  process; worker processes are not counted: their memory is the pipeline's, flat);
- the writer's CPU per article, split into transport (sending articles, receiving and
  unpickling extractions), resolving, building rows, store writes, store commits (the
  commit thread and LadybugDB's own threads), reading, garbage collection and other
  (scripts/scale_probe.py says how each is measured); the workers' extraction CPU per
  article; w, the first over the second, and 2 / (1 + w);
- with workers, their wall seconds summed: extracting, before their first chunk (start-up,
  pipeline), between chunks (no chunk to work on), after their last; the writer's wait for a
  chunk; and the writer's RSS at each 10% of the stream (now, not peak) and around the final commit;
- then the p50 (of 3) of every saved query on the last store, in process (not with --no-queries).

`--replay K`: the store side of a real-sized ingest in minutes. The first K articles of the
stream are extracted once, for real, and kept (.cache/replay/, git-ignored; delete it after a
change to extraction); each run is then a one-process `api.ingest` of the whole stream whose
extraction is a replay of those K (scripts/scale_replay.py: article i gets the extraction of i
mod K, its own ids and, after the first K, half its unknown entities renamed per round), so
resolving, building rows, the bulk loader and its commits run as in a real ingest, without the
pipeline (its ~0.4 GB and its time). As a replay runs ~10x faster than extraction, it commits
every `--commit-articles` articles (default 1,650: where the one-process 20,000-article run
committed, every 120 s at 13.7 articles/s) or 400,000 rows, not every 120 s. `--memory` prints
where the writer's memory is at each 10% mark and around each commit (scripts/scale_memory.py),
`--tracemalloc` Python's heap too (slower). `--runs 1,1` alternates nothing by itself: an A/B of
a setting runs the command once per setting (e.g. OSINT_GRAPH_BUFFER_POOL_MB=256), alternating.

First (unless `--cores 0` or `--replay`), the ideal pair of this machine for this stream
(scripts/bench_cores.py): the stream's first 160 articles (`--cores N`) extracted by one bare
process, then by two at once (no writer, no transport, no Dask), `--cores-rounds` times, with a
compute-bound and a memory-bound loop beside them: what two workers can give here at best.

Local runs: "1" (one process), "2" (two workers, started as `ingest` starts them: forked from a
forkserver that preloaded the pipeline on Linux, ingest/worker_start.py), "2spawn" and
"2forkserver" (started so). A name that comes again starts a new round (`--runs 1,2,2spawn,1,2,2spawn`:
two rounds, interleaved); each ratio is taken within its round and the rounds' median printed.

Ratios printed: 2 workers / 1 worker articles/s (local and Dask), from wall seconds and from
CPU seconds (the wall seconds each run's CPU needs on 2 free cores: its total over 2, or its
main thread's if longer; CPU seconds hold better than wall seconds when other work shares
the cores, and the load averages are printed beside each run), each also over the ideal
pair's ratio (the ingest's efficiency: 1.0 loses nothing beyond the machine), RSS 100% / RSS 10%.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))  # scale_replay.py, scale_memory.py

from osint_graph.ingest import Reader  # noqa: E402
from osint_graph.ingest.worker_start import START_ENV, START_METHODS  # noqa: E402

MONTHS = "January February March April May June July August September October November December".split()
SYLLABLES = "ka ri mo ta ven sol dar mi ro lu zen pa tor el vi na gor sha ber qui".split()

PROBE = ROOT / "scripts" / "scale_probe.py"  # the ingesting process: one ingest, timed and accounted


def invented_name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def proper_names(text: str) -> list[str]:
    """Capitalised words inside sentences (not after a full stop): the names an article is about."""
    return sorted({m.group(1) for m in re.finditer(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]{3,})\b", text)})


def synthetic_articles(n: int, seed: int = 13):
    """N varied articles from the sample corpus: about half the names swapped for invented ones
    (from a pool that grows with the stream), every number and year changed, months shuffled."""
    rng = random.Random(seed)
    base = [a for a in Reader().read([ROOT / "sources" / "articles"]) if a.text.strip()]
    names: list[str] = []
    for i in range(n):
        article = base[i % len(base)]
        text = article.text
        for name in proper_names(text):
            if rng.random() < 0.5:
                if not names or rng.random() < 0.2:
                    names.append(invented_name(rng))
                text = re.sub(rf"\b{name}\b", rng.choice(names), text)
        text = re.sub(r"\b(19|20)\d\d\b", lambda _: str(rng.randint(2015, 2026)), text)
        text = re.sub(r"\b\d{1,4}\b", lambda m: str(rng.randint(1, 10 ** len(m.group(0)) - 1)), text)
        text = re.sub("|".join(MONTHS), lambda _: rng.choice(MONTHS), text)
        day = f"{rng.randint(2015, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        yield {"text": f"{text}\n\n(Item {i}.)", "title": f"{article.title or 'Article'} #{i}",
               "outlet": article.outlet, "published": day}  # fmt: skip


def write_feed(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for record in synthetic_articles(n):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def local_run(run: str) -> tuple[int, str | None]:
    """A local run's workers and start method: "2" -> (2, None: the default, a forkserver on Linux),
    "2spawn" -> (2, "spawn"), "2forkserver" -> (2, "forkserver"); ValueError if it is not one."""
    for method in START_METHODS:
        if run.endswith(method) and run[: -len(method)].isdigit():
            workers, chosen = int(run[: -len(method)]), method
            break
    else:
        workers, chosen = int(run) if run.isdigit() else 0, None
    if workers < 1:
        raise ValueError(f"not a local run: {run!r}")
    return workers, chosen


def is_local_run(run: str) -> bool:
    try:
        local_run(run)
    except ValueError:
        return False
    return True


def run_ingest(feed: Path, store: Path, n: int, batch: int, workers: int, scheduler: str = "", commit_s=None,
               extra: tuple[str, ...] = (), env: dict | None = None) -> dict:  # fmt: skip
    args = [sys.executable, str(PROBE), str(feed), str(store), str(n), str(batch), str(workers), scheduler,
            str(commit_s or ""), *extra]  # fmt: skip
    done = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, env=env)
    if done.returncode != 0:
        raise SystemExit(f"ingest failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def saved_query_p50(uri: str) -> dict[str, float]:
    from osint_graph import api
    from osint_graph.store import open_store

    store = open_store(uri, read_only=True)
    try:
        top = store.run(
            "MATCH (m:Mention)-[:REFERS_TO]->(v:Vessel) RETURN v.name, count(m) AS n ORDER BY n DESC LIMIT 1"
        ).rows
        port = store.run(
            "MATCH (m:Mention)-[:REFERS_TO]->(p:Port) RETURN p.name, count(m) AS n ORDER BY n DESC LIMIT 1"
        ).rows
        outlet = store.run("MATCH (o:Outlet) RETURN o.name LIMIT 1").rows
        name = top[0][0] if top else "Lady R"
        values = {"name": name, "vessel": name, "terms": name, "port": port[0][0] if port else "Rajin",
                  "text": "container", "subject": "container", "outlet": outlet[0][0] if outlet else ""}  # fmt: skip
        timings = {}
        for saved in api.queries():
            params = {p.name: values[p.name] for p in saved.params if p.required and p.name in values}
            runs = []
            for _ in range(3):
                start = time.perf_counter()
                api.query(store, saved=saved.name, params=params)
                runs.append(time.perf_counter() - start)
            timings[saved.name] = statistics.median(runs) * 1000
        return timings
    finally:
        store.close()


def worker_process_seconds() -> float:
    """CPU seconds of the process this runs in (sent to each Dask worker by `Client.run`)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def one_run(run: str, feed: Path, store: Path, args) -> dict:
    """One ingest of the feed: "1" in one process, "2" with two local workers, "dask" on a LocalCluster
    of 2 with the settings of osint_graph/ingest/dask_config, "dask-defaults" with Dask's defaults."""
    if not run.startswith("dask"):
        workers, method = local_run(run)
        env = {**os.environ, START_ENV: method} if method else None
        return run_ingest(feed, store, args.articles, args.batch_size, workers, commit_s=args.commit_seconds,
                          extra=probe_options(args), env=env)  # fmt: skip
    import dask.config
    from distributed import Client, LocalCluster

    from osint_graph.ingest.parallel import dask_settings

    settings = dask_settings() if run == "dask" else {}
    with (
        dask.config.set(settings),
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
    ):
        with Client(cluster.scheduler_address) as client:
            before, own = sum(client.run(worker_process_seconds).values()), worker_process_seconds()
            result = run_ingest(
                feed, store, args.articles, args.batch_size, 1, cluster.scheduler_address, args.commit_seconds
            )
            result["cpu"]["dask workers"] = sum(client.run(worker_process_seconds).values()) - before
            # The scheduler and the nannies run in this process (its workers are child processes,
            # not counted by RUSAGE_SELF; the ingest is another child): their CPU also takes the cores.
            result["cpu"]["dask cluster"] = worker_process_seconds() - own
    return result


def probe_options(args) -> tuple[str, ...]:
    """scale_probe.py's options for --replay, --commit-articles, --memory and --tracemalloc."""
    extra = ("--replay", str(args.replay_cache)) if args.replay else ()
    if args.commit_articles:
        extra += ("--commit-articles", str(args.commit_articles))
    extra += ("--memory",) * args.memory + ("--tracemalloc",) * args.tracemalloc
    return extra


def replay_cache(feed: Path, k: int, workdir: Path = ROOT / ".cache" / "replay") -> Path:
    """The kept extractions of the feed's first k articles, extracted now if not kept yet."""
    import hashlib

    import scale_replay

    with feed.open("rb") as lines:
        head = b"".join(itertools.islice(lines, k))
    path = workdir / f"stream-{k}-{hashlib.sha256(head).hexdigest()[:12]}.pkl"
    if not path.exists():
        start = time.perf_counter()
        articles = list(itertools.islice(Reader().read([feed]), k))
        scale_replay.build_cache(articles, path)
        print(f"replay: extracted the first {k} articles in {time.perf_counter() - start:.0f} s, kept in {path}")
    return path


def cpu_split(r: dict) -> dict[str, float]:
    """The writer's CPU seconds by what it did (scripts/scale_probe.py says how each is measured).

    Loading the pipeline and extracting, which the single-process run does in the writer, are
    the workers' share: they are left out here and counted as extraction."""
    cpu, main = r["cpu"], r["cpu"]["main"]
    return {
        "transport": cpu["transport"] + main.get("receiving", 0.0),
        "resolving": main.get("resolving", 0.0),
        "building rows": main.get("building rows", 0.0),
        "store writes": main.get("store writes", 0.0),
        "store commits": cpu["store commit thread"] + cpu["native threads"],
        "reading": main.get("reading", 0.0),
        "garbage collection": main.get("garbage collection", 0.0),
        "other": main.get("other", 0.0),
    }


def writer_ratio(r: dict) -> tuple[float, float]:
    """w, the writer's CPU per article over the workers' extraction CPU per article, and 2 / (1 + w)."""
    w = sum(cpu_split(r).values()) / max(r["worker_extract_s"], 1e-9)
    return w, 2 / (1 + w)


def print_run(run: str, r: dict) -> None:
    rss, n = r["rss_mb"], max(r["articles"], 1)
    print(
        f"{run:>5}: {r['articles'] / r['seconds']:7.1f} articles/s"
        f"  {r['elements'] / r['seconds']:9.0f} elements/s"
        f"  load {r['elements'] / max(r['write_s'], 1e-9):9.0f} elements/s ({r['write_s']:.1f} s of writes)"
        f"  RSS MB at 10% {rss['10']:.0f}, 50% {rss['50']:.0f}, 100% {rss['100']:.0f}"
        f"  ({r['articles']} articles, {r['elements']} elements, {r['commits']} commit(s), {r['seconds']:.0f} s;"
        f" load average {r['load'][0]:.1f} at the start, {r['load'][1]:.1f} at the end)",
        flush=True,
    )
    split = cpu_split(r)
    parts = ", ".join(f"{name} {seconds / n * 1000:.2f}" for name, seconds in split.items())
    w, bound = writer_ratio(r)
    workers = r["cpu"].get("dask workers") or r["cpu"]["local workers"]
    task = r.get("worker_task_thread_s")
    own = f" (the task's own thread {task / n * 1000:.1f})" if task else ""
    whole = f"; their whole processes {workers / n * 1000:.1f} (pipeline load included)" if workers else ""
    if "dask cluster" in r["cpu"]:
        whole += f"; scheduler and nannies {r['cpu']['dask cluster'] / n * 1000:.1f}"
    print(
        f"       writer CPU {sum(split.values()):.1f} s, {sum(split.values()) / n * 1000:.2f} ms/article ({parts});"
        f" workers' extraction {r['worker_extract_s'] / n * 1000:.1f} ms/article{own}{whole};"
        f" w = {w:.3f}, bound 2/(1+w) = {bound:.2f}",
        flush=True,
    )
    if r.get("commit_split"):  # the commit thread's CPU by part; LadybugDB's own threads are apart ("native")
        commit = r["cpu"]["store commit thread"]
        parts = ", ".join(f"{part} {seconds:.1f}" for part, seconds in sorted(r["commit_split"].items()))
        print(
            f"       store commits: the commit thread {commit:.1f} s ({parts}), LadybugDB's own threads"
            f" {r['cpu']['native threads']:.1f} s",
            flush=True,
        )


def idle_account(r: dict) -> dict[str, float] | None:
    """Wall seconds of the workers, summed over them: extracting (inside their tasks), before their
    first task (starting, loading the pipeline), between tasks (no chunk: the writer had not
    handed one on, or the task was in transit), after their last; and the writer's wait for a chunk."""
    chunks, (start, end) = r.get("chunks") or [], r["wall"]
    if not chunks:
        return None
    account = dict.fromkeys(("extracting", "before the first chunk", "between chunks", "after the last"), 0.0)
    for worker in {c[0] for c in chunks}:
        own = sorted((c[1], c[2]) for c in chunks if c[0] == worker)
        account["extracting"] += sum(b - a for a, b in own)
        account["before the first chunk"] += own[0][0] - start
        account["between chunks"] += sum(nxt[0] - prev[1] for prev, nxt in itertools.pairwise(own))
        account["after the last"] += end - own[-1][1]
    account["writer waiting for a chunk"] = r["writer_waiting_s"]
    account["after the last chunk ended (writes, final commit)"] = end - max(c[2] for c in chunks)
    return account


def print_idle(r: dict) -> None:
    account = idle_account(r)
    if account:
        print("       wall s, workers summed: " + ", ".join(f"{k} {v:.1f}" for k, v in account.items()), flush=True)
    if r.get("memory"):
        from scale_memory import report

        print("\n".join(report(r["memory"])), flush=True)
    now = r.get("rss_now")
    if now:
        print("       writer RSS now MB at 10..100%: " + " ".join(f"{float(v):.0f}" for v in now.values())
              + f"; peak at the last article {r['rss_at_last_article']:.0f}, after the final commit"
              f" {r['rss_before_close'][0]:.0f} (now {r['rss_before_close'][1]:.0f})", flush=True)  # fmt: skip


def cpu_seconds_needed(r: dict) -> float:
    """Wall seconds the run's CPU needs on 2 free cores: its total over 2, or its busiest thread if longer."""
    cpu = r["cpu"]
    workers = (cpu.get("dask workers") or cpu["local workers"]) + cpu.get("dask cluster", 0.0)
    return max((cpu["process"] + workers) / 2, sum(cpu["main"].values()))


def rounds_of(results: list[tuple[str, dict]]) -> list[dict[str, dict]]:
    """The runs grouped into rounds: the k-th run of each name is in round k (`--runs 1,2,2spawn,1,2,2spawn`
    gives two rounds of three runs each)."""
    rounds: list[dict[str, dict]] = []
    for run, result in results:
        k = sum(1 for earlier in rounds if run in earlier)
        if k == len(rounds):
            rounds.append({})
        rounds[k][run] = result
    return rounds


def speed_ratios(results: list[tuple[str, dict]], run: str) -> list[tuple[float, float]]:
    """Each round's ratio of `run` over the one-process run of the same round: (articles/s, from CPU seconds)."""
    out = []
    for round_ in rounds_of(results):
        one, other = round_.get("1"), round_.get(run)
        if one and other:
            ratio = (other["articles"] / other["seconds"]) / (one["articles"] / one["seconds"])
            out.append((ratio, cpu_seconds_needed(one) / cpu_seconds_needed(other)))
    return out


def print_ratios(results: list[tuple[str, dict]], ideal=None) -> None:
    """The ingest ratios, each round's and their median; with `ideal` (bench_cores.Figures of the ideal
    pair), each also over the ideal pair's."""
    if ideal is not None:
        print(f"ideal pair (bench_cores.py: two bare processes extracting at once): {ideal.ratio_wall():.2f} wall,"
              f" {ideal.ratio_cpu():.2f} from CPU seconds")  # fmt: skip
    names = list(dict.fromkeys(run for run, _ in results if run != "1"))
    for run in names:
        ratios = speed_ratios(results, run)
        if not ratios:
            continue
        ratio, by_cpu = (statistics.median(r[i] for r in ratios) for i in (0, 1))
        against = ""
        if ideal is not None:
            from bench_cores import efficiency

            against = (f"; over the ideal pair {efficiency(ratio, ideal.ratio_wall()):.2f} wall,"
                       f" {efficiency(by_cpu, ideal.ratio_cpu()):.2f} CPU")  # fmt: skip
        each = f" (rounds: {', '.join(f'{w:.2f}/{c:.2f}' for w, c in ratios)})" if len(ratios) > 1 else ""
        print(f"ratio {run} / 1 worker articles/s: {ratio:.2f} wall, {by_cpu:.2f} from CPU seconds"
              f" on 2 free cores (target >= 1.8){against}{each}")  # fmt: skip
    for run, r in results:
        print(f"ratio RSS 100% / 10% ({run}): {r['rss_mb']['100'] / r['rss_mb']['10']:.2f} (target <= 1.10)")


def ideal_pair(feed: Path, n: int, rounds: int):
    """The machine's bound for this stream's extraction, before the ingests (scripts/bench_cores.py):
    its first n articles extracted by one bare process, then by two at once, `rounds` times; the
    compute and memory loops beside them."""
    import bench_cores

    articles = bench_cores.stream_articles(n, feed)
    load = bench_cores.load_average()
    print(f"ideal pair: the stream's first {len(articles)} articles, {rounds} round(s); load {load}", flush=True)
    figures = bench_cores.measure(articles, ["base"], rounds)
    print("\n".join(bench_cores.report(figures, len(articles))), flush=True)
    return figures["base"]


def print_queries(store: Path) -> None:
    print(f"saved queries on {store.name}, p50 of 3 (target <= 100 ms):")
    for name, ms in saved_query_p50(str(store)).items():
        print(f"  {name:<22} {ms:8.1f} ms")


def keep_store(store: Path, dest: Path) -> Path:
    """Move `store` and its side files (write-ahead log) to `dest`, which must not exist."""
    if dest.exists():
        raise SystemExit(f"--keep-store: {dest} exists; give a new path")
    dest.parent.mkdir(parents=True, exist_ok=True)
    for part in sorted(store.parent.glob(store.name + "*")):
        shutil.move(str(part), str(dest) + part.name[len(store.name) :])
    print(f"store kept at {dest}")
    return dest


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument(
        "--runs", default="1,2,dask",
        help="which runs, in this order: 1, 2 (local workers; 2spawn, 2forkserver: started so), dask (LocalCluster"
        " with osint-graph's Dask settings), dask-defaults (with Dask's defaults); a name again starts a new round",
    )  # fmt: skip
    parser.add_argument("--workdir", default=None, help="where the feed and stores go (default: a temporary folder)")
    parser.add_argument("--no-queries", action="store_true", help="skip the saved queries' timings")
    parser.add_argument(
        "--commit-seconds", type=float, default=None,
        help="the bulk loader's time bound on a commit (default: ingest's, 120 s); a long one makes the number of"
        " commits, whose checkpoints cost seconds of CPU each, the same however loaded the machine is",
    )  # fmt: skip
    parser.add_argument(
        "--replay",
        type=int,
        metavar="K",
        help="replay the extractions of the stream's first K articles (one-process runs only)",
    )
    parser.add_argument(
        "--commit-articles",
        type=int,
        default=None,
        help="the bulk loader also commits every N articles (default with --replay: 1650)",
    )
    parser.add_argument(
        "--keep-store", metavar="PATH", help="keep the last run's store at PATH (to time queries on it again, e.g."
        " with --queries-on PATH)",
    )  # fmt: skip
    parser.add_argument(
        "--queries-on", metavar="PATH", help="only time the saved queries on the store at PATH (p50 of 3) and stop"
    )
    parser.add_argument(
        "--cores", type=int, default=160, metavar="N",
        help="the ideal pair on the stream's first N articles first (scripts/bench_cores.py; 0: not run)",
    )  # fmt: skip
    parser.add_argument("--cores-rounds", type=int, default=2, help="rounds of the ideal pair (default 2)")
    parser.add_argument("--memory", action="store_true", help="where the writer's memory goes (scale_memory.py)")
    parser.add_argument("--tracemalloc", action="store_true", help="with --memory: Python's heap too (slower)")
    args = parser.parse_args(argv)
    if args.queries_on:
        print_queries(Path(args.queries_on))
        return
    runs = args.runs.split(",")
    if args.replay:
        if any(run != "1" for run in runs):
            parser.error("--replay: one-process runs only (--runs 1 or 1,1,...)")
        args.commit_articles = args.commit_articles or 1650
        args.commit_seconds = args.commit_seconds or 3600
    unknown = [run for run in runs if run not in ("dask", "dask-defaults") and not is_local_run(run)]
    if unknown:  # before the feed is written: 'dask-default' would run Dask's defaults under its own name
        parser.error(f"--runs: unknown run(s) {', '.join(map(repr, unknown))}: give 1, 2, 2spawn, 2forkserver, dask"
                     " or dask-defaults")  # fmt: skip
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        work = Path(tmp)
        feed = work / "feed.jsonl"
        start = time.perf_counter()
        write_feed(feed, args.articles)
        print(f"stream: {args.articles} articles ({feed.stat().st_size / 1e6:.1f} MB), "
              f"written in {time.perf_counter() - start:.1f} s")  # fmt: skip
        if args.replay:
            args.replay_cache = replay_cache(feed, args.replay)
        ideal = ideal_pair(feed, args.cores, args.cores_rounds) if args.cores and not args.replay else None
        results = []
        for i, run in enumerate(runs):  # a run named again starts its next round (rounds_of)
            results.append((run, one_run(run, feed, work / f"{i}-{run}.lbug", args)))
            print_run(run, results[-1][1])
            print_idle(results[-1][1])
        print_ratios(results, ideal)
        last = work / f"{len(runs) - 1}-{runs[-1]}.lbug"
        if args.keep_store:
            last = keep_store(last, Path(args.keep_store))
        if args.no_queries:
            return
        print_queries(last)


if __name__ == "__main__":
    main()
