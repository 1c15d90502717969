"""Facts: the events that claims state -- port calls, shipments, trip counts.

No pipeline component of its own: the last step of `osint_claims` (`claims.py`), which stores
its result as `doc._.facts` (list of `model.Fact`). It reads the claims with their clause
tokens, the entities (`span._.entity_id`), `doc._.figures` (`span._.figure_value`,
`figure_unit`) and `doc._.dates` (`span._.date_value`). The verbs and nouns of events are
data under `sources/rules/facts/`.

A fact's id comes from its content, never from its article, so that every
article stating the same port call yields the same Fact id and the store
links all their claims to one node:

- ``portcall:<vessel id>:<port id>:<date or 'undated'>``
- ``shipment:<origin>:<destination>:<item>:<quantity><unit>:<date or 'undated'>``
  (missing parts are ``-``)
- ``trips:<vessel or ->:<destination or ->:<quantity>:<date or 'undated'>``

Only claims that assert an event make facts: negated or hedged clauses do
not ("cannot be ruled out that weapons are transported" is no shipment).
The rules read the dependency parse of the claim's clause:

- port call: a vessel (the subject, or the vessel 'it' / 'the ship' refers
  back to -- "The ship Lady R ... made another trip, arriving in Rajin on
  February 4") arrives / docks / berths / calls / is at / makes port at a PORT
  entity; the date is the date attached to that verb.  A relative clause on a
  vessel counts ("the Lady R, which reached Rajin on February 4").
- port call stated by a noun (call / arrival / visit): "X's arrival at PORT on
  DATE", "a call at PORT by X on DATE", "the last two calls at PORT were made
  by A on D1 and B on D2".  Each vessel gets its own fact with its own date
  (the first date after it, before the next vessel).  With no place in the
  sentence ("the last two arrivals were A on D1 and B on D2") the port is the
  one port named in the previous sentence or earlier in the paragraph; with
  none or several there, no fact.
- shipment: send / ship / deliver / supply / transport / transfer / export:
  origin is the active subject or a "from" place, destination a "to"/"into"
  place (or the object of "supply X with Y"), item the weapon entity of the
  object (else the figure's unit, else a cargo noun), quantity and unit from
  the figure on the object.  Places are COUNTRY, PORT or LOCATION entities.
  A shipment needs an origin or destination and an item or quantity.
- trip count: a figure counting trips / voyages / runs; the vessel if one is
  named as the subject; the destination if stated.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from osint_graph.model import Fact
from osint_graph.nlp.claim_referents import entity_id_of, subject_vessel
from osint_graph.nlp.extensions import doc_text
from osint_graph.nlp.rules import words
from osint_graph.nlp.source_resolution import AttributionContext
from osint_graph.nlp.syntax import asserted, described, ext, tokens_of

ARRIVE = words("facts/arrival_verbs")
SHIP = words("facts/shipment_verbs")
TRIP_NOUNS = words("facts/trip_nouns")
# the kinds of claim that can state an event (an accusation or a denial states no shipment)
FACT_KINDS = words("facts/fact_kinds")
PLACE_LABELS = words("facts/place_labels")
# nouns naming a port call: "the last two calls at Rajin", "X's arrival at PORT", "X's visit to PORT"
CALL_NOUNS = words("facts/call_nouns")
MODALS = words("common/modal_auxiliaries")
CARGO_NOUNS = words("facts/cargo_nouns")


def _eid(ent: Span | None) -> str | None:
    if ent is None:
        return None
    return entity_id_of(ent)


def _place_in(doc: Doc, toks: Sequence[Token], ent_at: list[Span | None]) -> Span | None:
    for t in toks:
        ent = ent_at[t.i]
        if ent is not None and ent.label_ in PLACE_LABELS:
            return ent
    return None


def _prep_objects(verb: Token, preps: set[str]) -> list[Token]:
    out = []
    for c in verb.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in preps:
            for g in c.children:
                if g.dep_ == "pobj":
                    out.extend(sorted(g.subtree, key=lambda t: t.i))
    return out


# A verb dated relative to another event has no date of the sentence's own.
RELATIVE_TIME_WORDS = words("facts/relative_time_words")


def _date_near(verb: Token, dates: list[Span], s: int, f: int) -> str | None:
    inside = [d for d in dates if s <= d.start and d.end <= f and ext(d, "date_value") and not described(d, verb)]
    sub = {t.i for t in verb.subtree}
    own = [d for d in inside if d.root.i in sub]
    # prefer dates hanging directly on the verb ("arriving in Rajin on February 4")
    own.sort(key=lambda d: (0 if d.root.head == verb or d.root.head.head == verb else 1, d.start))
    if not own and any(t.lower_ in RELATIVE_TIME_WORDS for t in verb.subtree):
        return None  # 'loaded on March 12 and arrived two days later': not March 12, and unresolved
    pick = own[0] if own else (inside[0] if inside else None)
    return str(ext(pick, "date_value")) if pick is not None else None


def _relative_on_vessel(verb: Token, ent_at: list[Span | None]) -> Span | None:
    """The vessel a relative clause describes ("the Lady R, which reached Rajin on ..."), if unhedged."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB":
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in verb.children):
        return None
    ent = ent_at[verb.head.i]
    return ent if ent is not None and ent.label_ == "VESSEL" else None


def _context_port(doc: Doc, i: int, ents: Sequence[Span]) -> Span | None:
    """The one port named in the previous sentence or earlier in the same paragraph, else None."""
    sent = doc[i].sent
    prev = doc[sent.start - 1].sent if sent.start > 0 else None
    para = doc_text(doc).rfind("\n\n", 0, sent.start_char)
    para = 0 if para < 0 else para
    found: dict[str, Span] = {}
    for e in ents:
        if e.label_ != "PORT" or e.start_char >= sent.start_char:
            continue
        if e.start_char >= para or (prev is not None and prev.start <= e.start and e.end <= prev.end):
            eid = _eid(e)
            if eid:
                found.setdefault(eid, e)
    return next(iter(found.values())) if len(found) == 1 else None


def _noun_calls(
    doc: Doc, n: Token, s: int, f: int, main: Token, ent_at: list[Span | None], dates: list[Span], ctx: object
) -> list[tuple[Span, Span, str | None]]:
    """(vessel, port, date) for each call a call noun states, each vessel with its own date.

    "X's arrival at PORT on DATE", "a call at PORT by X on DATE", "the last two calls at PORT were made
    by A on D1 and B on D2", "the last two arrivals were A on D1 and B on D2" (the port then is the one
    port of the previous sentence or of the paragraph so far).
    """
    if n.pos_ != "NOUN" or n.lemma_.lower() not in CALL_NOUNS:
        return []
    port_toks = [c for c in n.children if c.dep_ == "prep" and c.lower_ in ("at", "in", "to", "into")]
    port = next((ent_at[g.i] for p in port_toks for g in p.subtree if ent_at[g.i] is not None
                 and ent_at[g.i].label_ == "PORT"), None)  # fmt: skip
    subject = n.dep_ in ("nsubj", "nsubjpass") and n.head.i != n.i
    if subject and not asserted(n.head, main):
        return []
    if port is None:
        sent = doc[n.i].sent
        if n.lemma_.lower() == "stop" or not subject or n.head.lemma_ not in ("be", "make"):
            return []
        if port_toks:  # a call somewhere named, not a port ("the Sea Lark's arrival in Ruritania was ...")
            return []
        if any(ent_at[t.i] is not None and ent_at[t.i].label_ == "PORT" for t in sent):
            return []
        port = _context_port(doc, n.i, ctx.ents)  # type: ignore[attr-defined]
        if port is None:
            return []
    scope = {t.i for t in (n.head.subtree if subject else n.subtree)}
    seen: set[int] = set()
    ships: list[Span] = []
    for t in doc[s:f]:
        ent = ent_at[t.i]
        if ent is not None and ent.label_ == "VESSEL" and ent.start not in seen and t.i in scope:
            seen.add(ent.start)
            ships.append(ent)
    own = [d for d in dates if s <= d.start and d.end <= f and ext(d, "date_value") and d.root.i in scope]
    out = []
    for k, ship in enumerate(ships):
        stop = ships[k + 1].start if k + 1 < len(ships) else f
        after = [d for d in own if ship.end <= d.start < stop]
        if after:
            date = str(ext(after[0], "date_value"))
        elif len(ships) == 1:  # "On January 9, X's arrival at PORT ..."
            before = [d for d in own if d.end <= ship.start]
            date = str(ext(before[-1], "date_value")) if before else None
        else:
            date = None
        out.append((ship, port, date))
    return out


def _fmt_qty(q: float | None, unit: str | None = None) -> str:
    if q is None:
        return "-"
    number = str(int(q)) if float(q).is_integer() else repr(float(q))
    return number + (unit or "")


def _items(item_toks: Sequence[Token], figures: Sequence[Span], ent_at: list[Span | None]) -> list[tuple]:
    """(quantity, unit, item) for each thing a shipment carries: a counted figure or a named weapon.

    The item is the weapon entity the figure counts ("2 million 152 mm shells"), else the figure's
    unit, else a cargo noun; a weapon named without a number is an item of unknown quantity.
    """
    idx = {t.i for t in item_toks}
    out: list[tuple] = []
    used: set[int] = set()
    for fig in figures:
        if not (fig.start in idx or fig.root.i in idx):
            continue
        value = ext(fig, "figure_value")
        unit = ext(fig, "figure_unit")
        counted = fig.root if fig.root.pos_ == "NOUN" else fig.root.head
        weapon = ent_at[counted.i] or next((ent_at[t.i] for t in fig if ent_at[t.i] is not None), None)
        if weapon is not None and weapon.label_ == "WEAPON":
            used.add(weapon.start)
            item = _eid(weapon)
        else:
            item = str(unit) if unit else None
        if item is None:
            continue
        qty = float(value) if isinstance(value, (int, float)) else None
        out.append((qty, str(unit) if unit and qty is not None else None, item))
    for t in item_toks:
        ent = ent_at[t.i]
        if ent is not None and ent.label_ == "WEAPON" and ent.start not in used:
            used.add(ent.start)
            out.append((None, None, _eid(ent)))
    if not out:
        nouns = [t for t in item_toks if t.pos_ == "NOUN" and t.lemma_.lower() in CARGO_NOUNS]
        if nouns:
            out.append((None, None, nouns[0].lemma_.lower()))
    return out


def derive_facts(doc: Doc, infos: Sequence[object], ctx: object | None = None) -> list[Fact]:
    """Facts stated by the claims of a Doc (ids deterministic from content)."""
    if ctx is None:
        ctx = AttributionContext(doc)
    ent_at = ctx.ent_at  # type: ignore[attr-defined]
    figures = [f for f in (ext(doc, "figures") or []) if isinstance(f, Span)]
    dates = [d for d in (ext(doc, "dates") or []) if isinstance(d, Span)]
    vessels = [e for e in ctx.ents if e.label_ == "VESSEL"]  # type: ignore[attr-defined]
    facts: dict[str, dict] = {}
    order: list[str] = []

    def add(fid: str, claim_id: str, **fields: object) -> None:
        if fid not in facts:
            facts[fid] = {"id": fid, "claims": [], **fields}
            order.append(fid)
        if claim_id not in facts[fid]["claims"]:
            facts[fid]["claims"].append(claim_id)

    for info in infos:
        claim = info.claim  # type: ignore[attr-defined]
        if claim.negated or claim.hedged or claim.kind not in FACT_KINDS:
            continue
        s, f = info.start, info.end  # type: ignore[attr-defined]
        toks = tokens_of(doc)[s:f]
        main = info.main  # type: ignore[attr-defined]
        # ---- port calls
        for v in toks:
            lemma = v.lemma_.lower()
            if lemma not in ARRIVE and lemma not in ("be", "make"):
                continue  # no port call by this verb (tested first: `asserted` walks up the parse)
            port_toks: list[Token] = []
            if not asserted(v, main) and _relative_on_vessel(v, ent_at) is None:
                continue
            if lemma in ARRIVE and v.pos_ == "VERB":
                port_toks = _prep_objects(v, {"in", "at", "to", "into", "from"}) + [
                    c for c in v.children if c.dep_ == "dobj"
                ]
            elif lemma == "be" and v.pos_ == "AUX" and v.dep_ not in ("aux", "auxpass"):
                port_toks = _prep_objects(v, {"in", "at"})
            elif (
                lemma == "make"
                and v.pos_ == "VERB"
                and any(c.dep_ == "dobj" and c.lemma_.lower() == "port" for c in v.children)
            ):  # "X made port at PORT on DATE"
                port_toks = _prep_objects(v, {"in", "at"})
            if not port_toks:
                continue
            port = next((ent_at[t.i] for t in port_toks if ent_at[t.i] is not None
                         and ent_at[t.i].label_ == "PORT"), None)  # fmt: skip
            if port is None:
                continue
            vessel = subject_vessel(ctx, v, vessels) or _relative_on_vessel(v, ent_at)
            if vessel is None:
                # a subject the parser lost ("From Rason Port, the Lady R loaded ..."): the clause's only vessel
                inside = {ent_at[t.i].start: ent_at[t.i] for t in toks if ent_at[t.i] is not None
                          and ent_at[t.i].label_ == "VESSEL"}  # fmt: skip
                if len(inside) != 1:
                    continue
                vessel = next(iter(inside.values()))
            vid, pid = _eid(vessel), _eid(port)
            if not vid or not pid:
                continue
            date = _date_near(v, dates, s, f)
            add(
                f"portcall:{vid}:{pid}:{date or 'undated'}", claim.id, kind="port_call", vessel=vid, port=pid, date=date
            )
        # ---- port calls stated by a noun: "the last two calls at PORT were made by A on D1 and B on D2"
        for n in toks:
            for vessel, port, date in _noun_calls(doc, n, s, f, main, ent_at, dates, ctx):
                vid, pid = _eid(vessel), _eid(port)
                if vid and pid:
                    add(f"portcall:{vid}:{pid}:{date or 'undated'}", claim.id, kind="port_call", vessel=vid,
                        port=pid, date=date)  # fmt: skip
        # ---- shipments
        for v in toks:
            if v.lemma_.lower() not in SHIP or v.pos_ != "VERB" or not asserted(v, main):
                continue
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
            subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            objs = [c for c in v.children if c.dep_ == "dobj"]
            origin = _place_in(doc, _prep_objects(v, {"from", "out"}), ent_at)
            dest = _place_in(doc, _prep_objects(v, {"to", "into", "towards", "for"}), ent_at)
            item_toks: list[Token] = []
            if subj and not passive:
                origin = origin or _place_in(doc, sorted(subj[0].subtree, key=lambda t: t.i), ent_at)
            if passive and subj:
                item_toks = sorted(subj[0].subtree, key=lambda t: t.i)
            if objs:
                obj_toks = sorted(objs[0].subtree, key=lambda t: t.i)
                obj_place = _place_in(doc, obj_toks[:3], ent_at)
                if v.lemma_ in ("supply", "provide") and obj_place is not None:
                    dest = dest or obj_place
                    item_toks = _prep_objects(v, {"with"})
                else:
                    item_toks = obj_toks
            if not item_toks:
                item_toks = _prep_objects(v, {"with"})
            oid, did = _eid(origin), _eid(dest)
            if not (oid or did) or (oid is not None and oid == did):
                continue
            date = _date_near(v, dates, s, f)
            for qty, unit, item in _items(item_toks, figures, ent_at):
                fid = f"shipment:{oid or '-'}:{did or '-'}:{item}:{_fmt_qty(qty, unit)}:{date or 'undated'}"
                add(
                    fid,
                    claim.id,
                    kind="shipment",
                    origin=oid,
                    destination=did,
                    item=item,
                    quantity=qty,
                    unit=unit,
                    date=date,
                )
        # ---- trip counts
        for n in toks:
            if n.lemma_.lower() not in TRIP_NOUNS or n.pos_ != "NOUN":
                continue
            fig = next((x for x in figures if s <= x.start and x.end <= f and (x.root.head == n or n.i in
                        range(x.start, x.end) or x.root.i == n.i)), None)  # fmt: skip
            if fig is None:
                continue
            quantity = ext(fig, "figure_value")
            if not isinstance(quantity, (int, float)):
                continue
            verb = n.head if n.head.pos_ in ("VERB", "AUX") else n
            vessel = subject_vessel(ctx, verb, vessels) if verb.i != n.i else None
            dest = _place_in(
                doc, _prep_objects(n, {"to", "into", "between"}) + _prep_objects(verb, {"to", "into"}), ent_at
            )
            vid, did = _eid(vessel), _eid(dest)
            date = _date_near(verb, dates, s, f)
            fid = f"trips:{vid or '-'}:{did or '-'}:{_fmt_qty(float(quantity))}:{date or 'undated'}"
            add(
                fid,
                claim.id,
                kind="trip_count",
                vessel=vid,
                destination=did,
                quantity=float(quantity),
                unit="trip",
                date=date,
            )
    return [Fact(**{k: (tuple(v) if k == "claims" else v) for k, v in facts[fid].items()}) for fid in order]
