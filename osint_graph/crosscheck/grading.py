"""Grading: Admiralty information credibility 1-6 of a proposition, by the first of `GRADING_RULES` that holds."""

from __future__ import annotations

from collections.abc import Iterable

from osint_graph.crosscheck.origins import RELIABILITY_ORDER, Origin

GRADE_WORDS = {1: "confirmed", 2: "probably true", 3: "possibly true", 4: "doubtful", 5: "improbable",
               6: "cannot be judged"}  # fmt: skip
# (grade, condition), tried in this order: the first condition that holds gives the grade.
GRADING_RULES = (
    (
        5,
        "denied, or in conflict with a claim, from an origin graded better (A best) than every origin of the "
        "proposition; a denial whose accusations come from better-graded origins is improbable too",
    ),
    (1, "at least 2 independent origins, no conflicting figures, and not every claim hedged"),
    (2, "at least 2 independent origins, but with conflicting figures or every claim hedged"),
    (4, "a single origin and every claim hedged"),
    (6, "no known origin, or a single origin whose reliability cannot be judged (F, the default for unknown sources)"),
    (3, "a single origin graded A or B, not hedged"),
    (4, "a single origin graded C, D or E"),
)
GRADING_NOTE = ("Rules are tried in this order; the first that applies gives the grade. Source reliability "
                "A-F comes from sources/registry.csv (a person takes their organisation's grade); unknown "
                "sources are graded {default}.")  # fmt: skip


def better(a: str, b: str) -> bool:
    """Reliability a is better than b (A best, F cannot be judged: never better than anything)."""
    if a == "F":
        return False
    if b == "F":
        return True
    return RELIABILITY_ORDER.index(a) < RELIABILITY_ORDER.index(b)


def best_reliability(origins: Iterable[Origin]) -> str:
    grades = [o.reliability for o in origins]
    known = [g for g in grades if g != "F"]
    return min(known, key=RELIABILITY_ORDER.index) if known else "F"


def grade(origins: list[Origin], hedged: list[bool], conflicts: int, contradicted_by: list[Origin]) -> tuple[int, str]:
    """Admiralty information credibility 1-6 and the rule that gave it (GRADING_RULES, in order)."""
    best = best_reliability(origins)
    all_hedged = bool(hedged) and all(hedged)
    if contradicted_by and better(best_reliability(contradicted_by), best):
        rule = 0
    elif len(origins) >= 2:
        rule = 1 if conflicts == 0 and not all_hedged else 2
    elif all_hedged:
        rule = 3
    elif best == "F":
        rule = 4
    elif best in ("A", "B"):
        rule = 5
    else:
        rule = 6
    grade_, condition = GRADING_RULES[rule]
    return grade_, f"{GRADE_WORDS[grade_]}: {condition}"
