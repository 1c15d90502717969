"""Origin accuracy by the CONTEXT of the gold attribution: an aggregate that may be read on test.

`origin_by_context` puts every found gold claim (a gold claim with a predicted claim matched to it,
as `scoring.best_claim` matches them) in one value of each dimension below, computed from the gold
annotation and the article text (and its spaCy parse) only, never from the prediction, so the same
claim gets the same context whatever the extractor does and the mixes of dev and test compare.
Per dimension and value it counts the claims (`n`), the right origins and chains (as
`scoring.score` judges them) and the wrong origins by kind (`chain_errors.ORIGIN_ERROR_KINDS`).
Numbers only: no text, name or id is in the output, so `scripts/evaluate.py --json` prints it
for every split (key `origin_by_context`).

Terms. The claim's sentences: the parse's sentences that overlap the gold claim's span. The
origin: the last element of the gold chain; its mentions: the gold mentions of the entity of that
name. A paragraph: a line of the text (real pages hold one paragraph a line).

Dimensions:

- `where` (where the origin is said): `unattributed` (empty gold chain: the outlet's own voice);
  `same_sentence` (an origin mention inside the claim's sentences); `outlet_line` (the origin is
  an Outlet not in the claim's sentences nor in the 3 sentences before it in the same paragraph: a
  dateline, wire slug, credit or repost line, or an outlet's passage carried from further back);
  `earlier_same_paragraph` / `earlier_other_paragraph` (carried: the nearest earlier mention is in
  the claim's paragraph or in an earlier one);
  `later_only` (mentioned only after the claim); `not_in_text` (no mention: the page's own outlet
  or a source written as its state or body).
- `sentences_back`: how many sentences before the claim's first sentence the nearest earlier
  origin mention is: `0` (in the claim's sentences), `1`, `2`, `3-5`, `6+`, `none` (no earlier
  mention), `n/a` (unattributed).
- `origin_type`: the gold type of the origin (`Person`, `Organization`, `Outlet`, `Country`,
  other types as `other`, a name with no gold entity `untyped`), or `unattributed`.
- `frame_kind`: the attribution frame in the claim's sentences, the first found of: `according_to`
  ("according to"), `verb` (a verb whose lemma is in sources/rules/common/report_verbs.txt),
  `noun` (a noun of sources/rules/attribution/statement_nouns.txt or "report"/"claim"), `quote`
  (only a quotation mark), `none`. When several frames are there the one whose speaker holds an
  origin mention is taken.
- `frame_position`: where that frame stands against what is reported: `before` ("X said that
  C"), `after` ("C, X said"), `inside` ("C1, X said, C2"), `n/a` (no frame). For a verb: against
  its clausal complement (ccomp) if it has one, else against the clause it hangs on (parataxis,
  a reporting verb after its content); "according to" against the rest of the sentence; a noun by
  its place in the sentence (first third before, last third after).
- `reference` (how the claim's sentences refer to the origin): with an origin mention there, by
  the mention's syntactic head: `possessive` (dep poss: "the ministry's statement"),
  `passive_agent` (object of an agent "by"), `name` (a proper noun), `pronoun`, `descriptor`
  (another noun: "the coast guard", "the ministry"); without one, by the frame's speaker:
  `pronoun_speaker` ("he said"), `unnamed_speaker` (a common noun: "officials said", "the official
  told"), `other_name_speaker` (a proper noun that is not the origin: a relay), `no_speaker`
  (a frame without a subject, passive "it was reported"), `no_frame` (pure continuation);
  `n/a` when unattributed.
- `chain_length`: the gold chain's length, `0`, `1`, `2`, `3+`.
- `where_x_type`: `where` and `origin_type` crossed (`earlier_same_paragraph/Person`).
- `where_x_frame`: `where` and `frame_kind` crossed (`unattributed/verb`: the outlet's own voice
  in a sentence with a reporting verb).
- `head_place` (where the page names the Outlet at the HEAD of the gold chain, the relaying outlet a
  repost or wire credit puts first): `n/a` when the chain is empty or its head is no Outlet, or the
  head is named in the claim's own sentences ("Nordic Daily reported C"); else the line of the head's
  first mention, counting non-blank lines: `first_line` (the page's first line), `top_lines`
  (lines 2-4), `last_lines` (the last 3 lines), `body` (any other line) or `not_in_text`, joined
  with that line's shape, `/credit` (at most CREDIT_WORDS words: a slug, byline, credit or
  dateline line) or `/prose` (`top_lines/credit`).
- `credit_form` (the shape of that line when it is a `/credit` one; `n/a` otherwise), the first that
  fits: `by` (starts "By"), `source` (starts "Source"/"Sources"), `photo` (a photo or image credit,
  "©"), `name_only` (nothing but the outlet's mention and punctuation), `dated` (holds a year or a
  month name), `separated` (holds "|", "/", "·" or a dash between words), `other`.
- `credit_names` (what else that credit line names, `n/a` unless a credit): `writer_before` (a
  name of two or three capitalised words before the outlet's mention: "Jane Roe | Wirewatch | May
  3"), `writer_after` (such a name after it: "Wirewatch | Jane Roe"), `outlet_alone` (no such name:
  one capitalised word, a place or a section, may stand beside it). A person-shaped reading only:
  it tells writers' bylines on another outlet's page from wire credits, in aggregate.
- `head_listed` (where `head_place` is not `n/a`): `listed` when the project's gazetteer (the
  outlet registry) knows the head outlet by its gold name or one of its mentions' texts as an
  Outlet, `unlisted` otherwise, joined with the line's shape (`listed/credit`, `unlisted/prose`):
  whether a missed head is a name no list holds.

`shortfall_table(dev, test)` lines the two splits up per value: accuracy each, counts and the
test shortfall, test n x (dev accuracy - test accuracy), the number of test origins that would
be right at dev's rate.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from evalkit.chain_errors import ORIGIN_ERROR_KINDS, origin_error_kind
from evalkit.scoring import ROOT, best_claim, chain_element_keys, element_name, gold_name_keys

DIMENSIONS = (
    "where",
    "sentences_back",
    "origin_type",
    "frame_kind",
    "frame_position",
    "reference",
    "chain_length",
    "where_x_type",
    "where_x_frame",
    "head_place",
    "credit_form",
    "credit_names",
    "head_listed",
)
MAIN_TYPES = ("Person", "Organization", "Outlet", "Country")
OUTLET_REACH = 3  # an Outlet named this many sentences back in the paragraph is carried, not a line
CREDIT_WORDS = 12  # a line this short naming the outlet is a credit, slug or byline, not prose
QUOTES = '"“”«»'
EXTRA_NOUNS = frozenset({"report", "claim", "statement"})


def _rule_words(relative: str) -> frozenset[str]:
    """The entries of a rules word list (comment lines and blanks dropped)."""
    path = ROOT / "sources" / "rules" / relative
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.add(line.casefold())
    return frozenset(out)


REPORT_VERBS = _rule_words("common/report_verbs.txt")
STATEMENT_NOUNS = _rule_words("attribution/statement_nouns.txt") | EXTRA_NOUNS


# -- one claim's context -------------------------------------------------------------------------


def _bucket_back(n: int | None) -> str:
    if n is None:
        return "none"
    if n <= 2:
        return str(n)
    return "3-5" if n <= 5 else "6+"


def _speaker(token):
    """The subject (or 'according to' object) of a frame token, or None."""
    if token.lower_ == "according":
        for child in token.children:
            if child.dep_ == "prep":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                return objs[0] if objs else None
        return None
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass", "agent"):
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                return objs[0] if objs else None
            return child
    return None


def _frames(sents) -> list[tuple[str, object]]:
    """(kind, token) of every frame in the sentences, in the order of `frame_kind`'s list."""
    according, verbs, nouns = [], [], []
    for sent in sents:
        for tok in sent:
            if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to":
                according.append(("according_to", tok))
            elif tok.pos_ in ("VERB", "AUX") and tok.lemma_.casefold() in REPORT_VERBS:
                verbs.append(("verb", tok))
            elif tok.pos_ == "NOUN" and tok.lemma_.casefold() in STATEMENT_NOUNS:
                nouns.append(("noun", tok))
    return according + verbs + nouns


def _position(kind: str, tok, sent) -> str:
    """before / after / inside for a frame token within its sentence (see the docstring)."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words:
        return "n/a"
    first, last = words[0].i, words[-1].i
    if kind == "according_to":
        sub = list(tok.subtree)
        lo, hi = min(t.i for t in sub), max(t.i for t in sub)
        if lo <= first + 1:  # "According to X, C"
            return "before"
        return "after" if hi >= last else "inside"
    if kind == "verb":
        comps = [c for c in tok.children if c.dep_ == "ccomp"]
        if comps:
            sub = list(comps[0].subtree)
            lo, hi = min(t.i for t in sub), max(t.i for t in sub)
            if tok.i < lo:
                return "before"
            if tok.i < hi:  # the verb inside its complement's stretch: "C1, X said, C2"
                return "inside"
            return "after" if max(t.i for t in tok.subtree) >= last else "inside"
        if tok.head is not tok and tok.i > tok.head.i:  # "C, X said" parsed with said under C
            right = max(t.i for t in tok.subtree)
            return "after" if right >= last else "inside"
    span = max(last - first, 1)
    rel = (tok.i - first) / span
    return "before" if rel < 1 / 3 else ("after" if rel > 2 / 3 else "inside")


def _mention_reference(root) -> str:
    if root.dep_ == "poss":
        return "possessive"
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return "passive_agent"
    if root.pos_ == "PROPN":
        return "name"
    if root.pos_ == "PRON":
        return "pronoun"
    return "descriptor"


def _head_place(chain: list[str], gold: dict, text: str, lo: int, hi: int) -> str:
    """`head_place` of a gold chain (see the docstring); lo/hi bound the claim's sentences."""
    if not chain:
        return "n/a"
    head = chain[0]
    entity = next((e for e in gold.get("entities") or () if e["name"] == head), None)
    if entity is None or entity.get("type") != "Outlet":
        return "n/a"
    starts = sorted(m["start"] for m in entity.get("mentions") or () if m.get("start") is not None)
    if any(lo <= s < hi for s in starts):
        return "n/a"
    if not starts:
        return "not_in_text"
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]  # blank lines are no place
    line_i = text.count("\n", 0, starts[0])
    rank = bisect.bisect_left(filled, line_i)
    if rank == 0:
        place = "first_line"
    elif rank <= 3:
        place = "top_lines"
    elif rank >= len(filled) - 3:
        place = "last_lines"
    else:
        place = "body"
    shape = "credit" if len(lines[line_i].split()) <= CREDIT_WORDS else "prose"
    return f"{place}/{shape}"


def _head_credit_form(chain: list[str], gold: dict, text: str, place: str) -> tuple[str, str]:
    """`credit_form` and `credit_names` of the line `_head_place` found for the chain's head (`n/a`
    unless a credit)."""
    if not place.endswith("/credit"):
        return "n/a", "n/a"
    entity = next(e for e in gold.get("entities") or () if e["name"] == chain[0])
    first = min((m for m in entity.get("mentions") or () if m.get("start") is not None), key=lambda m: m["start"])
    line_start = text.rfind("\n", 0, first["start"]) + 1
    line_end = text.find("\n", first["start"])
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    mention = text[first["start"] : first["end"]] if first.get("end", 0) > first["start"] else entity["name"]
    return _credit_form(line, mention), _credit_names(line, mention)


MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?\.?$")
# a credit line's label words, kept here rather than read from the extractor's credit-line lists (as
# MONTHS above): a context's value must not move when a rule list grows, or rounds stop comparing
LABEL_WORDS = frozenset(
    "by source sources updated published posted first last edited written reporting story staff writer "
    "correspondent reporter editor desk news agency".split()
)


@functools.cache  # once a run: load_gazetteer checks its files' times on every call
def _gazetteer():
    from osint_graph.gazetteer import load_gazetteer

    return load_gazetteer()


def _head_listed(chain: list[str], gold: dict, text: str, place: str) -> str:
    """`head_listed` of the chain's head outlet (see the docstring)."""
    if place == "n/a":
        return "n/a"
    entity = next(e for e in gold.get("entities") or () if e["name"] == chain[0])
    names = {entity["name"]} | {
        text[m["start"] : m["end"]] for m in entity.get("mentions") or () if m.get("start") is not None
    }
    listed = any(_gazetteer().lookup(name, "Outlet") is not None for name in names)
    return f"{'listed' if listed else 'unlisted'}/{place.rsplit('/', 1)[-1]}"


def _credit_names(line: str, mention: str) -> str:
    """`credit_names` of a credit line naming the head outlet as `mention` (see the docstring)."""
    at = line.find(mention)
    if at < 0:
        return "outlet_alone"
    for side, part in (("writer_before", line[:at]), ("writer_after", line[at + len(mention) :])):
        run = 0
        for word in re.split(r"[\s|,/·:()\[\]–—]+", part) + [""]:
            if NAME_WORD.match(word) and word.casefold().strip(".") not in MONTHS | LABEL_WORDS:
                run += 1
                continue
            if 2 <= run <= 3:
                return side
            run = 0
    return "outlet_alone"


def _credit_form(line: str, mention: str) -> str:
    """`credit_form` of a short line naming the head outlet as `mention` (see the docstring)."""
    words = line.split()
    first = words[0].casefold().strip(":") if words else ""
    lowered = line.casefold()
    if first == "by":
        return "by"
    if first in ("source", "sources"):
        return "source"
    if "©" in line or any(w in lowered for w in ("photo", "image", "picture")):
        return "photo"
    if not line.replace(mention, "").strip(" \t-–—|:,.()[]/·"):
        return "name_only"
    if any(w.isdigit() and len(w) == 4 for w in (x.strip(",.") for x in words)) or any(
        x.strip(",.").casefold() in MONTHS for x in words
    ):
        return "dated"
    if any(sep in line for sep in ("|", "/", "·", " - ", " – ", " — ")):
        return "separated"
    return "other"


def claim_context(claim: dict, gold: dict, text: str, doc) -> dict[str, str]:
    """The value of each dimension (DIMENSIONS) for one gold claim; `doc` is the text's parse."""
    chain = list(claim.get("attribution") or ())
    length = len(chain)
    ctx = {"chain_length": str(length) if length < 3 else "3+"}
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]
    first_i = max(bisect.bisect_right(starts, claim["start"]) - 1, 0)
    last_i = max(bisect.bisect_right(starts, max(claim["end"] - 1, claim["start"])) - 1, first_i)
    claim_sents = sents[first_i : last_i + 1]
    lo, hi = claim_sents[0].start_char, claim_sents[-1].end_char

    frames = _frames(claim_sents)
    ctx["head_place"] = _head_place(chain, gold, text.rstrip("\n"), lo, hi)
    ctx["credit_form"], ctx["credit_names"] = _head_credit_form(chain, gold, text, ctx["head_place"])
    ctx["head_listed"] = _head_listed(chain, gold, text, ctx["head_place"])
    if not chain:
        ctx.update(where="unattributed", sentences_back="n/a", origin_type="unattributed", reference="n/a")
        kind, tok = frames[0] if frames else ("quote" if any(q in text[lo:hi] for q in QUOTES) else "none", None)
        ctx["frame_kind"] = kind
        ctx["frame_position"] = _position(kind, tok, tok.sent) if tok is not None else "n/a"
        ctx["where_x_type"] = "unattributed"
        ctx["where_x_frame"] = f"unattributed/{kind}"
        return ctx

    origin = chain[-1]
    types = {e["name"]: e.get("type") for e in gold.get("entities") or ()}
    otype = types.get(origin)
    ctx["origin_type"] = "untyped" if otype is None else (otype if otype in MAIN_TYPES else "other")
    mentions = [
        (m["start"], m["end"])
        for e in gold.get("entities") or ()
        if e["name"] == origin
        for m in e.get("mentions") or ()
        if m.get("start") is not None
    ]
    inside = [(s, e) for s, e in mentions if s < hi and e > lo]
    earlier = [(s, e) for s, e in mentions if e <= lo]
    later = [(s, e) for s, e in mentions if s >= hi]

    back = None
    if inside:
        back = 0
    elif earlier:
        nearest = max(s for s, _ in earlier)
        back = first_i - (bisect.bisect_right(starts, nearest) - 1)
    ctx["sentences_back"] = _bucket_back(back)

    def para(offset: int) -> int:
        return text.count("\n", 0, offset)

    if inside:
        where = "same_sentence"
    elif otype == "Outlet" and not (
        earlier and back <= OUTLET_REACH and para(max(s for s, _ in earlier)) == para(claim["start"])
    ):
        where = "outlet_line"
    elif earlier:
        same = para(max(s for s, _ in earlier)) == para(claim["start"])
        where = "earlier_same_paragraph" if same else "earlier_other_paragraph"
    elif later:
        where = "later_only"
    else:
        where = "not_in_text"
    ctx["where"] = where
    ctx["where_x_type"] = f"{where}/{ctx['origin_type']}"

    # the frame: the one whose speaker holds an origin mention, else the first
    def holds_origin(tok) -> bool:
        sp = _speaker(tok)
        if sp is None:
            return False
        a, b = sp.left_edge.idx, sp.right_edge.idx + len(sp.right_edge)
        return any(s < b and e > a for s, e in inside)

    chosen = next((f for f in frames if holds_origin(f[1])), frames[0] if frames else None)
    if chosen is None:
        ctx["frame_kind"] = "quote" if any(q in text[lo:hi] for q in QUOTES) else "none"
        ctx["frame_position"] = "n/a"
    else:
        ctx["frame_kind"] = chosen[0]
        ctx["frame_position"] = _position(chosen[0], chosen[1], chosen[1].sent)

    if inside:
        s, e = inside[0]
        span = doc.char_span(s, e, alignment_mode="expand")
        ctx["reference"] = _mention_reference(span.root) if span is not None else "name"
    elif chosen is None:
        ctx["reference"] = "no_frame"
    else:
        sp = _speaker(chosen[1])
        if sp is None:
            ctx["reference"] = "no_speaker"
        elif sp.pos_ == "PRON":
            ctx["reference"] = "pronoun_speaker"
        elif sp.pos_ == "PROPN":
            ctx["reference"] = "other_name_speaker"
        else:
            ctx["reference"] = "unnamed_speaker"
    ctx["where_x_frame"] = f"{where}/{ctx['frame_kind']}"
    return ctx


# -- counting over a split -----------------------------------------------------------------------


def claim_outcomes(gold: dict, pred: dict) -> Iterable[tuple[dict, bool, bool, str | None]]:
    """(gold claim, origin right, chain right, origin error kind) per FOUND gold claim, judged as
    `scoring._score_chain` judges them."""
    for g, _p, origin_ok, chain_ok, kind in matched_outcomes(gold, pred):
        yield g, origin_ok, chain_ok, kind


def matched_outcomes(gold: dict, pred: dict) -> Iterable[tuple[dict, dict, bool, bool, str | None]]:
    """`claim_outcomes` with the predicted claim matched to each found gold claim (second)."""
    g_ents = list(gold.get("entities") or ())
    p_claims = list(pred.get("claims") or ())
    by_id = {e.get("id"): e for e in pred.get("entities") or () if e.get("id")}
    gold_types = {e["name"]: e.get("type") for e in g_ents}

    def match(gold_name: str, element) -> bool:
        return bool(gold_name_keys(gold_name, g_ents) & chain_element_keys(element, by_id))

    for g in gold.get("claims") or ():
        pi = best_claim(g, p_claims)
        if pi is None:
            continue
        g_chain = list(g.get("attribution") or ())
        p_chain = list(p_claims[pi].get("attribution") or ())
        if not g_chain or not p_chain:
            origin_ok = not g_chain and not p_chain
        else:
            origin_ok = match(g_chain[-1], p_chain[-1])
        chain_ok = len(g_chain) == len(p_chain) and all(match(a, b) for a, b in zip(g_chain, p_chain, strict=True))
        kind = None if origin_ok else origin_error_kind(g_chain, p_chain, gold_types, match, element_name)
        yield g, p_claims[pi], origin_ok, chain_ok, kind


def _cell() -> dict:
    return {"n": 0, "origin_right": 0, "chain_right": 0, "origin_errors": Counter()}


def add_outcome(cells: dict[str, dict[str, dict]], values: Mapping[str, str], origin_ok: bool, chain_ok: bool,
                kind: str | None) -> None:  # fmt: skip
    """Count one found claim in the cell of each of its (dimension, value) pairs."""
    for dim, value in values.items():
        cell = cells[dim].setdefault(value, _cell())
        cell["n"] += 1
        cell["origin_right"] += origin_ok
        cell["chain_right"] += chain_ok
        if kind:
            cell["origin_errors"][kind] += 1


def summarise(cells: dict[str, dict[str, dict]], dimensions: Iterable[str]) -> dict[str, dict[str, dict]]:
    """The counted cells as the JSON prints them: per dimension, the values by falling n, each with
    its accuracies and its origin errors by kind."""
    out: dict[str, dict[str, dict]] = {}
    for dim in dimensions:
        out[dim] = {}
        for value, c in sorted(cells[dim].items(), key=lambda kv: -kv[1]["n"]):
            out[dim][value] = {
                "n": c["n"],
                "origin_right": c["origin_right"],
                "origin_accuracy": c["origin_right"] / c["n"],
                "chain_right": c["chain_right"],
                "chain_accuracy": c["chain_right"] / c["n"],
                "origin_errors": {k: c["origin_errors"][k] for k in ORIGIN_ERROR_KINDS if c["origin_errors"][k]},
            }
    return out


def origin_by_context(
    triples: Iterable[tuple[str, dict, dict]], texts: Mapping[str, str], parse: Callable[[str], object]
) -> dict[str, dict[str, dict]]:
    """{dimension: {value: {n, origin_right, origin_accuracy, chain_right, chain_accuracy,
    origin_errors {kind: n}}}} over the found gold claims of (id, gold, prediction) triples;
    `texts` maps an id to its article text, `parse` a text to its spaCy Doc."""
    cells: dict[str, dict[str, dict]] = {d: {} for d in DIMENSIONS}
    for stem, gold, pred in triples:
        outcomes = list(claim_outcomes(gold, pred))
        if not outcomes:
            continue
        text = texts[stem]
        doc = parse(text)
        for claim, origin_ok, chain_ok, kind in outcomes:
            add_outcome(cells, claim_context(claim, gold, text, doc), origin_ok, chain_ok, kind)
    return summarise(cells, DIMENSIONS)


def shortfall_table(
    dev: dict, test: dict, metric: str = "origin", dimensions: Iterable[str] = DIMENSIONS
) -> list[dict]:
    """One row per (dimension, value) present in both: dev/test n and accuracy of `metric`
    ("origin" or "chain") and the test shortfall n_test x (acc_dev - acc_test), largest first
    (`dimensions`: those of `origin_by_context`, or `attribution_basis.BASIS_DIMENSIONS`)."""
    key = f"{metric}_accuracy"
    rows = []
    for dim in dimensions:
        for value, t in (test.get(dim) or {}).items():
            d = (dev.get(dim) or {}).get(value)
            if not d:
                continue
            gap = d[key] - t[key]
            rows.append(
                {
                    "dimension": dim,
                    "value": value,
                    "dev_n": d["n"],
                    "dev_accuracy": d[key],
                    "test_n": t["n"],
                    "test_accuracy": t[key],
                    "shortfall": t["n"] * gap,
                }
            )
    return sorted(rows, key=lambda r: -r["shortfall"])
