"""osint_gazetteer: every name or alias the sources list, marked in `doc.ents`.

Reads the tokens and the statistical model's `doc.ents` (kept aside first with `stash_model_ents`
for the date and figure components); writes `doc.ents` with our labels for the names the
gazetteer knows (all aliases, hyphen/space variants; one PhraseMatcher on lower case, compiled
once), and the span extensions `canonical`, `entity_id`, `identifiers`, `osint_source="gazetteer"`.
A name several entries share is typed by its context, then by the model's label.  Capitals the
countries' `capital` column names are marked as places, typed later by osint_entity_types.

Splits a sentence-final initial off its period ('Eagle S.') and a caption glued to a word; a listed
name with a middle initial ('Dwight D. Eisenhower Carrier Strike Group') is matched in that split
form too.  An organisation's all-capitals acronym before a noun ('the UKMTO report') names the body.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from osint_graph.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer, normalise_name
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.org_names import ORG_WORDS
from osint_graph.nlp.rules import POSSESSIVE_MARKS, table, words
from osint_graph.nlp.spans import (
    TYPE_PRIORITY,
    annotate,
    designation_starts,
    end_initials_split,
    is_capitalised,
    merge_ents,
    split_end_initials,
    stash_model_ents,
)

VESSEL_NOUNS = words("common/vessel_nouns") | words("common/carrier_nouns")
PORT_NOUNS = words("common/port_nouns")
OFFSHORE_CUES = words("gazetteer/offshore_cues")
OFFSHORE_AFTER = words("gazetteer/offshore_after")
SEAT_PARTICIPLES = words("gazetteer/seat_participles")
PLACE_JOINERS = ("in", "near", "off", "at")  # 'Tanjung Sedili in Johor': two places the model ran together
# nouns after an organisation's descriptive name that keep it a mention of the organisation
SOURCE_NOUNS = words("gazetteer/source_nouns")
GENERIC_WEAPONS = words("common/munition_nouns") | words("gazetteer/generic_weapon_words")
# 'AFP chief of staff': a name an outlet and an organisation share, the organisation's by what follows
ORG_CUES_AFTER = words("gazetteer/org_cues_after")
# '(Sana time)': words after a name that make it a place's clock, never an outlet or a body
PLACE_TIME_AFTER = words("gazetteer/place_time_after")
# the model's label -> the types it may mean, in order
TYPES_OF_MODEL_LABEL = {row["label"]: tuple(row["types"].split(";")) for row in table("gazetteer/model_label_types")}


def _extends_name(old: Span, new: Span) -> bool:
    """The model's span goes on past the gazetteer's name ('Maria' inside 'Maria Zakharova')."""
    if old.label_ not in ("PERSON", "ORG") or not (old.start <= new.start and new.end <= old.end):
        return False
    if (old.start, old.end) == (new.start, new.end):
        return False
    # before an organisation's last word the model's leading article is no word of the name ('the
    # Caspian Pipeline Consortium': the consortium, not the sea; GUIDELINES "Span": articles are out)
    article = old[0].lower_ == "the" and old[-1].text[:1].isupper() and old[-1].lower_ in ORG_WORDS
    extra = [t for t in old if (t.i < new.start or t.i >= new.end) and not (article and t.i == old.start)]
    if "\n" in old.text:
        return False
    return any(is_capitalised(t) and t.lower_ not in ("the", "of") for t in extra) and not any(
        t.is_lower and t.is_alpha and t.lower_ not in ("of", "de", "al") for t in extra
    )


def name_variants(entry: GazetteerEntry) -> set[str]:
    """Spellings of an entry's names to match: as listed, hyphens as spaces and spaces as hyphens,
    straight and curly apostrophes alike (not its `hidden_names`, which only a typed look-up finds)."""
    out: set[str] = set()
    hidden = set(entry.values("hidden_names"))
    for name in entry.names:
        name = " ".join(name.split())
        if not name or name in hidden:
            continue
        forms = {name}
        if name.lower().startswith("the "):
            forms.add(name[4:])
        for form in list(forms):
            forms.add(form.replace("-", " "))
            if len(form.split()) <= 3:
                forms.add(form.replace(" ", "-"))
            forms.add(re.sub(r"(?<=[A-Za-z])[ -](?=\d)", "", form))  # Maya 1 -> Maya1
        for form in list(forms):  # a page types the apostrophe either way: "Kestrel's" / "Kestrel’s"
            forms.add(form.replace("'", "\u2019"))
            forms.add(form.replace("\u2019", "'"))
        if entry.type == "Weapon":
            for form in list(forms):
                last = form.split()[-1]
                if last.isalpha() and last.islower():
                    forms.add(form[:-1] if form.endswith("s") else form + "s")
                elif last.isalpha() and last[:1].isupper() and not last.endswith("s"):
                    forms.add(form + "s")  # a model in the plural: 'Tomahawks', 'Storm Shadows'
        out |= forms
    return {f for f in out if f.strip()}


def port_cue(span: Span) -> bool:
    """'the port of X', 'X port', 'X harbour', 'its home port in X': the words next to a name say it
    is a port; not the town around a named port ('Varn port near X', 'Tarvik Port in X': the port
    has its own name, X is where it lies)."""
    doc = span.doc
    inside = {t.lower_ for t in span}
    if inside & PORT_NOUNS:
        return True
    if span.end < len(doc) and doc[span.end].lower_ in PORT_NOUNS:
        return not ports_of_one_name(doc, span.start, span.end) and not port_of_another(doc, span.end)
    before = doc[max(0, span.start - 2) : span.start]
    for tok in before:
        if tok.lower_ not in PORT_NOUNS:
            continue
        prep = doc[tok.i + 1] if tok.i + 1 < span.start else None
        named = tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].is_title
        # 'Varnian ports in X': the ports at X, a town of the port list (not a region: 'US ports in Kessia')
        plural = tok.is_lower and tok.lower_ != tok.lemma_.lower()
        named = named and not (plural and span.label_ == LABEL_OF_TYPE["Port"])
        if prep is None or prep.lower_ == "of" or not named:
            return True
    return False


def port_of_another(doc: Doc, noun: int) -> bool:
    """'the Varnshire port of Tarvik': a lower-case port noun with 'of' and a name after it names that
    town's port; the name before it is the region or the sea it lies on (as 'the Varn Sea port of X')."""
    return (
        doc[noun].is_lower
        and noun + 2 < len(doc)
        and doc[noun + 1].lower_ == "of"
        and doc[noun + 2].text[:1].isupper()
        and doc[noun + 2].pos_ == "PROPN"
    )


def ports_of_one_name(doc: Doc, start: int, noun: int) -> bool:
    """'DP Varn ports', 'Varnian ports', 'Kessel ports': a plural port noun after one name names the
    ports of a region, a state or an operator, no port called so; not the last of coordinated names
    ('the Varn and Tarvik ports': each a port, GUIDELINES "Places sharing one noun")."""
    tok = doc[noun]
    if tok.lower_ == tok.lemma_.lower() or not tok.lower_.endswith("s"):
        return False  # 'Varn port': one port
    return not (start > 0 and doc[start - 1].lower_ in ("and", "or", ",", "&"))


def offshore_cue(span: Span) -> bool:
    """'offshore X', 'the coast of X', 'X waters': the words around a name make it the place, not a
    port ('off X' is left to port_reading: a position, no port role)."""
    doc = span.doc
    one = doc[span.start - 1].lower_ if span.start >= 1 else ""
    two = doc[span.start - 2 : span.start].text.lower() if span.start >= 2 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return one in OFFSHORE_CUES or two in OFFSHORE_CUES or after in OFFSHORE_AFTER


def seat_cue(span: Span) -> bool:
    """'a Dubai-controlled bulker', 'the Dubai-based owner': the town where a company sits."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ in SEAT_PARTICIPLES


def _sea_adjective(entry: GazetteerEntry, span: Span) -> bool:
    """'a Baltic port', 'the Caspian states': a sea's one-word short name before the noun it
    qualifies (GUIDELINES sea-name ruling: a bare adjective is unannotated; 'a Black Sea port',
    the full name, stays the sea)."""
    tok = span.root
    return (
        entry.type == "Location"
        and entry.attributes.get("kind") == "sea"
        and len(span) == 1
        and normalise_name(span.text) != normalise_name(entry.name)
        and tok.dep_ in ("amod", "compound")
        and tok.head.i == span.end
        and tok.head.pos_ == "NOUN"
        and tok.head.is_lower
    )


def _verb_tail(span: Span, entry: GazetteerEntry) -> bool:
    """A place's name matched over a lower-case verb the name writes capitalised: 'the Varn Port said'
    holds 'Port Said' only as letters (the matcher reads lower case)."""
    last = span[-1]
    if not last.is_lower or last.pos_ not in ("VERB", "AUX"):
        return False
    return any(n.split()[-1] == last.text.capitalize() for n in (entry.name, *entry.aliases) if n.split())


def needs_port_cue(entry: GazetteerEntry, span: Span, place_ends: set[int] = frozenset()) -> bool:
    """A port of the reference list named as a place: a town of the list (`cue = port`) without a
    port cue, or any port of the list after 'offshore' or 'the coast of' or as a company's seat ('a
    Dubai-based owner') (hand rows are always ports).
    'X in Y' after a place X makes Y the region.  The context rules make it the port where the
    text says so elsewhere ('arrived in X')."""
    if entry.type != "Port" or port_cue(span):
        return False
    if entry.attributes.get("cue") == "port":
        return True
    # 'Tanjung Sedili in Johor': the region a place is in
    within = span.start >= 2 and span.doc[span.start - 1].lower_ == "in" and span.start - 1 in place_ends
    return entry.attributes.get("reference") == "yes" and (offshore_cue(span) or within or seat_cue(span))


def choose_entry(entries: list[GazetteerEntry], span: Span, model_label: str | None) -> GazetteerEntry:
    """One entry for a name several entries share, by its context, then by the model's label."""
    if len(entries) == 1:
        return entries[0]
    types: dict[str, GazetteerEntry] = {}
    for e in entries:  # of two entries of one type the first in gazetteer order: the hand row
        types.setdefault(e.type, e)  # ('Odesa' before the package's inland 'Odessa', WA)
    doc = span.doc
    before = [t.lower_ for t in doc[max(0, span.start - 4) : span.start]]
    if "Vessel" in types and (set(before) & VESSEL_NOUNS):
        return types["Vessel"]
    if "Port" in types and port_cue(span):
        return types["Port"]
    if "Port" in types and "Location" in types and types["Location"].attributes.get("kind") == "island":
        return types["Location"]  # 'US forces on Okinawa': the island, unless named as a port (above)
    if "Organization" in types and "Outlet" in types and span.end < len(doc) and doc[span.end].lower_ in ORG_CUES_AFTER:
        return types["Organization"]
    by_label = TYPES_OF_MODEL_LABEL.get(model_label or "", ())
    for t in by_label:
        if t in types:
            return types[t]
    for t in TYPE_PRIORITY:
        if t in types:
            return types[t]
    return entries[0]


class GazetteerRuler:
    """Marks every name or alias the sources list (PhraseMatcher on lower case, compiled once)."""

    def __init__(self, nlp: Language, name: str, gazetteer: Gazetteer):
        self.name = name
        self.gazetteer = gazetteer
        self.entries = list(self.gazetteer)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lower_ok: list[bool] = []
        for i, entry in enumerate(self.entries):
            variants = sorted(name_variants(entry))
            self.lower_ok.append(any(v == v.lower() for v in entry.names))
            patterns = list(nlp.tokenizer.pipe(variants))
            # 'Dwight D. Eisenhower ...': the text's initial is split off its period before matching
            patterns += [d for d in map(end_initials_split, patterns) if d is not None]
            self.matcher.add(f"g{i}", patterns)
        # capitals the sources name only in the countries' `capital` column: found here as places,
        # typed later (the government -> the country, else a Location)
        capitals = sorted(
            {
                c
                for e in self.entries
                if e.type == "Country"
                for c in e.values("capital")
                if not self.gazetteer.lookup(c)
            }
        )
        if capitals:
            self.matcher.add("capital", list(nlp.tokenizer.pipe(capitals)))

    def __call__(self, doc: Doc) -> Doc:
        stash_model_ents(doc)
        split_end_initials(doc)
        if not self.entries:
            return doc
        found: dict[tuple[int, int], list[GazetteerEntry]] = {}
        strings = doc.vocab.strings
        capitals: list[tuple[int, int]] = []
        for match_id, start, end in self.matcher(doc):
            key = strings[match_id]
            if key == "capital":
                if doc[start].text[:1].isupper():
                    capitals.append((start, end))
                continue
            i = int(key[1:])
            if not self.lower_ok[i] and not any(c.isupper() for c in doc[start:end].text):
                continue  # 'hope' is not the vessel Hope
            found.setdefault((start, end), []).append(i)
        if not found and not capitals:
            return doc
        ents = doc.ents  # read once: spaCy builds every entity's Span anew on each read
        model_label = {(e.start, e.end): e.label_ for e in ents}
        chosen: dict[tuple[int, int], GazetteerEntry] = {}
        for (start, end), indexes in found.items():
            # gazetteer order, not the matcher's (which follows its hashed keys): the same entry
            # wins a shared name in every run
            entries = [self.entries[i] for i in sorted(indexes)]
            entry = choose_entry(entries, doc[start:end], model_label.get((start, end)))
            if (
                entry.type == "Weapon"
                and end - start == 1
                and doc[start].is_lower
                and doc[start].lower_ in GENERIC_WEAPONS
            ):
                continue  # 'projectiles', 'shells': not a weapon type on their own
            if entry.type in ("Outlet", "Organization") and end < len(doc) and doc[end].lower_ in PLACE_TIME_AFTER:
                continue  # '10 a.m. (Sana time)': the town's clock, not the agency SANA
            tok = doc[start]
            if (
                entry.type in ("Organization", "Country")
                and end - start == 1
                and tok.dep_ in ("compound", "amod")
                and tok.head.pos_ == "NOUN"
                and tok.head.i == end
                and normalise_name(tok.text) != normalise_name(entry.name)
                and (model_label.get((start, end)) in (None, "NORP") or tok.ent_type_ == "NORP")
                and not (entry.type == "Organization" and tok.is_upper and len(tok.text) > 1)
            ):  # (an organisation's acronym is no demonym: 'the UKMTO report' names the body)
                continue  # 'Houthi spokesman': an alias used as an adjective, like a demonym
            if entry.type in ("Port", "Location") and end - start > 1 and _verb_tail(doc[start:end], entry):
                continue  # 'the Varn Port said': a port noun and the verb after it, not the port 'Port Said'
            if _sea_adjective(entry, doc[start:end]):
                continue  # 'a Varn port', 'the Varn states': a sea's short name as an adjective names no sea
            last = doc[end - 1]
            if (
                entry.type == "Organization"
                and end - start > 1
                and last.is_lower
                and end < len(doc)
                and last.head.i == end
                and doc[end].pos_ == "NOUN"
                and doc[end].lemma_.lower() not in SOURCE_NOUNS
                and (doc[start].ent_type_ == "NORP" or self.gazetteer.is_demonym(doc[start].text))
            ):
                continue  # 'Russian military technology': an adjective phrase, not the armed forces
                # ('South Korean intelligence assessments' still names the service)
            chosen[(start, end)] = entry
        # a longer alias around the entry's own name ('port of Vostochny', 'American laboratory
        # Planet Labs') gives way to the name
        for (start, end), entry in list(chosen.items()):
            for (s2, e2), other in chosen.items():
                if other is entry and start <= s2 and e2 <= end and (s2, e2) != (start, end):
                    # ('Aegis Combat System' stays whole: capitalised words around the name are its own)
                    outside = [t for t in doc[start:end] if t.i < s2 or t.i >= e2]
                    if _is_canonical_text(doc[s2:e2].text, entry) and not all(is_capitalised(t) for t in outside):
                        chosen.pop((start, end), None)
                        break
        for start, end in capitals:  # 'New Delhi' the capital, not the city 'Delhi' inside it
            for s2, e2 in [k for k in chosen if start <= k[0] and k[1] <= end and k != (start, end)]:
                chosen.pop((s2, e2))
        leftovers = (
            _places_before(doc, ents, chosen)
            + _names_before_weapons(doc, ents, chosen)
            + _bodies_before(doc, ents, chosen)
        )
        new = [(span, lambda sp: sp) for span in leftovers]
        place_ends = {s.end for s in leftovers} | {e.end for e in ents if e.label_ in ("GPE", "LOC", "FAC")}
        ported = _named_ports(doc, chosen)
        for (start, end), entry in chosen.items():
            if needs_port_cue(entry, doc[start:end], place_ends) and normalise_name(doc[start:end].text) not in ported:
                span = Span(doc, start, end, label=LABEL_OF_TYPE["Location"])
                new.append((span, lambda sp, c=entry.name: annotate(sp, "Location", "gazetteer", canonical=c)))
                continue
            span = Span(doc, start, end, label=LABEL_OF_TYPE[entry.type])
            new.append((span, lambda sp, entry=entry: annotate(sp, entry.type, "gazetteer", entry=entry)))
        taken = {i for s, e in chosen for i in range(s, e)}
        # a longer name of the model's stands ('Kyiv School of Economics'); the very same span is retyped
        taken |= {
            i
            for e in ents
            if e.label_ not in ("GPE", "LOC") and (e.start, e.end) not in capitals
            for i in range(e.start, e.end)
        }
        for start, end in capitals:  # only where nothing else stands ('Kyiv School of Economics')
            port = ported.get(normalise_name(doc[start:end].text))
            if port is not None and not any(
                i in taken for i in range(start, end)
            ):  # 'docked in X' after 'the port of X'
                new.append((Span(doc, start, end, label=LABEL_OF_TYPE["Port"]),
                            lambda sp, e=port: annotate(sp, "Port", "gazetteer", entry=e)))  # fmt: skip
            elif not any(i in taken for i in range(start, end)):
                label = model_label.get((start, end)) or "GPE"
                new.append((Span(doc, start, end, label=label if label in ("GPE", "LOC") else "GPE"), lambda sp: sp))
        kept = {(s.start, s.end) for s in leftovers}
        merge_ents(
            doc,
            new,
            lambda old, source, span: (
                source is None
                if (span.start, span.end) in kept
                else source is None and not _extends_name(old, span) and old.label_ != "GPE"
                if span.label_ == "GPE"
                else source is None and not _extends_name(old, span)
            ),
        )
        return doc


def _named_ports(doc: Doc, chosen: dict[tuple[int, int], GazetteerEntry]) -> dict[str, GazetteerEntry]:
    """The ports the text names as ports somewhere ('the port of X', 'X harbour'), by their bare
    names: one thing per article, so their other mentions ('docked in X') are the port too."""
    out: dict[str, GazetteerEntry] = {}
    for (start, end), entry in chosen.items():
        if entry.type == "Port" and port_cue(doc[start:end]):
            for name in (entry.name, *entry.values("hidden_names")):
                out.setdefault(normalise_name(name), entry)
    return out


def _places_before(doc: Doc, ents: tuple[Span, ...], chosen: dict[tuple[int, int], GazetteerEntry]) -> list[Span]:
    """'Tanjung Sedili in Johor' (one span of the model's): where the name the gazetteer knows
    follows 'in', 'near', 'off' or 'at', the name before it is kept as a place of its own."""
    starts = {s for s, _ in chosen}
    out = []
    for ent in ents:
        if ent.label_ not in ("ORG", "GPE", "LOC", "FAC") or (ent.start, ent.end) in chosen:
            continue
        for tok in ent[1:-1]:
            if tok.lower_ in PLACE_JOINERS and tok.i + 1 in starts and doc[ent.start].text[:1].isupper():
                if not any(s < tok.i and ent.start < e for s, e in chosen):
                    out.append(Span(doc, ent.start, tok.i, label="GPE" if ent.label_ == "ORG" else ent.label_))
                break
    return out


def _bodies_before(doc: Doc, ents: tuple[Span, ...], chosen: dict[tuple[int, int], GazetteerEntry]) -> list[Span]:
    """'the Department of the Treasury's Office of Foreign Assets Control' (one span of the model's):
    where an organisation the gazetteer knows follows a possessive inside it, the body before the
    possessive (a capitalised name holding an organisation's word: 'Department') is kept as an
    organisation of its own, as the parent of the office after it."""
    org_starts = {s for (s, _), entry in chosen.items() if entry.type == "Organization"}
    out = []
    for ent in ents:
        if ent.label_ != "ORG" or (ent.start, ent.end) in chosen:
            continue
        for tok in ent[1:-1]:
            if tok.text in POSSESSIVE_MARKS and tok.i + 1 in org_starts:
                start = ent.start + (doc[ent.start].lower_ == "the")
                owner = doc[start : tok.i]
                if owner and owner[0].text[:1].isupper() and any(t.lower_ in ORG_WORDS for t in owner):
                    if not any(s < tok.i and start < e for s, e in chosen):
                        out.append(Span(doc, start, tok.i, label="ORG"))
                break
    return out


def _names_before_weapons(
    doc: Doc, ents: tuple[Span, ...], chosen: dict[tuple[int, int], GazetteerEntry]
) -> list[Span]:
    """'Royal Air Force Eurofighter Typhoon', 'US Navy F/A-18' (one span of the model's): where a
    weapon the gazetteer knows, or a designation, starts inside a name of the model's, the name before
    it is kept with the model's label and the weapon is left to stand on its own."""
    weapon_starts = {s for (s, _), entry in chosen.items() if entry.type == "Weapon"}
    out = []
    for ent in ents:
        if ent.label_ not in ("ORG", "PERSON", "NORP", "PRODUCT") or (ent.start, ent.end) in chosen:
            continue
        for tok in ent[1:]:
            if tok.i in weapon_starts or designation_starts(doc, tok.i):
                out.append(Span(doc, ent.start, tok.i, label=ent.label_))
                break
    return out


def _is_canonical_text(text: str, entry: GazetteerEntry) -> bool:
    return " ".join(text.split()).casefold() == " ".join(entry.name.split()).casefold()


@Language.factory("osint_gazetteer", default_config={"sources": None})
def make_gazetteer_ruler(nlp: Language, name: str, sources: str | None) -> GazetteerRuler:
    return GazetteerRuler(nlp, name, load_gazetteer(sources))
