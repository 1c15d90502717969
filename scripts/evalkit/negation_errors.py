"""An aggregate breakdown of negation errors by the cue kind a claim's text holds.

The counterpart of `hedge_errors.py` for the `negated` flag (tests/gold/GUIDELINES.md,
"negated" and "Rulings on hedges and negated speech acts"). Over found claims (a gold claim with
a predicted claim matched to it, as `scoring.best_claim` matches them), every claim is put in ONE
cue kind, the first of `CUE_KINDS` whose pattern occurs in the claim's text (the gold claim's
text, else the predicted one's), and counted as a true positive, false positive (predicted
negated, gold not), false negative (gold negated, predicted not) or true negative. The kind is
read off the surface words only, not the parse, so the same claim gets the same kind whatever
the extractor does: the mix is comparable between dev and test and between runs. It is an
aggregate (counts only, no text), so it may be printed for the blind test split too.

The kinds, in the order they are tried (a claim with "denied" and "not" is a denial):

- denial: "deny/denies/denied/denying", "denial", "reject(s/ed)", "refute(s/d)", "dismissed":
  the source says the allegation is false.
- withholding: "declined/refused to comment, say, answer, elaborate, ...", "did/has/would not
  (say, comment, respond, elaborate, reply, disclose)", "no comment", "silent", "could not be
  reached", "did not immediately": a negated speech act, a party that says nothing.
- unverified: "could/cannot/unable to/not possible to confirm, verify", "not (been/yet)
  confirmed, verified": the writer's or a source's disclaimer (and "could not confirm whether",
  which the gold hedges and does not negate: counted here all the same).
- absence: "no one", "nobody", "none", "nothing", "no" before injuries, casualties, damage,
  deaths, sign, trace, evidence, ...: a stated absence ("no one was hurt").
- particle: "not", "n't", "no", "never", "neither", "nor", "without": plain negation.
- none: no cue word found (a negation the annotator read from context, or a cue the list lacks).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from evalkit.hedge_errors import _pattern, first_kind, flag_errors

_SAY = r"(?:say|comment|respond|reply|elaborate|disclose|answer|confirm|specify|discuss|provide)\w*"
_NOT = r"(?:not|n[’']t|never)"

# (kind, pattern), tried in this order; see the module docstring for why each is there
CUE_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("denial", _pattern(r"den(?:y|ies|ied|ying|ial)", r"reject(?:s|ed|ing)?", r"refut(?:e|es|ed)", r"dismissed")),
    (
        "withholding",
        _pattern(
            rf"(?:declined?|declining|refused?|refusing)\s+to\s+{_SAY}",
            rf"(?:did|does|do|has|have|had|would|will|could)\s*{_NOT}\s+(?:immediately\s+|yet\s+|publicly\s+)?{_SAY}",
            r"no\s+comment",
            r"silent",
            r"could\s+not\s+be\s+reached",
        ),
    ),
    (
        "unverified",
        _pattern(
            rf"(?:could|can|cannot|unable\s+to|impossible\s+to|not\s+possible\s+to)\s*{_NOT}?\s*"
            r"(?:independently\s+)?(?:confirm|verify)",
            r"not\s+(?:been\s+|yet\s+|independently\s+)*(?:confirmed|verified)",
            r"unverified",
        ),
    ),
    (
        "absence",
        _pattern(
            r"no\s+one",
            r"nobody",
            r"none",
            r"nothing",
            r"no\s+(?:\w+\s+)?(?:injur\w+|casualt\w+|damage|deaths?|dead|victims?|sign|signs|trace|evidence|reports?)",
        ),
    ),
    ("particle", _pattern(r"not", r"\w+n[’']t", r"no", r"never", r"neither", r"nor", r"without")),
)
KINDS = tuple(kind for kind, _ in CUE_KINDS) + ("none",)


def cue_kind(text: str) -> str:
    """The first negation cue kind whose words occur in `text`, or "none"."""
    return first_kind(CUE_KINDS, text)


def negation_errors(triples: Iterable[tuple[str, dict, dict]]) -> dict[str, dict[str, int]]:
    """{kind: {"tp", "fp", "fn", "tn"}} of the `negated` flag over the found claims of the triples."""
    return flag_errors(triples, "negated", KINDS, cue_kind)
