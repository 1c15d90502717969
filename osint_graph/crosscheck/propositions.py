"""Propositions: a group of claims as one statement, with its figures, origins, corroborations and denials."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from osint_graph.crosscheck import figures as cf
from osint_graph.crosscheck.figures import FigureView, as_of, compare_figures, figure_views
from osint_graph.crosscheck.grouping import Context, Group, Signature
from osint_graph.crosscheck.origins import Origin
from osint_graph.crosscheck.records import ClaimRecord, date_span
from osint_graph.crosscheck.settings import Settings

ACCUSATION_KINDS = frozenset({"accusation", "shipment", "quantity", "sanction"})


@dataclass
class Proposition:
    id: str
    kind: str
    statement: str
    entities: list[tuple[str, str]]  # (id, name) of its key entities
    claims: list[ClaimRecord]
    origins: dict[str, Origin]  # claim id -> origin
    figures: list[FigureView]
    comparisons: list[cf.Comparison]
    grade: int = 6
    grade_rule: str = ""
    denials: list[tuple[str, str]] = field(default_factory=list)  # (denial claim, accusation claim in this prop)
    answers: list[tuple[str, str]] = field(default_factory=list)  # (denial claim in this prop, accusation claim)
    concerned: set[str] = field(default_factory=set)  # every entity its claims concern (canonical ids)

    @property
    def independent(self) -> list[Origin]:
        """Distinct known origins (an unknown origin corroborates nothing)."""
        return sorted({o.key: o for o in self.origins.values() if o.known}.values(), key=lambda o: o.name)

    @property
    def outlets(self) -> list[str]:
        # An article without front matter has no known outlet: it is not counted as one.
        return sorted({c.outlet for c in self.claims if c.outlet})

    @property
    def circular(self) -> bool:
        """More outlets than independent origins (and at least one origin known)."""
        return 0 < len(self.independent) < len(self.outlets)

    @property
    def first_reported(self) -> date | None:
        days = [c.published for c in self.claims if c.published]
        return min(days) if days else None

    @property
    def last_reported(self) -> date | None:
        days = [c.published for c in self.claims if c.published]
        return max(days) if days else None

    @property
    def conflicts(self) -> list[cf.Comparison]:
        return [c for c in self.comparisons if c.relation == "conflict"]

    SUMMARY = ("id", "kind", "statement", "grade", "grade_rule", "claims", "outlets", "independent_origins",
               "circular", "conflicts", "first_reported", "last_reported")  # fmt: skip

    def summary(self) -> dict[str, Any]:
        """The proposition in one flat row (counts, not lists): a DataFrame row."""
        return {"id": self.id, "kind": self.kind, "statement": self.statement, "grade": self.grade,
                "grade_rule": self.grade_rule, "claims": len(self.claims), "outlets": len(self.outlets),
                "independent_origins": len(self.independent), "circular": self.circular,
                "conflicts": len(self.conflicts), "first_reported": self.first_reported,
                "last_reported": self.last_reported}  # fmt: skip

    @property
    def series(self) -> list[FigureView]:
        """The growing series among the figures (non-decreasing counts in date order, `cf.series`)."""
        return cf.series(self.figures, self.comparisons)


KIND_TITLES = {
    "port_call": "Port call", "shipment": "Shipment", "quantity": "Quantity", "trip_count": "Trips",
    "denial": "Denial", "accusation": "Accusation", "sanction": "Sanctions", "incident": "Incident",
    "production": "Production", "capability": "Capability", "statement": "Statement",
}  # fmt: skip


def make_propositions(groups: Iterable[Group], ctx: Context, origin: dict[str, Origin]) -> list[Proposition]:
    """One proposition per group of claims, ids made unique."""
    return _dedupe_ids([_proposition(group, ctx, origin) for group in groups])


def attach_denials(propositions: list[Proposition], denies: list[tuple[str, str]]) -> None:
    """Each proposition learns the denials of its claims (`denials`) and the accusations its denials answer."""
    prop_of: dict[str, list[Proposition]] = defaultdict(list)
    for p in propositions:
        for c in p.claims:
            prop_of[c.id].append(p)
    for denial, accused in denies:
        for p in prop_of.get(accused, []):
            p.denials.append((denial, accused))
        for p in prop_of.get(denial, []):
            p.answers.append((denial, accused))


def claim_edges(propositions: list[Proposition]) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """(CORROBORATES, CONFLICTS_WITH) claim pairs with their reasons, each pair once."""
    corroborates, conflicts = [], []
    for p in propositions:
        corroborates += _corroborations(p)
        conflicts += _conflict_edges(p)
    return _unique_pairs(corroborates), _unique_pairs(conflicts)


def _proposition(group: Group, ctx: Context, origin: dict[str, Origin]) -> Proposition:
    sig = group.signature
    claims = sorted(group.claims, key=lambda c: (c.published or date.min, c.article, c.start, c.id))
    kinds = Counter(c.kind for c in claims)
    kind = "port_call" if sig.family == "port_call" else max(sorted(kinds), key=lambda k: kinds[k])
    if sig.family == "denial":
        kind = "denial"
    family = sig.family.split(":", 1)[1] if sig.family.startswith("quantity:") else ""
    figures = figure_views(claims, family, origin) if family else figure_views(claims, "", origin)
    comparisons = compare_figures(figures, ctx.settings.same_period_days)
    ordered = _ordered_entities(sig, claims, ctx)
    entities = [(e, ctx.names.get(e, e)) for e in ordered]
    period = _period(sig, claims)
    statement = make_statement(kind, sig, entities, figures, family, claims, period)
    key = "|".join([sig.family, kind, ",".join(sorted(e for e, _ in entities)), period,
                    claims[0].id if sig.family == "single" else ""])  # fmt: skip
    pid = "prop:" + hashlib.sha256(key.encode()).hexdigest()[:16]
    concerned = {ctx.canon(c.entity) for claim in claims for c in claim.concerns}
    return Proposition(pid, kind, statement, entities, claims, {c.id: origin[c.id] for c in claims}, figures,
                       comparisons, concerned=concerned)  # fmt: skip


def _dedupe_ids(props: list[Proposition]) -> list[Proposition]:
    seen: Counter = Counter()
    out = []
    for p in sorted(props, key=lambda p: (p.id, p.claims[0].id)):
        seen[p.id] += 1
        if seen[p.id] > 1:
            p.id = f"{p.id}-{seen[p.id]}"
        out.append(p)
    return out


def _ordered_entities(sig: Signature, claims: list[ClaimRecord], ctx: Context) -> list[str]:
    if sig.family == "port_call":
        return [x for x in sig.detail[:2] if x]
    counts = Counter(e for claim in claims for e in {ctx.canon(c.entity) for c in claim.concerns} if e in sig.entities)
    top = max(counts.values(), default=0)
    common = frozenset(e for e in sig.entities if counts[e] * 2 >= top) or sig.entities
    order: dict[str, tuple] = {}
    for claim in claims:
        for i, c in enumerate(claim.concerns):
            e = ctx.canon(c.entity)
            if e in sig.entities:
                order.setdefault(e, (i, e))
                order[e] = min(order[e], (i, e))
    return sorted(common, key=lambda e: order.get(e, (99, e)))


def _period(sig: Signature, claims: list[ClaimRecord]) -> str:
    if sig.family == "port_call":
        return sig.detail[2] or ""
    if sig.family.startswith("quantity:") and sig.detail != ("measure",):
        return ""
    spans = [s for c in claims if (s := date_span(c.date))]
    if not spans:
        return ""
    lo, hi = min(s[0] for s in spans), max(s[1] for s in spans)
    return lo.isoformat() if lo == hi else f"{lo.isoformat()}/{hi.isoformat()}"


def make_statement(kind: str, sig: Signature, entities: list[tuple[str, str]], figures: list[FigureView],
                   family: str, claims: list[ClaimRecord], period: str) -> str:  # fmt: skip
    """A readable summary from the kind, the key entities, the figures and the period."""
    names = [n for _, n in entities]
    if sig.family == "single":
        text = claims[0].text.strip()
        return text if len(text) <= 140 else text[:137].rstrip() + "..."
    if sig.family == "port_call":
        vessel, port, day = sig.detail
        who = ctx_name(entities, vessel) or "a vessel"
        where = ctx_name(entities, port) or "a port"
        return f"{who} called at {where} on {day}"
    if sig.family == "denial":
        return f"Denial concerning {_join(names) or 'the accusations'}" + (f" ({period})" if period else "")
    title = KIND_TITLES.get(kind, kind.replace("_", " ").capitalize())
    text = f"{title}: {_join(names)}" if names else title
    if family:
        text += f" - {family}"
        if figures:
            ordered = sorted(figures, key=lambda f: (f.as_of or date.min, f.id))
            shown = [f.text for f in ordered]
            if len(shown) > 4:
                shown = [shown[0], "...", shown[-1]]
            text += f": {', '.join(shown)}"
    first, last = (claims[0].published, claims[-1].published)
    if period:
        text += f" ({period})"
    elif family and first and last:
        text += f" (reported {first.isoformat()}" + (f" to {last.isoformat()})" if last != first else ")")
    return text


def ctx_name(entities: list[tuple[str, str]], entity: str | None) -> str | None:
    return next((n for e, n in entities if e == entity), None)


def _join(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _corroborations(p: Proposition) -> list[tuple[str, str, str]]:
    """Claim pairs of one proposition from different origins whose figures do not conflict."""
    conflicting = {frozenset((c.a, c.b)) for c in p.comparisons if c.relation == "conflict"}
    figs = {c.id: {f.id for f in p.figures if f.claim == c.id} for c in p.claims}
    out = []
    for i, a in enumerate(p.claims):
        for b in p.claims[i + 1 :]:
            oa, ob = p.origins[a.id], p.origins[b.id]
            if oa.key == ob.key or not (oa.known and ob.known):
                continue
            if any(frozenset((x, y)) in conflicting for x in figs[a.id] for y in figs[b.id]):
                continue
            later, earlier = (b, a) if (b.published or date.min, b.id) >= (a.published or date.min, a.id) else (a, b)
            out.append((later.id, earlier.id, f"independent origins: {p.origins[later.id].name} and "
                                               f"{p.origins[earlier.id].name}"))  # fmt: skip
    return out


def _conflict_edges(p: Proposition) -> list[tuple[str, str, str]]:
    claim_of = {f.id: f.claim for f in p.figures}
    out = []
    for c in p.conflicts:
        a, b = claim_of[c.a], claim_of[c.b]
        if a != b:
            out.append((a, b, c.reason))
    return out


def _unique_pairs(pairs: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    joined: dict[tuple[str, str], list[str]] = {}
    for a, b, reason in pairs:
        reasons = joined.setdefault((a, b), [])
        if reason not in reasons:
            reasons.append(reason)
    return [(a, b, "; ".join(r)) for (a, b), r in sorted(joined.items())]


# ----------------------------------------------------------------------------------------- denials


def link_denials(claims: Iterable[ClaimRecord], ctx: Context, settings: Settings) -> list[tuple[str, str]]:
    """(denial, accusation) pairs: shared countries (and the other things the denial names), the
    accusation published from `denial_lookback_days` before the denial to `denial_near_days` after."""
    claims = list(claims)
    denials = [c for c in claims if c.is_denial]
    targets = [c for c in claims if not c.is_denial and c.kind in ACCUSATION_KINDS and not c.negated]
    target_countries = {t.id: set(ctx.key_entities(t, ("Country",), keep_sources=True)) for t in targets}
    target_all = {t.id: {ctx.canon(c.entity) for c in t.concerns} for t in targets}
    out = []
    for d in denials:
        countries = set(ctx.key_entities(d, ("Country",), keep_sources=True))
        others = set(ctx.key_entities(d, ("Vessel", "Port")))  # places in datelines ("MOSCOW, ...") do not count
        if not countries:
            continue
        need = min(2, len(countries))
        when = d.published or as_of(d)
        lo = when - timedelta(days=settings.denial_lookback_days) if when else None
        hi = when + timedelta(days=settings.denial_near_days) if when else None
        for t in targets:
            if len(countries & target_countries[t.id]) < need or (others and not others & target_all[t.id]):
                continue
            at = t.published or as_of(t)
            if lo and hi and at and not lo <= at <= hi:
                continue
            out.append((d.id, t.id))
    return out
