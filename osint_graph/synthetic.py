"""Synthetic extractions: realistic shapes without NLP, for store tests and load benchmarks.

Each article mentions a few vessels, ports and sources from small shared pools
(so entities recur across articles, as in real corpora), states figures and
claims with attribution chains, and reports a port call.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

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


def synthetic_extractions(n: int, seed: int = 7, pool: int = 200) -> Iterator[Extraction]:
    rng = random.Random(seed)
    vessels = [f"Vessel {i}" for i in range(pool)]
    ports = [f"Port {i}" for i in range(max(pool // 4, 2))]
    outlets = [f"Outlet {i}" for i in range(max(pool // 10, 2))]
    people = [f"Person {i}" for i in range(max(pool // 5, 2))]
    for i in range(n):
        vessel, port = rng.choice(vessels), rng.choice(ports)
        outlet, person = rng.choice(outlets), rng.choice(people)
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(120))
        count = rng.randrange(10, 9000)
        text = (
            f"Article {i}. The cargo ship {vessel} arrived in {port} on {day:%B} {day.day}, {person} told {outlet}. "
            f"Officials said {count} containers were shipped."
        )
        aid = article_id(text)
        article = Article(aid, text, title=f"Synthetic {i}", outlet=outlet, published=day, source=f"synthetic:{i}")
        entities = []
        for type_, name in (("Vessel", vessel), ("Port", port), ("Outlet", outlet), ("Person", person)):
            start = text.index(name)
            entities.append(
                Entity(entity_id(type_, slug(name)), type_, name, mentions=(Mention(start, start + len(name), name),))
            )
        sentence_end = text.index(". Officials") + 1
        first = text.index("The cargo")
        claim1 = Claim(
            span_id("claim", aid, first, sentence_end),
            text[first:sentence_end],
            first,
            sentence_end,
            "port_call",
            attribution=(Attribution(outlet, entities[2].id, "tell"), Attribution(person, entities[3].id, "tell")),
            entities=(entities[0].id, entities[1].id),
            date=day.isoformat(),
        )
        fig_text = f"{count} containers"
        fstart = text.index(fig_text)
        figure = Figure(
            span_id("fig", aid, fstart, fstart + len(fig_text)),
            fig_text,
            float(count),
            "container",
            None,
            fstart,
            fstart + len(fig_text),
        )
        second = text.index("Officials")
        claim2 = Claim(
            span_id("claim", aid, second, len(text)),
            text[second:],
            second,
            len(text),
            "shipment",
            attribution=(Attribution("Officials", None, "say"),),
            figures=(figure.id,),
        )
        fact = Fact(
            f"portcall:{entities[0].id}:{entities[1].id}:{day.isoformat()}",
            "port_call",
            (claim1.id,),
            vessel=entities[0].id,
            port=entities[1].id,
            date=day.isoformat(),
        )
        yield Extraction(article, tuple(entities), (figure,), (), (claim1, claim2), (fact,), "synthetic", "1")
