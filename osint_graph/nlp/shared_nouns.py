"""Seas' names. Places sharing one noun: 'the Varn and Karsk seas', 'Tarn and Holm Islands' (GUIDELINES
places-sharing-one-noun ruling): one entity each, canonical with the singular noun ('Varn Sea',
'Karsk Sea'); the earlier name's span its own words, the last one's with the noun.  The nouns
are data (context/shared_place_nouns.csv); a name that holds 'and' and that the gazetteer
knows whole ('Antigua and Barbuda') is left alone.  A sea's short name takes the long one as
canonical ('Mediterranean' -> 'Mediterranean Sea', context/sea_long_names.csv).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from osint_graph.gazetteer import Gazetteer
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.rules import table, words
from osint_graph.nlp.spans import annotate

SINGULAR = {row["plural"]: row["singular"] for row in table("context/shared_place_nouns")}
LONG_NAMES = {row["short"]: row["long"] for row in table("context/sea_long_names")}
LOCATION = LABEL_OF_TYPE["Location"]
SEA_REGION_WORDS = words("context/sea_region_words")  # 'the Mediterranean region' is the sea


def _place(gazetteer: Gazetteer, span: Span, noun: str) -> Span:
    """The span as a Location named with the singular noun (the gazetteer's entry if it has one)."""
    words = [t.text for t in span if t.lower_ not in SINGULAR]
    name = " ".join([*words, noun])
    entry = gazetteer.lookup(name, "Location")
    if entry is not None:
        return annotate(span, "Location", "context", entry=entry)
    return annotate(span, "Location", "context", canonical=name)


def split_shared_nouns(doc: Doc, gazetteer: Gazetteer) -> None:
    """'Varn and Karsk seas': two places; the last takes the plural noun into its span."""
    ents = list(doc.ents)
    changed = False
    for i in range(len(ents) - 1):
        first, last = ents[i], ents[i + 1]
        if first.label_ != LOCATION or last.label_ not in (LOCATION, LABEL_OF_TYPE["Country"]):
            continue
        if last.start != first.end + 1 or doc[first.end].lower_ != "and":
            continue
        end = last.end if last[-1].lower_ in SINGULAR else last.end + 1  # 'Baker Islands' / 'North' + 'seas'
        if end > len(doc) or doc[end - 1].lower_ not in SINGULAR or not doc[end - 1].is_alpha:
            continue
        if gazetteer.lookup(doc[first.start : end].text) is not None:
            continue  # a name that holds 'and' ('Turks and Caicos Islands')
        noun = SINGULAR[doc[end - 1].lower_]
        ents[i] = _place(gazetteer, first, noun)
        ents[i + 1] = _place(gazetteer, doc[last.start : end], noun)
        changed = True
    if changed:
        doc.ents = ents


def long_sea_names(doc: Doc, gazetteer: Gazetteer) -> None:
    """'the Mediterranean' -> canonical 'Mediterranean Sea' (context/sea_long_names): one name per
    sea, the long one, whichever the article writes; the short name before a common noun is the sea's
    adjective and no mention (`sea_adjective`)."""
    ents = [e for e in doc.ents if not sea_adjective(e)]
    changed = len(ents) != len(doc.ents)
    for i, e in enumerate(ents):
        long = LONG_NAMES.get(e.text)
        if e.label_ == LOCATION and long is not None and e._.canonical != long:
            entry = gazetteer.lookup(long, "Location")
            ents[i] = annotate(e, "Location", e._.osint_source or "model", entry=entry, canonical=long)
            changed = True
    if changed:
        doc.ents = ents


def sea_adjective(e: Span) -> bool:
    """'a Mediterranean cruise', 'Israel's Mediterranean ports', 'the Atlantic coast', 'an Arctic
    cruise ship': a sea's short name before a lower-case noun is an adjective like a demonym
    (GUIDELINES, a sea's name before another noun: "a Baltic port" is not annotated); 'the
    Mediterranean region', 'Pacific waters' place something on the sea (context/sea_region_words).
    GUIDELINES, twenty-ninth round."""
    if e.label_ != LOCATION or e.text not in LONG_NAMES or e.end >= len(e.doc):
        return False
    after = e.doc[e.end]
    if after.lower_ in ("and", "or") and e.end + 2 < len(e.doc) and e.doc[e.end + 1].text in LONG_NAMES:
        after = e.doc[e.end + 2]  # 'the Pacific and Atlantic entrances': both share the noun
    noun = after.is_lower and after.is_alpha and after.pos_ in ("NOUN", "PROPN")
    return noun and after.lower_ not in SEA_REGION_WORDS
