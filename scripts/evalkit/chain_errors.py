"""Kinds of attribution error over found claims: an aggregate breakdown of what goes wrong.

`origin_error_kind` names why a found claim's origin (the last element of its chain) is
wrong; `chain_error_kind` why a chain whose origin is right is still wrong. Each wrong
claim gets exactly one kind, the first of the lists below that fits. The same code
runs on every split: these are counts, so the test split may be read through them
(they tell whether its error mix is dev's) without reading its articles.

Origin error kinds (`ORIGIN_ERROR_KINDS`), gold chain G, predicted chain P:

- `extra_source`: G is empty (the outlet's own voice), P names a source.
- `missing_outlet_head`: P is empty and every element of G is an Outlet: an outlet's report was
  not seen, mostly a page relaying another outlet's story (a wire slug, a credit line, a repost),
  also an outlet's frame the rules miss ("..., per Nordic Daily").
- `missing_source`: P is empty, G names a source that is not only a relaying outlet (the
  source's passage did not reach the claim: scope).
- `truncated_chain`: P is a proper prefix of G (P stops at a relay: "[Wirewatch]" for
  gold "[Wirewatch, Karsk Navy]").
- `extra_link`: G is a proper prefix of P (P adds an origin gold does not have).
- `name_mismatch`: P's origin names no entity of the gold file but shares a word with G's
  origin ("Houthis" for "Houthi movement"): a name or alias that does not resolve.
- `unknown_source`: P's origin names no entity of the gold file and shares no word with G's
  origin (a common noun, a furniture word, an entity the file does not hold).
- `type_mismatch`: P's origin is another gold entity of another type than G's origin: a
  state for its body, a body for its spokesperson, an outlet for the speaker it quotes.
- `wrong_antecedent`: P's origin is another gold entity of the same type (the wrong
  person, body or state: a pronoun or descriptor resolved to the wrong one).

Chain error kinds (`CHAIN_ERROR_KINDS`, origin right, chain wrong):

- `missing_outlet_head`: P is G without its leading links and G's head is an Outlet (the
  relaying outlet was not put at the head).
- `missing_link`: P is G without some leading links, G's head not an Outlet.
- `extra_head`: G is P without some leading links (P has links before the gold chain).
- `wrong_link`: anything else (same origin, a middle link differs).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

ORIGIN_ERROR_KINDS = (
    "extra_source",
    "missing_outlet_head",
    "missing_source",
    "truncated_chain",
    "extra_link",
    "name_mismatch",
    "unknown_source",
    "type_mismatch",
    "wrong_antecedent",
)
CHAIN_ERROR_KINDS = ("missing_outlet_head", "missing_link", "extra_head", "wrong_link")

# match(gold_name, predicted_element) -> bool: the scorer's element comparison.
Match = Callable[[str, object], bool]


def _prefix(short: Sequence, long: Sequence, same: Callable[[object, object], bool]) -> bool:
    return len(short) < len(long) and all(same(a, b) for a, b in zip(short, long, strict=False))


def _suffix(short: Sequence, long: Sequence, same: Callable[[object, object], bool]) -> bool:
    return len(short) < len(long) and all(same(a, b) for a, b in zip(short[::-1], long[::-1], strict=False))


def _words(name: str) -> set[str]:
    """Content words of a name, lower case, a plural -s dropped ("Houthis" ~ "Houthi")."""
    words = {w.rstrip("s") for w in re.findall(r"[^\W\d_]{3,}", name.casefold())}
    return words - {"the", "and", "for"}


def origin_error_kind(
    g_chain: Sequence[str],
    p_chain: Sequence[object],
    gold_types: dict[str, str],
    match: Match,
    p_name: Callable[[object], str],
) -> str:
    """The kind of a wrong origin (see the module docstring); call only when it is wrong.

    `gold_types` maps the gold file's canonical names to their types; `match(g, p)` says
    whether predicted element p is gold name g; `p_name(p)` is p's name as written.
    """
    if not g_chain:
        return "extra_source"
    if not p_chain:
        if all(gold_types.get(g) == "Outlet" for g in g_chain):
            return "missing_outlet_head"
        return "missing_source"
    if _prefix(p_chain, g_chain, lambda p, g: match(g, p)):
        return "truncated_chain"
    if _prefix(g_chain, p_chain, match):
        return "extra_link"
    origin = p_chain[-1]
    hits = [g for g in gold_types if match(g, origin)]
    if not hits:
        return "name_mismatch" if _words(p_name(origin)) & _words(g_chain[-1]) else "unknown_source"
    if gold_types.get(hits[0]) != gold_types.get(g_chain[-1]):
        return "type_mismatch"
    return "wrong_antecedent"


def chain_error_kind(
    g_chain: Sequence[str], p_chain: Sequence[object], gold_types: dict[str, str], match: Match
) -> str:
    """The kind of a wrong chain whose origin is right (see the module docstring)."""
    if _suffix(p_chain, g_chain, lambda p, g: match(g, p)):
        return "missing_outlet_head" if gold_types.get(g_chain[0]) == "Outlet" else "missing_link"
    if _suffix(g_chain, p_chain, match):
        return "extra_head"
    return "wrong_link"
