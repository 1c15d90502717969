"""osint_entity_types: the model's labels mapped to ours and repaired; every entity named.

Reads `doc.ents` as the statistical model, osint_gazetteer and osint_context_rules leave them;
writes `doc.ents` with our labels only (VESSEL, PORT, PERSON, ORG, OUTLET, COUNTRY, LOCATION,
WEAPON) and, on each span, `canonical`, `entity_id`, `identifiers` and `role` (a person's title:
"Defense Minister").  The model's spans of other labels (DATE, CARDINAL, ...) leave `doc.ents`;
`stash_model_ents` keeps them for the date and figure components.

Repairs: places the model ran together ('Tanjung Sedili in Johor'), photo credits, infrastructure ('Estlink 2 power
cable'), oil grades, acronyms of common nouns; titles out of people's names; capitals standing for their governments
(metonymy: 'Pyongyang denied' -> North Korea); countries the sources do not list by their CLDR names (babel), only to
type a place the model found.  Last, `coreference.corefer` gives one id per thing in the document.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from osint_graph.gazetteer import Gazetteer, cldr_country, cldr_place, load_gazetteer, normalise_name
from osint_graph.nlp import house_lines
from osint_graph.nlp.company_cues import company_noun
from osint_graph.nlp.context.vessel_patterns import class_designator_end
from osint_graph.nlp.context.voyage_places import read_voyage_places
from osint_graph.nlp.coreference import corefer, same_as
from osint_graph.nlp.dateline_entities import unfound_dateline_entities
from osint_graph.nlp.exercise_names import drop_exercise_names
from osint_graph.nlp.extensions import doc_text
from osint_graph.nlp.furniture import (
    CONTENT_KINDS,
    DATELINE,
    DATELINE_AGENCY,
    HEADLINE,
    SUBHEAD,
    agency_piece,
    kind_at,
    set_span_group,
)
from osint_graph.nlp.furniture import pieces as furniture_pieces
from osint_graph.nlp.gazetteer_ruler import port_of_another
from osint_graph.nlp.generic_names import drop_generic_names
from osint_graph.nlp.given_names import given_name_person, org_shaped_person
from osint_graph.nlp.infrastructure import STATES, bare_name, infrastructure_names, names_infrastructure
from osint_graph.nlp.labels import MODEL_ORG_TYPES, OUR_LABELS, TYPE_OF_LABEL
from osint_graph.nlp.legal_forms import is_legal_form
from osint_graph.nlp.listed_companies import listed_company_name, unfound_listed_companies
from osint_graph.nlp.lone_surnames import read_lone_surnames
from osint_graph.nlp.measure_names import drop_measure_names
from osint_graph.nlp.metonymy import is_metonymic
from osint_graph.nlp.org_names import longer_org, outlet_after_modifier, own_outlet, state_and_body, two_orgs
from osint_graph.nlp.org_spans import branch_of_parent, company_seat, count_and_ship_cut, seat_split, whole_org
from osint_graph.nlp.person_names import apposed_to_role, honorific_only, lower_only, person_span, titled_name_inside
from osint_graph.nlp.place_names import read_place_names
from osint_graph.nlp.place_reading import drop_bare_directions, listed_ocean, read_place_types, trim_region_words
from osint_graph.nlp.place_syntax import locative_place
from osint_graph.nlp.port_spans import port_town_names
from osint_graph.nlp.rules import POSSESSIVE_MARKS, word_list, words
from osint_graph.nlp.shared_nouns import long_sea_names, split_shared_nouns
from osint_graph.nlp.ship_navies import bare_navy_mentions
from osint_graph.nlp.spans import TYPE_PRIORITY, annotate, designation, name_to_bracket, portfolio_cut, stash_model_ents
from osint_graph.nlp.storm_names import drop_storm_names
from osint_graph.nlp.thing_names import thing_names

VESSEL_NOUNS = words("common/vessel_nouns")
VESSEL_CLASSES = words("common/vessel_classes")  # 'Suezmax': a kind of tanker
PORT_NOUNS = words("common/port_nouns")
PORT_AFTER = ("port", "harbour", "harbor")  # 'the Varn port' after the model's facility
PLACE_LABEL_WORDS = words("context/not_weapon_code_before")  # 'pier B-12': a place's label
TITLE_WORDS = words("common/title_words")
TITLE_FILLERS = words("common/title_fillers")
ORG_NAME_WORDS = words("common/org_name_words")
ORG_SUFFIXES = words("common/org_suffixes")
OUTLET_NAME_WORDS = words("common/outlet_name_words")
OUTLET_INNER_WORDS = words("common/outlet_inner_words")
NOT_ENTITY_WORDS = words("entity_types/not_entity_words")
NOT_ENTITY_HEADS = words("entity_types/not_entity_heads")
PLACE_NOUNS_AFTER = words("entity_types/place_nouns_after")
PLACE_TIME_AFTER = words("gazetteer/place_time_after")  # '(Sana time)': a town's clock
NOT_ENTITY_ACRONYMS = words("entity_types/not_entity_acronyms")
NOT_NAMES_AFTER = words("entity_types/not_names_after")
GENERIC_ORGS = words("entity_types/generic_orgs")
DROP_LABELS = words("entity_types/drop_labels")
GEOGRAPHIC_PREPS = words("entity_types/geographic_preps")
PLACE_CUES_BEFORE = words("entity_types/place_cues_before")
COUNTRY_PREPS = words("entity_types/country_preps")
COUNTRY_SUFFIXES = word_list("entity_types/country_suffixes")
INSIDE_PREPS = words("entity_types/inside_preps")
GULF_PEOPLE_NOUNS = words("entity_types/gulf_people_nouns")  # "the Gulf states": an adjective, no place
# a name of an English text has a letter of the Latin script (or a digit: 'G7'); words of another
# script are a page's furniture or a quotation ('اضافة اعلان', an advert label), not a name
LATIN_OR_DIGIT = re.compile(r"[0-9A-Za-z\u00C0-\u024F]")


class EntityTypes:
    """Maps the model's labels to ours, repairs what it gets wrong, and names every entity."""

    def __init__(self, nlp: Language, name: str, gazetteer: Gazetteer):
        self.name = name
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        stash_model_ents(doc)
        out = []
        text = doc_text(doc)
        infra = infrastructure_names(doc) | thing_names(doc)  # ("NZF", "OSE")
        for whole in doc.ents:
            for ent in self._split(whole):
                if self._not_a_name(ent, text, infra):
                    continue
                span = self._trim(ent)
                if span is None:
                    continue
                if span.label_ in OUR_LABELS and ent._.osint_source in ("gazetteer", "context"):
                    cut = count_and_ship_cut(doc, span.start, span.end) if span.label_ == "ORG" else None
                    if ent._.osint_source == "context" and cut and cut != (span.start, span.end):
                        span = self._known(Span(doc, *cut, label="ORG"), "Organization", "context")  # named anew
                    else:
                        span = self._keep(ent, span)
                    if span.label_ == "ORG" and ent._.osint_source == "context" and self._given_name_person(span):
                        span = self._known(span, "Person", "context")  # 'general manager Duncan Roy'
                    if span.label_ == "OUTLET" and (outlet := outlet_after_modifier(span, self.gazetteer)):
                        span = self._known(outlet, "Outlet")  # 'the Iranian Mehr News Agency'
                else:
                    span = self._map(span)
                if span is None:
                    continue
                if span.label_ in ("ORG", "OUTLET", "VESSEL") and (named := titled_name_inside(span, self.gazetteer)):
                    span = named  # 'Mumbai MRCC Commandant NV Rama Rao': the person the title names
                if span.label_ == "PERSON":
                    span = person_span(span, self.gazetteer)
                if span.label_ == "ORG" and (longer := longer_org(span, self.gazetteer)) is not None:
                    span = self._known(longer, "Organization", span._.osint_source or "model")
                if span.label_ == "ORG" and (whole := whole_org(span, self.gazetteer)) is not None:
                    span = self._known(whole, "Organization", span._.osint_source or "model")
                if span.label_ == "ORG" and (seat := company_seat(span, self.gazetteer)) is not None:
                    company, place = seat  # 'Tern Tankers of Brennport': the company, and its port
                    span = self._known(company, "Organization", span._.osint_source or "model")
                    out.append(self._known(place, "Location"))  # a seat is a town, no port of call
                out.append(span)
        for span, replaced in unfound_listed_companies(doc, out, self.gazetteer):  # 'Repsol said': a listed company
            out = [s for s in out if not any(s is r for r in replaced)]
            out.append(self._known(span, "Organization", "context"))
        for first, parent, branch in branch_of_parent(doc, out):  # 'General Staff of the Armed Forces'
            out = [s for s in out if s is not first and s is not parent]
            out.append(self._known(branch, "Organization", (first or parent)._.osint_source or "model"))
        doc.ents = self._content(doc, filter_spans(out))
        if navies := bare_navy_mentions(doc, self.gazetteer):  # 'the Navy' beside 'USS Tarn': US Navy
            doc.ents = sorted(list(doc.ents) + navies, key=lambda s: s.start)
        split_shared_nouns(doc, self.gazetteer)  # 'the Varn and Karsk seas': two seas
        long_sea_names(doc, self.gazetteer)  # 'the Mediterranean': canonical 'Mediterranean Sea'
        trim_region_words(doc, self.gazetteer)  # 'Shandong province': the place is `Shandong`
        drop_bare_directions(doc)  # 'sanctions by the West': no place
        drop_exercise_names(doc, self.gazetteer)  # "Exercise Kestrel Shield": no place, no person
        drop_storm_names(doc)  # "Super Typhoon Tollo": a weather system
        drop_measure_names(doc)  # "3089 Kgs Charas": a unit and a substance, no person
        drop_generic_names(doc)  # "the Law Enforcement Agencies": no one body
        read_place_names(doc)  # 'San Cristobal', 'the Galapagos Marine Reserve'
        read_place_types(doc, self.gazetteer)  # one reading per place name: a state's name is the state
        read_voyage_places(doc, self.gazetteer)  # the model's places the article gives a port role
        port_town_names(doc)  # 'Varn Port' beside 'Varn', 'Varn Fishing' before 'Port': the town's port
        read_lone_surnames(doc, self.gazetteer)  # 'Ola Brenn said ... Brenn added': a person, not a body
        corefer(doc, self.gazetteer)
        set_span_group(doc)  # again: osint_gazetteer may have split tokens since osint_furniture ran
        return doc

    # -- page furniture
    def _content(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """No entity from bylines, captions or credits (an agency's name in a byline stays: it wrote
        the story); one in the headline only when the body names it too; the dateline's place is a
        Location and its agency tag an Outlet; no entity from the house lines
        that name the page's own outlet (`house_lines.py`: a masthead, "Share Wirewatch with friends")."""
        text = doc_text(doc)
        house = [
            house_lines.line_of(text, s.start_char, s.end_char)
            for s in spans
            if s.label_ == "OUTLET"
            and own_outlet(doc, s, self.gazetteer)
            and house_lines.house_line(text, s.start_char, s.end_char)
        ]
        spans = [s for s in spans if not any(a <= s.start_char < b for a, b in house)]  # and all the line names
        if not furniture_pieces(doc):
            return spans
        spans = filter_spans([agency_piece(s) or s for s in spans])  # the credits' own extents
        kinds = [kind_at(doc, s.start_char, s.end_char) for s in spans]
        body: dict[str, Span] = {}
        for s, kind in zip(spans, kinds, strict=True):
            if kind is None or kind in (DATELINE, DATELINE_AGENCY):
                for key in _names(s):
                    body.setdefault(key, s)
        out = []
        for span, kind in zip(spans, kinds, strict=True):
            if kind in (HEADLINE, SUBHEAD):
                same = next((body[k] for k in _names(span) if k in body), None)
                if same is None:
                    continue  # named in the headline only
                if same.label_ != span.label_:
                    span = same_as(doc, span.start, span.end, same)  # the body's reading wins
            elif kind == DATELINE and span.label_ not in ("OUTLET", "VESSEL", "WEAPON"):  # a place, whatever the label
                if span.label_ != "COUNTRY" or self.gazetteer.country_of_capital(span.text) is not None:
                    span = annotate(
                        span,
                        "Location",
                        span._.osint_source or "model",
                        canonical=span.text.title() if span.text.isupper() else None,
                    )
            elif kind == DATELINE_AGENCY:
                span = annotate(
                    span, "Outlet", span._.osint_source or "model", entry=self.gazetteer.lookup(span.text, "Outlet")
                )
            elif kind is not None and kind not in CONTENT_KINDS:
                if not (kind == "byline" and span.label_ == "OUTLET") or own_outlet(doc, span, self.gazetteer):
                    continue  # ('by The Maritime Executive' on its own page: furniture, not a source)
            out.append(span)
        out += unfound_dateline_entities(doc, out, self.gazetteer)  # 'OSLO (Wirewatch) -': its agency and place
        return sorted(out, key=lambda s: s.start)

    # -- what is no name of ours
    def _split(self, ent: Span) -> list[Span]:
        """'Tanjung Sedili in Johor', 'Vostochny near Nakhodka': two places the model ran together."""
        if ent.label_ == "ORG" and (seat := seat_split(ent)):
            place, name = seat  # 'the Varnport-based Karsk Maritime Initiative': the seat, the name
            if ent._.osint_source in ("gazetteer", "context"):
                name = self._known(name, "Organization", ent._.osint_source)
            return [s for s in (place, name) if s is not None]
        if ent._.osint_source in ("gazetteer", "context"):
            return [ent]
        if ent.label_ == "PERSON":  # 'Hezbollah's al-Manar TV': no one's name holds a possessive
            return state_and_body(ent, self.gazetteer) or [ent]
        if ent.label_ not in ("ORG", "GPE", "LOC", "FAC"):
            return [ent]
        pair = two_orgs(ent, self.gazetteer) or state_and_body(ent, self.gazetteer)
        if pair:
            return pair
        cuts = [t.i for t in ent if t.lower_ in ("in", "near", "off", "at") and t.i > ent.start]
        if not cuts:
            return [ent]
        parts, start = [], ent.start
        for cut in cuts + [ent.end]:
            if start < cut and ent.doc[start].text[:1].isupper():
                label = "GPE" if ent.label_ == "ORG" else ent.label_
                parts.append(Span(ent.doc, start, cut, label=label))
            start = cut + 1
        return parts

    def _not_a_name(self, ent: Span, text: str, infra: frozenset[str] = frozenset()) -> bool:
        """Photo credits, infrastructure ('Estlink 2 power cable'), oil grades, generic words."""
        doc = ent.doc
        source = ent._.osint_source  # read once: each `ent._` builds a new object
        if source == "context":
            return False
        line_start = text.rfind("\n", 0, ent.start_char) + 1
        before = text[line_start : ent.start_char].lower()
        if ":" in before and re.search(r"(?i)(photo|image|credit|picture)s?\s*:", before):  # (the colon first: cheap)
            return True
        if (bare_name(ent) in infra or names_infrastructure(ent)) and ent.label_ not in STATES:
            return True  # 'Nord Vessa 1 gas pipeline', and the name's other mentions in the article
        if ent.end < len(doc) and doc[ent.end].lower_ in NOT_NAMES_AFTER and ent.label_ != "COUNTRY":
            return True
        if source is None and ent.text in NOT_ENTITY_ACRONYMS:
            return True
        if (
            source is None
            and ent.start > 1
            and doc[ent.start - 1].text == "("
            and doc[ent.start - 2].is_lower
            and ent.end < len(doc)
            and doc[ent.end].text == ")"
        ):
            return True  # 'an unmanned aerial vehicle (UAV)': an abbreviation of a common noun
        if source is None and len(ent) == 1:
            tok = ent[0]
            if tok.is_lower or (ent.label_ == "ORG" and tok.lower_ in GENERIC_ORGS):
                return True
            if tok.lower_ in VESSEL_NOUNS or tok.lower_ in NOT_ENTITY_WORDS or tok.lower_ in VESSEL_CLASSES:
                return True  # 'Ships were seen': a common noun capitalised at the start of a sentence
        if source is None and ent.label_ in ("LOC", "GPE", "FAC") and all(t.is_lower for t in ent):
            return True  # 'the east coast': a common noun phrase, no place's name
        if source is None and ent.label_ == "PERSON" and (lower_only(ent) or honorific_only(ent)):
            return True  # 'mga tao' in Tagalog (English writes a name capitalised), 'Datuk Seri' (an honorific)
        if (
            source is None
            and ent.end + 1 < len(doc)
            and doc[ent.end].text == "-"
            and doc[ent.end + 1].lower_ == "class"
        ):
            return True  # 'Konsul-class mini-subs': a ship class
        if source is None and ent.label_ == "ORG" and len(ent) > 1:
            owner = doc[ent.start - 1].lower_ if ent.start else ""
            if all(t.is_lower or t.i == ent.start and t.is_sent_start for t in ent) and owner not in POSSESSIVE_MARKS:
                return True  # 'coast guard personnel': a common noun ("Taiwan's coast guard" names one)
            if all(t.lower_ in TITLE_WORDS | TITLE_FILLERS for t in ent) and ent[-1].lower_ in TITLE_WORDS:
                return True  # 'Rear Admiral': a title without its holder
        if ent.end_char == len(text) and text[-1:].isalnum() and source != "gazetteer":
            return True  # 'Prime Minister Kyr': a word the excerpt cut short
        if source is None and class_designator_end(doc, ent.start, ent.end) == ent.end:
            return True  # 'Project 22160', 'Type 45': a ship class
        if source is None and ent.label_ in ("ORG", "FAC", "PRODUCT", "LAW"):
            last = ent[-1].lower_
            if last in NOT_ENTITY_HEADS or (last in ("farm", "farms") and len(ent) > 1):
                return True  # 'Mutual Defense Treaty', 'Kestrel Bank wind farm': no actor
        return False

    def _trim(self, ent: Span) -> Span | None:
        doc = ent.doc
        start, end = ent.start, ent.end
        text = ent.text
        if "\n" in text:  # never across a line: cut at the first break
            cut = next(t.i for t in ent if "\n" in t.text or "\n" in t.whitespace_)
            if "\n" in doc[cut].text:
                end = cut
            else:
                end = cut + 1
        while start < end and (doc[start].lower_ in ("the",) or doc[start].is_punct or doc[start].is_space):
            if doc[start].lower_ == "the" and ent._.osint_source == "gazetteer":
                break
            start += 1
        while end > start and (
            doc[end - 1].is_punct
            and doc[end - 1].text not in (".",)
            or doc[end - 1].is_space
            or doc[end - 1].lower_ in POSSESSIVE_MARKS
            or (doc[end - 1].lower_ in ("and", "&") and end - start > 1)  # 'Global Harbour Partners and'
        ):
            end -= 1
        if ent.label_ == "ORG" and ent._.osint_source not in ("gazetteer", "context"):
            start, end = count_and_ship_cut(doc, start, end)  # 'Two Karsk Navy helicopters'
        label, cut = ent.label_, portfolio_cut(doc, start, end)
        if cut < end:  # 'US Treasury Secretary Ola Brenn': the person, no body; 'US' read as a place
            end, label = cut, "GPE"
        opened = [i for i in range(start, end) if doc[i].text == "("]
        if opened and not any(doc[i].text == ")" for i in range(opened[-1], end)) and opened[-1] > start:
            end = opened[-1]  # 'Lloyd's Market Association (LMA': the name, its acronym in brackets apart
        if start >= end:
            return None
        if (start, end) == (ent.start, ent.end):
            return ent
        return Span(doc, start, end, label=label)

    def _keep(self, ent: Span, span: Span) -> Span:
        if span is ent or (span.start, span.end) == (ent.start, ent.end):
            return ent
        new = Span(ent.doc, span.start, span.end, label=ent.label_)
        for name in ("canonical", "entity_id", "identifiers", "role", "osint_source"):
            setattr(new._, name, getattr(ent._, name))
        return new

    def _given_name_person(self, span: Span) -> bool:
        """A given name then a surname the sources do not know (`given_name_person`), and no
        company's noun before it."""
        return not company_noun(span) and given_name_person(span, self.gazetteer)

    def _known(self, span: Span, type_: str, source: str = "model") -> Span:
        entry = self.gazetteer.lookup(span.text, type_)
        return annotate(span, type_, source, entry=entry)

    def _map(self, span: Span) -> Span | None:
        label = span.label_
        text = span.text
        if label in DROP_LABELS or not LATIN_OR_DIGIT.search(text):
            return None
        known = self.gazetteer.lookup_all(text)
        types = {e.type for e in known}
        if label == "NORP":
            if "Organization" in types:
                return self._known(span, "Organization")
            if len(span) > 1 and span[-1].is_title and span[-1].lower_ in ORG_NAME_WORDS | ORG_SUFFIXES:
                return self._known(span, "Organization")  # 'Costa Cruises': a company's name, no people
            return None  # demonyms are not entities
        if self.gazetteer.is_demonym(text) and not types:
            return None
        if label in OUR_LABELS and label not in ("PERSON", "ORG"):
            return self._known(span, TYPE_OF_LABEL[label])
        if label in ("PERSON", "GPE", "LOC") and not types and listed_company_name(span, self.gazetteer):
            return self._known(span, "Organization", "context")  # 'Repsol', 'Lockheed Martin': a listed company
        if label in ("GPE", "LOC") and not types and company_noun(span):
            return self._known(span, "Organization", "context")  # 'shipbuilder Karsk Ocean', 'a company, Brennamar'
        if label == "GPE" or label == "LOC":
            return self._place(span, label, types)
        if label in ("PERSON", "ORG") and _based(span):
            return self._based_place(span, types)
        if label == "FAC":
            for t in ("Port", "Location", "Organization"):
                if t in types:
                    return self._known(span, t)
            if self._port_context(span):
                return self._known(span, "Port")
            return None
        territory = cldr_country(text) or cldr_place(text)  # 'Cameroon'; 'Diego Garcia' is a place, no state
        if (
            label in ("PERSON", "ORG")
            and not types
            and territory is not None
            and self._country_context(span, loose=True)
        ):
            return annotate(span, territory.type, "model", entry=territory)
        if label in ("PERSON", "ORG", "GPE", "FAC") and span.end < len(span.doc):
            if span.doc[span.end].lower_ in PLACE_NOUNS_AFTER and not types - {"Location"}:
                return self._known(span, "Location")  # 'the Skagen anchorage'
            if span.doc[span.end].lower_ in PLACE_TIME_AFTER and not types - {"Location", "Outlet", "Organization"}:
                return self._known(span, "Location")  # '(Sana time)': the town, not the agency SANA
        if label == "PERSON":
            if types and "Person" not in types:
                return self._known(span, next(t for t in TYPE_PRIORITY if t in types))
            if span[-1].lower_ in ORG_NAME_WORDS | ORG_SUFFIXES or is_legal_form(span[-1].text):
                # 'Kerrin Trading Limited', 'Kerrin Line Pte. Ltd.': a company's last word or legal form
                return self._known(span, "Organization")
            if not types and company_noun(span):  # 'the trading firm Kerrin', 'Kerrin CEO'
                return self._known(span, "Organization", "context")
            if not types and org_shaped_person(span, self.gazetteer):  # 'MRCC Varnport', 'Space Varnia'
                return self._known(span, "Organization")
            if span[-1].lower_ in OUTLET_NAME_WORDS and len(span) > 1:
                return self._known(span, "Outlet")
            if len(span) == 1 and (span[0].is_lower or not span[0].is_alpha):
                return None
            if len(span) == 1 and span[0].lower_ in TITLE_WORDS:
                return None  # 'Brig. Gen. Pat Ryder': the model's person is the title's first word
            before = _words_before(span, 3)
            if before[-1:] == ["the"]:
                return None  # 'the “Koala”', 'The Koala is not listed': a thing, not a person
            if before[-1:] and (before[-1] in PLACE_CUES_BEFORE or " ".join(before[-2:]) in PLACE_CUES_BEFORE):
                return self._known(span, "Location")  # 'east of Khor Fakkan', 'near Escoda'
            if locative_place(span, self.gazetteer):
                return self._known(span, "Location")  # 'off the coast of Varnmoor', 'taken to Tollo'
            return self._known(span, "Person")
        if label == "ORG":
            end = name_to_bracket(span.doc, span.start, span.end)
            if end != span.end:  # 'Bureau of Fisheries and Aquatic Resources (BFAR)'
                span = Span(span.doc, span.start, end, label="ORG")
                text, known = span.text, self.gazetteer.lookup_all(span.text)
                types = {e.type for e in known}
            if not types and (outlet := outlet_after_modifier(span, self.gazetteer)) is not None:
                return self._known(outlet, "Outlet")  # 'the pro-Kremlin TASS agency'
            for t in MODEL_ORG_TYPES:
                if t in types:
                    return self._known(span, t)
            root = span.root
            if (
                len(span) == 1
                and span[0].is_title
                and root.dep_ == "pobj"
                and root.head.lower_ in INSIDE_PREPS
                and span.start > 0
                and span.doc[span.start - 1].lower_ == "the"
                and span[0].lower_ not in ORG_NAME_WORDS | ORG_SUFFIXES
            ):
                return self._known(span, "Location")  # 'lying at anchor in the Kattegat'
            if span[-1].is_lower and (span[0].ent_type_ == "NORP" or self.gazetteer.is_demonym(span[0].text)):
                return None  # 'Russian military': a demonym and a common noun
            if (
                len(span) == 1
                and root.dep_ in ("compound", "amod")
                and root.head.pos_ == "NOUN"
                and "Organization" in self.gazetteer.types_of(text + "s")
                and "Organization" not in types
            ):
                return None  # 'Houthi spokesman': the adjective of 'the Houthis', like a demonym
            lead = 0
            while lead < len(span) and (span[lead].lower_ in TITLE_WORDS or span[lead].lower_ == "first"):
                lead += 1
            if lead and len(span) - lead >= 2 and span[-1].lower_ not in ORG_SUFFIXES | ORG_NAME_WORDS:
                return self._known(span, "Person")  # 'First Admiral Ismail Rahmat': the title goes in person_span
            if not types and cldr_country(text) is not None:
                return annotate(span, "Country", "model", entry=cldr_country(text))  # 'Cameroon'
            capital_of = self.gazetteer.country_of_capital(text)
            if capital_of is not None:
                return annotate(span, "Country", "model", entry=capital_of)
            if any(t.lower_ in OUTLET_INNER_WORDS for t in span) and "Organization" not in types:
                return self._known(span, "Outlet")  # 'Lebanese Broadcasting Corporation International'
            if span[-1].lower_ in OUTLET_NAME_WORDS and span[-1].lower_ not in ORG_NAME_WORDS and len(span) > 1:
                # not 'Standard' alone ('a Standard Missile-2'): the registry knows one-word outlets
                return self._known(span, "Outlet")
            if not types and locative_place(span, self.gazetteer):
                return self._known(span, "Location")  # 'north of Varnmoor', 'Brennport, Kesmar'
            if not types and apposed_to_role(span, self.gazetteer):
                return self._known(span, "Person")  # 'Ola Brenn, the first mate of the ship,'
            if not types and self._given_name_person(span):
                return self._known(span, "Person")  # 'Duncan Roy said': a given name, then a surname
            return self._known(span, "Organization")
        if label == "PRODUCT":
            place_label = span.start > 0 and span.doc[span.start - 1].lower_ in PLACE_LABEL_WORDS
            if "Weapon" in types or (designation(text) and not place_label):  # not 'Shunxing-39', 'pier B-12'
                return self._known(span, "Weapon")
            if "Vessel" in types:
                return self._known(span, "Vessel")
            return None
        if label in OUR_LABELS:  # PERSON / ORG set by someone else
            return self._known(span, TYPE_OF_LABEL[label])
        return None

    def _place(self, span: Span, label: str, types: set[str]) -> Span | None:
        doc = span.doc
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        if span[0].text == "Gulf" and (span[-1].lower_ in GULF_PEOPLE_NOUNS or after in GULF_PEOPLE_NOUNS):
            return None  # "the Gulf states", "Gulf countries": like a demonym (GUIDELINES "the Gulf")
        if not types:
            span = self._place_name(span)
            if span is None:
                return None
            types = {e.type for e in self.gazetteer.lookup_all(span.text)}
        text = span.text
        if "Country" in types:
            return self._known(span, "Country")
        country = self.gazetteer.country_of_capital(text)
        if country is not None and "Port" not in types and is_metonymic(span):
            return annotate(span, "Country", "model", entry=country)
        for t in ("Port", "Location", "Organization", "Outlet", "Vessel"):
            if t in types:
                return self._known(span, t)
        if self._port_context(span):
            return self._known(span, "Port")
        fallback = cldr_country(text)
        if fallback is not None:
            return annotate(span, "Country", "model", entry=fallback)
        if label == "GPE" and self._country_context(span):
            return self._known(span, "Country")
        if len(span) > 1 and span[-1].text == "Ocean" and not listed_ocean(span[:-1]):
            return self._known(span, "Organization")  # 'shipbuilder Tarvik Ocean': the oceans are listed
        return self._known(span, "Location")

    def _based_place(self, span: Span, types: set[str]) -> Span | None:
        """'Portsmouth-based destroyer', 'London-based Zodiac Maritime': where something is based is a
        place; a seaport of the port list when a ship is based there (its home port)."""
        doc = span.doc
        port = self.gazetteer.lookup(span.text, "Port")
        ship = any(t.lower_ in VESSEL_NOUNS for t in doc[span.end + 2 : span.end + 6])
        if port is not None and port.attributes.get("cue") != "port" and ship:
            return annotate(span, "Port", "model", entry=port)
        return self._place(span, "GPE", types)

    def _place_name(self, span: Span) -> Span | None:
        """The name in the model's place: 'Hainan island' -> 'Hainan', 'Red Sea region' -> 'Red Sea',
        'Ukrainian Black Sea' -> 'Black Sea'; 'Pakistanis', 'Pirates' are people, no place."""
        start, end = span.start, span.end
        doc = span.doc
        while end - start > 1 and doc[end - 1].is_lower:
            end -= 1
        if (
            end - start > 1
            and (self.gazetteer.is_demonym(doc[start].text) or doc[start].ent_type_ == "NORP")
            and self.gazetteer.lookup_all(doc[start + 1 : end].text)
        ):
            start += 1  # ('Russian Far East' stays: the rest is no place the sources know)
        word = doc[start].text
        if end - start == 1 and (doc[start].tag_ == "NNS" or self.gazetteer.is_demonym(word[:-1])):
            return None  # 'Pakistanis', 'Pirates' ('Philippines' is tagged a proper noun)
        if (start, end) == (span.start, span.end):
            return span
        return Span(doc, start, end, label=span.label_)

    def _port_context(self, span: Span) -> bool:
        doc = span.doc
        before = [t.lower_ for t in doc[max(0, span.start - 2) : span.start]]
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        # 'entering Varn Harbour' (the model's facility): the port of Varn (port_spans.port_town_names)
        last = span[-1]
        named = len(span) > 1 and last.is_title and last.lower_ in PORT_NOUNS and not last.lower_.endswith("s")
        after_port = after in PORT_AFTER and not port_of_another(doc, span.end)  # not 'the X port of Y'
        return named or (len(before) == 2 and before[0] in PORT_NOUNS and before[1] == "of") or after_port

    def _country_context(self, span: Span, loose: bool = False) -> bool:
        """'Gabon-flagged', "Panama's government"; loosely also 'in Gabon', 'Sierra Leone said'."""
        doc = span.doc
        after = doc[span.end : span.end + 3]
        text_after = "".join(t.text_with_ws for t in after).lower()
        if text_after.startswith(COUNTRY_SUFFIXES):
            return True
        if not loose:
            return False
        before = doc[span.start - 1].lower_ if span.start else ""
        return before in COUNTRY_PREPS or span.root.dep_ in ("nsubj", "conj")


def _based(span: Span) -> bool:
    """'Portsmouth-based': the name before '-based'."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ == "based"


def _words_before(span: Span, n: int) -> list[str]:
    """The n words before a span, lower case, quotes left out ('of the “Koala”' -> ['of', 'the'])."""
    doc = span.doc
    out: list[str] = []
    i = span.start - 1
    while i >= 0 and len(out) < n and not doc[i].is_sent_end:
        if not doc[i].is_quote:
            out.insert(0, doc[i].lower_)
        i -= 1
    return out


def _names(span: Span) -> tuple[str, ...]:
    return (span._.entity_id or "", normalise_name(span._.canonical or span.text), normalise_name(span.text))


@Language.factory("osint_entity_types", default_config={"sources": None})
def make_entity_types(nlp: Language, name: str, sources: str | None) -> EntityTypes:
    return EntityTypes(nlp, name, load_gazetteer(sources))
