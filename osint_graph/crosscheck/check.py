"""The whole cross-check over claims already read: resolve, group, compare, origins, denials, grade."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from osint_graph.crosscheck import figures as cf
from osint_graph.crosscheck.grading import GRADE_WORDS, GRADING_NOTE, GRADING_RULES, grade
from osint_graph.crosscheck.grouping import GROUPING_RULES, Context, group_claims
from osint_graph.crosscheck.origins import ORIGIN_RULES, Origins
from osint_graph.crosscheck.propositions import (
    Proposition,
    attach_denials,
    claim_edges,
    link_denials,
    make_propositions,
)
from osint_graph.crosscheck.records import ClaimRecord, Corpus
from osint_graph.crosscheck.resolution import Canon, same_as_merges
from osint_graph.crosscheck.settings import Settings
from osint_graph.gazetteer import Gazetteer, load_gazetteer, normalise_name
from osint_graph.resolve import Merge


def rules_text(settings: Settings | None = None) -> dict[str, Any]:
    """Every rule the cross-check applies, as the report prints them."""
    settings = settings or Settings()
    return {
        "grouping": [rule.replace("{coverage_gap_days}", str(settings.coverage_gap_days)) for rule in GROUPING_RULES],
        "figures": [
            "A figure stands for an interval: a bare number +- half its rounding unit ('6,700': 6,650-6,750); "
            f"'about', 'around', 'roughly' +- the larger of that and {cf.APPROX_TOLERANCE:.0%} ('about 7,000': "
            "6,500-7,500); 'nearly', 'almost' the same below only; 'more than', 'at least', 'over' from the value "
            "up; 'up to', 'less than' from 0 to the value; 'several million' 2-9 million, 'hundreds' 200-999, "
            "'thousands' 2,000-9,999 ('at least several million': 2 million and up).",
            "Figures are compared unit by unit (synonyms folded: projectile = round = shell; the calibre and a "
            "weapon word such as 'ballistic' kept).",
            "Consistent: the intervals overlap.",
            f"Series: counts (not measurements) dated at least {settings.same_period_days} days apart, the later "
            "higher - a cumulative count that grew, not a conflict.",
            f"Conflict: anything else - different values within {settings.same_period_days} days, a cumulative "
            "count that fell, or a measurement that differs. A hedged figure, or a vague count without a number "
            "('hundreds of'), is shown and compared but never makes a conflict.",
            "A figure's date is the end of the date its claim refers to, else the article's publication date.",
        ],
        "origins": list(ORIGIN_RULES),
        "grading": [f"{g} ({GRADE_WORDS[g]}): {text}" for g, text in GRADING_RULES],
        "grading_note": GRADING_NOTE.format(default=settings.default_reliability),
        "denials": [
            "A denial (claim kind 'denial' or stance 'denial') answers the accusation, shipment, quantity and "
            "sanction claims that share its countries (two of them, or its only one, deniers included), name the "
            "vessels and ports it names, and were published from "
            f"{settings.denial_lookback_days} days before it to {settings.denial_near_days} days after it.",
        ],
        "resolution": [
            f"Entities of one label whose names fold alike (rule 'normalised') or score at least "
            f"{settings.fuzzy_threshold:g} on token-sort ratio (rule 'fuzzy') are linked by SAME_AS and count as "
            "one entity; delete an edge and run with --keep-same-as to undo a merge.",
        ],
    }


@dataclass
class CrossCheck:
    propositions: list[Proposition]
    merges: list[Merge]
    corroborates: list[tuple[str, str, str]]  # (claim, claim, reason)
    conflicts: list[tuple[str, str, str]]
    denies: list[tuple[str, str]]  # (denial claim, accused claim)
    claims: dict[str, ClaimRecord]
    entity_names: dict[str, str]
    entity_aliases: dict[str, tuple[str, ...]]
    canon: Canon
    settings: Settings
    generated: str

    def rules(self) -> dict[str, Any]:
        return rules_text(self.settings)

    def about(self, name: str) -> list[Proposition]:
        """Propositions whose claims concern an entity called `name` (name or alias, SAME_AS-aware)."""
        wanted = normalise_name(name)
        ids = {self.canon(e) for e, names in self.entity_aliases.items()
               if wanted in {normalise_name(n) for n in (self.entity_names.get(e, ""), *names)}}  # fmt: skip
        return [p for p in self.propositions if p.concerned & ids]

    def to_dataframe(self):
        """One row per proposition: its statement, grade, claims, outlets, independent origins and dates."""
        import pandas as pd

        return pd.DataFrame([p.summary() for p in self.propositions], columns=list(Proposition.SUMMARY))


def cross_check(corpus: Corpus, settings: Settings | None = None, gazetteer: Gazetteer | None = None,
                generated: str | None = None) -> CrossCheck:  # fmt: skip
    """The whole cross-check over claims already read: pure, deterministic for one corpus."""
    settings = settings or Settings()
    gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
    merges = same_as_merges(corpus, settings)
    canon = Canon(merges)
    names = {e.id: e.name for e in corpus.entities}
    origins_of = Origins(corpus.claims, canon, names, gazetteer, settings)
    ctx = Context(canon, names, origins_of, settings)
    origin = {c.id: origins_of.of(c) for c in corpus.claims}
    claims = {c.id: c for c in corpus.claims}

    propositions = make_propositions(group_claims(corpus.claims, ctx), ctx, origin)
    denies = link_denials(corpus.claims, ctx, settings)
    attach_denials(propositions, denies)
    for p in propositions:
        contradicted = [origin[d] for d, _ in p.denials if d not in {c.id for c in p.claims}]
        contradicted += [origin[a] for _, a in p.answers]
        p.grade, p.grade_rule = grade(p.independent, [c.hedged for c in p.claims], len(p.conflicts), contradicted)
    corroborates, conflicts = claim_edges(propositions)
    propositions.sort(key=lambda p: (-len(p.independent), -len(p.claims), p.grade, p.statement, p.id))
    return CrossCheck(
        propositions=propositions,
        merges=merges,
        corroborates=corroborates,
        conflicts=conflicts,
        denies=sorted(set(denies)),
        claims=claims,
        entity_names=names,
        entity_aliases={e.id: e.aliases for e in corpus.entities},
        canon=canon,
        settings=settings,
        generated=generated or datetime.now(UTC).replace(microsecond=0).isoformat(),
    )
