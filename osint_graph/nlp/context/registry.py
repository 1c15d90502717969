"""The registry of context rules: triggers (what to look for) and rules (what a match means).

A *trigger* is a named set of cue words, matched once per document: on the lower-case form
(`attr="LOWER"`) or on the lemma (`attr="LEMMA"`) by one PhraseMatcher each, or by a test on every
token (`token=`, for regular expressions and case-sensitive prefixes; `text=` when the test reads the
token's text alone: it then runs once per distinct word of a document, not once per token, and a
`token=` test beside it only runs on the tokens whose text passed).  `accept` may check a match
(its case, its part of speech) and move its bounds, or drop it by returning None.

A *rule* is a function registered with `@context_rule(trigger, order=...)`; it is called for every
match of its trigger as `rule(ctx, doc, start, end, cands)` and appends `Candidate`s.  A rule
without a trigger runs once per document as `rule(ctx, doc, cands)`.  Rules run trigger by
trigger, in the order of their `order`; for each match of a trigger, all its rules run in order
(later rules may read what earlier ones found: an IMO number attaches to the vessel before it).

Adding a rule: one function with the decorator in the family module it belongs to (vessels,
places, people, outlets, organizations, weapons), its cue words in a file under
`sources/rules/context/` (or `common/`), and a test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

Accept = Callable[[Doc, int, int], "tuple[int, int] | None"]


@dataclass(frozen=True)
class Trigger:
    name: str
    attr: str  # LOWER | LEMMA | TOKEN
    phrases: tuple[str, ...] = ()
    accept: Accept | None = None
    token: Callable[[Token], bool] | None = None
    text: Callable[[str], bool] | None = None  # a test on the token's text alone (see the docstring)


@dataclass(frozen=True)
class Rule:
    name: str
    trigger: str | None
    order: int
    func: Callable


TRIGGERS: dict[str, Trigger] = {}
RULES: dict[str, Rule] = {}


def trigger(
    name: str,
    phrases: Iterable[str] = (),
    *,
    attr: str = "LOWER",
    accept: Accept | None = None,
    token: Callable[[Token], bool] | None = None,
    text: Callable[[str], bool] | None = None,
) -> None:
    """Declare a trigger: cue phrases matched on `attr`, or a test on every token (`token`, `text`)."""
    if attr not in ("LOWER", "LEMMA", "TOKEN"):
        raise ValueError(f"trigger {name}: attr must be LOWER, LEMMA or TOKEN, not {attr!r}")
    if (attr == "TOKEN") != (token is not None or text is not None):
        raise ValueError(f"trigger {name}: a token or text test goes with attr='TOKEN' and only there")
    TRIGGERS[name] = Trigger(name, attr, tuple(sorted(set(phrases))), accept, token, text)


def context_rule(trigger: str | None, *, order: int) -> Callable[[Callable], Callable]:
    """Register a rule for every match of `trigger` (None: once per document)."""

    def register(func: Callable) -> Callable:
        RULES[func.__name__] = Rule(func.__name__, trigger, order, func)
        return func

    return register


def schedule() -> list[tuple[str | None, list[Rule]]]:
    """The rules grouped by trigger, in the order they run (see the module docstring)."""
    groups: list[tuple[str | None, list[Rule]]] = []
    by_trigger: dict[str, list[Rule]] = {}
    for rule in sorted(RULES.values(), key=lambda r: r.order):
        if rule.trigger is None:
            groups.append((None, [rule]))
        elif rule.trigger in by_trigger:
            by_trigger[rule.trigger].append(rule)
        else:
            missing = rule.trigger not in TRIGGERS
            if missing:
                raise KeyError(f"context rule {rule.name} waits for an undeclared trigger {rule.trigger!r}")
            by_trigger[rule.trigger] = [rule]
            groups.append((rule.trigger, by_trigger[rule.trigger]))
    return groups
