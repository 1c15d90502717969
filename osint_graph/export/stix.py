"""STIX 2.1 bundle, built with the `stix2` library.

What becomes what:

- outlets, organisations and people (and countries cited as sources) are
  `identity` objects; an article is a `report` created by its outlet's identity,
  whose `object_refs` list the entities it mentions and the notes of its claims;
- a claim is a `note` on the objects it concerns (and on its report): the quote
  is its `content`, followed by the attribution chain; the chain is also in the
  note's osint-graph property extension, with the claim's kind, stance, hedging,
  date, offsets and our id; each link of the chain is also an `attributed-to`
  relationship from the note to the source's identity;
- ports, countries (ISO code in `country`) and other places are `location`
  objects (a place with neither coordinates nor one country code cannot be a
  STIX location and is left out, and counted in the summary);
- a port call is a `located-at` relationship from the vessel to the port with
  the date as `start_time`; a shipment is a `shipped-to` relationship from its
  origin to its destination (and from its vessel to the destination); a
  proposition of the cross-check is a `grouping` of its claims' notes;
  DENIES, CORROBORATES and CONFLICTS_WITH are relationships between notes.

Vessels and weapon types: `identity` objects with identity_class "system", their
identifiers (IMO number, MMSI, flag, vessel type; weapon category and calibre) and
aliases in our property extension, the IMO number also as an external reference.
STIX 2.1 has no object for a ship.  A new STIX Domain Object of our own would be
the faithful choice, but the tools analysts open STIX in drop it: MISP's converter
(misp-stix) knows no such type and loses every vessel, and `stix2.parse` with
allow_custom=False rejects the whole bundle (and every note that refers to a vessel)
until the consumer registers our class.  `infrastructure` is dropped by misp-stix too,
and its meaning and vocabulary are those of cyber attacks.  An identity of class
"system" (STIX: identities may be "classes of individuals, organizations, systems or
groups") survives all three: misp-stix makes it a MISP `identity` object, OpenCTI a
System, and `located-at` from an identity to a location (a port call) is a relationship
the specification defines.  The extension (an `extension-definition` travelling in
the bundle, of type `property-extension`) keeps what an identity has no field for;
`osint_label` says which kind of thing the identity is.  Properties of ours on
standard objects (a source's reliability, a claim's attribution chain, grade, our ids)
sit in the same extension.

Confidence: STIX `confidence` (0-100) is set only where the cross-check has
graded the information, with the normative mapping of STIX 2.1 (Appendix on
confidence scales) from the Admiralty information-credibility scale: 1
confirmed by other sources = 90, 2 probably true = 70, 3 possibly true = 50,
4 doubtful = 30, 5 improbable = 10, 6 truth cannot be judged = no confidence
property.  A note takes the grade of its claim's proposition (the best one if
several), a grouping its proposition's, a port call or shipment relationship
the best grade among its supporting claims.  Source reliability (A-F) is not a
confidence in the object and is carried as `reliability` in the extension.

Ids are UUIDv5 of our own ids (namespace derived from the project's base IRI),
and timestamps come from the store (`ingestedAt`), so exporting the same store
twice gives the same bundle.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

import networkx as nx
import stix2
from stix2.confidence.scales import admiralty_credibility_to_value
from stix2.properties import BooleanProperty, IntegerProperty, ListProperty, StringProperty

from osint_graph.export.graph import (
    attribution_chain,
    claim_article,
    claim_grades,
    fact_summary,
    in_edges,
    nodes_of,
    out_edges,
)

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://w3id.org/osint-graph/")
ADMIRALTY_CREDIBILITY = {
    1: "1 - Confirmed by other sources",
    2: "2 - Probably True",
    3: "3 - Possibly True",
    4: "4 - Doubtful",
    5: "5 - Improbable",
    6: "6 - Truth cannot be judged",
}
EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


def stix_id(stix_type: str, our_id: str) -> str:
    return f"{stix_type}--{uuid.uuid5(NAMESPACE, f'{stix_type}:{our_id}')}"


TOOL_IDENTITY = stix_id("identity", "osint-graph")
PROPERTY_EXTENSION = stix_id("extension-definition", "osint-graph-properties")


@stix2.CustomExtension(
    PROPERTY_EXTENSION,
    [
        ("osint_id", StringProperty()),
        ("osint_label", StringProperty()),
        ("reliability", StringProperty()),
        ("attribution", ListProperty(StringProperty)),
        ("origin", StringProperty()),
        ("claim_kind", StringProperty()),
        ("stance", StringProperty()),
        ("hedged", BooleanProperty()),
        ("negated", BooleanProperty()),
        ("date", StringProperty()),
        ("start_offset", IntegerProperty()),
        ("end_offset", IntegerProperty()),
        ("admiralty_credibility", IntegerProperty()),
        ("supporting_claims", ListProperty(StringProperty)),
        ("aliases", ListProperty(StringProperty)),
        ("imo", StringProperty()),
        ("mmsi", StringProperty()),
        ("flag", StringProperty()),
        ("vessel_type", StringProperty()),
        ("category", StringProperty()),
        ("calibre", StringProperty()),
    ],
)
class OsintProperties:
    extension_type = "property-extension"


EXTENSION_SCHEMAS = {
    PROPERTY_EXTENSION: (
        "osint-graph properties",
        "property-extension",
        "Provenance and assessment added by osint-graph to standard objects. Properties: osint_id and "
        "osint_label (the node's id and label in the osint-graph store), reliability (Admiralty source "
        "reliability A-F), attribution (the claim's attribution chain, nearest cited source first), origin "
        "(the end of that chain), claim_kind, stance ('denial'), hedged, negated, date (ISO date or interval "
        "the claim refers to), start_offset and end_offset (character span in the article), "
        "admiralty_credibility (1-6, from the cross-check), supporting_claims (osint-graph claim ids); on "
        "identities that stand for a vessel or a weapon type (osint_label Vessel or Weapon): aliases, imo "
        "(IMO number, 7 digits), mmsi (9 digits), flag (ISO 3166-1 alpha-2 code of the flag state), "
        "vessel_type, category and calibre.",
    ),
}


def confidence(grade: int | None) -> int | None:
    """STIX 2.1 normative mapping from Admiralty credibility; 6 (cannot be judged) gives None."""
    if grade is None or grade not in ADMIRALTY_CREDIBILITY or grade == 6:
        return None
    return admiralty_credibility_to_value(ADMIRALTY_CREDIBILITY[grade])


def _utc(value: Any, default: datetime) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    return default


def _start_time(value: str | None) -> datetime | None:
    """The start of an ISO date or interval ('2023-09-07/2023-10-01'); None if not a day."""
    if not value:
        return None
    try:
        return _utc(date.fromisoformat(str(value).split("/")[0]), EPOCH)
    except ValueError:
        return None


def _extension(**props: Any) -> dict[str, Any]:
    clean = {k: v for k, v in props.items() if v is not None and v != []}
    return {PROPERTY_EXTENSION: {"extension_type": "property-extension", **clean}}


def _web_url(url: Any) -> str | None:
    return url if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else None


def _country_code(value: Any) -> str | None:
    codes = [c.strip() for c in str(value or "").split(";") if c.strip()]
    return codes[0].upper() if len(codes) == 1 and len(codes[0]) == 2 else None


class _Builder:
    def __init__(self, graph: nx.MultiDiGraph):
        self.graph = graph
        stamps = [d["ingestedAt"] for _, d in graph.nodes(data=True) if isinstance(d.get("ingestedAt"), datetime)]
        self.t0 = _utc(min(stamps), EPOCH) if stamps else EPOCH
        self.objects: dict[str, Any] = {}
        self.refs: dict[str, str] = {}  # our node id -> STIX id
        self.grades = claim_grades(graph)
        self.skipped: dict[str, int] = {}

    def common(self, created: datetime | None = None) -> dict[str, Any]:
        when = created or self.t0
        return {"created": when, "modified": when, "created_by_ref": TOOL_IDENTITY}

    def add(self, obj) -> str:
        self.objects[obj.id] = obj
        return obj.id

    def skip(self, why: str) -> None:
        self.skipped[why] = self.skipped.get(why, 0) + 1

    # -- objects --------------------------------------------------------------
    def tool(self) -> None:
        self.add(
            stix2.Identity(
                id=TOOL_IDENTITY,
                name="osint-graph",
                identity_class="system",
                description="Knowledge graph of news articles, claims and provenance.",
                created=EPOCH,
                modified=EPOCH,
            )
        )
        for ext_id, (name, ext_type, schema) in EXTENSION_SCHEMAS.items():
            self.add(
                stix2.ExtensionDefinition(
                    id=ext_id,
                    name=name,
                    description=schema,
                    schema=schema,
                    version="1.0",
                    extension_types=[ext_type],
                    created_by_ref=TOOL_IDENTITY,
                    created=EPOCH,
                    modified=EPOCH,
                )
            )

    def identity(self, node: str, data: dict, identity_class: str) -> str:
        description = (
            "; ".join(str(data[k]) for k in ("kind", "role", "organization", "country") if data.get(k)) or None
        )
        url = _web_url(data.get("url"))
        refs = [{"source_name": "website", "url": url}] if url else None
        sid = stix_id("identity", node)
        self.add(
            stix2.Identity(
                id=sid,
                name=str(data.get("name") or node),
                identity_class=identity_class,
                description=description,
                external_references=refs,
                **self.common(),
                extensions=_extension(osint_id=node, osint_label=data["label"], reliability=data.get("reliability")),
            )
        )
        return sid

    def location(self, node: str, data: dict) -> str | None:
        lat, lon = data.get("latitude"), data.get("longitude")
        coords = {"latitude": float(lat), "longitude": float(lon)} if lat is not None and lon is not None else {}
        code = data.get("iso2") if data["label"] == "Country" else _country_code(data.get("country"))
        if not coords and not code:
            self.skip(f"{data['label']} without coordinates or a single country code")
            return None
        refs = None
        if data.get("locode"):
            refs = [{"source_name": "UN/LOCODE", "external_id": str(data["locode"])}]
        kind = {"Port": "port", "Country": "country"}.get(data["label"], data.get("kind") or "place")
        sid = stix_id("location", node)
        self.add(
            stix2.Location(
                id=sid,
                name=str(data.get("name") or node),
                description=kind,
                country=code or None,
                external_references=refs,
                **coords,
                **self.common(),
                extensions=_extension(osint_id=node, osint_label=data["label"]),
            )
        )
        return sid

    def entities(self) -> None:
        g = self.graph
        sources = {t for _, t, k in g.edges(keys=True) if k == "ATTRIBUTED_TO"}
        for label, maker in (
            ("Outlet", lambda n, d: self.identity(n, d, "organization")),
            ("Organization", lambda n, d: self.identity(n, d, "organization")),
            ("Person", lambda n, d: self.identity(n, d, "individual")),
            ("Country", self.location),
            ("Port", self.location),
            ("Location", self.location),
        ):
            for node, data in nodes_of(g, label):
                sid = maker(node, data)
                if sid:
                    self.refs[node] = sid
        # A country cited as a source ("Seoul said") is also an identity, located at the country.
        self.source_refs: dict[str, str] = {}
        for node, data in nodes_of(g, "Country"):
            if node in sources:
                sid = self.identity(node, data, "organization")
                self.source_refs[node] = sid
                if node in self.refs:
                    self.relationship(sid, "located-at", self.refs[node], f"country:{node}")
        for label in ("Vessel", "Weapon"):
            for node, data in nodes_of(g, label):
                self.refs[node] = self.thing(node, data)

    def thing(self, node: str, data: dict) -> str:
        """A vessel or weapon type as an identity of class "system" (see the module docstring)."""
        label = data["label"]
        facts = [label.lower()]
        if label == "Vessel":
            facts += [f"{k} {data[p]}" for k, p in (("IMO", "imo"), ("MMSI", "mmsi"), ("flag", "flag")) if data.get(p)]
            facts += [str(data["vesselType"])] if data.get("vesselType") else []
        else:
            facts += [str(data[p]) for p in ("category", "calibre") if data.get(p)]
        imo = data.get("imo")
        sid = stix_id("identity", node)
        self.add(
            stix2.Identity(
                id=sid,
                name=str(data.get("name") or node),
                identity_class="system",
                description="; ".join(facts),
                external_references=[{"source_name": "IMO", "external_id": str(imo)}] if imo else None,
                **self.common(),
                extensions=_extension(
                    osint_id=node,
                    osint_label=label,
                    aliases=list(data.get("aliases") or []),
                    imo=imo,
                    mmsi=data.get("mmsi"),
                    flag=data.get("flag"),
                    vessel_type=data.get("vesselType"),
                    category=data.get("category"),
                    calibre=data.get("calibre"),
                ),
            )
        )
        return sid

    def source_ref(self, node: str) -> str | None:
        return self.source_refs.get(node) or (
            self.refs.get(node) if self.refs.get(node, "").startswith("identity--") else None
        )

    def relationship(self, source: str, rel_type: str, target: str, key: str, **kw) -> str:
        sid = stix_id("relationship", f"{rel_type}|{key}")
        kw = {k: v for k, v in kw.items() if v is not None}
        self.add(
            stix2.Relationship(
                id=sid, source_ref=source, target_ref=target, relationship_type=rel_type, **self.common(), **kw
            )
        )
        return sid

    def claims_and_reports(self) -> None:
        g = self.graph
        notes_by_article: dict[str, list[str]] = {}
        for claim, data in nodes_of(g, "Claim"):
            article = claim_article(g, claim)
            chain = attribution_chain(g, claim)
            names = [str(link["name"]) for link in chain]
            grade = self.grades.get(claim)
            concerned = [self.refs[t] for t, _ in out_edges(g, claim, "CONCERNS") if t in self.refs]
            report = stix_id("report", article) if article else None
            quote = str(data.get("text") or "")
            content = quote
            if names:
                content += "\n\nAttribution (nearest cited source first): " + " <- ".join(names)
            adata = g.nodes[article] if article else {}
            if adata:
                content += (
                    f"\nArticle: {adata.get('title') or article} ({adata.get('outlet') or '?'}, "
                    f"{adata.get('published') or 'undated'})"
                )
            refs = sorted(set(concerned + ([report] if report else [])))
            if not refs:
                self.skip("claim without an article or entity to attach to")
                continue
            abstract = f"{data.get('kind') or 'claim'}{' (denial)' if data.get('stance') == 'denial' else ''}"
            url = _web_url(adata.get("url"))
            sid = stix_id("note", claim)
            self.add(
                stix2.Note(
                    id=sid,
                    abstract=abstract,
                    content=content,
                    object_refs=refs,
                    confidence=confidence(grade),
                    external_references=[{"source_name": str(adata.get("outlet") or "article"), "url": url}]
                    if url
                    else None,
                    **self.common(_utc(data.get("ingestedAt"), self.t0)),
                    extensions=_extension(
                        osint_id=claim,
                        osint_label="Claim",
                        attribution=names,
                        origin=data.get("origin"),
                        claim_kind=data.get("kind"),
                        stance=data.get("stance"),
                        hedged=data.get("hedged"),
                        negated=data.get("negated"),
                        date=data.get("date"),
                        start_offset=data.get("startOffset"),
                        end_offset=data.get("endOffset"),
                        admiralty_credibility=grade,
                    ),
                )
            )
            self.refs[claim] = sid
            if article:
                notes_by_article.setdefault(article, []).append(sid)
            for position, link in enumerate(chain):
                target = self.source_ref(link["id"]) if link["id"] else None
                if target:
                    self.relationship(
                        sid,
                        "attributed-to",
                        target,
                        f"{claim}|{position}",
                        description=f"position {position} of the attribution chain"
                        + (f" ({link['verb']})" if link.get("verb") else ""),
                    )
        for article, data in nodes_of(g, "Article"):
            outlet = next((t for t, _ in out_edges(g, article, "PUBLISHED_BY")), None)
            mentioned = {
                self.refs[t]
                for m, _ in in_edges(g, article, "DERIVED_FROM")
                if g.nodes[m].get("label") == "Mention"
                for t, _ in out_edges(g, m, "REFERS_TO")
                if t in self.refs
            }
            refs = sorted(mentioned | set(notes_by_article.get(article, [])))
            author = self.refs.get(outlet) if outlet else None
            if not refs:
                refs = [author or TOOL_IDENTITY]
            url = _web_url(data.get("url"))
            published = _utc(data.get("published"), _utc(data.get("ingestedAt"), self.t0))
            when = _utc(data.get("ingestedAt"), self.t0)
            self.add(
                stix2.Report(
                    id=stix_id("report", article),
                    name=str(data.get("title") or data.get("sourceFile") or article),
                    published=published,
                    object_refs=refs,
                    created=when,
                    modified=when,
                    created_by_ref=author or TOOL_IDENTITY,
                    lang=data.get("language"),
                    external_references=[{"source_name": str(data.get("outlet") or "article"), "url": url}]
                    if url
                    else None,
                    extensions=_extension(osint_id=article, osint_label="Article"),
                )
            )
            self.refs[article] = stix_id("report", article)

    def facts(self) -> None:
        g = self.graph
        for label in ("PortCall", "Shipment"):
            for fact, data in nodes_of(g, label):
                claims = [c for c, _ in out_edges(g, fact, "SUPPORTED_BY")]
                grades = [self.grades[c] for c in claims if c in self.grades]
                common = {
                    "description": fact_summary(g, fact),
                    "start_time": _start_time(data.get("date")),
                    "confidence": confidence(min(grades)) if grades else None,
                    "extensions": _extension(
                        osint_id=fact, osint_label=label, date=data.get("date"), supporting_claims=claims
                    ),
                }
                vessel = next((self.refs[t] for t, _ in out_edges(g, fact, "INVOLVES") if t in self.refs), None)
                if label == "PortCall":
                    port = next((self.refs[t] for t, _ in out_edges(g, fact, "AT_PORT") if t in self.refs), None)
                    if vessel and port:
                        self.relationship(vessel, "located-at", port, fact, **common)
                    else:
                        self.skip("port call without a vessel or a port location")
                    continue
                origin = next((self.refs[t] for t, _ in out_edges(g, fact, "SHIPPED_FROM") if t in self.refs), None)
                dest = next((self.refs[t] for t, _ in out_edges(g, fact, "SHIPPED_TO") if t in self.refs), None)
                if origin and dest:
                    self.relationship(origin, "shipped-to", dest, f"{fact}|route", **common)
                if vessel and dest:
                    self.relationship(vessel, "shipped-to", dest, f"{fact}|vessel", **common)
                if not dest:
                    self.skip("shipment without a destination location")

    def links(self) -> None:
        g = self.graph
        for start, end, key in g.edges(keys=True):
            a, b = self.refs.get(start), self.refs.get(end)
            if not a or not b:
                continue
            if key in ("DENIES", "CORROBORATES", "CONFLICTS_WITH"):
                reason = g.edges[start, end, key].get("reason")
                self.relationship(a, key.lower().replace("_", "-"), b, f"{start}|{end}", description=reason)
            elif key == "LOCATED_IN":
                self.relationship(a, "located-at", b, f"{start}|{end}")
            elif key == "SAME_AS":
                edge = g.edges[start, end, key]
                self.relationship(
                    a,
                    "related-to",
                    b,
                    f"same-as|{start}|{end}",
                    description=f"same entity ({edge.get('rule', 'resolution')})",
                )
        for prop, data in nodes_of(g, "Proposition"):
            members = sorted(
                {
                    self.refs[c]
                    for c, _ in out_edges(g, prop, "GROUPS") + out_edges(g, prop, "SUPPORTED_BY")
                    if c in self.refs
                }
            )
            if not members:
                continue
            grade = data.get("grade")
            self.add(
                stix2.Grouping(
                    id=stix_id("grouping", prop),
                    name=str(data.get("statement") or prop),
                    context="unspecified",
                    object_refs=members,
                    confidence=confidence(int(grade)) if grade is not None else None,
                    description=f"Admiralty credibility {grade}; independent origins "
                    f"{data.get('independentOrigins', '?')}"
                    if grade is not None
                    else None,
                    **self.common(),
                    extensions=_extension(
                        osint_id=prop,
                        osint_label="Proposition",
                        admiralty_credibility=int(grade) if grade is not None else None,
                    ),
                )
            )


def to_stix(graph: nx.MultiDiGraph) -> tuple[stix2.Bundle, dict[str, int]]:
    """The bundle, and counts of what could not be expressed (by reason)."""
    builder = _Builder(graph)
    builder.tool()
    builder.entities()
    builder.claims_and_reports()
    builder.facts()
    builder.links()
    objects = [builder.objects[k] for k in sorted(builder.objects)]
    bundle_id = f"bundle--{uuid.uuid5(NAMESPACE, 'bundle:' + '|'.join(sorted(builder.objects)))}"
    return stix2.Bundle(objects=objects, id=bundle_id), builder.skipped
