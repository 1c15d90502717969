"""Origin accuracy by the extractor's ATTRIBUTION BASIS: which rule gave the predicted chain.

`origin_by_basis` puts every found gold claim (a gold claim with a predicted claim matched to it,
as `scoring.best_claim` matches them) in one value of each dimension below, read off the MATCHED
PREDICTED claim (`attribution_basis` and `source_rule` of the extraction JSON, set by
osint_graph/nlp/attribution_basis.py where the extractor decides), and counts as
`attribution_context.origin_by_context` does: the claims (`n`), the right origins and chains and
the wrong origins by kind (`chain_errors.ORIGIN_ERROR_KINDS`). A `missing_source` error (the gold
names a source, the prediction none) is counted under the basis that did fire for the empty chain
(`none`, `background`, `hearsay_cut`, `own_outlet`, `generic_dropped`, `dropped`); an
`extra_source` one (the gold has none) under the rule that gave the chain. Numbers and the
vocabulary's names only: no text, name or id, so `scripts/evaluate.py --json` prints it for every
split (key `origin_by_basis`) and dev and test compare (`shortfall_table(dev, test,
dimensions=BASIS_DIMENSIONS)`).

Dimensions:

- `basis`: the predicted claim's attribution basis (`unknown` when the prediction has none);
- `basis_family`: `own_sentence`, `carried`, `page` or `empty` (the groups of the vocabulary);
- `source_rule`: the `source_resolution` rung that resolved the predicted origin, `n/a` for none;
- `basis_x_gold`: the basis joined with whether the gold chain is empty (`frame_verb/unattributed`:
  a frame verb gave a chain where the gold has the outlet's own voice).
"""

from __future__ import annotations

from collections.abc import Iterable

from evalkit.attribution_context import add_outcome, matched_outcomes, summarise

BASIS_DIMENSIONS = ("basis", "basis_family", "source_rule", "basis_x_gold")


def _families() -> dict[str, str]:
    from osint_graph.nlp import attribution_basis as ab

    groups = (("own_sentence", ab.OWN_SENTENCE), ("carried", ab.CARRIED), ("page", ab.PAGE), ("empty", ab.EMPTY))
    return {basis: family for family, bases in groups for basis in bases}


def claim_basis(gold_claim: dict, pred_claim: dict, families: dict[str, str]) -> dict[str, str]:
    """The value of each dimension (BASIS_DIMENSIONS) for one found gold claim and its predicted match."""
    basis = pred_claim.get("attribution_basis") or "unknown"
    gold = "attributed" if gold_claim.get("attribution") else "unattributed"
    return {
        "basis": basis,
        "basis_family": families.get(basis, "unknown"),
        "source_rule": pred_claim.get("source_rule") or "n/a",
        "basis_x_gold": f"{basis}/{gold}",
    }


def origin_by_basis(triples: Iterable[tuple[str, dict, dict]]) -> dict[str, dict[str, dict]]:
    """{dimension: {value: {n, origin_right, origin_accuracy, chain_right, chain_accuracy,
    origin_errors {kind: n}}}} over the found gold claims of (id, gold, prediction) triples."""
    families = _families()
    cells: dict[str, dict[str, dict]] = {d: {} for d in BASIS_DIMENSIONS}
    for _stem, gold, pred in triples:
        for g, p, origin_ok, chain_ok, kind in matched_outcomes(gold, pred):
            add_outcome(cells, claim_basis(g, p, families), origin_ok, chain_ok, kind)
    return summarise(cells, BASIS_DIMENSIONS)
