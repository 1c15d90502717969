"""Install and configure a Neo4j 5 Community server for scripts/neo4j: Java, jars, neo4j.conf.

Standard library only. The server's lifecycle (start, stop, state, import) is
scripts/neo4j_server.py's; this module finds a Java it supports, resolves the jars once with
Maven (scripts/neo4j-pom.xml) and writes the configuration and the initial password.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import shlex
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

SCRIPT_DIR = Path(__file__).resolve().parent
POM = SCRIPT_DIR / "neo4j-pom.xml"
DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1"
USERNAME = "neo4j"
DATABASE = "neo4j"
FALLBACK_JAVA_HOME = Path("/usr/lib/jvm/java-17-openjdk-amd64")
# Neo4j 5.26 supports Java 17 and 21.
SUPPORTED_JAVA = range(17, 22)


def log(msg: str) -> None:
    print(f"neo4j: {msg}", file=sys.stderr, flush=True)


class Failure(Exception):
    pass


# --------------------------------------------------------------------------- paths


def pinned_version() -> str:
    m = re.search(r"<neo4j\.version>([^<]+)</neo4j\.version>", POM.read_text())
    if not m:
        raise Failure(f"no <neo4j.version> in {POM}")
    return m.group(1).strip()


def version() -> str:
    return os.environ.get("NEO4J_VERSION") or pinned_version()


def home() -> Path:
    root = os.environ.get("OSINT_GRAPH_CACHE") or str(Path.home() / ".cache" / "osint-graph")
    return Path(root).expanduser().resolve() / f"neo4j-{version()}"


# --------------------------------------------------------------------------- java


def java_major(java: Path) -> int | None:
    release = java.parent.parent / "release"
    text = ""
    if release.is_file():
        m = re.search(r'^JAVA_VERSION="([^"]+)"', release.read_text(errors="replace"), re.M)
        if m:
            text = m.group(1)
    if not text:
        try:
            out = subprocess.run([str(java), "-version"], capture_output=True, text=True, timeout=60).stderr
        except (OSError, subprocess.TimeoutExpired):
            return None
        m = re.search(r'version "([^"]+)"', out)
        if not m:
            return None
        text = m.group(1)
    parts = text.split(".")
    try:
        major = int(parts[0])
        return int(parts[1]) if major == 1 and len(parts) > 1 else major
    except ValueError:
        return None


def find_java() -> Path:
    """Return the java binary: JAVA_HOME (17..21), the Debian Java 17, or PATH."""
    candidates: list[tuple[str, Path]] = []
    if os.environ.get("JAVA_HOME"):
        candidates.append(("JAVA_HOME", Path(os.environ["JAVA_HOME"]) / "bin" / "java"))
    candidates.append(("default", FALLBACK_JAVA_HOME / "bin" / "java"))
    on_path = shutil.which("java")
    if on_path:
        candidates.append(("PATH", Path(os.path.realpath(on_path))))
    for origin, java in candidates:
        if not (java.is_file() and os.access(java, os.X_OK)):
            continue
        major = java_major(java)
        if major in SUPPORTED_JAVA:
            return java
        log(f"ignoring {origin} java {java} (version {major}; Neo4j 5.26 needs 17 or 21)")
    raise Failure("no Java 17..21 found: set JAVA_HOME or install openjdk-17-jre-headless")


# --------------------------------------------------------------------------- jars


def ensure_lib(h: Path, java: Path) -> Path:
    lib = h / "lib"
    if (lib / ".complete").is_file():
        return lib
    mvn = shutil.which("mvn")
    if not mvn:
        raise Failure("Maven (mvn) not found on PATH; it is needed once to fetch the Neo4j jars")
    partial = h / "lib.partial"
    shutil.rmtree(partial, ignore_errors=True)
    shutil.rmtree(lib, ignore_errors=True)
    mvn_log = h / "mvn.log"
    cmd = [
        mvn,
        "-B",
        "-ntp",
        "-f",
        str(POM),
        f"-Dneo4j.version={version()}",
        f"{DEPENDENCY_PLUGIN}:copy-dependencies",
        "-DincludeScope=runtime",
        f"-DoutputDirectory={partial}",
    ]
    env = dict(os.environ, JAVA_HOME=str(java.parent.parent))
    log(f"resolving Neo4j {version()} jars with Maven into {lib} (first run only; log: {mvn_log})")
    t0 = time.monotonic()
    with open(mvn_log, "w") as out:
        out.write("$ " + shlex.join(cmd) + "\n")
        out.flush()
        rc = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, stdin=subprocess.DEVNULL).returncode
    if rc != 0:
        tail = "\n".join(mvn_log.read_text(errors="replace").splitlines()[-40:])
        raise Failure(f"Maven failed (exit {rc}); last lines of {mvn_log}:\n{tail}")
    jars = list(partial.glob("*.jar"))
    if not any(j.name == f"neo4j-{version()}.jar" for j in jars):
        raise Failure(f"Maven finished but neo4j-{version()}.jar is not in {partial}")
    (partial / ".complete").write_text(f"{len(jars)} jars\n")
    partial.rename(lib)
    log(f"resolved {len(jars)} jars in {time.monotonic() - t0:.0f} s")
    return lib


# --------------------------------------------------------------------------- config


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_conf(h: Path, port: int) -> None:
    pagecache = os.environ.get("NEO4J_PAGECACHE", "256m")
    heap = os.environ.get("NEO4J_HEAP", "512m")
    conf = f"""\
# Written by scripts/neo4j on every fresh start; edits are lost.
server.directories.data={h}/data
server.directories.logs={h}/logs
server.directories.run={h}/run
server.directories.lib={h}/lib
server.directories.plugins={h}/plugins
server.directories.import={h}/import

# Loopback only: Bolt on a free port, no HTTP/HTTPS.
server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:{port}
server.bolt.advertised_address=127.0.0.1:{port}
server.bolt.tls_level=DISABLED
server.http.enabled=false
server.https.enabled=false

dbms.security.auth_enabled=true
initial.dbms.default_database={DATABASE}

# Small box (2 cores): the heap is set with -Xms/-Xmx by scripts/neo4j.
server.memory.heap.initial_size={heap}
server.memory.heap.max_size={heap}
server.memory.pagecache.size={pagecache}

# No outbound network, little disk.
dbms.usage_report.enabled=false
db.tx_log.preallocate=false
db.tx_log.rotation.retention_policy=1 files
db.logs.query.enabled=OFF
"""
    (h / "conf").mkdir(parents=True, exist_ok=True)
    (h / "conf" / "neo4j.conf").write_text(conf)


def write_initial_password(h: Path, password: str) -> None:
    """Write data/dbms/auth.ini exactly as `neo4j-admin dbms set-initial-password` does.

    Format (verified against the admin tool of 5.26): user:SHA-256,hash,salt,1024:
    with hash = SHA-256 of (salt + password), re-hashed 1023 more times. Read by
    the server when it creates the system database on first start.
    """
    salt = secrets.token_bytes(32)
    digest = hashlib.sha256(salt + password.encode()).digest()
    for _ in range(1023):
        digest = hashlib.sha256(digest).digest()
    dbms = h / "data" / "dbms"
    dbms.mkdir(parents=True, exist_ok=True)
    path = dbms / "auth.ini"
    path.write_text(f"{USERNAME}:SHA-256,{digest.hex()},{salt.hex()},1024:\n")
    path.chmod(0o600)
