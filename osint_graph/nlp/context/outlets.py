"""Context rules that find news outlets: "the news agency Agerpres", "Tasnim news agency",
"Reuters reported", "writes NK Pro", "told Reuters", "according to Yonhap", "reviewed by Gulf
Shipping Monitor", and the article's own outlet where the text names it.

Reads the tokens, their dependencies, `doc.ents` and `doc._.outlet`; appends `Candidate`s of type
Outlet (and Organization, for "the security firm Ambrey", see `described`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from osint_graph.gazetteer import normalise_name
from osint_graph.nlp.context.names import NOT_NAME_WORDS, Candidate, NameContext, name_end, name_start
from osint_graph.nlp.context.outlet_shapes import quoted_after, site_name
from osint_graph.nlp.context.outlet_short_names import fuller_outlet, named_in_full
from osint_graph.nlp.context.registry import context_rule, trigger
from osint_graph.nlp.given_names import is_given_name
from osint_graph.nlp.legal_forms import is_legal_form
from osint_graph.nlp.org_names import ORG_WORDS
from osint_graph.nlp.person_names import apposed_to_role
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import sentence_bounds

OUTLET_NOUNS = words("context/outlet_nouns")
OUTLET_NAME_WORDS = words("common/outlet_name_words")
ORG_NAME_WORDS = words("common/org_name_words")
MEDIA_VERBS = words("context/media_verbs")
NOT_OUTLET_LABELS = words("context/not_outlet_labels")
NEWS_MODIFIERS = words("context/news_modifiers")
NEWS_SERVICE_MODIFIERS = words("context/news_service_modifiers")
MEDIA_DESCRIPTORS = words("context/media_descriptors")
TITLE_WORDS = words("common/title_words")
MEDIA_HEADS = words("attribution/media_heads")  # 'state TV', 'state television': common nouns, no names
# 'Houthi officials have reported': the subject speaks for a body, its modifier is no outlet
BODY_SPEAKERS = words("attribution/body_speakers")
BODY_NAME_WORDS = [w.split() for w in words("context/body_name_words")]  # 'Treasury cited': a body's word
MAX_TITLE_TAIL = 3  # 'Karsk| Defence Journal': the words after a place that may end in a title's head
APPOSED_MODIFIERS = 4  # 'a pan-Varnian satellite channel': the description's words before the noun


def _verb(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    return (start, end) if doc[start].pos_ in ("VERB", "AUX") else None


def _before_by(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    return (start, end + 1) if end < len(doc) and doc[end].lower_ == "by" else None


trigger("OUTLET_NOUN", OUTLET_NOUNS)
trigger("BLOG_NOUN", words("context/blog_nouns"))
trigger("REPORT", words("common/source_verbs"), attr="LEMMA", accept=_verb)
trigger("ACCORDING", ["according to"])
trigger("BY_AGENT", words("context/agent_verbs"), attr="LEMMA", accept=_before_by)


@context_rule("OUTLET_NOUN", order=90)
def outlet_described(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    described(ctx, doc, start, end, "Outlet", cands)


@context_rule("BLOG_NOUN", order=92)
def blog_name(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'Russian military blogger Vexar said', 'the war blogger, Vexar,': a blog's name, no person's,
    when its first word is no given name and the sources know it as nothing but an outlet."""
    _, limit = sentence_bounds(doc[start])
    if _quoted_outlet(ctx, doc, end, limit, cands):
        return
    apposed = end + 1 < limit and doc[end].text == "," and doc[end + 1].text[:1].isupper()
    end += apposed
    name_to = name_end(doc, end, limit, max_len=3)
    if name_to == end or (apposed and name_to < limit and not doc[name_to].is_punct):
        return  # set off by a comma, the name closes the apposition ('the blogger, Vexar.')
    span = doc[end:name_to]
    if is_given_name(span[0].text) or ctx.known_types(span.text) - {"Outlet"} or ctx.is_place_or_people(span):
        return
    cands.append(Candidate(end, name_to, "Outlet", "blog-name"))


@context_rule("BY_AGENT", order=190)
def by_agent(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'imagery reviewed by Gulf Shipping Monitor'."""
    if end < len(doc) and doc[end].text[:1].isupper():
        maybe_outlet(ctx, doc, source_span(ctx, doc, doc[end]), False, cands)


def described(ctx: NameContext, doc: Doc, start: int, end: int, type_: str, cands: list[Candidate]) -> None:
    """'the news agency Agerpres', 'public broadcaster ERR', 'the security firm Ambrey' (the name
    before the noun, 'Tasnim news agency', is outlet_shapes.outlet_before_noun's)."""
    noun = doc[start]
    if noun.lower_ in ("agency", "service") and type_ == "Outlet":
        if start == 0 or doc[start - 1].lower_ not in NEWS_SERVICE_MODIFIERS:
            return  # 'Karsk's Investigative Committee, the main state investigation agency': no wire
    if type_ == "Outlet":
        _apposed(ctx, doc, start, cands)
    if type_ == "Organization" and noun.lower_ == "agency" and start > 0 and doc[start - 1].lower_ in ("news", "press"):
        return
    _, limit = sentence_bounds(noun)
    if type_ == "Outlet" and _quoted_outlet(ctx, doc, end, limit, cands):
        return
    if end < limit and doc[end].text in ('"', "“"):
        end += 1
    if type_ == "Outlet" and _comma_apposition(doc, end, limit):
        end += 1  # 'according to a Karsk military news outlet, Nordblick, the crew': the name set off by commas
    name_to = name_end(doc, end, limit, max_len=4)
    if name_to == end:
        return
    span = doc[end:name_to]
    types = ctx.known_types(span.text)
    fuller = fuller_outlet(ctx.gazetteer, span.text) if type_ == "Outlet" and "Outlet" not in types else None
    if fuller is not None:  # 'the Iranian news agency Fars': Fars News Agency, not the province
        cands.append(Candidate(end, name_to, type_, "described-short-outlet", {"_entry": fuller}))
        return
    if types and type_ not in types:
        return
    if ctx.is_place_or_people(span):
        return
    cands.append(Candidate(end, name_to, type_, f"described-{type_.lower()}"))


def _quoted_outlet(ctx: NameContext, doc: Doc, i: int, limit: int, cands: list[Candidate]) -> bool:
    """'the Karsk daily "Vexposten"', 'the Varnian blog ‘Augen Vexa!’': the quoted name after the noun, unless
    the sources know it as something else or it names a place or a people. True where quotes open there."""
    span = quoted_after(doc, i, limit)
    if span is None:
        return False
    if not (ctx.known_types(span.text) - {"Outlet"} or ctx.is_place_or_people(span)):
        cands.append(Candidate(span.start, span.end, "Outlet", "quoted-outlet"))
    return True


def _comma_apposition(doc: Doc, comma: int, limit: int) -> bool:
    """A comma at `comma` after an outlet noun, then a capitalised name closed by a comma ('a news
    outlet, Nordblick, said'), not a clause going on ('the outlet, Reuters said' has no second comma)."""
    if comma + 1 >= limit or doc[comma].text != "," or not doc[comma + 1].text[:1].isupper():
        return False
    name_to = name_end(doc, comma + 1, limit, max_len=4)
    return comma + 1 < name_to < limit and doc[name_to].text == ","


def _apposed(ctx: NameContext, doc: Doc, noun: int, cands: list[Candidate]) -> None:
    """'Karsk Today, a pan-Varnian satellite channel that ...': the name an apposition describes as a
    news medium, its article, then at most APPOSED_MODIFIERS words of description before the noun."""
    first, _ = sentence_bounds(doc[noun])
    k = noun
    while k > first and noun - k < APPOSED_MODIFIERS and doc[k - 1].lower_ not in ("a", "an", "the"):
        if doc[k - 1].is_punct and doc[k - 1].text != "-" or doc[k - 1].pos_ in ("VERB", "AUX", "ADP"):
            return
        k -= 1
    if k - 2 < first or doc[k - 1].lower_ not in ("a", "an", "the") or doc[k - 2].text != ",":
        return
    if _owned_and_named(doc, k, noun):
        return  # 'in the Strait of Hormuz, the force's Sepahnews website said': the noun has its own name
    comma = k - 2
    name_from = name_start(doc, comma, first, max_len=4)
    if name_from == comma:
        return
    span = doc[name_from:comma]
    types = ctx.known_types(span.text)
    if (types and "Outlet" not in types) or ctx.is_place_or_people(span):
        return
    cands.append(Candidate(name_from, comma, "Outlet", "outlet-apposition"))


def _owned_and_named(doc: Doc, k: int, noun: int) -> bool:
    """A description between the article (token k - 1) and the outlet noun that holds a possessive and
    a name right before the noun ('the force's Sepahnews website'): the noun is named there, the name
    before the comma is none of its."""
    before = doc[noun - 1]
    named = noun - 1 >= k and before.pos_ == "PROPN" and before.text[:1].isupper()
    return named and any(t.tag_ == "POS" or t.text in ("'s", "’s") for t in doc[k : noun - 1])


def source_span(ctx: NameContext, doc: Doc, tok: Token) -> Span | None:
    """The name a token stands in: its entity, else its run of capitalised words."""
    for ent in ctx.ents(doc):
        if ent.start <= tok.i < ent.end:
            return ent
    if site_name(tok):
        return doc[tok.i : tok.i + 1]
    if not tok.text[:1].isupper() or tok.is_punct:
        return None
    lo = tok.i
    while (
        lo > 0
        and doc[lo - 1].text[:1].isupper()
        and not doc[lo - 1].is_punct
        and (doc[lo - 1].is_sent_start is not True or _names_at_sentence_start(doc[lo - 1]))
        and lo - 1 >= tok.sent.start
    ):
        lo -= 1
    hi = name_end(doc, tok.i, tok.sent.end)
    if hi <= tok.i:
        return None
    start = name_start(doc, hi, lo - 1 if lo > 0 else 0) if lo < tok.i else tok.i
    start = max(start, lo)
    return doc[start:hi] if start < hi else None


def _names_at_sentence_start(tok: Token) -> bool:
    """A sentence's first word that is part of a name all the same: an acronym or a name in capitals
    ('PUNCH Online reported'), where a capitalised common word ('Further reports') is not."""
    return len(tok.text) > 1 and tok.text.isupper() and tok.is_alpha and tok.lower_ not in NOT_NAME_WORDS


def maybe_outlet(ctx: NameContext, doc: Doc, span: Span | None, media: bool, cands: list[Candidate]) -> None:
    if span is None:
        return
    span = titled_run(doc, span)
    while len(span) and span[0].lower_ in ("the",) and not ctx.known_types(span.text):
        span = doc[span.start + 1 : span.end]
    # 'the Vexa Telegram channel wrote': the platform before the outlet noun is not in the name
    while (
        len(span) > 1
        and span[-1].lower_ in NEWS_MODIFIERS
        and span.end < len(doc)
        and doc[span.end].lower_ in OUTLET_NOUNS
    ):
        span = doc[span.start : span.end - 1]
    if not len(span) or _not_a_reporter(ctx, doc, span):
        return
    if len(span) == 1 and span[0].lower_ in MEDIA_HEADS:
        return  # 'Karsk state TV reported': a medium's common noun, no name (the state's voice, or media in general)
    if apposed_to_role(span, ctx.gazetteer):  # 'wrote Ola Brenn, a navy officer,': the person writes
        lo = span.start
        while lo > 0 and doc[lo - 1].is_alpha and doc[lo - 1].is_title and doc[lo - 1].pos_ == "PROPN":
            lo -= 1  # 'Taras Hlushko, a deputy minister, said' where the parse's subject is 'Hlushko'
        cands.append(Candidate(lo, span.end, "Person", "reporting-role"))
        return
    lo = span.start
    while lo > 0 and doc[lo - 1].is_alpha and doc[lo - 1].is_title and not doc[lo - 1].ent_type_:
        if doc[lo - 1].pos_ != "PROPN" or doc[lo - 1].lower_ in NOT_NAME_WORDS:
            break
        lo -= 1  # 'Ukrainska Pravda' where the model saw only 'Pravda'
    if lo < span.start and ctx.known_types(doc[lo : span.end].text) <= {"Outlet"}:
        span = doc[lo : span.end]
        if _not_a_reporter(ctx, doc, span):
            return
    types = ctx.known_types(span.text)
    fuller = fuller_outlet(ctx.gazetteer, span.text) if "Outlet" not in types else None
    if fuller is not None and named_in_full(ctx.ents(doc), fuller, span.start):
        cands.append(Candidate(span.start, span.end, "Outlet", "reporting-short-outlet", {"_entry": fuller}))
        return  # 'Fars added' after 'the Fars news agency said': the agency the page named in full
    if len(span) == 1 and site_name(span[0]):  # 'Marinetraffic.com': the site of a body the sources know
        types |= ctx.known_types(span.text.split(".")[0]) - {"Outlet"}
    if "Outlet" in types:
        cands.append(Candidate(span.start, span.end, "Outlet", "reporting-known"))
        return
    if types or ctx.is_place_or_people(span) or _body_named(span):
        return  # 'Treasury cited', 'the Port of Varnhamn reported': a body, no outlet
    if len(span) == 1 and span[0].is_sent_start and (span[0].pos_ != "PROPN" or span[0].tag_ == "NNS"):
        return  # 'Sources in the agency reported', 'Further reports indicated': a capitalised common word
    label = span.label_ if span.label_ else ""
    if label == "PERSON" and (span[-1].lower_ in OUTLET_NAME_WORDS and media or _media_described(doc, span.start)):
        label, media = "ORG", True  # 'the semi-official Kestnews cited': the model's person is a medium
    if label in NOT_OUTLET_LABELS:
        return
    if label == "GPE" and not media:
        return
    last = span[-1].lower_
    looks_media = last in OUTLET_NAME_WORDS or (len(span) == 1 and site_name(span[0]))
    if looks_media or media:
        title = last in OUTLET_NAME_WORDS - ORG_NAME_WORDS  # a paper's head word, not 'Agency', 'Service'
        if not title and any(t.lower_ in ORG_NAME_WORDS - OUTLET_NAME_WORDS for t in span):
            return  # 'the Karsk Maritime Authority reported', but 'the Karsk Maritime Gazette reported'
        if last in ORG_NAME_WORDS and len(span) > 1 and not any(t.lower_ in NEWS_MODIFIERS for t in span[:-1]):
            return  # 'the Karsk Security Cooperation Agency': a news word makes an agency a wire's
        cands.append(Candidate(span.start, span.end, "Outlet", "reporting"))


def _body_named(span: Span) -> bool:
    """Does the name hold a body's word or words (context/body_name_words: 'Treasury', 'Port of')?"""
    low = [t.lower_ for t in span]
    return any(low[i : i + len(w)] == w for w in BODY_NAME_WORDS for i in range(len(low) - len(w) + 1))


def _named(tok: Token) -> bool:
    return tok.text[:1].isupper() or site_name(tok)


def _media_described(doc: Doc, i: int) -> bool:
    """A word of context/media_descriptors right before token i ('the semi-official Kestnews'), as one
    token or as its hyphenated parts."""
    if i >= 1 and doc[i - 1].lower_ in MEDIA_DESCRIPTORS:
        return True
    return i >= 3 and doc[i - 2].text == "-" and doc[i - 3 : i].text.replace(" ", "").lower() in MEDIA_DESCRIPTORS


def titled_run(doc: Doc, span: Span) -> Span:
    """'according to the Karsk Defence Journal': the model's place ('Karsk') is the first word of a
    title when capitalised words after it end in an outlet's head word (common/outlet_name_words:
    Journal, Times, Gazette ...); the longest name wins (GUIDELINES, 'The Moscow Times')."""
    end = span.end
    while end < len(doc) and end - span.end < MAX_TITLE_TAIL and doc[end].is_title and not doc[end].is_punct:
        end += 1
    if end > span.end and doc[end - 1].lower_ in OUTLET_NAME_WORDS:
        return doc[span.start : end]
    return span


def _not_a_reporter(ctx: NameContext, doc: Doc, span: Span) -> bool:
    """Names a reporting verb's subject can be that are no outlet: a titled person ('Commodore
    Tarriela noted'), the surname of a person the text has named ('Osama Rabie' ... 'Rabie
    quoted', 'Ola Brenn-Varg' ... 'Brenn-Varg wrote'), the tail of a hyphenated name ('the NTF-WPS reported')."""
    if span[0].lower_ in TITLE_WORDS:
        return True
    if span.start > 0 and doc[span.start - 1].text in ("-", "‑") and not doc[span.start - 1].whitespace_:
        return True
    # the surname, hyphenated or not ('Rabie', 'Diaz-Canel'), of a person named before
    tail = " " + span.text
    ents = ctx.ents(doc)
    return any(
        e.label_ == "PERSON" and len(e) > len(span) and e.text.endswith(tail) for e in ents if e.end <= span.start
    )


@context_rule("REPORT", order=110)
def reporting(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'Reuters reported', 'writes NK Pro', 'NK Pro experts write', 'told Reuters'."""
    verb = doc[start]
    media = verb.lemma_.lower() in MEDIA_VERBS
    if _own_experience(doc, start):
        return  # 'the Marsh Harrier reported being approached by skiffs': what befell it, no outlet
    for child in verb.children:
        if child.dep_ == "nsubjpass" and verb.lemma_.lower() != "tell":
            continue  # 'the tanker is reported to have been anchored': what is reported, not who reports
        if child.dep_ == "nsubj" and verb.lemma_.lower() == "tell":
            continue  # 'the owner Varn Lines told Wirewatch': the teller speaks to an outlet, is none
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.ent_type_ or child.text[:1].isupper() or site_name(child):
                maybe_outlet(ctx, doc, source_span(ctx, doc, child), media, cands)
            elif (
                child.lemma_.lower() not in BODY_SPEAKERS
            ):  # "NK Pro experts write": the outlet is a modifier of the subject
                for mod in child.children:
                    if mod.dep_ in ("compound", "amod", "nmod", "poss") and mod.text[:1].isupper():
                        maybe_outlet(ctx, doc, source_span(ctx, doc, mod), media, cands)
        elif (
            child.dep_ in ("dobj", "dative")
            and verb.lemma_.lower() == "tell"
            and (child.text[:1].isupper() or site_name(child))
        ):
            # 'told Reuters' (the registry or a media-like name says it is an outlet), not 'told the Commons'
            maybe_outlet(ctx, doc, source_span(ctx, doc, child), False, cands)
        elif child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.text[:1].isupper():
                    maybe_outlet(ctx, doc, source_span(ctx, doc, pobj), media, cands)


def _own_experience(doc: Doc, verb: int) -> bool:
    """'reported being approached', 'reported having been hit': the subject tells what befell it (a
    ship, a crew), as no outlet reports a story."""
    k = verb + 1
    if k + 1 < len(doc) and doc[k].lower_ == "having" and doc[k + 1].lower_ == "been":
        k += 1
    return k + 1 < len(doc) and doc[k].lower_ == "being" and doc[k + 1].tag_ == "VBN"


@context_rule("ACCORDING", order=120)
def according(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    if end < len(doc):
        tok = doc[end]
        if tok.lower_ == "the" and end + 1 < len(doc):
            tok = doc[end + 1]
        if tok.text[:1].isupper() or site_name(tok):
            maybe_outlet(ctx, doc, source_span(ctx, doc, tok), False, cands)


@context_rule(None, order=260)
def own_outlet(ctx: NameContext, doc: Doc, cands: list[Candidate]) -> None:
    """The article's own outlet (metadata) where the text names it: 'reviewed by Gulf Shipping Monitor';
    not a body's or company's own page ('Karsk Maritime Safety Authority' on its own site: a name an
    organisation's word or legal form closes, that the registry does not list as an outlet), whose
    name stays the organisation's."""
    outlet = getattr(doc._, "outlet", None)
    if not outlet or _body_name(ctx, outlet):
        return
    norm = normalise_name(outlet)
    words = norm.split()
    if not words:
        return
    for tok in doc:
        if not tok.text[:1].isupper() or normalise_name(tok.text).split()[:1] != words[:1]:
            continue
        for length in range(1, len(words) + 3):
            if tok.i + length > len(doc):
                break
            if normalise_name(doc[tok.i : tok.i + length].text) == norm:
                cands.append(Candidate(tok.i, tok.i + length, "Outlet", "own-outlet"))
                break


def _body_name(ctx: NameContext, name: str) -> bool:
    """A name an organisation's word or a legal form closes, no outlet of the registry's."""
    last = name.split()[-1] if name.split() else ""
    closed = last.lower() in ORG_WORDS or is_legal_form(last)
    return closed and "Outlet" not in ctx.known_types(name)
