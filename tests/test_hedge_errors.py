"""The aggregate hedge breakdown of scripts/evalkit/hedge_errors.py, on a made-up article."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from evalkit.hedge_errors import KINDS, cue_kind, hedge_errors  # noqa: E402


def _claim(text: str, start: int, hedged: bool) -> dict:
    return {"text": text, "start": start, "end": start + len(text), "hedged": hedged}


def test_cue_kind_reads_the_first_kind_in_order():
    assert cue_kind("The Varnian tanker Morrow Gale was reportedly boarded.") == "reporting_hearsay"
    assert cue_kind("Karsk officials said the Morrow Gale may have drifted.") == "modal"
    assert cue_kind("The crew is believed to be safe in Port Lennit.") == "epistemic_verb"
    assert cue_kind("The attack was apparently aimed at the Tessel cable.") == "epistemic_adverb"
    assert cue_kind("It is unclear whether the Tessel cable was cut.") == "question_conditional"
    assert cue_kind("The Morrow Gale allegedly may have cut the cable.") == "allegedly"  # first kind wins
    assert cue_kind("The Morrow Gale docked in Port Lennit.") == "none"
    assert cue_kind("Tankers were hit on May 12, apparently with mines.") == "epistemic_adverb"  # the month
    assert cue_kind("Mayor Couldry reported nothing.") == "none"  # whole words only: no 'may', 'could'


def test_hedge_errors_counts_found_claims_by_kind():
    gold = {
        "claims": [
            _claim("The Morrow Gale was reportedly boarded.", 0, True),  # predicted not hedged: fn
            _claim("The crew may be safe.", 50, False),  # predicted hedged: fp
            _claim("The tanker docked in Port Lennit.", 100, False),  # both not hedged: tn
            _claim("The cable was apparently cut.", 200, True),  # both hedged: tp
            _claim("Karsk denied it.", 300, True),  # no predicted claim: not counted
        ]
    }
    pred = {
        "claims": [
            _claim("The Morrow Gale was reportedly boarded.", 0, False),
            _claim("The crew may be safe.", 50, True),
            _claim("The tanker docked in Port Lennit.", 100, False),
            _claim("The cable was apparently cut.", 200, True),
        ]
    }
    counts = hedge_errors([("x1", gold, pred)])
    assert set(counts) == set(KINDS)
    assert counts["reporting_hearsay"] == {"tp": 0, "fp": 0, "fn": 1, "tn": 0}
    assert counts["modal"] == {"tp": 0, "fp": 1, "fn": 0, "tn": 0}
    assert counts["none"] == {"tp": 0, "fp": 0, "fn": 0, "tn": 1}
    assert counts["epistemic_adverb"] == {"tp": 1, "fp": 0, "fn": 0, "tn": 0}
    assert sum(c[k] for c in counts.values() for k in c) == 4  # the missed claim is left out
