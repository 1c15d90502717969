"""The real-article evaluation set: manifests, the text cache, gold files and their checks.

The protocol is tests/real/README.md.  The texts are third-party pages and never enter
the repository: a manifest row says where to find each one again and the sha256 of the
saved text, and the texts live in a git-ignored cache (`$OSINT_GRAPH_REAL_CACHE`, else
`<repo>/.cache/real`).  A text whose hash differs from its row is "changed" and is not
scored, because the gold offsets would point at the wrong characters.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from evalkit.normalise import norm_name
from evalkit.scoring import ENTITY_TYPES, ROOT

REAL_DIR = ROOT / "tests" / "real"
COLUMNS = ("id", "split", "story", "outlet", "url", "published", "query", "sha256", "chars")
SPLITS = ("dev", "test")
STATUSES = ("present", "missing", "changed")
ID_RE = re.compile(r"[a-z0-9_]+")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
SHA_RE = re.compile(r"[0-9a-f]{64}")
FILL_COMMAND = "python scripts/real_articles.py add ID FILE (steps in tests/real/README.md)"

# tests/real/README.md, "Figure units": counted things are any singular lemma (lower case),
# so only the spellings of money and measures are closed lists.
MEASURE_UNITS = {
    "tonne",
    "deadweight tonne",
    "kilometre",
    "metre",
    "nautical mile",
    "mile",
    "knot",
    "barrel",
    "barrel per day",
    "TEU",
    "gallon",
    "litre",
    "percent",
    "megawatt",
}
WRONG_SPELLINGS = {  # "pound" is not here: it is also a weight
    "ton", "tons", "tonnes", "metric ton", "dwt", "kilometer", "km", "meter", "m", "nm", "nmi",
    "bpd", "teu", "%", "per cent", "dollar", "dollars", "euro", "euros", "crew",
}  # fmt: skip
SAME_IN_PLURAL = {"species", "series"}  # lemmas that end in "s" (a count of "25 species")
CURRENCY_RE = re.compile(r"[A-Z]{3}")
SHIP_PREFIX_RE = re.compile(r"^(?:m/?[vt]|mv|mt|ss|hms|uss|ins|fv|sv)\.?\s+", re.IGNORECASE)


@cache
def _package_ship_prefix_re() -> re.Pattern:
    """The extractor's own ship prefixes ("ICGS", "HMAS", ...), as written, so that the split check
    strips every prefix the package knows, not only the common merchant and naval ones above."""
    from osint_graph.nlp.spans import ship_prefixes  # the package's reader of context/ship_prefixes.txt

    alternatives = "|".join(re.escape(w) for w in sorted(ship_prefixes(), key=len, reverse=True))
    return re.compile(rf"^(?:{alternatives})\.?\s+")


@dataclass(frozen=True)
class Row:
    """One manifest row; `batch` is the manifest file's stem."""

    id: str
    split: str
    story: str
    outlet: str
    url: str
    published: str
    query: str
    sha256: str
    chars: str
    batch: str


def cache_dir() -> Path:
    env = os.environ.get("OSINT_GRAPH_REAL_CACHE")
    return Path(env) if env else ROOT / ".cache" / "real"


def read_manifests(real_dir: Path = REAL_DIR) -> list[Row]:
    """Every row of every `manifests/*.csv`, in file then row order.

    A file whose header is not exactly COLUMNS raises ValueError: a silently
    misread column would score the wrong text.
    """
    rows = []
    for path in sorted((real_dir / "manifests").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            if tuple(reader.fieldnames or ()) != COLUMNS:
                raise ValueError(f"{path}: header must be {','.join(COLUMNS)}, got {reader.fieldnames}")
            rows += [Row(**{k: (r.get(k) or "").strip() for k in COLUMNS}, batch=path.stem) for r in reader]
    return rows


def read_gold_files(real_dir: Path = REAL_DIR) -> dict[str, dict]:
    """id -> gold annotation of every `gold/*.json`."""
    return read_gold_folder(real_dir / "gold")


def read_gold_folder(folder: Path) -> dict[str, dict]:
    """id -> gold annotation of every `<id>.json` of `folder`; ValueError naming a file that is not JSON."""
    out = {}
    for path in sorted(folder.glob("*.json")):
        try:
            out[path.stem] = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as err:
            raise ValueError(f"{path}: not JSON: {err}") from err
    return out


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def text_status(row: Row, cache: Path) -> str:
    """ "present" (hash as in the manifest), "missing" or "changed"."""
    path = cache / f"{row.id}.txt"
    if not path.exists():
        return "missing"
    return "present" if sha256_of(path.read_bytes()) == row.sha256 else "changed"


def read_cached(path: Path) -> str:
    """A cached text as the tool reads a .txt file: what the gold offsets index."""
    from osint_graph.ingest.readers import decode, split_front_matter
    from osint_graph.model import normalise_text

    return normalise_text(split_front_matter(decode(path.read_bytes()))[1])


def select(rows: list[Row], split: str) -> list[Row]:
    return list(rows) if split == "all" else [r for r in rows if r.split == split]


def split_counts(rows: list[Row]) -> dict[str, int]:
    return {
        "articles": len(rows),
        "stories": len({r.story for r in rows}),
        "outlets": len({r.outlet for r in rows}),
    }


@dataclass
class RealSet:
    """The rows of one split sorted by what can be scored."""

    rows: list[Row]
    present: list[Row] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    no_gold: list[str] = field(default_factory=list)


def load_split(
    split: str, real_dir: Path = REAL_DIR, cache: Path | None = None, id_prefix: str | None = None
) -> RealSet:
    """The split's rows (only those whose id starts with `id_prefix` when given), sorted by status."""
    cache = cache or cache_dir()
    rows = [row for row in select(read_manifests(real_dir), split) if row.id.startswith(id_prefix or "")]
    out = RealSet(rows)
    for row in rows:
        status = text_status(row, cache)
        if not (real_dir / "gold" / f"{row.id}.json").exists():
            out.no_gold.append(row.id)
        elif status == "present":
            out.present.append(row)
        else:
            getattr(out, status).append(row.id)
    return out


# -- checks (tests/test_real_gold.py and `real_articles.py check`) ----------------


def unit_problem(unit: str | None) -> str | None:
    """Why a gold figure's unit breaks the README's spellings, or None."""
    if unit is None or unit in MEASURE_UNITS or CURRENCY_RE.fullmatch(unit):
        return None
    if unit in WRONG_SPELLINGS or unit.casefold() in {u.casefold() for u in MEASURE_UNITS}:
        return f"unit {unit!r} is not spelt as tests/real/README.md says"
    if unit != unit.lower() or not re.fullmatch(r"[a-z][a-z -]*", unit):
        return f"unit {unit!r} is not a lower-case lemma"
    if unit.endswith("s") and not unit.endswith(("ss", "us", "is")) and unit not in SAME_IN_PLURAL:
        return f"unit {unit!r} looks plural"
    return None


def manifest_problems(rows: list[Row]) -> list[str]:
    """Malformed values, duplicate ids, and stories or splits that break the protocol."""
    problems, seen, story_split = [], {}, {}
    for r in rows:
        where = f"{r.batch}.csv {r.id or '<no id>'}"
        if not ID_RE.fullmatch(r.id):
            problems.append(f"{where}: id must match [a-z0-9_]+")
        if r.id in seen:
            problems.append(f"{where}: id also in {seen[r.id]}.csv")
        seen[r.id] = r.batch
        if r.split not in SPLITS:
            problems.append(f"{where}: split {r.split!r} is not dev or test")
        if r.published and not DATE_RE.fullmatch(r.published):
            problems.append(f"{where}: published {r.published!r} is not YYYY-MM-DD")
        if not SHA_RE.fullmatch(r.sha256):
            problems.append(f"{where}: sha256 is not 64 lower-case hex digits")
        if not r.chars.isdigit() or int(r.chars) == 0:
            problems.append(f"{where}: chars {r.chars!r} is not a positive integer")
        for column in ("story", "outlet", "url", "query"):
            if not getattr(r, column):
                problems.append(f"{where}: empty {column}")
        if not r.url.startswith(("http://", "https://")):
            problems.append(f"{where}: url is not http(s)")
        story_split.setdefault(r.story, set()).add(r.split)
    problems += [f"story {s!r} is in both splits" for s, splits in sorted(story_split.items()) if len(splits) > 1]
    return problems


def gold_problems(gold_id: str, gold: dict) -> list[str]:
    """A gold file's layout: types, names used by claims, no claim text, unit spellings."""
    problems = []
    entities = gold.get("entities") or []
    names = [e.get("name") for e in entities]
    if gold.get("id") not in (None, gold_id):
        problems.append(f"{gold_id}: id field {gold.get('id')!r} differs from the file name")
    if "dates" in gold:
        problems.append(f"{gold_id}: real gold has no dates section")
    if len(names) != len(set(names)):
        problems.append(f"{gold_id}: duplicate entity names")
    for e in entities:
        if e.get("type") not in ENTITY_TYPES:
            problems.append(f"{gold_id}: entity {e.get('name')!r} has type {e.get('type')!r}")
        if not e.get("mentions"):
            problems.append(f"{gold_id}: entity {e.get('name')!r} has no mentions")
    for f in gold.get("figures") or []:
        if (why := unit_problem(f.get("unit"))) is not None:
            problems.append(f"{gold_id}: figure {f.get('text')!r}: {why}")
        if f.get("upper") is not None and f.get("qualifier") != "range":
            problems.append(f"{gold_id}: figure {f.get('text')!r} has an upper bound but qualifier is not 'range'")
    for c in gold.get("claims") or []:
        where = f"{gold_id}: claim [{c.get('start')}:{c.get('end')}]"
        if "text" in c:
            problems.append(f"{where} has a text (real gold keeps offsets only)")
        if not (isinstance(c.get("start"), int) and isinstance(c.get("end"), int) and c["start"] < c["end"]):
            problems.append(f"{where}: start/end are not increasing integers")
        for name in list(c.get("entities") or []) + list(c.get("attribution") or []):
            if name not in names:
                problems.append(f"{where}: {name!r} is not an entity of the file")
    return problems


def pairing_problems(rows: list[Row], golds: dict[str, dict]) -> list[str]:
    """Every gold file has a manifest row and every row a gold file; no vessel in both splits."""
    ids = {r.id for r in rows}
    problems = [f"gold/{g}.json has no manifest row" for g in sorted(set(golds) - ids)]
    problems += [f"{r.batch}.csv {r.id}: no gold/{r.id}.json" for r in rows if r.id not in golds]
    vessel_splits: dict[str, set[str]] = {}
    for r in rows:
        for e in (golds.get(r.id) or {}).get("entities") or []:
            if e.get("type") == "Vessel":
                for key in vessel_keys(e):
                    vessel_splits.setdefault(key, set()).add(r.split)
    problems += [f"vessel {k!r} is in both splits" for k, s in sorted(vessel_splits.items()) if len(s) > 1]
    return problems


def excluded_vessel_problems(golds: dict[str, dict], real_dir: Path = REAL_DIR) -> list[str]:
    """Gold files naming a vessel of a story left out of the set (`excluded_vessels.txt`)."""
    lines = (real_dir / "excluded_vessels.txt").read_text(encoding="utf-8").splitlines()
    excluded = {vessel_keys({"name": n.strip()}).pop() for n in lines if n.strip() and not n.startswith("#")}
    return [
        f"gold/{gold_id}.json names {e.get('name')!r}, a vessel of an excluded story"
        for gold_id, gold in sorted(golds.items())
        for e in gold.get("entities") or []
        if e.get("type") == "Vessel" and vessel_keys(e) & excluded
    ]


def excluded_story_problems(rows: list[Row], real_dir: Path = REAL_DIR) -> list[str]:
    """Manifest rows whose story slug holds a phrase of `excluded_story_words.txt` as whole words."""
    lines = (real_dir / "excluded_story_words.txt").read_text(encoding="utf-8").splitlines()
    phrases = [n.strip().lower() for n in lines if n.strip() and not n.startswith("#")]
    return [
        f"{r.batch}.csv {r.id}: story {r.story!r} is a story left out of the set ({p!r})"
        for r in rows
        for p in phrases
        if f"-{p}-" in f"-{r.story.lower()}-"
    ]


def vessel_keys(entity: dict) -> set[str]:
    """Name keys of a vessel's name and mentions, without a ship prefix ("MV Grey Gull" ~ "Grey Gull")."""
    texts = [entity.get("name") or ""] + [m.get("text") or "" for m in entity.get("mentions") or ()]
    return {norm_name(_package_ship_prefix_re().sub("", SHIP_PREFIX_RE.sub("", t))) for t in texts} - {""}


def offset_problems(gold_id: str, gold: dict, text: str) -> list[str]:
    """Every mention's and figure's `text` equals text[start:end]; claims lie inside the text."""
    problems = []
    spans = [m for e in gold.get("entities") or [] for m in e.get("mentions") or []]
    for span in spans + list(gold.get("figures") or []):
        got = text[span["start"] : span["end"]]
        if got != span.get("text"):
            problems.append(f"{gold_id}: {span.get('text')!r} at {span['start']}:{span['end']} reads {got!r}")
    for c in gold.get("claims") or []:
        if not 0 <= c["start"] < c["end"] <= len(text):
            problems.append(f"{gold_id}: claim [{c['start']}:{c['end']}] is outside the text ({len(text)} chars)")
    return problems
