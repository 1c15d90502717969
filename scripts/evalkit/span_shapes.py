"""The shape of a span error: how a predicted mention differs from the gold mention it overlaps.

A span_overlap error (scripts/evalkit/entity_errors.py) is a predicted and a gold mention of one
type that overlap without being the same span. Its shape says on which side the prediction is
longer or shorter and by what kind of words, never the words themselves:

    <longer|shorter>_<left|right>:<what>

"longer_left:the" is a prediction that starts earlier by a leading article ("the Karsk Navy" for
"Karsk Navy"); "shorter_right:legal_form" one that stops before "Ltd" or "Group". A pair that
differs on both sides has two shapes. The kinds of words (`PIECE_KINDS`, the first that holds):

- conjunction: the piece holds "and", "or", "&" or a comma (two names joined, a list);
- bracket: a bracketed piece ("(VMSA)"), usually an acronym after its expansion;
- possessive: "'s" or a bare apostrophe, or a piece with a possessive in it ("Karsk's ": the owner
  of the name, a state before its body);
- number: a digit;
- legal_form: a company form or group word, capitalised (Ltd, Inc, PJSC, Co., Group, Holdings,
  Company; a lower-case "company" is a descriptor);
- title_role: a title or role of a person (sources/rules/common/title_words.txt,
  context/person_role_nouns.txt: "Admiral", "spokesman", "captain");
- of_place: a piece that starts with "of" ("of Varnia" after "Ministry of Defence");
- demonym_country: a country's name, alias or demonym (sources/gazetteers/countries.csv), alone or
  after an article ("Russian", "the US");
- org_word: a capitalised last word of organisations' names (common/org_suffixes.txt,
  common/org_name_words.txt: "Navy", "Agency", "Centre"; a unit's or another body's name run on);
- place_noun: a place's head noun (common/port_nouns.txt, context/location_head_nouns.txt,
  context/location_lower_heads.txt, context/town_nouns.txt, and terminal, pier, park, light,
  anchorage: "Port", "Harbor", "Island of", "district", "City");
- the: only articles ("the", "a", "an");
- descriptor: lower-case words only ("tanker", "shipping company", "state-owned");
- other: anything else (capitalised words of no list above).

An unmatched entity one of whose mentions has exactly the span of a mention of the other side
counts "same_span": no boundary error there, but one entity split in two (or merged) by the
prediction. Counts only, no text (it is printed for the blind test split too).
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
PIECE_KINDS = (
    "conjunction",
    "bracket",
    "possessive",
    "number",
    "legal_form",
    "title_role",
    "of_place",
    "demonym_country",
    "org_word",
    "place_noun",
    "the",
    "descriptor",
    "other",
)
# a mention with the very span of a gold mention that still left its entity unmatched: the span is
# right, the entity is a second node of one matched elsewhere (or its name keys differ)
SAME_SPAN = "same_span"
ARTICLES = frozenset({"the", "a", "an"})
GROUP_WORDS = frozenset({"group", "co", "company", "holdings", "holding", "corporation", "corp", "limited", "inc"})
_CONJ = re.compile(r"(?:^|\s)(?:and|or|&)(?:\s|$)|,|&", re.IGNORECASE)
_TOKEN = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*\.?", re.UNICODE)


def _rule_words(rel: str) -> frozenset[str]:
    path = ROOT / rel
    if not path.exists():
        return frozenset()
    words = (line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(w for w in words if w and not w.startswith("#"))


@cache
def _lists() -> dict[str, frozenset[str]]:
    titles = (
        _rule_words("sources/rules/common/title_words.txt")
        | _rule_words("sources/rules/context/person_role_nouns.txt")
        | _rule_words("sources/rules/attribution/title_abbreviations.txt")
    )
    legal = _rule_words("sources/rules/context/legal_forms.txt") | GROUP_WORDS
    org_words = _rule_words("sources/rules/common/org_suffixes.txt") | _rule_words(
        "sources/rules/common/org_name_words.txt"
    )
    states: set[str] = set()
    path = ROOT / "sources" / "gazetteers" / "countries.csv"
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                for field in ("name", "aliases", "demonyms"):
                    for value in (row.get(field) or "").split(";"):
                        if value.strip():
                            states.add(value.strip().lower())
    places = frozenset().union(
        *(
            _rule_words(f"sources/rules/{name}.txt")
            for name in (
                "common/port_nouns",
                "context/location_head_nouns",
                "context/location_lower_heads",
                "context/town_nouns",
            )
        )
    ) | {"terminal", "pier", "park", "light", "anchorage"}
    return {
        "titles": titles,
        "legal": legal,
        "org_words": org_words - legal,
        "places": places,
        "states": frozenset(states),
    }


def piece_kind(piece: str) -> str:
    """The kind of words of one piece of text a predicted span has or lacks (`PIECE_KINDS`)."""
    text = piece.strip().strip("-–—:;").strip()
    if not text:
        return "other"
    if _CONJ.search(text):
        return "conjunction"
    if text.startswith("(") or text.endswith(")"):
        return "bracket"
    if text.lower() in {"'", "’", "s"} or re.search(r"['’]s\b", text):
        return "possessive"
    if any(ch.isdigit() for ch in text):
        return "number"
    lists = _lists()
    raw = _TOKEN.findall(text)
    tokens = [t.rstrip(".").lower() for t in raw]
    if not tokens:
        return "other"
    if any(t in lists["legal"] and r[0].isupper() for t, r in zip(tokens, raw, strict=True) if t not in ARTICLES):
        return "legal_form"
    if any(t in lists["titles"] for t in tokens):
        return "title_role"
    if tokens[0] == "of":
        return "of_place"
    content = tokens[1:] if tokens[0] in ARTICLES else tokens
    if not content:
        return "the"
    joined = " ".join(content)
    if joined in lists["states"] or joined.replace(".", "") in lists["states"]:
        return "demonym_country"
    if all(t in lists["states"] for t in content):
        return "demonym_country"
    if any(t in lists["org_words"] and r[:1].isupper() for t, r in zip(tokens, raw, strict=True)):
        return "org_word"
    if any(t in lists["places"] for t in tokens):
        return "place_noun"
    words = text.split()
    if words[0].lower() in ARTICLES:
        words = words[1:]
    if all(w == w.lower() for w in words):
        return "descriptor"
    return "other"


def pair_shapes(pred: tuple[int, int, str], gold: tuple[int, int, str]) -> list[str]:
    """The shapes of one predicted mention (start, end, text) against an overlapping gold one."""
    ps, pe, ptext = pred
    gs, ge, gtext = gold
    if len(ptext) != pe - ps or len(gtext) != ge - gs:
        return ["misaligned"]
    shapes = []
    if ps < gs:
        shapes.append("longer_left:" + piece_kind(ptext[: gs - ps]))
    elif ps > gs:
        shapes.append("shorter_left:" + piece_kind(gtext[: ps - gs]))
    if pe > ge:
        shapes.append("longer_right:" + piece_kind(ptext[len(ptext) - (pe - ge) :]))
    elif pe < ge:
        shapes.append("shorter_right:" + piece_kind(gtext[len(gtext) - (ge - pe) :]))
    return shapes


def _mentions(entity: dict) -> list[tuple[int, int, str]]:
    out = []
    for m in entity.get("mentions") or ():
        if m.get("start") is not None and m.get("end") is not None:
            out.append((m["start"], m["end"], m.get("text") or ""))
    return out


def entity_shapes(entity: dict, others: list[dict], entity_is_pred: bool) -> set[str]:
    """The shapes of every overlap between one unmatched entity's mentions and the mentions of the
    other side's entities of its type, each shape once."""
    shapes: set[str] = set()
    mine = _mentions(entity)
    for o in others:
        if o.get("type") != entity.get("type"):
            continue
        for a in mine:
            for b in _mentions(o):
                if not (a[0] < b[1] and b[0] < a[1]):
                    continue
                if (a[0], a[1]) == (b[0], b[1]):
                    shapes.add(SAME_SPAN)
                    continue
                pred, gold = (a, b) if entity_is_pred else (b, a)
                shapes.update(pair_shapes(pred, gold))
    return shapes


def add_shapes(table: dict, etype: str, side: str, shapes: set[str]) -> None:
    counter = table.setdefault(etype, {"fp": Counter(), "fn": Counter()})[side]
    counter.update(shapes)


def as_plain(table: dict) -> dict:
    """The table with sorted plain dicts (most frequent first) for the JSON."""
    return {
        t: {side: dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))) for side, c in sides.items()}
        for t, sides in sorted(table.items())
    }
