"""Context rules that find ports and places: "the port of Rajin", "Vostochny port", "Port Said",
"the Dunmore oil terminal", "arrived at Makhachkala", "Konyushkov Bay", "Kursk region",
"Gulf of Finland", "the island of Gotland".

Reads the tokens, their dependencies and `doc.ents` (the model's places, for the objects of
shipping verbs); appends `Candidate`s of type Port or Location.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from osint_graph.gazetteer import cldr_country
from osint_graph.nlp.company_cues import company_noun
from osint_graph.nlp.context.names import (
    Candidate,
    NameContext,
    ends_org_name,
    name_end,
    name_start,
    name_token,
    title_case_only,
)
from osint_graph.nlp.context.port_reading import SHIP_WORDS, position, seafaring, vessel_tokens
from osint_graph.nlp.context.registry import context_rule, trigger
from osint_graph.nlp.extensions import doc_text
from osint_graph.nlp.gazetteer_ruler import ports_of_one_name
from osint_graph.nlp.place_reading import listed_ocean
from osint_graph.nlp.rules import table, word_list, words
from osint_graph.nlp.spans import sentence_bounds
from osint_graph.reference.regions import continents

PORT_NOUNS = words("common/port_nouns")
TITLE_WORDS = words("common/title_words")
TOWN_WORDS = frozenset({"city", "town", "village", "settlement"})  # context/place_of_nouns that name a town
LOCATION_HEAD_NOUNS = words("context/location_head_nouns")
DIRECTION_WORDS = words("context/direction_words")
LOCATION_LOWER_HEADS = words("context/location_lower_heads")
SEA_HEADS = words("context/sea_heads")  # 'the Varn Sea region' is the sea
DEMONYM_FEATURE_HEADS = words("context/demonym_feature_heads")  # 'the Korean peninsula', 'the English channel'
OUTSIDE_HEADS = words("context/name_before_lower_heads")  # 'Jeju island' -> Jeju
SHORE_HEADS = words("context/shore_heads")  # 'Yemen's Red Sea Coast' -> the sea
PLACE_TYPES = frozenset({"Location", "Country", "Port"})
# a state's first-level division written 'X region' ('Odesa region' -> 'Odesa Oblast')
DIVISIONS = {
    row["country"]: (row["noun"], frozenset(row["words"].split(";"))) for row in table("context/first_level_divisions")
}
PORT_VERBS = words("context/port_verbs")
COURT_WORDS = words("context/court_office_words")  # 'U.S. District Judge': no district
OCEAN_HEADS = frozenset({"ocean"})
STRONG_PORT_VERBS = words("context/strong_port_verbs")
PORT_OBJECT_PREPS = words("context/port_object_preps")
PORT_OBJECT_NOUNS = words("context/port_object_nouns")
IN_PORT_VERBS = words("context/in_port_verbs")
VOYAGE_OBJECT_VERBS = words("context/voyage_object_verbs")
ORG_SUFFIXES = words("common/org_suffixes")
ORG_NAME_WORDS = words("common/org_name_words")
THE_GULF_CUES = word_list("context/the_gulf_cues")
# every cue in one search (a search per cue, each pattern built anew, on doc.text, cost ~5 ms a text);
# no cue: a pattern that never matches
THE_GULF_STORY = re.compile(r"(?<!\w)(?:" + ("|".join(map(re.escape, THE_GULF_CUES)) or "(?!)") + r")(?!\w)")
THE_GULF_NOT_AFTER = words("context/the_gulf_not_after")


def _title_or_lower_head(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    tok = doc[start]
    if end < len(doc) and doc[end].is_digit:
        return None  # 'Channel 13 News': a head with a number names a broadcaster, no place
    if tok.is_title or tok.lower_ in LOCATION_LOWER_HEADS:
        return (start, end)
    if tok.lower_ in OUTSIDE_HEADS and start > 0 and doc[start - 1].is_title:
        return (start, end)  # 'Jeju island'
    return (start, end) if tok.lower_ in DEMONYM_FEATURE_HEADS and _after_the_adjective(doc, start) else None


def _adjective_before_known(ctx: NameContext, doc: Doc, i: int, end: int) -> bool:
    """'Crimean', 'Asian', 'Southern' before a known sea or peninsula whose whole phrase no source knows
    ('the Crimean Black Sea port', 'the Asian Sinai Peninsula'; 'South China Sea' is known whole). The
    model tags such words PROPN: the test is the known rest and the unknown whole."""
    return doc[i].text[:1].isupper() and doc[i].is_alpha and not ctx.known_types(doc[i:end].text)


def _after_the_adjective(doc: Doc, start: int) -> bool:
    """'the Korean peninsula': a capitalised word between 'the' and the head at `start`."""
    return start >= 2 and doc[start - 1].is_title and doc[start - 2].lower_ == "the"


def _demonym_feature(ctx: NameContext, doc: Doc, start: int) -> bool:
    """'the Korean peninsula', 'the Hawaiian islands': a people's adjective (a demonym the sources
    know, or a capitalised adjective) between 'the' and a feature head."""
    if doc[start].lower_ not in DEMONYM_FEATURE_HEADS or not _after_the_adjective(doc, start):
        return False
    adjective = doc[start - 1]
    return ctx.gazetteer.is_demonym(adjective.text) or adjective.pos_ == "ADJ"


trigger("PORT_NOUN", PORT_NOUNS)
trigger("LOC_HEAD", LOCATION_HEAD_NOUNS | LOCATION_LOWER_HEADS, accept=_title_or_lower_head)
trigger(
    "LOC_OF",
    [f"{w} of" for w in words("context/location_of_nouns")] + sorted(words("context/foreign_place_of")),
    accept=title_case_only,
)
trigger("PLACE_OF", [f"{w} of" for w in words("context/place_of_nouns")])


def _the_gulf(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """'the Gulf', capitalised, after 'the'."""
    return (start, end) if doc[start].text == "Gulf" and start and doc[start - 1].lower_ == "the" else None


trigger("THE_GULF", ["gulf"], accept=_the_gulf)
trigger("TERMINAL", ["terminal", *(f"{m} terminal" for m in words("context/terminal_modifiers"))])


def _city_of(doc: Doc, i: int, limit: int) -> int | None:
    """'the Italian city of Savona' from token i: where the city's name starts, or None."""
    j = i + (i < limit and doc[i].lower_ == "the")
    while (
        j < limit
        and j - i < 4
        and doc[j].lower_ not in ("city", "town")
        and (doc[j].pos_ == "ADJ" or doc[j].text[:1].isupper())
    ):
        j += 1
    if j + 2 < limit and doc[j].lower_ in ("city", "town") and doc[j + 1].lower_ == "of":
        return j + 2
    return None


def port_list(ctx: NameContext, doc: Doc, i: int, limit: int, cands: list[Candidate]) -> None:
    """Names of ports, each perhaps followed by its country: 'Constanta, Romania, and Ceyhan, Turkey'."""
    while i < limit:
        end = ctx.add_name(doc, i, limit, "Port", "port-list", cands)
        if end == i:
            return
        k = end
        if k + 1 < limit and doc[k].text == "," and name_token(doc[k + 1], True):
            country_end = name_end(doc, k + 1, limit, max_len=3)
            if ctx.is_place_or_people(doc[k + 1 : country_end]):
                k = country_end  # the port's country
        if k < limit and doc[k].text == ",":
            k += 1
        if k < limit and doc[k].lower_ in ("and", "or"):
            k += 1
        if k == end or k >= limit or not name_token(doc[k], True):
            return
        i = k


def _operator_name(ctx: NameContext, doc: Doc, first: int, noun: int) -> bool:
    """A name no list knows as a place right before a capitalised plural port noun: a port
    operator's name ('Karsk Ports'), not the ports of a place ('Varnport Ports' of a listed port)."""
    name_from = name_start(doc, noun, first, max_len=3)
    if name_from == noun:
        return False
    span = doc[name_from:noun]
    return not ctx.is_place_or_people(span) and not ctx.known_types(span.text) & {"Port", "Location", "Country"}


@context_rule("PORT_NOUN", order=40)
def port(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    noun = doc[start]
    first, limit = sentence_bounds(noun)
    if noun.text[:1].isupper() and ends_org_name(doc, start, limit):
        return  # 'Tarvik Port Holdings Trust', 'Global Harbour Partners': a company's name
    if noun.text[:1].isupper() and noun.lower_.endswith("s") and _operator_name(ctx, doc, first, start):
        return  # 'Karsk Ports said', 'Varn Ports and Logistics Ltd.': a port operator's name, no port
    nxt = doc[end] if end < limit else None
    # 'Fujairah, another port in the United Arab Emirates': a name, a comma, a described port
    k = start
    while k > first and doc[k - 1].pos_ == "ADJ" and start - k < 3:
        k -= 1
    if k - 2 > first and doc[k - 1].lower_ in ("a", "an", "another") and doc[k - 2].text == ",":
        name_from = name_start(doc, k - 2, first, max_len=4)
        if name_from < k - 2:
            span = doc[name_from : k - 2]
            if not ctx.is_place_or_people(span) and not ctx.known_types(span.text) - {"Port", "Location"}:
                cands.append(Candidate(name_from, k - 2, "Port", "port-appositive"))
    if nxt is not None and nxt.lower_ == "of":
        city = _city_of(doc, end + 1, limit)
        if city is not None:  # 'the port of the Italian city of Savona'
            ctx.add_name(doc, city, limit, "Port", "port-city", cands)
            return
        if end + 1 < limit and doc[end + 1].lower_ == "the":
            return  # "two ports of the Primorsky Krai": a region
        k = end + 1
        while k + 1 < limit and k - end <= 2 and doc[k].is_lower and doc[k].pos_ in ("ADJ", "VERB"):
            k += 1  # 'the port of occupied X', 'the port of nearby X': the name after the adjective
        if not doc[k].text[:1].isupper():
            k = end + 1
        if noun.lower_.endswith("s"):
            ctx.name_list(doc, k, limit, "Port", "port-of", cands)
        else:
            ctx.add_name(doc, k, limit, "Port", "port-of", cands)
        return
    if nxt is not None and nxt.lower_ in ("city", "town") and end + 1 < limit and doc[end + 1].lower_ == "of":
        ctx.add_name(doc, end + 2, limit, "Port", "port-city", cands)  # 'the port city/town of X'
        return
    if (
        noun.text == "Port"
        and noun.i > first
        and nxt is not None
        and name_token(nxt, True)
        and nxt.lower_.rstrip(".") not in TITLE_WORDS  # 'the Varn Port CEO Ola Brenn': Port ends 'Varn Port'
    ):
        # "Port Said", "Port Sudan": the word is part of the name (not at a sentence start)
        name_to = ctx.add_name(doc, noun.i, limit, "Port", "port-name", cands)
        if name_to > noun.i + 1 and ctx.gazetteer.lookup(doc[noun.i : name_to].text, "Port") is None:
            entry = ctx.gazetteer.lookup(doc[noun.i + 1 : name_to].text, "Port")
            if entry is not None and cands and (cands[-1].start, cands[-1].end) == (noun.i, name_to):
                # 'Port Colombo', 'Port Saint John': a listed port with the word before it, not a name
                # of its own ('Port Said'): the listed port, the mention with the word
                cands[-1].identifiers.update({"_entry": entry, "_canonical": entry.name})
        return
    if (  # 'ports like Constanta, Romania, and Ceyhan, Turkey', 'ports such as X and Y'
        noun.lower_.endswith("s")
        and nxt is not None
        and (
            nxt.lower_ in ("like", "including")
            or (nxt.lower_ == "such" and end + 1 < limit and doc[end + 1].lower_ == "as")
        )
    ):
        port_list(ctx, doc, end + (2 if nxt.lower_ == "such" else 1), limit, cands)
        return
    title_next = nxt is not None and nxt.lower_.rstrip(".") in TITLE_WORDS
    if nxt is not None and name_token(nxt, True) and noun.lower_ in ("port", "harbour", "harbor") and not title_next:
        ctx.add_name(doc, end, limit, "Port", "port-noun", cands)
        return
    # "Vostochny port", "the Ust-Luga port"
    name_from = name_start(doc, start, first, max_len=3)
    of = [t.i for t in doc[name_from:start] if t.lower_ == "of"]
    if of and all(t.lower_.rstrip(".") in TITLE_WORDS for t in doc[name_from : of[0]]):
        name_from = of[0] + 1  # 'the CEO of Varn Port': the title and 'of' open no port's name
    if name_from < start:
        span = doc[name_from:start]
        demonym = any(ctx.gazetteer.is_demonym(t.text) or t.ent_type_ == "NORP" for t in span)
        if (
            not demonym
            and not ctx.is_place_or_people(span)
            and not (ctx.known_types(span.text) & {"Location", "Organization"})
            and not ports_of_one_name(doc, name_from, start)
        ):
            if not any(t.lower_ in LOCATION_HEAD_NOUNS for t in span):
                cands.append(Candidate(name_from, start, "Port", "name-port"))


def _seaport(ctx: NameContext, text: str) -> bool:
    """Whether the port list knows `text` as a seaport by itself, not only as a town that needs a
    port cue ('Kharkiv' is listed, inland, for its river port)."""
    entry = ctx.gazetteer.lookup(text, "Port")
    return entry is not None and entry.attributes.get("cue") != "port"


def _port_able_place(ctx: NameContext, doc: Doc, cand: Candidate) -> bool:
    """A place the head-noun rule found that a ship's voyage can make the port: a name the port list
    knows as a seaport though it ends in a place's head ('arrived in Long Beach'). An island stays a
    place where a ship departs, arrives or docks ('sailed out of Kestrel Island'): GUIDELINES, "Port or
    Location, by what the place is", ruling of the twenty-fifth round; a port noun naming it
    ('Kestrel Island port', 'the port of Kestrel Island') makes it a Port by the port-noun rules."""
    if cand.type != "Location":
        return False
    return cand.rule == "location-head" and _seaport(ctx, doc[cand.start : cand.end].text)


@context_rule(None, order=270)
def port_objects(ctx: NameContext, doc: Doc, cands: list[Candidate]) -> None:
    """'unloading them at Makhachkala', 'bound for Port Said': shipping verbs' place objects are ports.
    A seaport the head-noun rule made a place ('arrived in Long Beach') is the port there."""
    seaports = {(c.start, c.end): c for c in cands if _port_able_place(ctx, doc, c)}
    known = {(c.start, c.end) for c in cands} - set(seaports)
    from_ports: set[tuple[int, int]] = set()
    for ent in [*ctx.ents(doc), *(Span(doc, c.start, c.end, label="LOC") for c in seaports.values())]:
        if ent.label_ not in ("GPE", "LOC", "FAC", "ORG", "PORT", "LOCATION") and ent.label_ not in ("PERSON",):
            continue
        root = ent.root
        prep = root.head
        voyage = root.dep_ == "dobj" and root.head.lemma_.lower() in VOYAGE_OBJECT_VERBS  # 'left Maputo'
        if not voyage and root.dep_ not in ("pobj",) and not (root.dep_ == "conj" and root.head.dep_ == "pobj"):
            continue
        if root.dep_ == "conj":
            prep = root.head.head
        # 'sailed out of X': a preposition of two words (context/port_object_preps) hangs on the verb
        two_words = prep.head.i + 1 == prep.i and f"{prep.head.lower_} {prep.lower_}" in PORT_OBJECT_PREPS
        pair = prep.head if two_words else None
        if not voyage and pair is None and prep.lower_ not in PORT_OBJECT_PREPS:
            continue
        gov = root.head if voyage else (pair or prep).head
        if gov.dep_ == "pobj" and gov.pos_ == "PROPN" and gov.head.dep_ == "prep":
            gov = gov.head.head  # "from Korfez in Turkey to Pipavav": 'to' hangs on the last place
        while gov.pos_ in ("ADJ", "ADV") and gov.head.i != gov.i:  # "arrived empty from Alexandria"
            gov = gov.head
        ok = gov.lemma_.lower() in PORT_VERBS or gov.lower_ in PORT_OBJECT_NOUNS
        if prep.lower_ == "in" and gov.lemma_.lower() not in IN_PORT_VERBS:
            ok = False
        if not ok:
            continue
        # 'diverted to Tarnow', 'berthed at Olbeth': the model's person there is a port
        strong = not voyage and prep.lower_ in ("at", "to", "in") and gov.lemma_.lower() in STRONG_PORT_VERBS
        strong = strong and (prep.lower_ == "at" or gov.lemma_.lower() != "call")  # not 'called to X'
        span = doc[ent.start : ent.end]
        while span and span[0].lower_ == "the":
            span = doc[span.start + 1 : span.end]
        if len(span) > 2 and span[0].lower_ in ("port", "harbor", "harbour") and span[1].lower_ == "of":
            span = doc[span.start + 2 : span.end]  # 'en route from the port of St. Petersburg': the name
        if not span or (span.start, span.end) in known:
            continue
        types = ctx.non_city_types(span.text)
        # a capital the port list knows ('arrived in Colombo') is the port there
        place = ctx.is_place_or_people(span) and not _seaport(ctx, span.text)
        if place or types - {"Port"} or (ent.label_ == "PERSON" and not strong):
            continue
        if voyage and not _seaport(ctx, span.text):
            continue  # 'residents left Kharkiv': only a place the port list knows is a port left
        headed = any(t.lower_ in LOCATION_HEAD_NOUNS - {"island"} for t in span) and not _seaport(ctx, span.text)
        if headed or span.text in continents():
            continue  # a waterway, a region; 'to dock somewhere in Europe': no port at a continent
        if ent.label_ == "LOCATION" and ctx.gazetteer.lookup(span.text, "Port") is None:
            continue  # a place; but a town of the port list ('arrive in X') is the port there
        if ent.label_ == "LOC" and gov.lemma_.lower() not in PORT_VERBS and gov.lower_ not in ("way", "bound"):
            continue
        if (span.start, span.end) in seaports:
            cands.remove(seaports.pop((span.start, span.end)))
        cands.append(Candidate(span.start, span.end, "Port", "port-object"))
        if prep.lower_ == "from":
            from_ports.add(sentence_bounds(span[0]))
    # 'from Korfez in Turkey to Pipavav in India': the destination of a port is a port
    for ent in ctx.ents(doc):
        root = ent.root
        if root.dep_ != "pobj" or root.head.lower_ != "to" or sentence_bounds(root) not in from_ports:
            continue
        if root.head.head.lower_ == "according":
            continue  # 'according to X', the source, in the sentence of a voyage
        span = doc[ent.start : ent.end]
        if (span.start, span.end) in known or ent.label_ not in ("GPE", "LOC", "FAC", "ORG", "NORP"):
            continue
        if ent.label_ == "NORP" and root.pos_ != "PROPN":
            continue
        if ctx.is_place_or_people(span) or ctx.non_city_types(span.text) - {"Port"}:
            continue
        cands.append(Candidate(span.start, span.end, "Port", "port-destination"))


@context_rule("LOC_HEAD", order=50)
def location_head(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'Konyushkov Bay', 'Primorsky Krai', 'Red Sea'."""
    first, _ = sentence_bounds(doc[start])
    name_from = name_start(doc, start, first, max_len=3)
    if name_from == start:
        return
    while name_from < start and doc[name_from].like_num:
        name_from += 1  # 'One Sea Viper missile': a number opening the sentence is no part of a name
    if name_from == start:
        return
    while (  # 'the Russian Black Sea coast', 'the Crimean Black Sea port': a people's or a place's adjective
        name_from < start  # before a known sea is no part of its name
        and (ctx.gazetteer.is_demonym(doc[name_from].text) or _adjective_before_known(ctx, doc, name_from, end))
        and "Location" in ctx.known_types(doc[name_from + 1 : end].text)
    ):
        name_from += 1
    while (  # 'the Northern Red Sea': a part of a known sea is no place of its own
        name_from < start
        and doc[name_from].lower_ in DIRECTION_WORDS
        and not ctx.known_types(doc[name_from:end].text)
        and "Location" in ctx.known_types(doc[name_from + 1 : end].text)
    ):
        name_from += 1
    if name_from == start:
        return
    if doc[start].lower_ in SHORE_HEADS:
        while name_from < start - 1 and ctx.gazetteer.is_demonym(doc[name_from].text):
            name_from += 1  # 'the Turkish Black Sea coast': the sea's shore
        if (known := ctx.known_types(doc[name_from:start].text)) & PLACE_TYPES:
            if "Location" in known and not known & {"Country", "Port"}:  # 'Yemen's Red Sea Coast': the sea
                cands.append(Candidate(name_from, start, "Location", "name-before-head"))
            return  # 'the UK Coast': the state, found as itself
    if doc[start].text[:1].isupper() and ends_org_name(doc, start, sentence_bounds(doc[start])[1]):
        return  # 'the Varnholm Central District Court': a court's name, no district
    if doc[start].text[:1].isupper() and _title_follows(doc, end):
        return  # 'U.S. District Judge Ola Brenn', 'the Varn District of Tolm Court': a court's office
    if doc[start].lower_ in OCEAN_HEADS and not listed_ocean(doc[name_from:start]):
        return  # 'shipbuilder Tarvik Ocean': a company; the oceans are few and listed
    text = doc[name_from:end].text
    if "Country" in ctx.known_types(text) or cldr_country(text) is not None:
        return  # 'Marshall Islands', 'Solomon Islands': states
    if not ctx.known_types(text) and company_noun(doc[name_from:end]):
        cands.append(Candidate(name_from, end, "Organization", "company-noun"))
        return  # 'the shipbuilder Karsk Ocean': a company named with a place's word
    division = _division(ctx, doc[name_from:start].text, doc[start].lower_) if doc[start].is_lower else None
    if division is not None:
        cands.append(Candidate(name_from, end, "Location", "division", {"_canonical": division}))
        return
    if doc[start].is_lower and doc[start].lower_ in OUTSIDE_HEADS:  # 'Jeju island': the name, the head outside
        name = doc[name_from:start]
        if ctx.is_place_or_people(name) or ctx.known_types(name.text) - {"Location"} or name.text in ("The", "This"):
            return
        # the model's person is the place; a people's adjective ('a Tuscan island') or a body is not
        if not any(t.ent_type_ in ("ORG", "COUNTRY") or (t.ent_type_ == "NORP" and t.pos_ == "ADJ") for t in name):
            cands.append(Candidate(name_from, start, "Location", "name-before-head"))
        return
    if doc[start].is_lower and (_demonym_feature(ctx, doc, start) or doc[start].lower_ not in LOCATION_LOWER_HEADS):
        # 'the Korean peninsula', 'the English channel': the feature a people's adjective names
        if name_from != start - 1 or not _demonym_feature(ctx, doc, start):
            return
        entry = ctx.gazetteer.lookup(doc[name_from:end].text, "Location")
        name = entry.name if entry is not None else f"{doc[name_from].text} {doc[start].text.title()}"
        cands.append(Candidate(name_from, end, "Location", "demonym-feature", {"_canonical": name}))
        return
    if doc[start].is_lower:  # 'Volga delta', 'Kursk region': not after a demonym or a country
        name = doc[name_from:start]
        if doc[start - 1].lower_ in SEA_HEADS:
            return  # 'the Varn Sea region': the sea, named by its own name
        if ctx.is_place_or_people(name) or name.text in ("The", "This") or ctx.known_types(name.text) - {"Location"}:
            return
        if any(t.ent_type_ in ("NORP", "ORG", "PERSON", "COUNTRY") for t in name):
            return
    cands.append(Candidate(name_from, end, "Location", "location-head"))


def _title_follows(doc: Doc, end: int) -> bool:
    """A capitalised title or 'Court' among the capitalised words after a head noun ('District Judge',
    'District of Tolm Court'): the head names a court's office, no place."""
    limit = min(len(doc), end + 5)
    for tok in doc[end:limit]:
        if not (tok.text[:1].isupper() or tok.lower_ == "of"):
            return False
        if tok.text[:1].isupper() and tok.lower_ in COURT_WORDS:
            return True
    return False


def _division(ctx: NameContext, name: str, noun: str) -> str | None:
    """'Odesa region', 'Kursk region': a town of a state whose first-level divisions are named after
    their towns (context/first_level_divisions.csv) before its division word names the division,
    `Odesa Oblast` (the gazetteer's own row wins: 'Krasnodar region' is `Krasnodar Krai`)."""
    listed = ctx.gazetteer.lookup(f"{name} {noun}", "Location")
    if listed is not None:
        return listed.name
    for entry in ctx.gazetteer.lookup_all(name):
        division = DIVISIONS.get(entry.attributes.get("country") or "")
        if division is not None and noun in division[1] and entry.type in ("Port", "Location"):
            return f"{name} {division[0]}"
    return None


def _city_port(ctx: NameContext, text: str) -> bool:
    """'the island of X' where X is a port of the list: the port, unless the list names it like a big
    city without the terminal flag (inland and river places: Kharkiv). ('the city of X' is a town:
    place_of leaves its port reading to port_reading.)"""
    entry = ctx.gazetteer.lookup(text, "Port")
    if entry is None:
        return False
    return entry.attributes.get("terminal") == "yes" or text not in entry.values("hidden_names")


@context_rule("PLACE_OF", order=70)
def place_of(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'the Iranian city of Bandar Imam Khomeini', 'the island of Gotland' (the sources may know it as a port)."""
    _, limit = sentence_bounds(doc[start])
    if start > 0 and doc[start - 1].lower_ in PORT_NOUNS:
        return  # 'the port city of X': a port
    name = doc[end : end + 3].text.split(",")[0]
    port = "Port" in ctx.known_types(name) or _city_port(ctx, doc[end].text)
    if port and doc[start].lower_ in TOWN_WORDS:
        # 'the Chinese city of X' (a port of the list): the port in a clause about ships ('explosions in
        # the city of X on the moored tanker'), not where it names the town on land or a ship's position
        # ('visible from Kinmen', 'taken to hospital in', 'off the coast of the town of X'): the article
        # decides, not the list (GUIDELINES "What the text gives decides"; port_reading then types every
        # mention by the roles the article gives)
        n = len(cands)
        ctx.add_name(doc, end, limit, "Location", "place-of", cands)
        if len(cands) > n:
            span = doc[cands[-1].start : cands[-1].end]
            town = doc[start : start + 1]  # 'off the coast of the town of X': the town's position
            if not position(span) and not position(town) and seafaring(span, vessel_tokens(doc), SHIP_WORDS):
                cands[-1].type = "Port"
        return
    ctx.add_name(doc, end, limit, "Port" if port else "Location", "place-of", cands)


@context_rule("LOC_OF", order=60)
def location_of(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'Sea of Azov', 'Gulf of Finland', 'Strait of Hormuz', 'Bajo de Masinloc'."""
    if doc[start].lower_ == "port":
        return
    _, limit = sentence_bounds(doc[start])
    name_to = name_end(doc, end, limit, max_len=3)
    if name_to > end:
        cands.append(Candidate(start, name_to, "Location", "location-of"))


@context_rule("TERMINAL", order=250)
def terminal(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'the Dunmore oil terminal', 'Kessary terminal': the place before a terminal is a port."""
    first, _ = sentence_bounds(doc[start])
    begin = name_start(doc, start, first, max_len=4)
    if begin == start:
        return
    span = doc[begin:start]
    if ctx.is_place_or_people(span) or ctx.known_types(span.text) - {"Port", "Location"} or span.text.isupper():
        return
    if span[-1].lower_ in ORG_SUFFIXES | ORG_NAME_WORDS:
        return
    cands.append(Candidate(begin, start, "Port", "port-terminal"))


def _persian_gulf_story(doc: Doc) -> bool:
    """Whether the text names Iran, Hormuz or a state or port on the Persian Gulf (`the_gulf_cues.txt`)."""
    return THE_GULF_STORY.search(doc_text(doc)) is not None


@context_rule("THE_GULF", order=55)
def the_gulf(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'the Gulf' in a story about Iran or the Gulf states is the Persian Gulf (GUIDELINES); not
    'the Gulf states', 'the Gulf of Oman', 'the Gulf Cooperation Council' (`the_gulf_not_after.txt`)."""
    after = doc[end] if end < len(doc) else None
    if after is not None and (after.lower_ in THE_GULF_NOT_AFTER or after.text[:1].isupper()):
        return
    if not _persian_gulf_story(doc):
        return
    entry = ctx.gazetteer.lookup("Persian Gulf", "Location")
    ids = {"_canonical": entry.name if entry else "Persian Gulf"}
    if entry is not None:
        ids["_entry"] = entry
    cands.append(Candidate(start, end, "Location", "the-gulf", ids))
