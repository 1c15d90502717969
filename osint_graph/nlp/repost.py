"""Reposted and wire stories: the outlet whose story a page republishes heads every chain.

A page that carries another outlet's story names it in one of a few places; that outlet is
the origin of the story, the page's own outlet only its carrier (the cross-check must count
one origin, not two). Datelines and bylines count at the top of the page, whose length leaves out
the page furniture before them (a long caption may push a wire dateline far down):

- the dateline's agency: "CAIRO (Wirewatch) -- ..." or "Cairo, June 19 (Wirewatch)" on a page that is
  not Wirewatch's, or a wire slug with no place, "(Wirewatch) --", opening a line; an upper-case
  dateline also after what a page sets before it on its line, the look-up's "date 2024-06-03" or a
  byline, and with several places ("By Ola Berg OSLO/BERGEN, Jun 3 (Wirewatch) –");
- any dateline shape the furniture rules know (`furniture/datelines.jsonl`) names its agency, also
  with no dash after the brackets ("New Delhi, Jun 3 (PTI) The ..."); the page's own agency or
  initials there are the page itself;
- a dateline crediting the page and the agency it carries: "OSLO (Harbour Ledger / Wirewatch - 3rd
  June, 2025) ..." on Harbour Ledger's page (the page's own name is skipped), also a foreign dateline
  naming the country in title case, "OSLO, Norway (Harbour Ledger/Wirewatch) ...";
- a short credit line near the top (the first five lines, lines of page furniture not counted) or closing
  the text (the last three), read
  by what is left of it once its dates, times, label words ("Source", "By", "Published", "Updated":
  `attribution/credit_line_words.txt`), places and separators are taken away
  (nlp/credit_residue.py): "Wirewatch | June 3, 2025", "20110104 WNA", "June 3, 2025  By Wirewatch",
  "By NORDIC DAILY" (also its newsroom, "By Nordic Daily Staff": `attribution/byline_staff_words.txt`),
  "PTI | Dubai | Updated: 16-11-2022 14:32 IST", "Wirewatch, Oslo", "ANI Asia" (a registry outlet and
  a section word), "Source: Wirewatch + Nordic Daily" (the first named), a bare "Wirewatch" closing
  the text. A photo or video credit (`attribution/credit_line_vetoes.txt`) credits no story, nor does a
  copyright line here (the `copyright` credit form reads it, with its year); a name alone beside a date
  or a label counts when a list knows it as an outlet (not a section the model read as one, "World News |
  June 3"), or as an acronym the registry does not list and no entity of the page reads otherwise (not
  "10:32, UK"); a place inside a listed outlet's name stays in it ("The Washington Post|June 3"); the
  page's own name is skipped, no veto ("Harbour Ledger Staff and Wirewatch").
  Also "-- Wirewatch" and the credit closing the last sentence's line after an en or em dash ("...
  in the strait. – WNA"), also with no dash when a list knows the name ("... into the incident. PTI"),
  the editors' initials perhaps after it ("PTI ABC DEF"),
  and the site's bare address on the last line ("...\ncgtn.com": the
  registry outlet whose `url` is on that host; a link with a path is a related article);
- an aggregator's slug opening the story's line, "(Aggregator- WNA) The ..." or "(Aggregator - WNA) --":
  the agency it names last (a known outlet or an acronym), not the page's own;
- a byline naming an outlet and the day it filed, the date often glued to the name by the page's
  layout: "By WirewatchFriday, June 3, 2025";
- a labelled credit near the top, the outlet perhaps described first: "Source: Karsk news outlet
  Wirewatch" (`attribution/credit_labels.txt`);
- an aggregator's lead: an outlet's press-review verb closed by a colon opening the story's
  first paragraph, its story quoted after it ("Wirewatch reports: “The Morrow Gull ...").
  A name shaped as a web address ("Harbourwatch.com") counts as an outlet there;
- a repost note: "This article first appeared in Nordic Daily", "Originally published by ..."
  (`attribution/repost_phrases.txt`);
- a credit line read by its structure (nlp/credit_lines.py, its forms `attribution/credit_forms.jsonl`):
  the wire after a bar closing the title ("Tanker released | Wirewatch"), a bracketed credit closing
  the story ("... the law applies. (Wirewatch)", "(Source: Wirewatch)"), a wire's staff credit naming
  only its writers ("(Reporting by ...; Editing by ...)"), which credits the news agency of the registry
  the story names ("the master told Wirewatch"); the page's own name there is skipped, no veto;
- an outlet framing the story's first sentence: "..., Nordic Daily reported, citing ...", on a
  page that never names itself in its text (the sentence under the headline: a headline is no
  sentence of the story; none on a roundup that cites other outlets: `story_frame.py`);
- the page's own outlet relaying another at the top of the story: "..., Nordic Daily reports,
  Harbour Ledger writes." or "..., Harbour Ledger reports, citing Nordic Daily." on Harbour Ledger's page
  (a press-review verb each, `press_review` of `attribution/verb_frames.csv`; `relay_citing_words.txt`).

The name is kept only when it is an outlet: a recognised Outlet entity of the page or an
Outlet of the gazetteer (the registry), so that "By Jane Roe" or a closing "-- Photo: X"
names no origin.  A page of the outlet itself (the credit names the page's outlet) has none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from osint_graph.model import Attribution, entity_id, slug
from osint_graph.nlp.attribution_verbs import PARAGRAPH_VERBS, verb_forms
from osint_graph.nlp.credit_addresses import credited_sites
from osint_graph.nlp.credit_desk import desk_outlet
from osint_graph.nlp.credit_lines import credit_names
from osint_graph.nlp.credit_residue import TAIL_CHARS, credit_line_names
from osint_graph.nlp.dateline_entities import agency_acronym
from osint_graph.nlp.extensions import doc_text, furniture_kind, furniture_pieces
from osint_graph.nlp.furniture import DATELINE, HEADLINE, SUBHEAD
from osint_graph.nlp.furniture import DATELINE_AGENCY as DATELINE_AGENCY_KIND
from osint_graph.nlp.newsroom_checks import checking_outlets
from osint_graph.nlp.outlet_recipient import received_material
from osint_graph.nlp.rules import word_list
from osint_graph.nlp.source_context import DocumentSources, Source
from osint_graph.nlp.story_end import story_tail
from osint_graph.nlp.syntax import ext, norm_name, tokens_of

NAME = r"([A-Z][\w&.'’-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+)?[A-Z][\w&.'’-]*){0,4})"
REPOST = re.compile(
    r"(?i:" + "|".join(re.escape(p) for p in word_list("attribution/repost_phrases")) + r")[ \t]+(?:the[ \t]+)?" + NAME
)
CREDIT_LINE = re.compile(r"^[ \t]*[—–―-]+[ \t]*" + NAME + r"[ \t]*$", re.M)
# "... in the Black Sea. – PA" closing the text: the credit after the last sentence, on its line, also
# with a bar ("― Wirewatch") or two hyphens ("-- PTI") and a related headline under it (a line of the tail)
CREDIT_TAIL = re.compile(r"[.!?”\"’][ \t]+(?:[—–―]|--)[ \t]*" + NAME + r"[ \t]*$", re.M)
# "... into the incident. PTI" closing the text: the wire's name glued after the last sentence with no dash,
# as portals set the agency's copy; only a name a list knows as an outlet (a cut excerpt may end on any
# capitalised word)
CREDIT_GLUED = re.compile(r"[.!?][”\"’]?[ \t]+" + NAME + r"[ \t]*\Z")
# "OSLO (Wirewatch) —", "Oslo, June 19 (Wirewatch) -", "OSLO, 3rd June, 2025 (Wirewatch) --" (an upper-case
# place, then an ordinal date), "Oslo, Jan. 3 (Wirewatch): ", and a wire feed's
# "Oslo, June 19 (Wirewatch) Jun 19, 2024" line: a place (and date) then the agency, closed by a dash, a
# colon or the end of the line
DATELINE_AGENCY = re.compile(
    r"^[A-Z][A-Za-z.'’ ,-]{1,40}(?:(?:[ \t]\d{1,2})?[ \t]*\(([^()]{2,40})\)[ \t]*(?:[—–-]+|:(?=[ \t]))"
    r"|[ \t]\d{1,2}[ \t]*\(([^()]{2,40})\)(?:[ \t]+[A-Z][a-z]{2,8}\.?[ \t]\d{1,2},[ \t]\d{4})?[ \t]*$"
    r"|(?<=[A-Z]),[ \t]\d{1,2}(?:st|nd|rd|th)[ \t][A-Z][a-z]{2,8},?[ \t]\d{4}[ \t]*\(([^()]{2,40})\)[ \t]*[—–-]+)",
    re.M,
)
# "MADRID (Wirewatch) -" or "OSLO/BERGEN, Jun 3 (Wirewatch) –" inside a line: an upper-case place (several
# joined by slashes) and the agency, after what a page may set before it on the same line (the look-up's
# "date 2024-06-03" line head, a byline naming the writers)
DATELINE_INLINE = re.compile(
    r"(?<![\w/])[A-Z]{2,}(?:[ /][A-Z]{2,})*(?:,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]\d{1,2})?[ \t]*\(([^()]{2,40})\)[ \t]*[—–-]"
)
# "OSLO (Harbour Ledger / Wirewatch - 3rd June, 2025) The ...": an upper-case place, then the credits
# in brackets, split by slashes, each perhaps followed by a dash and the date; the place may name its
# country in title case, as wire style writes a foreign dateline ("OSLO, Norway (Harbour Ledger/Wirewatch)")
DATELINE_CREDITS = re.compile(
    r"^[A-Z][A-Z.'’ ,-]{2,40}(?:,[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})?[ \t]*\(([^()]{2,80})\)", re.M
)
CREDIT_DATE = re.compile(r"[ \t]+[—–-][ \t].*$")
# "Source: Wirewatch" closing the text: a labelled credit line
CREDIT_LABELS = "|".join(re.escape(p) for p in word_list("attribution/credit_labels"))
# "Source: Reuters + AP", "Source: Wirewatch and Nordic Daily": several agencies credited, the first
# named heading the chains (parallel sources: the first one named)
CREDIT_JOINERS = r"[ \t]*(?:[+&/,]|and)[ \t]*"
CREDIT_LABELLED = re.compile(
    r"^[ \t]*(?i:" + CREDIT_LABELS + r")[ \t]*:[ \t]*" + NAME + r"(?:" + CREDIT_JOINERS + NAME + r")*[ \t]*$", re.M
)
MONTHS = "|".join(word_list("common/months"))  # the date readers' lists (nlp/dates.py), as alternations
DAYS = "|".join(word_list("common/weekdays"))
# "(Wirewatch) —" opening a line with no place before it: a reposted wire story's slug, which a
# page often sets on a line of its own between the headline block and the story
WIRE_SLUG = re.compile(r"^[ \t]*\(([^()]{2,40})\)[ \t]*[—–-]+", re.M)
OWN_SLUG = re.compile(r"^[ \t]*\(([^()]{2,40})\)[ \t]+(?=[A-Z])", re.M)  # "(MENAFN) In ...": an aggregator's own slug
# "(Aggregator- Wirewatch) The ...", "(Aggregator - Wirewatch) --": an aggregator's slug opening the story's
# line, naming itself and then the agency whose copy it carries (the last named is the story's origin)
AGGREGATOR_SLUG = re.compile(
    r"^[ \t]*\(([^()]{2,40}?[^\s(][ \t]*[—–-][ \t]+[^()]{2,40})\)[ \t]*(?:[—–-]+|(?=[A-Z“\"‘]))", re.M
)
# "By WirewatchFriday, June 3, 2025": a byline naming the outlet, then its filing date (the layout
# may glue the two: the name ends where the weekday or month begins)
BYLINE_DATED = re.compile(
    r"^[ \t]*[Bb][Yy][ \t]+([A-Z][\w&.'’-]*?(?:[ \t]+[A-Z][\w&.'’-]*?){0,4}?)[ \t]*(?:" + DAYS + "|" + MONTHS + r")\b",
    re.M,
)
# "Source: Karsk news outlet Wirewatch" at the top: a labelled credit, the outlet perhaps described first
CREDIT_LABELLED_HEAD = re.compile(
    r"^[ \t]*(?i:"
    + CREDIT_LABELS
    + r")[ \t]*:[ \t]*"
    + r"(?:(?:[A-Z][a-z]+[ \t]+)?(?:[a-z][\w-]*[ \t]+){1,3})?"
    + NAME
    + r"[ \t]*$",
    re.M,
)
REVIEW_FORMS = "|".join(sorted({re.escape(f) for v in PARAGRAPH_VERBS for f in verb_forms(v)}, key=len, reverse=True))
# "Wirewatch reports: “The Morrow Gull ...": an aggregator quoting the outlet's story whole
AGGREGATOR_LEAD = re.compile(r"^[ \t]*" + NAME + r"[ \t]+(?:" + REVIEW_FORMS + r")[ \t]*:[ \t]*[“\"‘]", re.M)
WEB_NAME = re.compile(r"^[A-Z][\w-]*\.(?:com|net|org|news|info)$", re.I)
# "...\ncgtn.com": the same credit written as the site's address (a bare host, no path: a link with a
# path is a related article, "Read more: https://...")
CREDIT_LAST_HOST = re.compile(r"\n[ \t]*((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12})[ \t]*\Z", re.I)
HEAD_CHARS = 600
RELAY_FORMS = "|".join(sorted({re.escape(f) for v in PARAGRAPH_VERBS for f in verb_forms(v)}, key=len, reverse=True))
CITING = "|".join(re.escape(w) for w in word_list("attribution/relay_citing_words"))


def _relayed(text: str, page: str) -> list[str]:
    """'..., Nordic Daily reports, <page> writes.' or '..., <page> reports, citing Nordic Daily.': the outlets
    the page says it relays, at its top (the citing words: `attribution/relay_citing_words.txt`)."""
    own = re.escape(page)
    relay = re.compile(
        NAME + r"[ \t]+(?:" + RELAY_FORMS + r"),[ \t]+" + own + r"[ \t]+(?:" + RELAY_FORMS + r")\b"
        + r"|\b(?i:" + own + r")[ \t]+(?:" + RELAY_FORMS + r"),?[ \t]+(?:" + CITING + r")[ \t]+(?:the[ \t]+)?" + NAME
    )  # fmt: skip
    top = text[:HEAD_CHARS]  # a dateline or byline stands at the top of the page
    return [m.group(1) or m.group(2) for m in relay.finditer(top)]


def _outlet_source(ctx: DocumentSources, name: str, labels: tuple[str, ...] = ("OUTLET",)) -> Source | None:
    """The Outlet `name` stands for: an Outlet entity of the page, else a registry outlet, else None.

    `labels`: the entity labels that may publish (a repost note may name an organisation that
    publishes its own reports: "First published on Harbour Watch").
    """
    key = norm_name(name)
    for ent in ctx.ents:
        if ent.label_ in labels and key in (norm_name(ent.text), norm_name(str(ext(ent, "canonical") or ""))):
            return ctx.source_from_ent(ent, None)
    gaz = ctx.gazetteer
    if gaz is None:
        return None
    try:
        entry = gaz.lookup(name, "Outlet")  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a gazetteer without outlets names none
        return None
    if entry is None:
        return None
    return Source(Attribution(entry.name, entity_id("Outlet", slug(entry.name)), None), "OUTLET", "", False, False)


def _head(ctx: DocumentSources, text: str) -> str:
    """The top of the page, where a dateline or a byline stands: its first HEAD_CHARS characters,
    not counting the page furniture before it (a long photo caption, a byline and "Posted ..."
    lines may push a wire dateline far down)."""
    end = HEAD_CHARS
    for kind, start, stop in furniture_pieces(ctx.doc):
        if start < end and kind not in (DATELINE, DATELINE_AGENCY_KIND):
            end += stop - start
    return text[:end]


def _dateline_credits(ctx: DocumentSources, head: str, own: set[str]) -> list[Source]:
    """'OSLO (Harbour Ledger / Wirewatch - 3rd June, 2025)': the credited outlets but the page's own."""
    found = []
    for m in DATELINE_CREDITS.finditer(head):
        for part in m.group(1).split("/"):
            name = CREDIT_DATE.sub("", part).strip()
            src = None if _dateline_place(ctx, name) else _outlet_source(ctx, name)
            if src is not None and norm_name(src.link.name) not in own:
                found.append(src)
    return found


def _credited(ctx: DocumentSources, own: set[str]) -> list[Source]:
    """Outlets named where a republished page credits its original, most explicit first.

    Without the page's own outlet (`own` empty) only a repost note counts: a dateline agency or a
    credit line is then the page's own (the outlet of a bare text is its dateline's agency).  A
    credit line may hold an agency's acronym the page names nowhere else ("-- WNA").
    """
    text = doc_text(ctx.doc)
    found = [_outlet_source(ctx, m.group(1), ("OUTLET", "ORG")) for m in REPOST.finditer(text)]
    if own:
        head = _head(ctx, text)
        found += [_dateline_outlet(ctx, next(g for g in m.groups() if g), own) for m in DATELINE_AGENCY.finditer(head)]
        found += [_dateline_outlet(ctx, m.group(1), own) for m in DATELINE_INLINE.finditer(head)]
        found += _dateline_credits(ctx, head, own)
        # every dateline shape the furniture rules know (furniture/datelines.jsonl) names its agency too:
        # "New Delhi, Jun 3 (PTI) The ...", with no dash after the brackets, as Indian wires write it
        # (the page's own agency there is skipped, no veto: "Kyiv • UNN" over a credited story)
        dated = [
            _dateline_outlet(ctx, text[s:e], own)
            for kind, s, e in furniture_pieces(ctx.doc)
            if kind == DATELINE_AGENCY_KIND and e <= len(head)
        ]
        found += [src for src in dated if src is not None and norm_name(src.link.name) not in own]
        found += [_dateline_outlet(ctx, m.group(1), own) for m in WIRE_SLUG.finditer(head)]
        found += [_aggregated_agency(ctx, m.group(1), own) for m in AGGREGATOR_SLUG.finditer(head)]
        found += _residue_credits(ctx, own)
        tail = story_tail(text)[-TAIL_CHARS:]  # a closing "Read more..." link line skipped (story_end.py)
        found += _credit_over_blurb(ctx, text)
        found += [_outlet_source(ctx, m.group(1)) for m in BYLINE_DATED.finditer(head)]
        if not _names_itself(ctx, own):  # "Source: X" over a page that reports in its own name credits one item
            found += [_outlet_source(ctx, m.group(1)) for m in CREDIT_LABELLED_HEAD.finditer(head)]
        found += [_aggregated(ctx, m.group(1)) for m in AGGREGATOR_LEAD.finditer(_first_lines(head))]
        found += [_host_outlet(ctx, m.group(1)) for m in CREDIT_LAST_HOST.finditer(tail)]
        names = [m.group(1) for m in CREDIT_LINE.finditer(tail)]
        names += [m.group(1) for m in CREDIT_TAIL.finditer(tail)]
        found += [_credit_name(ctx, name) for name in names]
        found += [_initialled_outlet(ctx, m.group(1)) for m in CREDIT_GLUED.finditer(tail)]
        # the credit lines read by their structure (nlp/credit_lines.py): a title's "| Wirewatch", a closing
        # "(Wirewatch)", a staff credit "(Reporting by ...)" under a story naming its agency
        credits = [_outlet_source(ctx, n) if n else _named_agency(ctx) for n in credit_names(ctx.doc)]
        # a site's own name in its title or credit is no repost, and no veto on a credit found later
        found += [src for src in credits if src is not None and norm_name(src.link.name) not in own]
        # "Source: harbourwire.com": the site's address names the outlet (nlp/credit_addresses.py)
        found += [_host_outlet(ctx, host) or _named_outlet(host) for host in credited_sites(text, own)]
        found += [_host_outlet(ctx, host) for host in credited_sites(text, own, linked=True)]  # a registry site
        # "Wirewatch could not independently verify the video": another outlet's newsroom speaking,
        # its story carried over (nlp/newsroom_checks.py)
        checks = [ctx.source_from_ent(ent, None) for ent in checking_outlets(ctx.ents)]
        found += [src for src in checks if src is not None and norm_name(src.link.name) not in own]
    return [src for src in found if src is not None]


STAFF_WORDS = sorted((tuple(w.split()) for w in word_list("attribution/byline_staff_words")), key=len, reverse=True)


# "(dpa-AFX) --": a dateline credit shaped as a wire's name, one word with a capital (a hyphen, a dot or
# an ampersand inside), that no generic credit word is (`attribution/generic_credits.txt`)
WIRE_NAME = re.compile(r"[A-Za-z][A-Za-z.&-]{0,14}[A-Za-z]")
GENERIC_CREDITS = frozenset(word_list("attribution/generic_credits"))


def _credit_name(ctx: DocumentSources, name: str) -> Source | None:
    """The outlet a credit line names: a known outlet, else an agency's acronym as written ("-- WNA")."""
    return _outlet_source(ctx, name) or (_named_outlet(name) if agency_acronym(name) else None)


def _acronym_outlet(ctx: DocumentSources, name: str) -> Source | None:
    """An agency's acronym as written ("20250603 WNA"), when no entity of the page reads it as
    something else (a place: "10:32, UK")."""
    if not agency_acronym(name) or _read_otherwise(ctx, name):
        return None
    return _credit_name(ctx, name)


def _dateline_outlet(ctx: DocumentSources, name: str, own: set[str]) -> Source | None:
    """The outlet a dateline credits: a known outlet, else a name shaped as a wire's, as written.

    The dateline's brackets name the outlet that wrote the story (tests/real/README.md, Datelines),
    registry or not: "HAMBURG (dpa-AFX) -" credits dpa-AFX; but initials of the page's own outlet
    ("LOS ANGELES (CN) -" on Courthouse News Service's page) are the page itself.
    """
    name = name.strip()
    if any(_initials_of(name, page) for page in own):
        return None  # the page's own initials ("(CNA)" on the Central News Agency's page), whatever else they name
    if _dateline_place(ctx, name):
        return None
    known = _outlet_source(ctx, name)
    if known is not None or not WIRE_NAME.fullmatch(name) or name.lower() in GENERIC_CREDITS:
        return known
    if not any(c.isupper() for c in name):
        return None
    return _named_outlet(name)


def _dateline_place(ctx: DocumentSources, name: str) -> bool:
    """Is the dateline's bracketed name a place the gazetteer knows and no registry outlet? "DOUALA
    (Cameroon): ..." names the town's country, as Malaysian wires write a foreign dateline, not an agency
    (thirty-first round, outlet31: the model may read the bracketed name as an outlet there)."""
    gaz = ctx.gazetteer
    types = gaz.types_of(name) if gaz is not None else set()  # type: ignore[attr-defined]
    return bool(types & {"Country", "Location", "Port"}) and _outlet_source(ctx, name, labels=()) is None


def _read_otherwise(ctx: DocumentSources, name: str) -> bool:
    """Does an entity of the page read `name` as something other than an outlet ("10:32, UK")?"""
    return any(ent.label_ != "OUTLET" and norm_name(ent.text) == norm_name(name) for ent in ctx.ents)


def _aggregated_agency(ctx: DocumentSources, slug: str, own: set[str]) -> Source | None:
    """The agency an aggregator's slug names last ("Aggregator- Wirewatch" -> Wirewatch), not the page's own."""
    for part in reversed(re.split(r"[ \t]*[—–-][ \t]+", slug)):
        src = _credit_name(ctx, part.strip())  # a known outlet, or an agency's acronym as written ("KUNA")
        if src is not None and norm_name(src.link.name) not in own:
            return src
    return None


def _initials_of(name: str, page: str) -> bool:
    """Are the letters of `name` ("CN") initials of the page's outlet ("courthouse-news-service"), in order?"""
    initials = iter(word[0] for word in page.split("-") if word)
    return name.isupper() and all(letter in initials for letter in name.lower())


BLURB_CHARS = 600  # the end of a page: a credit line, then the credited outlet's own blurb and link


def _residue_credits(ctx: DocumentSources, own: set[str]) -> list[Source]:
    """The outlets short credit lines near the top or at the end name, read by what is left of each
    line without its dates, labels, places and separators (nlp/credit_residue.py), the page's own
    outlet left out. A lone name on its line counts when a list knows it as an outlet (or it
    without a last section word: "ANI Asia"); one name beside a date or a label, when a list knows it
    or it is an agency's acronym (`_acronym_outlet`); with several names, the first when it is an
    outlet ("By Wirewatch via Nordic Daily"), else the first outlet named when every other name left is
    one capitalised word (a place, a section: "Dubai | PTI | Updated: ...") or a newsroom's staff alone
    ("Staff Writer | Wirewatch"); a name the registry does not list only as an agency's acronym alone beside a date or a
    label ("20110104 WNA")."""
    found = []
    for names, took in credit_line_names(ctx.doc, lambda name: _listed_outlet(ctx, name) is not None):
        names = [_newsroom_cut(name) for name in names]
        if not took:
            words = names[0].split()
            src = _initialled_outlet(ctx, names[0])
            if src is None and len(words) == 2:
                src = _listed_outlet(ctx, words[0])
            if src is None:  # "Press Trust of India New Delhi": the agency and its desk's city (credit_desk.py)
                src = desk_outlet(names[0], lambda name: _listed_outlet(ctx, name))
            outlets = [src] if src is not None else []
        elif len(names) == 1:
            # a name alone beside a date or a label: an outlet a list knows, or an agency's acronym; not
            # what only the model reads as an outlet, a section's name ("World News | June 3, 2025")
            src = _listed_outlet(ctx, names[0]) or _acronym_outlet(ctx, names[0])
            outlets = [src] if src is not None else []
        else:
            # a newsroom's staff alone ("Staff Writer | Wirewatch | June 3") is no name of its own
            # nor is the page's own name ("Harbour Ledger Staff and Wirewatch": its desk with the wire's copy)
            resolved = [
                (name, _outlet_source(ctx, name))
                for name in names
                if not _staff_only(name) and norm_name(name) not in own
            ]
            outlets = [src for _, src in resolved if src is not None]
            # "By Wirewatch via Nordic Daily": the first an outlet, the others names (a lower-case word is prose)
            # (a list must know the first: the model may take a headline's words for an outlet)
            first_credited = (
                bool(resolved)
                and _listed_outlet(ctx, resolved[0][0]) is not None
                and all(n[:1].isupper() for n, _ in resolved)
            )
            if not first_credited and not all(src is not None or _side_name(name) for name, src in resolved):
                outlets = []
        found += [src for src in outlets if norm_name(src.link.name) not in own][:1]
    return found


def _listed_outlet(ctx: DocumentSources, name: str) -> Source | None:
    """The outlet `name` is when a list knows it (the registry, or the page's Outlet entity a gazetteer
    set, not the model or a context rule): a lone capitalised line is often a section's name
    ("Latest Shipping News" over related links), which only a list tells from an outlet's."""
    src = _outlet_source(ctx, name, labels=())  # the registry alone
    if src is not None:
        return src
    key = norm_name(name)
    for ent in ctx.ents:
        if ent.label_ == "OUTLET" and key == norm_name(ent.text) and ext(ent, "osint_source") in (None, "gazetteer"):
            return ctx.source_from_ent(ent, None)
    return None


def _staff_only(name: str) -> bool:
    """A name that is only a newsroom's staff ("Staff Writer", "Web Desk": attribution/byline_staff_words.txt)."""
    return tuple(w.lower() for w in name.split()) in STAFF_WORDS


def _initialled_outlet(ctx: DocumentSources, name: str) -> Source | None:
    """The listed outlet `name` is, also followed by its editors' initials as wire copy closes ("PTI ABC
    DEF": two to four capitals each)."""
    src = _listed_outlet(ctx, name)
    words = name.split()
    if src is None and len(words) > 1 and all(w.isupper() and w.isalpha() and 2 <= len(w) <= 4 for w in words[1:]):
        src = _listed_outlet(ctx, words[0])
    return src


def _side_name(name: str) -> bool:
    """A one-word capitalised name beside an outlet on a credit line: the place it filed from, a
    section ("PTI | Dubai | Updated: ..."); not a writer's name ("By Ola Berg, Nordic Daily" is the
    byline of the outlet the writer works for, not a credit of another's story)."""
    return len(name.split()) == 1 and name[:1].isupper()


def _credit_over_blurb(ctx: DocumentSources, text: str) -> list[Source]:
    """'Source: Wirewatch' closing the story, under it only Wirewatch's blurb about itself and a link
    ("Wirewatch, the news division of ..., is the world's largest ...", "Go to: https://...").

    The credit closes the story wherever the page's footer about the outlet pushes it from the end.
    """
    end = text.rstrip()
    found = []
    for m in CREDIT_LABELLED.finditer(end, max(0, len(end) - BLURB_CHARS)):
        name = m.group(1)
        after = [line.strip() for line in end[m.end() :].splitlines() if line.strip()]
        if after and all(name.lower() in line.lower() or "http" in line or "www." in line for line in after):
            found.append(_outlet_source(ctx, name))
    return found


def _newsroom_cut(name: str) -> str:
    """'Nordic Daily Staff' -> 'Nordic Daily': a byline naming an outlet's newsroom names the outlet."""
    words = name.split()
    for staff in STAFF_WORDS:
        if len(words) > len(staff) and tuple(w.lower() for w in words[-len(staff) :]) == staff:
            return " ".join(words[: -len(staff)])
    return name


def _first_lines(head: str, lines: int = 4) -> str:
    """The headline block and the story's first paragraph: where an aggregator's lead stands."""
    return "\n".join([ln for ln in head.split("\n") if ln.strip()][:lines])


def _aggregated(ctx: DocumentSources, name: str) -> Source | None:
    """The outlet an aggregator's lead quotes: a known outlet, or a name shaped as a web address."""
    return _outlet_source(ctx, name) or (_named_outlet(name) if WEB_NAME.match(name) else None)


def _host_outlet(ctx: DocumentSources, host: str) -> Source | None:
    """The registry outlet a site address names ('cgtn.com' -> CGTN), or None."""
    entry = ctx.gazetteer.outlet_of_host(host) if ctx.gazetteer is not None else None  # type: ignore[attr-defined]
    if entry is None:
        return None
    return _outlet_source(ctx, entry.name)


def _named_agency(ctx: DocumentSources) -> Source | None:
    """The news agency the story names ("the captain told Wirewatch"): its first Outlet entity that the
    registry lists as an agency, or None."""
    for ent in ctx.ents:
        if ent.label_ == "OUTLET":
            src = _outlet_source(ctx, str(ext(ent, "canonical") or ent.text))
            if src is not None and is_agency(ctx, src):
                return src
    return None


def _named_outlet(name: str) -> Source:
    return Source(Attribution(name, entity_id("Outlet", slug(name)), None), "OUTLET", "", False, False)


def _reporting_outlet(ctx: DocumentSources, first: list[Source] | None, own: set[str]) -> Source | None:
    """'..., Harbour Wire reported.' framing the story's first sentence: that outlet's story.

    Not when the page names itself in the text ("imagery reviewed by <page outlet> shows"): it
    then reports in its own voice after the opening, and the opening frame covers its sentence.
    """
    if not first or first[0].label != "OUTLET" or _names_itself(ctx, own, story_only=True):
        return None
    return None if received_material(ctx, first[0].link.name) else first[0]  # 'documents leaked to X show


def _names_itself(ctx: DocumentSources, own: set[str], story_only: bool = False) -> bool:
    """Does the page name its own outlet in its text ("imagery reviewed by <page outlet> shows")?

    `story_only`: in the story, not in its dateline or furniture ("KARSK, Jun 3 (WAM) -- ..., Wirewatch
    reported" on WAM's page is WAM carrying Wirewatch's story: its dateline names the carrier only).
    """
    return any(
        (norm_name(str(ext(e, "canonical") or e.text)) in own or norm_name(e.text) in own)
        and not (story_only and _in_dateline_or_furniture(ctx, e.start_char, e.end_char))
        for e in ctx.ents
    )


def _in_dateline_or_furniture(ctx: DocumentSources, start: int, end: int) -> bool:
    """Is start..end in a dateline at the top of the page or in page furniture (a byline, a caption)?"""
    kind = furniture_kind(ctx.doc, start, end)
    if kind is not None:
        return kind not in (HEADLINE, SUBHEAD)
    head = _head(ctx, doc_text(ctx.doc))
    slugs = (DATELINE_AGENCY, DATELINE_INLINE, DATELINE_CREDITS, WIRE_SLUG, OWN_SLUG)
    return any(m.start() <= start and end <= m.end() for form in slugs for m in form.finditer(head))


def original_outlet(ctx: DocumentSources, first_frame: list[Source] | None = None) -> Source | None:
    """The outlet whose story this page republishes, or None (see the module docstring).

    `first_frame`: the trailing frame of the story's first sentence ("..., X reported").
    """
    found = _original(ctx, first_frame)
    return found[0] if found else None


def _original(ctx: DocumentSources, first_frame: list[Source] | None) -> tuple[Source, bool] | None:
    """The original outlet and whether the page credits it (False: only its opening frame names it)."""
    page = str(ext(ctx.doc, "outlet") or "")
    if not page:
        first_frame = None
    own = {norm_name(page)} if page else set()
    page_src = _outlet_source(ctx, page) if page else None
    if page_src is not None:
        own.add(norm_name(page_src.link.name))
    found = _credited(ctx, own)
    if page:
        found += [src for name in _relayed(doc_text(ctx.doc), page) if (src := _outlet_source(ctx, name)) is not None]
    for src in found:
        if norm_name(src.link.name) in own:
            break  # the page's own outlet credits itself: its story, unless its first sentence relays another's
        return src, True
    reporting = _reporting_outlet(ctx, first_frame, own)
    return (reporting, is_agency(ctx, reporting)) if reporting is not None else None


def is_agency(ctx: DocumentSources, src: Source) -> bool:
    """A news agency of the registry (kind `agency`): pages carry its wire copy whole."""
    try:
        entry = ctx.gazetteer.lookup(src.link.name, "Outlet")  # type: ignore[union-attr]
    except Exception:  # noqa: BLE001 - no gazetteer, or one without outlets: not known as an agency
        return False
    return entry is not None and entry.attributes.get("kind", "").lower() == "agency"


def headline_clauses(doc, per_segment: list) -> list:
    """The clauses of the page's headline (its first segment, when the furniture reads it as one)."""
    a, _b, _p, clauses = per_segment[0] if per_segment else (0, 0, 0, [])
    return list(clauses) if per_segment and furniture_kind(doc, tokens_of(doc)[a].idx) == HEADLINE else []


def head_chains(
    ctx: DocumentSources, chains: list[list[Source]], first_frame: list[Source] | None = None, headline: tuple = ()
) -> None:
    """Put the original outlet of a republished page at the head of every chain (in place).

    A page known only by its opening frame ("..., Nordic Daily reported") reviews that outlet's
    story: another source it cites later ("Harbour Ledger reported that ...", "the port authority
    said") is its own citation, not one made by the first outlet, so that chain keeps no head, nor
    does the page's headline (`headline`: the chains of its clauses), the reviewing page's own words
    over the story. A news agency's story so framed is wire copy carried whole: its citations are the
    agency's.
    """
    found = _original(ctx, first_frame)
    if found is None:
        return
    origin, credited = found
    head = replace(origin, via="credit_line" if credited else "story_frame")  # the claim's basis when alone
    for chain in chains:
        if chain and chain[0].key == origin.key:
            continue
        if not credited and (chain or any(chain is h for h in headline)):
            continue  # a source the reviewing page cites itself, named or not; its own headline
        chain.insert(0, head)
