"""Cross-check: claims read from a store become graded propositions, written back to the store.

One function (`read_claims`) reads the claims with their articles, figures, attribution chains
and concerned entities in a few bulk queries into plain dataclasses; everything after it is
pure:

    read  ->  resolve  ->  group  ->  compare figures  ->  origins  ->  denials  ->  grade  ->  write back

| stage | module | what |
|---|---|---|
| read | `records` | `ClaimRecord`s and stored entities (`read_claims`); `Settings` in `settings` |
| resolve | `resolution` | SAME_AS classes (`Canon`) from `resolve.fuzzy_same_as` or the stored edges |
| group | `grouping` | claims that assert the same thing (`GROUPING_RULES`) |
| compare | `figures` | a figure as an interval; figures of one quantity: consistent, series or conflict |
| origins | `origins` | a claim's origin, folded to the organisation that speaks (`ORIGIN_RULES`) |
| denials, propositions | `propositions` | a group as one `Proposition`; denials linked to accusations |
| grade | `grading` | Admiralty credibility 1-6 (`GRADING_RULES`) |
| whole run | `check` | `cross_check(corpus)` (pure) and `rules_text` (every rule, as the report prints it) |
| write back | `writeback` | `corroborate(store)`: read, cross-check, replace the previous results |

The rules are written once, as data, next to the code that applies them, and the report
prints them as they are.
"""

from __future__ import annotations

from osint_graph.crosscheck.check import CrossCheck, cross_check, rules_text
from osint_graph.crosscheck.figures import FigureView, figure_unit_key, unit_family
from osint_graph.crosscheck.grading import GRADE_WORDS, GRADING_RULES, grade
from osint_graph.crosscheck.grouping import GROUPING_RULES
from osint_graph.crosscheck.origins import ORIGIN_RULES, Origin, Origins
from osint_graph.crosscheck.propositions import Proposition
from osint_graph.crosscheck.records import ClaimRecord, Concern, Corpus, FigureRecord, label_of, read_claims
from osint_graph.crosscheck.settings import Settings
from osint_graph.crosscheck.writeback import RESULT_LABELS, RESULT_REL_TYPES, corroborate, to_batch, write_back

__all__ = [
    "ClaimRecord", "Concern", "Corpus", "CrossCheck", "FigureRecord", "FigureView", "Origin", "Origins",
    "Proposition", "Settings", "GRADE_WORDS", "GRADING_RULES", "GROUPING_RULES", "ORIGIN_RULES", "RESULT_LABELS",
    "RESULT_REL_TYPES", "corroborate", "cross_check", "figure_unit_key", "grade", "label_of", "read_claims",
    "rules_text", "to_batch", "unit_family", "write_back",
]  # fmt: skip
