"""Helper behind scripts/neo4j: run a real Neo4j 5 Community server without Docker.

Standard library only (the optional `neo4j` driver is used for the readiness
check when importable). See `scripts/neo4j --help` for usage.

Layout of the cache folder ${OSINT_GRAPH_CACHE:-~/.cache/osint-graph}/neo4j-<version>/:
  lib/      all jars, resolved once with Maven (scripts/neo4j-pom.xml)
  conf/     neo4j.conf, rewritten on every fresh start
  data/     databases; wiped on every fresh start
  logs/     neo4j.log, debug.log, console.log (JVM stdout/stderr); wiped on fresh start
  run/      state.json (pid, port, password) and server.pid
  mvn.log   output of the last Maven resolution
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from neo4j_install import (  # scripts/ is sys.path[0] when run as a script
    DATABASE,
    USERNAME,
    Failure,
    ensure_lib,
    find_java,
    free_port,
    home,
    log,
    version,
    write_conf,
    write_initial_password,
)

MAIN_CLASS = "org.neo4j.server.CommunityEntryPoint"

USAGE = """\
usage: scripts/neo4j {start|restart|stop|status|env|help}
       scripts/neo4j import DIR

Runs a real Neo4j 5 Community server (official jars from Maven Central,
resolved with Maven) on 127.0.0.1, without Docker.

  start   Resolve the jars on first use (Maven; later starts reuse the cache),
          write neo4j.conf (Bolt on a free loopback port, HTTP/HTTPS off,
          auth on with a fresh random password), start the server in the
          background, wait until Bolt answers a query, then print on stdout:
            export NEO4J_URI=bolt://127.0.0.1:PORT
            export NEO4J_USERNAME=neo4j
            export NEO4J_PASSWORD=...
            export NEO4J_DATABASE=neo4j
          Diagnostics go to stderr, so use:  eval "$(scripts/neo4j start)"
          DATA IS NOT KEPT: a start that finds no running server wipes data/
          and logs/ and begins with an empty database and a new password.
          If the server is already running (and answers), start just prints
          the same export lines again.
  restart Stop the server of this cache folder if it runs and start it again
          KEEPING data/, the port and the password (e.g. after a crash or a
          kill -9); prints the same export lines.
  import DIR
          Replace the database with the CSV files `osint-graph copy --from X
          --to-neo4j-import DIR` wrote: stop the server (a fresh one is started
          first if none ran here since the last stop), run `neo4j-admin database import full
          --overwrite-destination` (org.neo4j.cli.AdminTool from lib/) with the
          arguments in DIR/import.json, start it again KEEPING the port and the
          password, run DIR/after-import.cypher (the store's constraints and
          indexes, awaited; needs the Python driver) and print the export lines.
          The time of each step goes to stderr ("import timings: ...").
  stop    SIGTERM, wait (NEO4J_STOP_TIMEOUT, default 60 s), then SIGKILL;
          removes the state. Exit 0 even if nothing was running.
  status  Print whether the server runs; exit 0 if it answers, 1 if not.
  env     Print the export lines of the running server; exit 1 if none.

Environment:
  OSINT_GRAPH_CACHE    cache root (default ~/.cache/osint-graph); the server
                       lives in $OSINT_GRAPH_CACHE/neo4j-<version>/
  NEO4J_VERSION        Neo4j version (default: the one pinned in
                       scripts/neo4j-pom.xml)
  JAVA_HOME            used if it is Java 17..21; else
                       /usr/lib/jvm/java-17-openjdk-amd64; else java on PATH
  PYTHON               interpreter for this helper and the readiness check
                       (default: <repo>/.venv/bin/python if present, else
                       python3); without the neo4j driver the check falls
                       back to "port open + 'Started.' in neo4j.log"
  NEO4J_HEAP           JVM heap, -Xms = -Xmx (default 512m); also the importer's
  NEO4J_IMPORT_MEMORY  the importer's --max-off-heap-memory (default 1g)
  NEO4J_PAGECACHE      page cache (default 256m)
  NEO4J_START_TIMEOUT  seconds to wait for Bolt (default 180)
"""


# --------------------------------------------------------------------------- paths


def state_file(h: Path) -> Path:
    return h / "run" / "state.json"


def pid_file(h: Path) -> Path:
    return h / "run" / "server.pid"


@contextlib.contextmanager
def locked(h: Path):
    """Serialise start/stop of one cache folder between concurrent callers."""
    h.mkdir(parents=True, exist_ok=True)
    with open(h / ".lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


# --------------------------------------------------------------------------- process


def read_state(h: Path) -> dict | None:
    try:
        return json.loads(state_file(h).read_text())
    except (OSError, ValueError):
        return None


def is_our_server(pid: int, h: Path) -> bool:
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return MAIN_CLASS.encode() in args and f"--home-dir={h}".encode() in args


def find_server_pids(h: Path) -> list[int]:
    """Server processes of this cache folder (also those whose state file was lost)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and is_our_server(int(entry.name), h):
            pids.append(int(entry.name))
    return pids


def port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2):
            return True
    except OSError:
        return False


def driver_module():
    try:
        import neo4j  # noqa: PLC0415
    except ImportError:
        return None
    return neo4j


def bolt_answers(state: dict, neo4j_mod=None) -> tuple[bool, str]:
    """True when a real query runs (driver) or, without a driver, the port is open."""
    neo4j_mod = neo4j_mod or driver_module()
    if neo4j_mod is None:
        return port_open(state["port"]), "tcp"
    try:
        with neo4j_mod.GraphDatabase.driver(
            state["uri"], auth=(state["username"], state["password"]), connection_timeout=5
        ) as driver:
            # A plain auto-commit query: one attempt, no driver-side retries.
            with driver.session(database=state["database"]) as session:
                record = session.run("RETURN 1 AS ok").single()
            return record is not None and record["ok"] == 1, "bolt"
    except neo4j_mod.exceptions.AuthError as exc:
        raise Failure(f"Bolt rejected the credentials: {exc}") from exc
    except Exception as exc:  # noqa: BLE001 - any failure means "not ready yet"
        return False, f"{type(exc).__name__}: {exc}"


def running_state(h: Path, check_bolt: bool = True) -> dict | None:
    state = read_state(h)
    if not state or not is_our_server(state.get("pid", -1), h):
        return None
    if check_bolt:
        ok, _ = bolt_answers(state)
        if not ok:
            return None
    elif not port_open(state["port"]):
        return None
    return state


def exports(state: dict) -> str:
    return "".join(
        f"export {k}={shlex.quote(str(v))}\n"
        for k, v in (
            ("NEO4J_URI", state["uri"]),
            ("NEO4J_USERNAME", state["username"]),
            ("NEO4J_PASSWORD", state["password"]),
            ("NEO4J_DATABASE", state["database"]),
        )
    )


def log_tail(h: Path, lines: int = 40) -> str:
    parts = []
    for name in ("console.log", "neo4j.log", "debug.log"):
        p = h / "logs" / name
        if p.is_file() and p.stat().st_size:
            text = p.read_text(errors="replace").splitlines()[-lines:]
            parts.append(f"--- tail of {p} ---\n" + "\n".join(text))
    return "\n".join(parts) or f"(no logs in {h / 'logs'})"


def terminate(pid: int, h: Path, timeout: float) -> None:
    if not is_our_server(pid, h):
        return
    log(f"stopping pid {pid} (SIGTERM)")
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not is_our_server(pid, h):
            return
        reap(pid)
        time.sleep(0.5)
    log(f"pid {pid} still alive after {timeout:.0f} s: SIGKILL")
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    for _ in range(40):
        reap(pid)
        if not is_our_server(pid, h):
            return
        time.sleep(0.25)


def reap(pid: int) -> None:
    """Collect our own child if it exited (only matters inside `start`)."""
    with contextlib.suppress(ChildProcessError, OSError):
        os.waitpid(pid, os.WNOHANG)


def clear_state(h: Path) -> None:
    for p in (state_file(h), pid_file(h), h / "run" / "neo4j.pid"):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


def stop_all(h: Path) -> bool:
    timeout = float(os.environ.get("NEO4J_STOP_TIMEOUT", "60"))
    pids = set(find_server_pids(h))
    state = read_state(h)
    if state and is_our_server(state.get("pid", -1), h):
        pids.add(state["pid"])
    for pid in sorted(pids):
        terminate(pid, h, timeout)
    clear_state(h)
    return bool(pids)


# --------------------------------------------------------------------------- commands


def cmd_start(keep_data: bool = False) -> int:
    h = home()
    with locked(h):
        sys.stdout.write(exports(start_server(h, keep_data)))
        return 0


def start_server(h: Path, keep_data: bool = False, state: dict | None = None) -> dict:
    """Start (or find running) the server of cache folder `h`; its state. The caller holds the lock.

    `keep_data` starts the earlier server's data, port and password again (`state`, or the state file).
    """
    state = state or read_state(h)
    if keep_data and state is None:
        raise Failure("restart: no earlier server of this cache folder (use start)")
    if state and is_our_server(state.get("pid", -1), h) and not keep_data:
        ok, _ = bolt_answers(state)
        if ok:
            log(f"already running (pid {state['pid']}, {state['uri']})")
            return state
        log("a server of this cache folder runs but does not answer: restarting it")
    stop_all(h)

    t0 = time.monotonic()
    java = find_java()
    lib = ensure_lib(h, java)

    if keep_data:  # after a crash: same data, port and password
        port, password = state["port"], state["password"]
        for sub in ("data", "logs", "run", "plugins", "import"):
            (h / sub).mkdir(parents=True, exist_ok=True)
        write_conf(h, port)
    else:  # fresh start: empty database, new password, new port
        for sub in ("data", "logs", "run"):
            shutil.rmtree(h / sub, ignore_errors=True)
            (h / sub).mkdir(parents=True)
        for sub in ("plugins", "import"):
            (h / sub).mkdir(parents=True, exist_ok=True)
        port = free_port()
        password = secrets.token_hex(16)
        write_conf(h, port)
        write_initial_password(h, password)

    heap = os.environ.get("NEO4J_HEAP", "512m")
    cmd = [
        str(java),
        "-cp",
        f"{h / 'conf'}/*:{lib}/*",
        f"-Xms{heap}",
        f"-Xmx{heap}",
        "-XX:+UseG1GC",
        "-XX:-OmitStackTraceInFastThrow",
        "-XX:+DisableExplicitGC",
        "-XX:+ExitOnOutOfMemoryError",
        "-Dfile.encoding=UTF-8",
        "-Djdk.nio.maxCachedBufferSize=1024",
        "-Dio.netty.tryReflectionSetAccessible=true",
        "-Dlog4j2.disable.jmx=true",
        "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--add-opens=java.base/java.io=ALL-UNNAMED",
        "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        MAIN_CLASS,
        f"--home-dir={h}",
        f"--config-dir={h / 'conf'}",
    ]
    env = dict(os.environ, NEO4J_HOME=str(h), NEO4J_CONF=str(h / "conf"), JAVA_HOME=str(java.parent.parent))
    with open(h / "logs" / "console.log", "ab") as out:
        out.write(("$ " + shlex.join(cmd) + "\n").encode())
        out.flush()
        proc = subprocess.Popen(
            cmd,
            cwd=h,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    state = {
        "pid": proc.pid,
        "port": port,
        "uri": f"bolt://127.0.0.1:{port}",
        "username": USERNAME,
        "password": password,
        "database": DATABASE,
        "version": version(),
        "home": str(h),
        "java": str(java),
        "started_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    pid_file(h).write_text(f"{proc.pid}\n")
    state_file(h).write_text(json.dumps(state, indent=2) + "\n")
    state_file(h).chmod(0o600)
    log(f"started Neo4j {version()} (pid {proc.pid}, {state['uri']}, java {java}); waiting for Bolt")

    timeout = float(os.environ.get("NEO4J_START_TIMEOUT", "180"))
    neo4j_mod = driver_module()
    if neo4j_mod is None:
        log("python neo4j driver not importable: waiting for the port and 'Started.' in neo4j.log")
    deadline = time.monotonic() + timeout
    last = ""
    while True:
        if proc.poll() is not None:
            clear_state(h)
            raise Failure(f"Neo4j exited with code {proc.returncode} during startup\n" + log_tail(h))
        if neo4j_mod is not None:
            try:
                ok, last = bolt_answers(state, neo4j_mod)
            except Failure as exc:
                tail = log_tail(h)
                stop_all(h)
                raise Failure(f"{exc}\n{tail}") from exc
        else:
            neo_log = h / "logs" / "neo4j.log"
            started = neo_log.is_file() and re.search(r"\bINFO\s+Started\.", neo_log.read_text(errors="replace"))
            ok = bool(started) and port_open(port)
        if ok:
            break
        if time.monotonic() > deadline:
            tail = log_tail(h)
            stop_all(h)
            raise Failure(
                f"Neo4j did not answer on {state['uri']} within {timeout:.0f} s (last error: {last or 'n/a'})\n{tail}"
            )
        time.sleep(1)
    log(f"ready in {time.monotonic() - t0:.1f} s")
    return state


def cmd_import(directory: str) -> int:
    """Stop, import DIR's CSV files with neo4j-admin, start with the same port and password, create the schema."""
    folder = Path(directory).expanduser().resolve()
    try:
        spec = json.loads((folder / "import.json").read_text())
    except (OSError, ValueError) as exc:
        raise Failure(
            f"{folder} holds no readable import.json (write one with osint-graph copy --to-neo4j-import)"
        ) from exc
    h = home()
    timings = {}
    with locked(h):
        # The running (or crashed) server's port and password; else a fresh server, for its system database.
        state = running_state(h, check_bolt=False) or read_state(h) or start_server(h)
        t = time.monotonic()
        stop_all(h)
        state_file(h).write_text(json.dumps(state, indent=2) + "\n")  # `restart` works if the import fails
        state_file(h).chmod(0o600)
        timings["stop"] = time.monotonic() - t
        t = time.monotonic()
        run_admin_import(h, folder, spec["args"])
        timings["import"] = time.monotonic() - t
        t = time.monotonic()
        state = start_server(h, keep_data=True, state=state)
        timings["start"] = time.monotonic() - t
        t = time.monotonic()
        run_cypher_file(state, folder / spec.get("after", "after-import.cypher"))
        timings["schema"] = time.monotonic() - t
    log("import timings: " + ", ".join(f"{k} {v:.2f} s" for k, v in timings.items()))
    sys.stdout.write(exports(state))
    return 0


def run_admin_import(h: Path, folder: Path, args: list[str]) -> None:
    """`neo4j-admin database import full` from the jars in lib/, in `folder` (its paths are relative)."""
    java = find_java()
    lib = ensure_lib(h, java)
    heap = os.environ.get("NEO4J_HEAP", "512m")
    cmd = [
        str(java), "-cp", f"{h / 'conf'}/*:{lib}/*", f"-Xmx{heap}", "-XX:+UseG1GC", "-Dfile.encoding=UTF-8",
        "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        "org.neo4j.cli.AdminTool", "database", "import", "full", DATABASE, "--overwrite-destination",
        f"--max-off-heap-memory={os.environ.get('NEO4J_IMPORT_MEMORY', '1g')}",
        f"--report-file={h / 'logs' / 'import.report'}", *args,
    ]  # fmt: skip
    env = dict(os.environ, NEO4J_HOME=str(h), NEO4J_CONF=str(h / "conf"), JAVA_HOME=str(java.parent.parent))
    import_log = h / "logs" / "import.log"
    import_log.parent.mkdir(parents=True, exist_ok=True)
    log(f"importing {folder} into database {DATABASE} (log: {import_log})")
    with open(import_log, "w") as out:
        out.write("$ " + shlex.join(cmd) + "\n")
        out.flush()
        rc = subprocess.run(
            cmd, cwd=folder, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT
        ).returncode
    text = import_log.read_text(errors="replace")
    if rc != 0 or "IMPORT DONE" not in text:
        tail = "\n".join(text.splitlines()[-30:])
        raise Failure(
            f"neo4j-admin import failed (exit {rc}); the database is unusable until the next start or import:\n{tail}"
        )
    done = re.search(r"IMPORT DONE in ([^\n]*)", text)
    log(f"import done in {done.group(1).strip() if done else '?'}")


def run_cypher_file(state: dict, path: Path) -> None:
    """Each statement of `path` (one per line, `;` at the end, `//` comments) in auto-commit."""
    statements = [line.strip().rstrip(";") for line in path.read_text().splitlines()]
    statements = [s for s in statements if s and not s.startswith("//")]
    neo4j_mod = driver_module()
    if neo4j_mod is None:
        log(f"python neo4j driver not importable: run {path} yourself (e.g. cypher-shell -f)")
        return
    with neo4j_mod.GraphDatabase.driver(state["uri"], auth=(state["username"], state["password"])) as driver:
        with driver.session(database=state["database"]) as session:
            for statement in statements:
                session.run(statement).consume()
    log(f"ran {len(statements)} statements of {path.name}")


def cmd_stop() -> int:
    h = home()
    with locked(h):
        if stop_all(h):
            log("stopped")
        else:
            log("not running")
    return 0


def cmd_status() -> int:
    h = home()
    state = read_state(h)
    if state and is_our_server(state.get("pid", -1), h):
        ok, detail = bolt_answers(state)
        if ok:
            print(f"running: Neo4j {state['version']} pid {state['pid']} {state['uri']} (home {h})")
            return 0
        print(f"not answering: pid {state['pid']} is alive but {state['uri']} fails ({detail})")
        return 1
    print(f"not running (home {h})")
    return 1


def cmd_env() -> int:
    h = home()
    state = running_state(h, check_bolt=False)
    if not state:
        log(f'no running server (home {h}); run: eval "$(scripts/neo4j start)"')
        return 1
    sys.stdout.write(exports(state))
    return 0


def main(argv: list[str]) -> int:
    commands = {
        "start": cmd_start,
        "restart": lambda: cmd_start(keep_data=True),
        "stop": cmd_stop,
        "status": cmd_status,
        "env": cmd_env,
    }
    if len(argv) == 2 and argv[0] == "import":
        commands["import"] = lambda: cmd_import(argv[1])
    elif len(argv) != 1 or argv[0] not in commands:
        if argv and argv[0] in ("-h", "--help", "help"):
            sys.stdout.write(USAGE)
            return 0
        sys.stderr.write(USAGE)
        return 2
    try:
        return commands[argv[0]]()
    except Failure as exc:
        log(f"ERROR: {exc}")
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
