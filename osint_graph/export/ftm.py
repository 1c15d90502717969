"""FollowTheMoney (FtM) entities as JSON lines, for Aleph, OpenSanctions tooling and `ftm`.

Built with followthemoney's own model (`model.make_entity`), so every schema and property
name and every value is checked and cleaned as FtM tools read it.

What becomes what:

- a vessel is a `Vessel` (name, alias, imoNumber, mmsi, flag, type): FtM writes the IMO
  number as OpenSanctions does ("IMO9161003"), so the file matches against OpenSanctions'
  vessels by IMO number;
- a person is a `Person` (position = role), an outlet or organisation an `Organization`,
  a country cited as a source a `PublicBody` (its government), a port or other place an
  `Address` (latitude, longitude, country);
- an article is an `Article` (title, publisher, publishedAt, sourceUrl, language, bodyText);
- each mention of an entity in an article is a `Mention` (document = the article,
  resolved = the entity, name = the words used, detectedSchema);
- each claim is a `Documentation` linking its article to every entity it concerns and to
  every source of its attribution chain, carrying the provenance: `summary` = the quote,
  `description` = kind, hedging and the chain, `role` = how the entity figures in it
  (subject, mentioned, attributed source at position N), `date`/`startDate`/`endDate` =
  what it refers to, `publisher` and `sourceUrl` = the article's outlet and URL,
  `recordId` = our claim id, `modifiedAt` = when it was ingested.

Left out (FtM has no schema for them; counted in the notes): weapon types, and the
cross-check's propositions and port calls, which are claims in this export already.
Ids are FtM's usual SHA-1 of ("osint-graph", our id), so re-exports are identical.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import networkx as nx

from osint_graph.export.graph import ExportError, attribution_chain, claim_article, json_line, nodes_of, out_edges

SCHEMAS = {
    "Vessel": "Vessel",
    "Person": "Person",
    "Outlet": "Organization",
    "Organization": "Organization",
    "Country": "PublicBody",
    "Port": "Address",
    "Location": "Address",
}


def _text(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


class _Builder:
    def __init__(self, graph: nx.MultiDiGraph):
        try:
            from followthemoney import model
        except ImportError:
            raise ExportError(
                "--format ftm needs FollowTheMoney: pip install 'osint-graph[ftm]' (make install-dev has it)"
            ) from None

        self.model = model
        self.graph = graph
        self.entities: dict[str, Any] = {}
        self.ids: dict[str, str] = {}  # our node id -> FtM id
        self.skipped: dict[str, int] = {}

    def make(self, schema: str, our_id: str, **props: Any):
        proxy = self.model.make_entity(schema)
        proxy.make_id("osint-graph", our_id)
        for prop, value in props.items():
            for item in value if isinstance(value, (list, tuple, set)) else [value]:
                if item is not None and item != "":
                    proxy.add(prop, _text(item))
        self.entities[proxy.id] = proxy
        return proxy

    def skip(self, why: str) -> None:
        self.skipped[why] = self.skipped.get(why, 0) + 1

    def things(self) -> None:
        for label, schema in SCHEMAS.items():
            for node, d in nodes_of(self.graph, label):
                props: dict[str, Any] = {"name": d.get("name") or node, "alias": d.get("aliases")}
                if schema == "Address":
                    props = {
                        "full": d.get("name") or node,
                        "latitude": d.get("latitude"),
                        "longitude": d.get("longitude"),
                        "country": d.get("country"),
                        "summary": f"port, UN/LOCODE {d['locode']}" if d.get("locode") else d.get("kind"),
                    }
                elif label == "Vessel":
                    props |= {
                        "imoNumber": d.get("imo"),
                        "mmsi": d.get("mmsi"),
                        "flag": d.get("flag"),
                        "type": d.get("vesselType"),
                    }
                elif label == "Person":
                    props |= {"position": d.get("role"), "country": d.get("country")}
                elif label == "Country":
                    props |= {"country": d.get("iso2"), "jurisdiction": d.get("iso2")}
                else:
                    props |= {"country": d.get("country"), "website": d.get("url"), "description": d.get("kind")}
                self.ids[node] = self.make(schema, node, **props).id
        for _ in nodes_of(self.graph, "Weapon"):
            self.skip("weapon type(s): FtM has no schema for them")

    def articles(self) -> None:
        for node, d in nodes_of(self.graph, "Article"):
            self.ids[node] = self.make(
                "Article",
                node,
                title=d.get("title"),
                name=d.get("title") or d.get("sourceFile") or node,
                publisher=d.get("outlet"),
                publishedAt=d.get("published"),
                sourceUrl=d.get("url"),
                language=d.get("language"),
                bodyText=d.get("text"),
                fileName=d.get("sourceFile"),
                retrievedAt=d.get("ingestedAt"),
            ).id

    def mentions(self) -> None:
        for node, d in nodes_of(self.graph, "Mention"):
            article = claim_article(self.graph, node)
            targets = [t for t, _ in out_edges(self.graph, node, "REFERS_TO") if t in self.ids]
            if article not in self.ids or not targets:
                self.skip("mention(s) of an entity FtM has no schema for")
                continue
            for target in targets:
                self.make(
                    "Mention",
                    f"{node}|{target}",
                    document=self.ids[article],
                    resolved=self.ids[target],
                    name=d.get("text"),
                    detectedSchema=self.entities[self.ids[target]].schema.name,
                )

    def claims(self) -> None:
        for claim, d in nodes_of(self.graph, "Claim"):
            article = claim_article(self.graph, claim)
            if article not in self.ids:
                self.skip("claim(s) without their article")
                continue
            adata = self.graph.nodes[article]
            chain = attribution_chain(self.graph, claim)
            names = " <- ".join(str(link["name"]) for link in chain)
            what = [str(d.get("kind") or "claim")]
            what += [flag for flag in ("hedged", "negated") if d.get(flag)]
            what += ["denial"] if d.get("stance") == "denial" else []
            description = ", ".join(what) + (f"; attribution (nearest cited source first): {names}" if names else "")
            start, _, end = str(d.get("date") or "").partition("/")
            common = {
                "document": self.ids[article],
                "summary": d.get("text"),
                "description": description,
                "date": start if start and not end else None,
                "startDate": start if end else None,
                "endDate": end or None,
                "publisher": adata.get("outlet"),
                "sourceUrl": adata.get("url"),
                "recordId": claim,
                "modifiedAt": d.get("ingestedAt"),
            }
            concerns = out_edges(self.graph, claim, "CONCERNS")
            linked = [(t, f"claim {e.get('edgeRole') or 'mentioned'}") for t, e in concerns]
            linked += [(link["id"], f"attributed source, position {i}") for i, link in enumerate(chain) if link["id"]]
            for target, role in linked:
                if target in self.ids:
                    self.make("Documentation", f"{claim}|{target}|{role}", entity=self.ids[target], role=role, **common)
            if not any(t in self.ids for t, _ in linked):
                self.skip("claim(s) about no entity FtM has a schema for")


def to_ftm(graph: nx.MultiDiGraph) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """FtM entities (as dicts, sorted by id) and counts of what was left out, by reason."""
    builder = _Builder(graph)
    builder.things()
    builder.articles()
    builder.mentions()
    builder.claims()
    for _ in nodes_of(graph, "Proposition"):
        builder.skip("proposition(s) of the cross-check: their claims are exported")
    for label in ("PortCall", "Shipment", "TripCount"):
        for _ in nodes_of(graph, label):
            builder.skip(f"{label} fact(s): their claims are exported")
    return [builder.entities[k].to_dict() for k in sorted(builder.entities)], builder.skipped


def ftm_lines(entities: list[dict[str, Any]]) -> str:
    return "".join(json_line(e) for e in entities)


__all__ = ["ftm_lines", "to_ftm"]
