"""A small hand-written graph for the export tests and the screenshot in docs/.

Seven short articles (sentences written for this project, not taken from any
outlet) about two stories of the sample corpus: vessels shuttling between
Rajin and Vostochny, and the Eagle S tanker moved to Kilpilahti, plus one
article whose text carries HTML and script markup.  Entities use the
gazetteer's ids, so ports get their coordinates exactly as in a real ingest.
`demo_crosscheck()` adds what the cross-check would write (propositions with
Admiralty grades, a denial, a corroboration), so the exports can be tested
with and without those results.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

from osint_graph.gazetteer import load_gazetteer
from osint_graph.model import (
    Article,
    Attribution,
    Claim,
    Entity,
    Extraction,
    Fact,
    Figure,
    Mention,
    article_id,
    entity_id,
    slug,
    span_id,
)
from osint_graph.store.base import GraphBatch, Rel

INJECTION_SCRIPT = "<script>window.__pwned = 1</script>"
INJECTION_IMG = '<img src=x onerror="window.__pwned=2">'


@dataclass
class _Story:
    """Build one Extraction from a text by naming its spans (offsets are found, not typed)."""

    text: str
    title: str
    outlet: str
    published: date
    url: str | None
    entities: dict[str, Entity] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.id = article_id(self.text)
        self.gazetteer = load_gazetteer()

    def entity(self, type_: str, name: str, surface: str | None = None) -> str:
        known = self.gazetteer.lookup(name, type_)
        eid = known.id if known else entity_id(type_, slug(name))
        surface = surface or name
        start = self.text.find(surface)
        mentions = (Mention(start, start + len(surface), surface, self._sentence(start)),) if start >= 0 else ()
        old = self.entities.get(eid)
        if old is None:
            self.entities[eid] = Entity(eid, type_, known.name if known else name, mentions=mentions)
        return eid

    def _sentence(self, offset: int) -> str:
        start = self.text.rfind(". ", 0, offset) + 2 if self.text.rfind(". ", 0, offset) >= 0 else 0
        end = self.text.find(". ", offset)
        return self.text[start : (end + 1 if end >= 0 else len(self.text))]

    def claim(self, span: str, kind: str, chain: list[tuple[str, str, str]], about: list[str], **kw) -> str:
        start = self.text.index(span)
        attribution = tuple(
            Attribution(name, self.entity(type_, name) if type_ else None, verb) for type_, name, verb in chain
        )
        cid = span_id("claim", self.id, start, start + len(span))
        self.claims.append(
            Claim(
                cid,
                span,
                start,
                start + len(span),
                kind,
                attribution=attribution,
                entities=tuple(about),
                sentence=span,
                **kw,
            )
        )
        return cid

    def figure(self, span: str, value: float, unit: str, claim: str) -> str:
        start = self.text.index(span)
        fid = span_id("fig", self.id, start, start + len(span))
        self.figures.append(
            Figure(fid, span, value, unit, None, start, start + len(span), claim=claim, sentence=self._sentence(start))
        )
        index = next(i for i, c in enumerate(self.claims) if c.id == claim)
        old = self.claims[index]
        self.claims[index] = replace(old, figures=old.figures + (fid,))
        return fid

    def extraction(self) -> Extraction:
        article = Article(
            self.id,
            self.text,
            title=self.title,
            url=self.url,
            outlet=self.outlet,
            published=self.published,
            source=f"demo:{slug(self.title)[:40]}",
        )
        return Extraction(
            article,
            tuple(self.entities.values()),
            tuple(self.figures),
            (),
            tuple(self.claims),
            tuple(self.facts),
            "osint-graph-demo",
            "1",
        )


def demo_extractions() -> list[Extraction]:
    """The demo articles as extractions (what the NLP stage would produce)."""
    return _demo()[0]


def _demo() -> tuple[list[Extraction], dict[str, str]]:
    stories = []

    # 1. Arms deliveries announced.
    s = _Story(
        "The White House said on Friday that North Korea had sent more than 1,000 containers of military "
        "equipment and munitions to Russia in recent weeks. John Kirby said the containers were loaded at Rajin "
        "and unloaded at Vostochny by Russian-flagged ships, among them the Angara.",
        "White House says North Korea shipped munitions to Russia",
        "Reuters",
        date(2023, 10, 13),
        "https://example.org/demo/white-house-containers",
    )
    nk, ru = s.entity("Country", "North Korea"), s.entity("Country", "Russia")
    angara, rajin = s.entity("Vessel", "Angara"), s.entity("Port", "Rajin")
    vostochny = s.entity("Port", "Vostochny")
    reuters = s.entity("Outlet", "Reuters")
    c1 = s.claim(
        "North Korea had sent more than 1,000 containers of military equipment and munitions to Russia in recent weeks",
        "shipment",
        [("Organization", "White House", "say")],
        [nk, ru],
        date="2023-09-07/2023-10-01",
    )
    s.figure("more than 1,000 containers", 1000, "container", c1)
    c2 = s.claim(
        "the containers were loaded at Rajin and unloaded at Vostochny by Russian-flagged ships, among them the Angara",
        "shipment",
        [("Person", "John Kirby", "say"), ("Organization", "White House", "say")],
        [angara, rajin, vostochny],
    )
    s.facts.append(
        Fact(
            f"shipment:{slug('nk-ru-munitions-2023-10')}",
            "shipment",
            (c1, c2),
            vessel=angara,
            origin=rajin,
            destination=vostochny,
            item="munitions",
            quantity=1000,
            unit="container",
            date="2023-09-07/2023-10-01",
        )
    )
    s.entity("Weapon", "Artillery shell")  # the gazetteer's generic munition type
    stories.append(s)
    shipment_claim, kirby_claim = c1, c2
    del reuters

    # 2. Port call at Rajin (Yonhap, quoting the South Korean ministry).
    s = _Story(
        "South Korea's defence ministry said the cargo ship Lady R called at Rajin on October 2 and left two "
        "days later with containers on deck.",
        "Ministry tracks Russian cargo ship at Rajin",
        "Yonhap",
        date(2023, 10, 16),
        "https://example.org/demo/lady-r-rajin",
    )
    lady_r, rajin = s.entity("Vessel", "Lady R"), s.entity("Port", "Rajin")
    c_rajin = s.claim(
        "the cargo ship Lady R called at Rajin on October 2 and left two days later with containers on deck",
        "port_call",
        [("Organization", "Ministry of National Defense (South Korea)", "say")],
        [lady_r, rajin],
        date="2023-10-02",
    )
    s.facts.append(
        Fact(
            f"portcall:{lady_r}:{rajin}:2023-10-02",
            "port_call",
            (c_rajin,),
            vessel=lady_r,
            port=rajin,
            date="2023-10-02",
        )
    )
    stories.append(s)

    # 3. Port call at Dunai, then Vostochny (NK Pro, citing RUSI imagery).
    s = _Story(
        "Imagery reviewed by RUSI shows the Lady R moored at Dunai on November 20. NK Pro found the same ship at "
        "Vostochny on March 12, back from a voyage to Rajin. The Angara made at least 11 round trips, RUSI said.",
        "Lady R seen again in the Russian Far East",
        "NK Pro",
        date(2024, 3, 15),
        "https://example.org/demo/lady-r-resumes",
    )
    lady_r, dunai = s.entity("Vessel", "Lady R"), s.entity("Port", "Dunai")
    vostochny, rajin = s.entity("Port", "Vostochny"), s.entity("Port", "Rajin")
    angara = s.entity("Vessel", "Angara", "Angara")
    c_dunai = s.claim(
        "Imagery reviewed by RUSI shows the Lady R moored at Dunai on November 20",
        "port_call",
        [("Organization", "RUSI", "show")],
        [lady_r, dunai],
        date="2023-11-20",
    )
    c_vost = s.claim(
        "NK Pro found the same ship at Vostochny on March 12",
        "port_call",
        [("Outlet", "NK Pro", "find")],
        [lady_r, vostochny],
        date="2024-03-12",
    )
    c_trips = s.claim(
        "The Angara made at least 11 round trips", "trip_count", [("Organization", "RUSI", "say")], [angara]
    )
    s.figure("at least 11 round trips", 11, "trip", c_trips)
    s.facts += [
        Fact(
            f"portcall:{lady_r}:{dunai}:2023-11-20",
            "port_call",
            (c_dunai,),
            vessel=lady_r,
            port=dunai,
            date="2023-11-20",
        ),
        Fact(
            f"portcall:{lady_r}:{vostochny}:2024-03-12",
            "port_call",
            (c_vost,),
            vessel=lady_r,
            port=vostochny,
            date="2024-03-12",
        ),
        Fact(
            f"tripcount:{angara}:2024-03",
            "trip_count",
            (c_trips,),
            vessel=angara,
            quantity=11,
            unit="trip",
            date="2023-08/2024-03",
        ),
    ]
    stories.append(s)

    # 4. Denial (TASS, quoting Peskov).
    s = _Story(
        "Dmitry Peskov told reporters that claims of North Korean arms deliveries to Russia were groundless.",
        "Kremlin rejects reports of arms deliveries",
        "TASS",
        date(2023, 10, 17),
        "https://example.org/demo/kremlin-denial",
    )
    nk, ru = s.entity("Country", "North Korea"), s.entity("Country", "Russia")
    c_deny = s.claim(
        "claims of North Korean arms deliveries to Russia were groundless",
        "statement",
        [("Person", "Dmitry Peskov", "tell")],
        [nk, ru],
        stance="denial",
        negated=True,
    )
    stories.append(s)

    # 5. The article with markup in its text (HTML export safety).
    s = _Story(
        "The Lady R was seen at Rajin again this week, according to a post that carried the text "
        f"{INJECTION_SCRIPT} inside it. Another copy showed {INJECTION_IMG} where a satellite picture should be.",
        "Test article with <b>markup</b> & a \u2028 line separator",
        "Test Outlet",
        date(2024, 3, 10),
        "javascript:alert(1)",
    )
    lady_r, rajin = s.entity("Vessel", "Lady R"), s.entity("Port", "Rajin")
    c_inject = s.claim(
        f"The Lady R was seen at Rajin again this week, according to a post that carried the text "
        f"{INJECTION_SCRIPT} inside it",
        "port_call",
        [],
        [lady_r, rajin],
        hedged=True,
    )
    s.claim(f"Another copy showed {INJECTION_IMG} where a satellite picture should be", "statement", [], [lady_r])
    stories.append(s)

    # 6. Eagle S moved to Kilpilahti (a port without coordinates in the gazetteer).
    s = _Story(
        "Finnish Police said the tanker Eagle S was moved to anchorage off Kilpilahti near Porvoo on December 28.",
        "Tanker moved to anchorage near Porvoo",
        "Yle",
        date(2024, 12, 28),
        "https://example.org/demo/eagle-s",
    )
    eagle, kilp = s.entity("Vessel", "Eagle S"), s.entity("Port", "Kilpilahti")
    porvoo = s.entity("Location", "Porvoo")
    c_eagle = s.claim(
        "the tanker Eagle S was moved to anchorage off Kilpilahti near Porvoo on December 28",
        "port_call",
        [("Organization", "Finnish Police", "say")],
        [eagle, kilp, porvoo],
        date="2024-12-28",
    )
    s.facts.append(
        Fact(f"portcall:{eagle}:{kilp}:2024-12-28", "port_call", (c_eagle,), vessel=eagle, port=kilp, date="2024-12-28")
    )
    stories.append(s)

    # 7. A second outlet on the Vostochny call (corroboration).
    s = _Story(
        "According to Shin Won-sik, the Lady R docked at Vostochny on March 12 after loading cargo at Rajin.",
        "Defence minister points to new port call",
        "Associated Press",
        date(2024, 3, 18),
        "https://example.org/demo/shin-vostochny",
    )
    lady_r, vostochny = s.entity("Vessel", "Lady R"), s.entity("Port", "Vostochny")
    s.entity("Port", "Rajin")
    c_shin = s.claim(
        "the Lady R docked at Vostochny on March 12 after loading cargo at Rajin",
        "port_call",
        [("Person", "Shin Won-sik", "according to")],
        [lady_r, vostochny],
        date="2024-03-12",
    )
    s.facts.append(
        Fact(
            f"portcall:{lady_r}:{vostochny}:2024-03-12",
            "port_call",
            (c_shin,),
            vessel=lady_r,
            port=vostochny,
            date="2024-03-12",
        )
    )
    stories.append(s)

    claims = {
        "shipment": shipment_claim, "kirby": kirby_claim, "rajin": c_rajin, "dunai": c_dunai, "vostochny": c_vost,
        "trips": c_trips, "denial": c_deny, "inject": c_inject, "eagle": c_eagle, "shin": c_shin,
    }  # fmt: skip
    return [story.extraction() for story in stories], claims


def demo_crosscheck() -> GraphBatch:
    """What the cross-check would write for the demo: graded propositions and claim links."""
    c = _demo()[1]
    batch = GraphBatch()
    propositions = [
        ("prop:nk-ru-shipments", "North Korea shipped munitions to Russia", 2, 2, ["shipment", "kirby"]),
        ("prop:lady-r-vostochny-2024-03-12", "Lady R at Vostochny on 2024-03-12", 2, 2, ["vostochny", "shin"]),
        ("prop:lady-r-rajin-2023-10-02", "Lady R at Rajin on 2023-10-02", 3, 1, ["rajin"]),
        ("prop:lady-r-rajin-2024-03", "Lady R at Rajin in March 2024", 6, 1, ["inject"]),
        ("prop:no-arms-deliveries", "No arms were delivered", 5, 1, ["denial"]),
    ]
    for pid, statement, grade, origins, claims in propositions:
        batch.add_node(
            "Proposition",
            {
                "id": pid,
                "statement": statement,
                "grade": grade,
                "independentOrigins": origins,
                "circular": False,
                "kind": "assertion",
            },
        )
        for key in claims:
            batch.add_rel("GROUPS", Rel("Proposition", pid, "Claim", c[key]))
    batch.add_rel("DENIES", Rel("Claim", c["denial"], "Claim", c["shipment"]))
    batch.add_rel("CORROBORATES", Rel("Claim", c["shin"], "Claim", c["vostochny"], {"reason": "same port and date"}))
    return batch


def demo_batch(crosscheck: bool = True, ingested_at: datetime | None = None) -> GraphBatch:
    """The demo graph as one batch for any store (a fixed `ingested_at` makes exports comparable)."""
    from osint_graph.store.graph_rows import BatchBuilder

    builder = BatchBuilder(ingested_at=ingested_at)
    for extraction in demo_extractions():
        builder.add(extraction)
    if crosscheck:
        builder.batch.extend(demo_crosscheck())
    return builder.batch


def write_demo(path: str, crosscheck: bool = True, ingested_at: datetime | None = None) -> None:
    """Write the demo graph into a LadybugDB file (for the tests, the docs screenshot and trying the exports)."""
    from osint_graph.store.ladybug_store import LadybugStore

    with LadybugStore(path) as store:
        store.write(demo_batch(crosscheck, ingested_at))
