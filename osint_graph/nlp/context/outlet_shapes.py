"""Outlets found by the shape of their mention, whatever the registry holds: the name before the noun
that says what it is ("the Kommersant newspaper", "Russian Vexa media", "the Karsk media outlet",
"the Varnia Première public television channel", "the «Karsk Wind» Telegram channel") and a channel
named by its number ("Channel 9 news said"), and the broadcast a speaker appears on ("in an interview on
Varnia Morning", "speaking on Karsk Radio 4").

The nouns, the words that may stand between name and noun, and the heads that take a number are data
(sources/rules/context/outlet_nouns_after_name.txt, outlet_noun_modifiers.txt, news_modifiers.txt,
outlet_number_heads.txt, programme_intros.txt). Appends `Candidate`s of type Outlet.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from osint_graph.nlp.context.names import Candidate, NameContext, name_end, name_start
from osint_graph.nlp.context.registry import context_rule, trigger
from osint_graph.nlp.legal_forms import is_legal_form
from osint_graph.nlp.org_names import ORG_WORDS
from osint_graph.nlp.rules import patterns, words
from osint_graph.nlp.spans import sentence_bounds

NOUNS_AFTER_NAME = words("context/outlet_nouns_after_name")
# 'Tasnim news agency', 'the Varnia Première public television channel': description between name and noun
MODIFIERS = words("context/news_modifiers") | words("context/outlet_noun_modifiers")
NUMBER_HEADS = words("context/outlet_number_heads")
MAX_MODIFIERS = 3
MAX_NAME = 3
MAX_QUOTED = 4
CLOSING_QUOTES = {"»": "«", "”": "“", '"': '"', "’": "‘", "'": "'"}
OPENING_QUOTES = {v: k for k, v in CLOSING_QUOTES.items()}
NOT_NAME_LABELS = words("context/not_outlet_name_labels")
SITE_NOUNS = words("context/site_nouns")  # 'the Karsk Line website': the company's own site
SITE_NAMES = [re.compile(p["pattern"]) for p in patterns("context/site_names")]

trigger("OUTLET_NOUN_AFTER_NAME", NOUNS_AFTER_NAME)
trigger("OUTLET_NUMBER_HEAD", NUMBER_HEADS)
trigger("PROGRAMME_INTRO", words("context/programme_intros"))
PLATFORMS = words("attribution/platforms")  # 'speaking on Telegram': where one posts, no outlet


@context_rule("OUTLET_NOUN_AFTER_NAME", order=89)
def outlet_before_noun(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """The name right before an outlet noun, past at most MAX_MODIFIERS descriptive words, and past a
    demonym that opens it ('Russian Vexa media': `Vexa`). A name the registry or gazetteer gives
    another type, a place, a people or a date is no outlet ('the Karsk newspaper' is a country's)."""
    if end < len(doc) and doc[end].is_digit:
        return  # 'on Freeview channel 276': a platform's channel number, no outlet noun
    if doc[start].is_title and (start == 0 or doc[start - 1].lower_ not in MODIFIERS):
        return  # 'the Karsk Security Cooperation Agency': the noun is the last word of a body's name
    k = start
    while k > 0 and start - k < MAX_MODIFIERS and doc[k - 1].lower_ in MODIFIERS:
        k -= 1
    first, _ = sentence_bounds(doc[start])
    span = _quoted_name(doc, k, first) or _site_before(doc, k, first) or _plain_name(ctx, doc, k, first)
    if span is None:
        return
    types = ctx.known_types(span.text)
    if types and "Outlet" not in types:
        return
    if not types and (ctx.is_place_or_people(span) or any(t.ent_type_ in NOT_NAME_LABELS for t in span)):
        return
    if not types and doc[start].lower_ in SITE_NOUNS and (span[-1].lower_ in ORG_WORDS or is_legal_form(span[-1].text)):
        return  # 'on Karsk Line website': the company's own site (the organisation rules name it)
    cands.append(Candidate(span.start, span.end, "Outlet", "outlet-before-noun"))


def site_name(tok: Token) -> bool:
    """A token that is a web address ('phillyBurbs.com'): a news site where a source stands."""
    return any(p.fullmatch(tok.text) for p in SITE_NAMES)


def _site_before(doc: Doc, k: int, first: int) -> Span | None:
    """'the specialised brennmor.pl portal': a web address right before the noun (lower case as
    sites write it) names the site."""
    return doc[k - 1 : k] if k > first and site_name(doc[k - 1]) else None


def _plain_name(ctx: NameContext, doc: Doc, k: int, first: int) -> Span | None:
    name_from = name_start(doc, k, first, max_len=MAX_NAME)
    while name_from < k and _demonym(ctx, doc[name_from]):
        name_from += 1
    return doc[name_from:k] if name_from < k else None


def _demonym(ctx: NameContext, tok: Token) -> bool:
    return ctx.gazetteer.is_demonym(tok.text) or (tok.ent_type_ == "NORP" and tok.pos_ == "ADJ")


def _quoted_name(doc: Doc, k: int, first: int) -> Span | None:
    """'the «Karsk Wind» Telegram channel': the capitalised words inside the quotes."""
    if k - 2 < first or doc[k - 1].text not in CLOSING_QUOTES:
        return None
    opening = CLOSING_QUOTES[doc[k - 1].text]
    for i in range(k - 2, max(first, k - 2 - MAX_QUOTED) - 1, -1):
        if doc[i].text == opening:
            inner = doc[i + 1 : k - 1]
            if len(inner) and inner[0].text[:1].isupper() and not any(t.is_punct for t in inner):
                return inner
            return None
    return None


@context_rule("OUTLET_NUMBER_HEAD", order=91)
def numbered_channel(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'Channel 9 news said', 'Karsk's Channel 14': a capitalised head and a number of at most three
    digits name a broadcaster (not 'channel 16' on a ship's radio: lower case)."""
    head = doc[start]
    if not head.is_title or end >= len(doc) or not (doc[end].is_digit and len(doc[end].text) <= 3):
        return
    span = doc[start : end + 1]
    types = ctx.known_types(span.text)
    if types and "Outlet" not in types:
        return
    cands.append(Candidate(start, end + 1, "Outlet", "numbered-channel"))


@context_rule("PROGRAMME_INTRO", order=93)
def programme_appeared_on(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'said in an interview on Varnia Morning', 'speaking on Karsk Radio 4': the capitalised name after
    the words is the broadcast the speaker appeared on, an Outlet (GUIDELINES: the outlet a speaker
    talks to relays the words), unless it is known as something else, a date, a place or a people."""
    if end >= len(doc) or not doc[end].text[:1].isupper() or doc[end].lower_ in PLATFORMS:
        return
    _, limit = sentence_bounds(doc[end])
    stop = name_end(doc, end, limit)
    if stop == end:
        return
    span = doc[end:stop]
    if ctx.known_types(span.text) - {"Outlet"} or ctx.is_place_or_people(span):
        return
    if any(t.ent_type_ in NOT_NAME_LABELS or t.lower_ in PLATFORMS for t in span):
        return
    cands.append(Candidate(span.start, span.end, "Outlet", "programme-appeared-on"))


def quoted_after(doc: Doc, i: int, limit: int) -> Span | None:
    """'the Karsk daily "Vexposten"', 'the Varnian blog ‘Augen Vexa!’': the words inside the quotes that open at
    token i, at most MAX_QUOTED of them, the first capitalised (lower-case words and a closing '!' may follow)."""
    if i >= limit or doc[i].text not in OPENING_QUOTES:
        return None
    closing = OPENING_QUOTES[doc[i].text]
    for j in range(i + 2, min(limit, i + 2 + MAX_QUOTED)):
        if doc[j].text == closing:
            inner = doc[i + 1 : j]
            if inner[0].text[:1].isupper() and not any(t.is_punct and t.text not in "!?" for t in inner):
                return inner
            return None
    return None
