"""An aggregate breakdown of hedge errors by the cue kind a claim's text holds.

Over found claims (a gold claim with a predicted claim matched to it, as `scoring.best_claim`
matches them), every claim is put in ONE cue kind, the first of `CUE_KINDS` whose pattern occurs
in the claim's text (the gold claim's text, else the predicted one's), and counted as a true
positive, false positive (predicted hedged, gold not), false negative (gold hedged, predicted
not) or true negative. The kind is read off the surface words only, not the parse, so the same
claim gets the same kind whatever the extractor does: the mix is comparable between dev and
test and between runs. It is an aggregate (counts only, no text), so it may be printed for the
blind test split too.

The kinds, in the order they are tried (a claim with "may" and "reportedly" is hearsay):

- allegedly: "allegedly", "alleged", "allege(s)": an accusation nobody vouches for.
- reporting_hearsay: "reportedly", "purportedly", "supposedly", "is/was/are/were/been reported"
  (passive), "said to", "reported to", "it is claimed/said/understood": hearsay.
- modal: "may" (not the month: "May 12"), "might", "could", "would have", "must have": a modal of
  possibility.
- epistemic_verb: "believed", "believes", "suspected", "suspects", "appears", "seems", "thought
  to", "feared", "suggests/suggested", "presumed", "assumed", "understood to": a verb of belief
  or appearance.
- epistemic_adverb: "apparently", "possibly", "probably", "likely", "unlikely", "perhaps",
  "maybe", "potentially", "unconfirmed", "unverified", "apparent", "possible", "probable",
  "presumably", "seemingly", "purported", "putative": an adverb or adjective of doubt.
- question_conditional: "whether", "if", "unless", "unclear", "unknown", "uncertain",
  "possibility", "likelihood", "ruled out", "verified", "confirmed": an open question, a
  condition, or an unconfirmed status.
- none: no cue word found (a hedge the annotator read from context, or a cue the list lacks).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from evalkit.scoring import best_claim


def _pattern(*alternatives: str) -> re.Pattern[str]:
    """A case-insensitive pattern matching any alternative as whole words."""
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


# (kind, pattern), tried in this order; see the module docstring for why each is there
CUE_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("allegedly", _pattern(r"allegedly", r"alleged", r"alleges?")),
    (
        "reporting_hearsay",
        _pattern(
            r"reportedly",
            r"purportedly",
            r"supposedly",
            r"(?:is|was|are|were|been|being)\s+reported",
            r"said\s+to",
            r"reported\s+to",
            r"it\s+(?:is|was|has\s+been)\s+(?:claimed|said|understood)",
        ),
    ),
    # "may" before a number is the month ("on May 12"), no modal
    ("modal", _pattern(r"may(?!\s+\d)", r"might", r"could", r"would\s+have", r"must\s+have")),
    (
        "epistemic_verb",
        _pattern(
            r"believed?s?",
            r"suspect(?:s|ed)?",
            r"appear(?:s|ed)?",
            r"seem(?:s|ed)?",
            r"thought\s+to",
            r"feared",
            r"suggest(?:s|ed)?",
            r"presumed",
            r"assumed",
            r"understood\s+to",
        ),
    ),
    (
        "epistemic_adverb",
        _pattern(
            r"apparently",
            r"possibly",
            r"probably",
            r"(?:un)?likely",
            r"perhaps",
            r"maybe",
            r"potentially",
            r"unconfirmed",
            r"unverified",
            r"apparent",
            r"possible",
            r"probable",
            r"presumably",
            r"seemingly",
            r"purported",
            r"putative",
        ),
    ),
    (
        "question_conditional",
        _pattern(
            r"whether",
            r"if",
            r"unless",
            r"unclear",
            r"unknown",
            r"uncertain",
            r"possibility",
            r"likelihood",
            r"ruled\s+out",
            r"verified",
            r"confirmed",
        ),
    ),
)
KINDS = tuple(kind for kind, _ in CUE_KINDS) + ("none",)


def first_kind(cue_kinds: tuple[tuple[str, re.Pattern[str]], ...], text: str) -> str:
    """The first kind of `cue_kinds` whose pattern occurs in `text`, or "none"."""
    for kind, pattern in cue_kinds:
        if pattern.search(text or ""):
            return kind
    return "none"


def cue_kind(text: str) -> str:
    """The first cue kind whose words occur in `text`, or "none"."""
    return first_kind(CUE_KINDS, text)


def flag_errors(
    triples: Iterable[tuple[str, dict, dict]], flag: str, kinds: tuple[str, ...], kind_of: Callable[[str], str]
) -> dict[str, dict[str, int]]:
    """{kind: {"tp", "fp", "fn", "tn"}} of a claim's boolean `flag` ("hedged", "negated") over the found
    claims of (id, gold, prediction) triples, each claim in the kind `kind_of` reads off its text."""
    counts = {kind: {"tp": 0, "fp": 0, "fn": 0, "tn": 0} for kind in kinds}
    for _, gold, pred in triples:
        p_claims = list(pred.get("claims") or ())
        for g in gold.get("claims") or ():
            pi = best_claim(g, p_claims)
            if pi is None:
                continue  # a missed claim has no decision to judge
            p = p_claims[pi]
            gf, pf = bool(g.get(flag)), bool(p.get(flag))
            outcome = ("tp" if pf else "fn") if gf else ("fp" if pf else "tn")
            counts[kind_of(g.get("text") or p.get("text") or "")][outcome] += 1
    return counts


def hedge_errors(triples: Iterable[tuple[str, dict, dict]]) -> dict[str, dict[str, int]]:
    """{kind: {"tp", "fp", "fn", "tn"}} of the hedge over the found claims of (id, gold, prediction) triples."""
    return flag_errors(triples, "hedged", KINDS, cue_kind)
