"""A name-swapped copy of a real-article split: how much of a score is memorised names (issue 11).

Every gold entity of the chosen types gets a made-up name of the same shape, the same in every
mention of the article, in the entity's `name` and in the claims' `entities` and `attribution`;
the text's other occurrences of each swapped string are replaced too, and every offset (mentions,
figures, claims) is shifted exactly. Shapes (`swap_tokens`):

- Person: each name word swapped, titles kept ("Capt. Jon Arvik" -> "Capt. Milo Tessan"); a given
  name of the reference list (rules/reference/given_names.txt, read from Faker's locales) becomes
  another of that list, any other word a made-up one; an initial follows its given name.
- Organization, Vessel, Outlet: only the distinctive proper-name words are swapped; head nouns,
  legal forms, ship prefixes, numbers, single letters, country names and demonyms stay, and in an
  organisation's or outlet's name the common English words too (wordfreq Zipf >= 4: "Royal",
  "National", "Drug Law Enforcement")
  ("Karsk Shipping Co.", "MV Tarn Voyager", "Nordvik 7").
- Weapon: class words stay; a designation's letters and digits are redrawn ("Kh-101" -> "Zr-384"),
  a model name becomes a made-up word.
- Country, Port, Location: another real entry of the same kind from the reference data (pycountry
  / CLDR / countryinfo countries, searoute ports, GeoNames cities, ISO 3166-2 regions) that no
  hand row of sources/gazetteers/ names, so the packages' coverage is tested, not the hand lists.
  Each mention keeps its form: a name -> the new name, a demonym -> its demonym, a capital -> its
  capital; "Port of X" -> "Port of Y".

Made-up words are drawn by a seeded syllable generator and are checked against every word of the
project's lists (sources/**: gazetteers, registry, rules) and of the merged gazetteer, and against
the article's own words. An entity is left alone, and counted by reason, when its swap would
touch another type's name (a vessel named after a city, `other_type`), when it has nothing
distinctive to swap (`generic`), when its place is in no reference list of its kind
(`no_reference`), or when a mention's form cannot be mapped (`unmapped_mention`).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from evalkit.scoring import ROOT

SOURCES = ROOT / "sources"
RULES = SOURCES / "rules"
PLACE_TYPES = ("Country", "Port", "Location")
TOKEN_TYPES = ("Person", "Organization", "Vessel", "Weapon", "Outlet")
DEFAULT_TYPES = ("Person", "Organization", "Vessel", "Weapon", "Country", "Port", "Location")
RUN_RE = re.compile(r"[^\W\d_]+|\d+")
WORD_RE = re.compile(r"[^\W\d_]+")

# Words kept in each type's names: rule lists of the extractor's own vocabulary (their words,
# case-folded) plus a few joiners. Reading the extractor's lists here is deliberate: a word the
# rules treat as a head or a form is what a reader keeps; only the name words are swapped.
KEEP_FILES = {
    "Person": (
        "common/title_words.txt", "common/title_fillers.txt", "common/portfolio_titles.txt",
        "attribution/title_abbreviations.txt", "context/name_particles.txt", "context/person_role_nouns.txt",
    ),
    "Organization": (
        "common/org_suffixes.txt", "common/org_name_words.txt", "context/org_nouns.txt",
        "context/legal_forms.txt", "context/legal_suffixes.txt", "context/company_name_tails.txt",
        "entity_types/generic_orgs.txt", "entity_types/government_nouns.txt",
        "context/national_force_nouns.txt", "entity_types/branch_heads.txt", "reference/body_nouns.txt",
        "entity_types/org_tail_heads.txt", "common/title_fillers.txt", "common/portfolio_words.txt",
        "attribution/org_nouns.txt", "attribution/body_nouns.txt", "entity_types/state_body_heads.txt",
    ),
    "Vessel": (
        "context/ship_prefixes.txt", "context/naval_ship_prefixes.txt", "common/vessel_classes.txt",
        "common/vessel_nouns.txt", "context/ship_class_words.txt",
    ),
    "Weapon": (
        "context/weapon_heads.txt", "context/weapon_class_heads.txt", "context/weapon_model_heads.txt",
        "context/weapon_system_heads.txt", "context/weapon_tail_nouns.txt",
    ),
    "Outlet": ("common/outlet_name_words.txt", "context/outlet_nouns.txt"),
}  # fmt: skip
JOINERS = {"the", "of", "and", "for", "on", "in", "at", "de", "du", "la", "al", "el", "bin", "ibn", "van", "von"}
JOINERS |= {"mr", "mrs", "ms", "dr", "sir", "jr", "sr"}
# a hand row's Location kind -> the reference kind it is swapped within (cities, ISO 3166-2 regions)
KIND_POOLS = {"town": "city", "municipality": "city", "settlement": "city", "border settlement": "city"}
KIND_POOLS |= {"province": "region", "island group": "region"}
ROMAN = re.compile(r"[IVX]+")
ONSETS = ("b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr", "kr", "tr", "st")
VOWELS = ("a", "e", "i", "o", "u", "a", "e", "o")
CODAS = ("", "", "n", "r", "l", "k", "s", "m", "t")


def _words(line: str) -> list[str]:
    return [w.casefold() for w in WORD_RE.findall(line)]


@cache
def keep_words(entity_type: str) -> frozenset[str]:
    out = set(JOINERS)
    for name in KEEP_FILES.get(entity_type, ()):
        for line in (RULES / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                out.update(_words(line))
    return frozenset(out)


@cache
def gazetteers():
    """(merged gazetteer, normalised names of the hand rows)."""
    from osint_graph.gazetteer import load_gazetteer, normalise_name

    hand = {normalise_name(n) for e in load_gazetteer(reference=False) for n in e.names}
    return load_gazetteer(), frozenset(hand)


@cache
def country_words() -> frozenset[str]:
    """Words of every country name, alias and demonym: kept in organisation and outlet names."""
    merged, _ = gazetteers()
    out = set()
    for e in merged.by_type("Country"):
        for n in (*e.names, *e.values("demonyms")):
            out.update(_words(n))
    return frozenset(out)


@cache
def known_words() -> frozenset[str]:
    """Every word of the project's lists (sources/: registry, gazetteers, rules) and of the merged
    gazetteer (reference data included): no made-up word may be one of them."""
    out = set()
    for path in SOURCES.rglob("*"):
        if path.suffix in {".txt", ".csv", ".jsonl"} and "articles" not in path.parts:
            out.update(_words(path.read_text(encoding="utf-8")))
    merged, _ = gazetteers()
    for e in merged:
        for n in e.names:
            out.update(_words(n))
    return frozenset(out)


@cache
def given_names() -> tuple[str, ...]:
    lines = (RULES / "reference" / "given_names.txt").read_text(encoding="utf-8").splitlines()
    return tuple(n for n in lines if n and not n.startswith("#") and n.isascii() and n.isalpha())


def shape(word: str, like: str) -> str:
    """`word` in the case pattern of `like` (UPPER, Capitalised or lower)."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:].lower()
    return word.lower()


@dataclass
class Namer:
    """Made-up words and codes, seeded, never a word of the project's lists or of `taken`."""

    rng: random.Random
    taken: set[str] = field(default_factory=set)  # case-folded words the article already uses

    def _free(self, word: str) -> bool:
        return word.casefold() not in known_words() and word.casefold() not in self.taken

    def word(self, like: str) -> str:
        target = min(max(len(like), 4), 10)
        for _ in range(1000):
            w = ""
            while len(w) < target - 1:
                w += self.rng.choice(ONSETS) + self.rng.choice(VOWELS) + self.rng.choice(CODAS)
            if abs(len(w) - target) <= 2 and self._free(w):
                self.taken.add(w.casefold())
                return shape(w, like)
        raise RuntimeError(f"no free made-up word like {like!r}")

    def given(self, like: str) -> str:
        pool = [n for n in given_names() if abs(len(n) - len(like)) <= 2 and n.casefold() not in self.taken]
        name = self.rng.choice(pool)
        self.taken.add(name.casefold())
        return shape(name, like)

    def letters(self, like: str) -> str:
        for _ in range(1000):
            w = "".join(shape(self.rng.choice("BCDFGHKLMNPRSTVZ"), c) for c in like)
            if w != like and (len(w) < 3 or self._free(w)):
                return w
        raise RuntimeError(f"no free letters like {like!r}")

    def digits(self, like: str) -> str:
        while True:
            d = "".join(self.rng.choice("0123456789") for _ in like)
            if d != like and (d[0] != "0" or like[0] == "0"):
                return d


def swappable_runs(text: str, entity_type: str, place_strings: frozenset[str]) -> list[re.Match]:
    """The runs (letters or digits) of a mention that a token swap redraws."""
    keep = keep_words(entity_type)
    out = []
    for m in RUN_RE.finditer(text):
        run = m.group()
        folded = run.casefold()
        if run.isdigit():
            if entity_type == "Weapon":
                out.append(m)
            continue
        if run.islower() and entity_type != "Weapon" and not _inside_hyphenated(text, m):
            continue
        if run.islower() and entity_type == "Weapon":
            continue
        if folded in keep or run in place_strings:
            continue
        if entity_type in ("Organization", "Outlet") and folded in country_words():
            continue
        if entity_type in ("Vessel", "Organization", "Outlet") and (len(run) == 1 or ROMAN.fullmatch(run)):
            continue
        out.append(m)
    return out


def _inside_hyphenated(text: str, m: re.Match) -> bool:
    """A lower-case part of a hyphenated name word ("Sang-bum")."""
    return m.start() > 0 and text[m.start() - 1] == "-" and text[: m.start() - 1][-1:].isalpha()


COMMON_ZIPF = 4.0  # wordfreq's Zipf scale: used at least 10 times per million English words


def common_word(word: str) -> bool:
    from wordfreq import zipf_frequency  # a development dependency (sources/README.md, "Common English words")

    return zipf_frequency(word.casefold(), "en") >= COMMON_ZIPF


def _without_common_words(runs: dict[str, list[re.Match]]) -> dict[str, list[re.Match]]:
    """An organisation's common English words ("National Drug Law Enforcement Agency", "Royal", "Smart")
    describe it and stay; only its other words are its name. All common: nothing to swap."""
    return {s: [m for m in rs if m.group().isupper() or not common_word(m.group())] for s, rs in runs.items()}


class TokenSwapper:
    """One article's map of name words to made-up ones, the same word always the same swap."""

    def __init__(self, namer: Namer):
        self.namer = namer
        self.map: dict[tuple[str, str], str] = {}

    def run(self, run: str, entity_type: str, key: str = "") -> str:
        k = (entity_type + key, run)
        if k not in self.map:
            if run.isdigit():
                new = self.namer.digits(run)
            elif len(run) == 1 and run.isalpha():  # an initial, a letter of a code
                new = self.namer.letters(run)
            elif entity_type == "Weapon" and (len(run) <= 3 or run.isupper()):
                new = self.namer.letters(run)
            elif entity_type in ("Organization", "Outlet") and run.isupper() and len(run) > 1:
                new = self.namer.letters(run)
            elif entity_type == "Person" and run.capitalize() in _given_set():
                new = self.namer.given(run)
            else:
                new = self.namer.word(run)
            self.map[k] = new
        return self.map[k]

    def swap(self, text: str, entity_type: str, runs: list[re.Match], person_key: str = "") -> str:
        out, last = [], 0
        for m in runs:
            run = m.group()
            if entity_type == "Person" and len(run) == 1:
                new = self.map.get(("Person" + person_key, run)) or self.run(run, "Person", person_key)
            else:
                new = self.run(run, entity_type)
            out += [text[last : m.start()], new]
            last = m.end()
        return "".join(out) + text[last:]


@cache
def _given_set() -> frozenset[str]:
    return frozenset(given_names())


# -- places ------------------------------------------------------------------------


@cache
def place_pool(entity_type: str, kind: str) -> tuple:
    """Reference entries of a type (and Location kind) that no hand row names, with one-type names
    in plain letters, in a fixed order."""
    from osint_graph.gazetteer import normalise_name

    merged, hand = gazetteers()
    out = []
    for e in merged.by_type(entity_type):
        if entity_type == "Location" and e.attributes.get("kind") != kind:
            continue
        if any(normalise_name(n) in hand for n in e.names):
            continue
        if not re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", e.name) or merged.types_of(e.name) != {entity_type}:
            continue
        if entity_type == "Country" and not (e.values("demonyms") and e.values("capital")):
            continue
        out.append(e)
    return tuple(sorted(out, key=lambda e: e.name))


def place_kind(entity: dict) -> tuple[object, str] | None:
    """(gazetteer entry, kind) of a gold place, or None when no list holds it."""
    merged, _ = gazetteers()
    names = [entity["name"]] + [m["text"] for m in entity["mentions"]]
    for n in names:
        if (e := merged.lookup(n, entity["type"])) is not None:
            kind = e.attributes.get("kind", "") if entity["type"] == "Location" else ""
            return e, KIND_POOLS.get(kind, kind)
    return None


def place_pairs(entity: dict, entry, new) -> dict[str, str] | None:
    """Old string -> new string for each mention form of a place, or None if a form is not mapped."""
    from osint_graph.gazetteer import normalise_name

    merged, _ = gazetteers()
    names = sorted({entity["name"], *entry.names}, key=len, reverse=True)
    pairs: dict[str, str] = {}
    for m in entity["mentions"]:
        t = m["text"]
        if entity["type"] == "Country" and normalise_name(t) not in {normalise_name(n) for n in entry.names}:
            demonym = merged.country_of_demonym(t)
            if demonym is not None and demonym.name == entry.name:
                nd = new.values("demonyms")[0]
                singular = normalise_name(t) in {normalise_name(d) for d in entry.values("demonyms")}
                pairs[t] = nd if singular else nd + "s"
                continue
            capital = merged.country_of_capital(t)
            if capital is not None and capital.name == entry.name:
                pairs[t] = new.values("capital")[0]
                continue
            return None
        inner = next((n for n in names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", t)), None)
        if inner is None and normalise_name(t) in {normalise_name(n) for n in names}:
            inner = t  # a spelling the fold matches ("U.S." for "US")
        if inner is None:
            return None
        pairs[inner] = new.name
    if entity["name"] not in pairs and normalise_name(entity["name"]) in {normalise_name(n) for n in entry.names}:
        pairs[entity["name"]] = new.name
    # the entry's other forms wherever the text has them, so no unswapped "Taiwanese" is left beside the new name
    for n in entry.names:
        if len(n) > 2 and n[:1].isupper():
            pairs.setdefault(n, new.name)
    if entity["type"] == "Country":
        nd = new.values("demonyms")[0]
        for d in entry.values("demonyms"):
            pairs.setdefault(d, nd)
            pairs.setdefault(d + "s", nd + "s")
        for c in entry.values("capital"):
            pairs.setdefault(c, new.values("capital")[0])
    return pairs


# -- the article ---------------------------------------------------------------------


@dataclass
class Swapped:
    text: str
    gold: dict
    names: dict[str, str]  # old entity name -> new
    counts: Counter  # "<type> swapped", "<type> left:<reason>"


def boundary_re(strings) -> re.Pattern | None:
    alts = []
    for s in sorted(set(strings), key=len, reverse=True):
        left = r"(?<!\w)" if s[:1].isalnum() else ""
        right = r"(?!\w)" if s[-1:].isalnum() else ""
        alts.append(left + re.escape(s) + right)
    return re.compile("|".join(alts)) if alts else None


def swap_article(gold_id: str, text: str, gold: dict, types, seed: int) -> Swapped:
    """The name-swapped text and gold of one article (module docstring)."""
    rng = random.Random(f"{seed}:{gold_id}")
    namer = Namer(rng, {w.casefold() for w in WORD_RE.findall(text)})
    tokens = TokenSwapper(namer)
    entities = gold.get("entities") or []
    counts: Counter = Counter()
    mentions_of = {e["name"]: {m["text"] for m in e["mentions"]} for e in entities}
    place_strings = frozenset(m for e in entities if e["type"] in PLACE_TYPES for m in mentions_of[e["name"]])
    pairs: dict[str, str] = {}
    names: dict[str, str] = {}
    used_places: set[str] = set()

    def other_type_text(entity: dict, allow_org: bool) -> list[str]:
        return [
            m
            for f in entities
            if f["type"] != entity["type"] and not (allow_org and f["type"] == "Organization")
            for m in mentions_of[f["name"]] | {f["name"]}
        ]

    def touches(strings, others) -> bool:
        pat = boundary_re(strings)
        return pat is not None and any(pat.search(o) for o in others)

    for entity in entities:
        t = entity["type"]
        if t not in types:
            continue
        if t in PLACE_TYPES:
            found = place_kind(entity)
            if found is None:
                counts[f"{t} left:no_reference"] += 1
                continue
            entry, kind = found
            pool = [
                p
                for p in place_pool(t, kind)
                if p.name not in used_places
                and not any(w.casefold() in namer.taken for n in (p.name, *p.values("demonyms")) for w in _words(n))
            ]
            if not pool:
                counts[f"{t} left:no_reference"] += 1
                continue
            new = rng.choice(pool)
            mine = place_pairs(entity, entry, new)
            if mine is None:
                counts[f"{t} left:unmapped_mention"] += 1
                continue
            if touches(mine, other_type_text(entity, allow_org=True)):
                counts[f"{t} left:other_type"] += 1
                continue
            used_places.add(new.name)
            namer.taken.update(w.casefold() for n in mine.values() for w in _words(n))
            new_name = boundary_re(mine).sub(lambda m, pairs_=mine: pairs_[m.group()], entity["name"])
        else:
            strings = mentions_of[entity["name"]] | {entity["name"]}
            runs = {s: swappable_runs(s, t, place_strings) for s in strings}
            if t == "Vessel" and not any(runs.values()):  # "CCG 5205": the hull number is the name
                runs = {s: [m for m in RUN_RE.finditer(s) if m.group().isdigit()] for s in strings}
            if t in ("Organization", "Outlet"):
                runs = _without_common_words(runs)
            distinct = {m.group() for rs in runs.values() for m in rs}
            if not distinct:
                counts[f"{t} left:generic"] += 1
                continue
            if touches(distinct, other_type_text(entity, allow_org=False)):
                counts[f"{t} left:other_type"] += 1
                continue
            key = entity["name"] if t == "Person" else ""
            if t == "Person":  # an initial follows the given name it abbreviates
                for rs in runs.values():
                    for m in rs:
                        if len(m.group()) > 1 and m.group().capitalize() in _given_set():
                            first = tokens.run(m.group(), "Person")[0]
                            tokens.map.setdefault(("Person" + key, m.group()[0]), first)
            mine = {s: tokens.swap(s, t, rs, key) for s, rs in runs.items() if rs}
            new_name = mine.get(entity["name"], entity["name"])
        others = {e["name"] for e in entities if e is not entity}
        if any(pairs.get(k, v) != v for k, v in mine.items()) or new_name in {*names.values(), *others}:
            counts[f"{t} left:collision"] += 1
            continue
        pairs.update(mine)
        names[entity["name"]] = new_name
        counts[f"{t} swapped"] += 1
    new_text, new_gold = apply_pairs(text, gold, pairs, names)
    return Swapped(new_text, new_gold, names, counts)


def apply_pairs(text: str, gold: dict, pairs: dict[str, str], names: dict[str, str]) -> tuple[str, dict]:
    """Replace every occurrence of each old string (whole words) and shift every gold offset."""
    edits = []  # (start, end, new)
    pat = boundary_re(pairs)
    if pat is not None:
        edits = [(m.start(), m.end(), pairs[m.group()]) for m in pat.finditer(text)]
    out, last, starts = [], 0, []
    for s, e, new in edits:
        out.append(text[last:s])
        pos = sum(len(x) for x in out)
        starts.append((s, e, pos, pos + len(new)))
        out.append(new)
        last = e
    out.append(text[last:])
    new_text = "".join(out)

    def move(p: int, end: bool) -> int:
        delta = 0
        for s, e, ns, ne in starts:
            if p <= s:
                break
            if p < e:  # inside an edit: to its edge
                return ne if end else ns
            delta = ne - e
        return p + delta

    def span(item: dict, with_text: bool) -> dict:
        new = dict(item, start=move(item["start"], False), end=move(item["end"], True))
        if with_text:
            new["text"] = new_text[new["start"] : new["end"]]
        return new

    new_gold = dict(gold)
    new_gold["entities"] = [
        dict(e, name=names.get(e["name"], e["name"]), mentions=[span(m, True) for m in e["mentions"]])
        for e in gold.get("entities") or []
    ]
    new_gold["figures"] = [span(f, True) for f in gold.get("figures") or []]
    new_gold["claims"] = [
        dict(
            span(c, False),
            entities=[names.get(n, n) for n in c.get("entities") or []],
            attribution=[names.get(n, n) for n in c.get("attribution") or []],
        )
        for c in gold.get("claims") or []
    ]
    return new_text, new_gold
