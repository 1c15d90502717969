"""A port's name and mention span by how the text writes its port word (GUIDELINES, "Rulings of the
twenty-ninth round": port names' spans).

A port noun written capitalised beside a port's name is a word of the name as written, inside the
mention ("the Port of Varn" -> "Port of Varn", "Varn Port", "Varn Harbour", "Karsk Quay"); written in
lower case it is a common noun outside it ("the port of Varn", "Varn port", "the Varn terminal" ->
"Varn"). The canonical name is the place's own name ("Varn") whichever way the text writes it, so
both forms are one entity: `port_town_names` gives a Port read as "Varn Port" or "the Varn Fishing"
(before "Port") the name of the town, and `port_mention_bounds` moves a mention's bounds at output.
The nouns are context/port_name_nouns, the kind words between a name and its noun ("Fishing",
"Container") context/port_kind_words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from osint_graph.gazetteer import normalise_name
from osint_graph.nlp.extensions import span_ext
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import annotate, clean_name

NAME_NOUNS = words("context/port_name_nouns")  # 'Varn Port', 'Karsk Quay': capitalised, in the name
KIND_WORDS = words("context/port_kind_words")  # 'the Varn Fishing Port': the port's kind
PORT = LABEL_OF_TYPE["Port"]
MAX_KINDS = 2


def _free(tok: Token) -> bool:
    """A token no other entity holds."""
    return not tok.ent_type_


def _capital_tail(doc: Doc, i: int) -> int | None:
    """The end of capitalised kind words and a capitalised port noun from token `i` ('Fishing Port',
    'Harbour'), not a body's name going on ('Varn Port Authority'), else None."""
    k = i
    while k < len(doc) and k - i < MAX_KINDS and doc[k].is_title and doc[k].lower_ in KIND_WORDS and _free(doc[k]):
        k += 1
    if k >= len(doc) or not (doc[k].is_title and doc[k].lower_ in NAME_NOUNS and _free(doc[k])):
        return None
    if k + 1 < len(doc) and doc[k + 1].is_title:
        return None  # 'the Varn Port Authority', 'Karsk Harbour Holdings': a body's name
    return k + 1


def _lower_tail(span: Span) -> int:
    """Where the place's name ends inside a mention that closes with lower-case kind words and a port
    noun ('Varn port', 'Karsk oil terminal' -> before them); its end otherwise."""
    end = span.end
    if len(span) > 1 and span[-1].is_lower and span[-1].lower_ in NAME_NOUNS:
        end -= 1
        while end - span.start > 1 and span.doc[end - 1].is_lower and span.doc[end - 1].lower_ in KIND_WORDS:
            end -= 1
    return end


def port_mention_bounds(ent: Span) -> tuple[int, int]:
    """The character bounds of a Port mention by the case of the port noun beside or inside it."""
    doc = ent.doc
    start, end = ent.start, ent.end
    # lower case inside: 'the port of Varn', 'port of Varn', 'Varn port' -> 'Varn'
    first = start + (doc[start].lower_ == "the")
    if end - first > 2 and doc[first].lower_ in NAME_NOUNS and doc[first].is_lower and doc[first + 1].lower_ == "of":
        start = first + 2
    end = _lower_tail(doc[start:end])
    # capitalised outside: 'the Port of Varn', 'Varn Port', 'Varn Fishing Port'
    if (
        start >= 2
        and doc[start - 1].text == "of"
        and doc[start - 2].text == "Port"
        and _free(doc[start - 2])
        and _free(doc[start - 1])
    ):
        start -= 2
    elif end == ent.end and ent.end < len(doc) and (tail := _capital_tail(doc, ent.end)) is not None:
        end = tail
    if (start, end) == (ent.start, ent.end):
        return ent.start_char, ent.end_char
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _town_of(e: Span) -> Span | None:
    """The town's name inside a Port read with its port words: 'Varn Port', 'Varn Fishing Port', 'Port of
    Varn', or 'Varn Fishing' before a port noun (the kind word taken into the name); else None."""
    doc = e.doc
    if len(e) > 2 and e[0].text == "Port" and e[1].text == "of":
        return e[2:]
    end = e.end
    if len(e) > 1 and e[-1].is_title and e[-1].lower_ in NAME_NOUNS:
        end -= 1
    elif not (e.end < len(doc) and doc[e.end].lower_ in NAME_NOUNS):
        return None
    while end - e.start > 1 and doc[end - 1].is_title and doc[end - 1].lower_ in KIND_WORDS:
        end -= 1
    return doc[e.start : end] if end < e.end else None


def port_town_names(doc: Doc) -> None:
    """A Port read with its capitalised port words ('Hambantota Port' beside 'Hambantota', 'Jiangjun
    Fishing' before 'Port') is the town's port: the span is the town's name, the same entity as the
    town's other Port mentions (or a new one so named); its mention gets its words back at output."""
    ents = list(doc.ents)
    ports = {normalise_name(span_ext(e, "canonical") or e.text): e for e in ents if e.label_ == PORT}
    changed = False
    for i, e in enumerate(ents):
        town = _town_of(e) if e.label_ == PORT else None
        if town is None:
            continue
        other = ports.get(normalise_name(town.text))
        if other is not None and other is not e:
            new = Span(doc, town.start, town.end, label=PORT)
            for key in ("canonical", "entity_id", "identifiers", "osint_source"):
                setattr(new._, key, span_ext(other, key))
        elif town.start == e.start and span_ext(e, "osint_source") != "gazetteer":
            # 'Varn Port', 'Varn Fishing' before 'Port' (not a listed port's own name): the town's port
            new = annotate(town, "Port", span_ext(e, "osint_source") or "model", canonical=clean_name(town.text))
        else:
            continue
        ents[i] = new
        changed = True
    if changed:
        doc.ents = ents
