"""The negation metric and its aggregate breakdown (scripts/evalkit/negation_errors.py), on a made-up article."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from evalkit.negation_errors import KINDS, cue_kind, negation_errors  # noqa: E402
from evalkit.scoring import score  # noqa: E402


def _claim(text: str, start: int, negated: bool) -> dict:
    return {"text": text, "start": start, "end": start + len(text), "negated": negated, "kind": "statement"}


def test_cue_kind_reads_the_first_kind_in_order():
    assert cue_kind("The Karsk Navy denied it had not fired on the Morrow Gale.") == "denial"  # first kind wins
    assert cue_kind("Orvik Lines declined to comment on the detention.") == "withholding"
    assert cue_kind("The ministry did not say how many crew were aboard.") == "withholding"
    assert cue_kind("Nordic Daily could not independently verify the footage.") == "unverified"
    assert cue_kind("The report has not been confirmed by Karsk.") == "unverified"
    assert cue_kind("No one was hurt in the blast at Port Lennit.") == "absence"
    assert cue_kind("There were no immediate reports of injuries.") == "absence"
    assert cue_kind("The Morrow Gale has never called at Karsk.") == "particle"
    assert cue_kind("The tanker didn't stop in Port Lennit.") == "particle"
    assert cue_kind("The Morrow Gale docked in Port Lennit.") == "none"
    assert cue_kind("Mr Nottingham knows Port Lennit.") == "none"  # whole words only: no 'not'


def test_negation_errors_counts_found_claims_by_kind():
    gold = {
        "claims": [
            _claim("Varnia denied the charge.", 0, True),  # predicted not negated: fn
            _claim("The crew did not leave the Tern Vale.", 50, False),  # predicted negated: fp
            _claim("The tanker docked in Port Lennit.", 100, False),  # both not negated: tn
            _claim("No one was hurt.", 200, True),  # both negated: tp
            _claim("Orvik Lines declined to comment.", 300, True),  # no predicted claim: not counted
        ]
    }
    pred = {
        "claims": [
            _claim("Varnia denied the charge.", 0, False),
            _claim("The crew did not leave the Tern Vale.", 50, True),
            _claim("The tanker docked in Port Lennit.", 100, False),
            _claim("No one was hurt.", 200, True),
        ]
    }
    counts = negation_errors([("x1", gold, pred)])
    assert set(counts) == set(KINDS)
    assert counts["denial"] == {"tp": 0, "fp": 0, "fn": 1, "tn": 0}
    assert counts["particle"] == {"tp": 0, "fp": 1, "fn": 0, "tn": 0}
    assert counts["none"] == {"tp": 0, "fp": 0, "fn": 0, "tn": 1}
    assert counts["absence"] == {"tp": 1, "fp": 0, "fn": 0, "tn": 0}
    assert sum(c[k] for c in counts.values() for k in c) == 4  # the missed claim is left out

    metrics = score([("x1", gold, pred)])  # the same found claims give negation P/R/F1
    assert (metrics["negation_precision"], metrics["negation_recall"]) == (0.5, 0.5)
    assert metrics["negation_f1"] == 0.5
    assert "claim negation: 'Varnia denied the charge.' gold True predicted False" in metrics["errors"]["x1"]
