"""Entity components: gazetteer ruler, context rules, and the mapping of the model's labels.

    osint_gazetteer      names the sources know (all aliases, hyphen/space variants)
    osint_context_rules  names nobody knows, found by their context: "the tanker X",
                         "the port of X", "X Bay", "Defense Minister X", "X reported"
    osint_entity_types   the statistical model's labels mapped to ours and repaired;
                         metonymy (capitals for governments); roles of people;
                         canonical name and entity id of every entity; one id per
                         thing in a document (surnames, acronyms, initials, 'known as')

Each writes `doc.ents` with our labels (VESSEL, PORT, PERSON, ORG, OUTLET,
COUNTRY, LOCATION, WEAPON) and the span extensions `canonical`, `entity_id`,
`identifiers`, `role`.  The model's other spans (DATE, CARDINAL, ...) are kept
aside in `doc.user_data` for the figure and date components.

Countries the sources do not list are recognised by their CLDR names (via
babel, where installed) - only to type a place the model found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from osint_graph.gazetteer import cldr_country, load_gazetteer, normalise_name
from osint_graph.nlp import entity_lexicon as lex
from osint_graph.nlp.gazetteer_ruler import GENERIC_WEAPONS, SOURCE_NOUNS  # noqa: F401
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.spans import (  # noqa: F401
    DESIGNATOR,
    MODEL_ENTS_KEY,
    TYPE_PRIORITY,
    annotate,
    clean_name,
    is_capitalised,
    merge_ents,
    model_spans,
    sentence_bounds,
    split_end_initials,
    stash_model_ents,
)

_NOT_DESIGNATORS = frozenset({"covid", "g", "mh", "a", "i", "m", "e"})
_DESIGNATOR = DESIGNATOR

# --- osint_context_rules --------------------------------------------------------------------------


@dataclass
class Candidate:
    start: int
    end: int
    type: str
    rule: str
    identifiers: dict = field(default_factory=dict)
    role: str | None = None


def _name_token(tok: Token, first: bool) -> bool:
    text = tok.text
    if tok.is_space or not text:
        return False
    if first:
        return (
            text[0].isupper()
            and any(c.isalpha() for c in text)
            and text.lower() not in lex.NOT_NAME_WORDS
            and text.lower() not in lex.MONTHS
            and text.lower() not in lex.WEEKDAYS
        )
    if tok.is_punct:
        return False
    if text[0].isupper():
        return text.lower() not in lex.MONTHS and text.lower() not in lex.WEEKDAYS
    return text.isdigit() and len(text) <= 3 or bool(re.fullmatch(r"[IVX]+", text))


def name_end(doc: Doc, i: int, limit: int, max_len: int = 5) -> int:
    """End of the proper name starting at token i (i itself when there is none)."""
    if i >= limit or not _name_token(doc[i], True):
        return i
    j = i + 1
    while j < limit and j - i < max_len:
        tok = doc[j]
        if _name_token(tok, False):
            j += 1
        elif (
            tok.lower_ in ("of", "de", "del", "al", "el", "la", "van", "von", "da", "di", "&")
            and j + 1 < limit
            and (doc[j + 1].text[:1].isupper())
        ):
            j += 2
        elif (  # 'Sea-Intelligence': a hyphen inside the name, no space around it
            tok.text == "-"
            and not tok.whitespace_
            and not doc[j - 1].whitespace_
            and j + 1 < limit
            and doc[j + 1].text[:1].isupper()
            and not doc[j + 1].is_punct
        ):
            j += 2
        else:
            break
    return j


def name_start(doc: Doc, end: int, limit: int, max_len: int = 5) -> int:
    """Start of the proper name ending just before token `end` (`end` itself when there is none)."""
    i = end
    while i > limit and end - i < max_len:
        tok = doc[i - 1]
        if tok.text[:1].isupper() and not tok.is_punct and not tok.is_space:
            i -= 1
        elif (
            i < end
            and (tok.lower_ in ("el", "al", "de", "of", "bin", "la", "-") or tok.text == "-")
            and i - 1 > limit
            and doc[i - 2].text[:1].isupper()
        ):
            i -= 1
        elif (
            i < end and (tok.text.isdigit() and len(tok.text) <= 3) and i - 1 > limit and doc[i - 2].text[:1].isupper()
        ):
            i -= 1
        else:
            break
    while i < end and not _name_token(doc[i], True):
        i += 1
    return i


class ContextRules:
    """Names the gazetteer lacks, found by the words around them."""

    def __init__(self, nlp: Language, name: str, sources: str | None = None):
        self.name = name
        self.gazetteer = load_gazetteer(sources)
        # One hash lookup per token: PhraseMatchers on the lower-case form and on the lemma.  (The
        # rule Matcher's IN and REGEX predicates cost a Python call per token and pattern.)
        self.words = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lemmas = PhraseMatcher(nlp.vocab, attr="LEMMA")
        carrier = [f"{m} {c}" for m in lex.CARRIER_MODIFIERS for c in lex.CARRIER_NOUNS]
        lists = {
            "VESSEL_NOUN": [*lex.VESSEL_NOUNS, *carrier],
            "PORT_NOUN": lex.PORT_NOUNS,
            "LOC_HEAD": lex.LOCATION_HEAD_NOUNS | lex.LOCATION_LOWER_HEADS,
            "LOC_OF": [f"{w} of" for w in lex.LOCATION_OF_NOUNS],
            "PLACE_OF": [f"{w} of" for w in ("city", "town", "village", "region", "province", "island", "settlement")],
            "IMO": ["imo", "mmsi"],
            "FLAGGED": ["flagged", "-flagged", "owned", "operated", "registered", "managed"],
            "TITLE": lex.TITLE_WORDS,
            "OUTLET_NOUN": lex.OUTLET_NOUNS,
            "ORG_NOUN": lex.ORG_NOUNS,
            "ACCORDING": ["according to"],
            "CALIBRE": lex.CALIBRE_UNITS,
            "ORG_SUFFIX": lex.ORG_SUFFIXES,
            "WEAPON_HEAD": lex.WEAPON_CLASS_HEADS | lex.WEAPON_PLATFORM_HEADS,
            "SHIP_PART": [f"{p} {w}" for p in ("'s", "’s") for w in lex.SHIP_PARTS],
            "ABOARD": ["aboard", "onboard", "on board", "on-board"],
            "ORG_HEAD": lex.FOREIGN_ORG_HEADS,
            "TERMINAL": [f"{m}terminal" for m in ("", "oil ", "lng ", "container ", "grain ", "export ", "fuel ")],
        }
        for key, words in lists.items():
            self.words.add(key, list(nlp.tokenizer.pipe(sorted(words))))
        report = sorted(lex.REPORT_VERBS)
        agent = ["analyse", "analyze", "review", "compile", "publish", "report", "obtain", "see", "examine"]
        self.lemmas.add("REPORT", [Doc(nlp.vocab, words=[w], lemmas=[w]) for w in report])
        self.lemmas.add("AGENT_VERB", [Doc(nlp.vocab, words=[w], lemmas=[w]) for w in agent])
        ship_verbs = sorted(lex.SHIP_VERBS | {"loaded", "unloaded", "offloaded", "anchored", "docked", "berthed"})
        self.lemmas.add("SHIP_VERB", [Doc(nlp.vocab, words=[w], lemmas=[w]) for w in ship_verbs])
        self.lemmas.add("SHIP_PASSIVE", [Doc(nlp.vocab, words=[w], lemmas=[w]) for w in sorted(lex.SHIP_PASSIVES)])

    def _matches(self, doc: Doc) -> dict[str, list[tuple[int, int]]]:
        """Trigger words by rule, with the case and part-of-speech conditions checked here."""
        by_rule: dict[str, list[tuple[int, int]]] = {}
        strings = doc.vocab.strings
        for match_id, start, end in self.words(doc):
            key = strings[match_id]
            tok = doc[start]
            if key == "LOC_HEAD" and not tok.is_title and tok.lower_ not in lex.LOCATION_LOWER_HEADS:
                continue
            if key == "LOC_OF" and not tok.is_title:
                continue
            if key == "ORG_HEAD" and not tok.is_title:
                continue
            if key == "ORG_SUFFIX" and not (tok.is_title or tok.lower_ in ("llc", "ltd", "plc", "fz", "inc")):
                continue
            if key == "CALIBRE":  # '152 mm', '152-mm'
                if start >= 1 and doc[start - 1].like_num:
                    start -= 1
                elif start >= 2 and doc[start - 1].text == "-" and doc[start - 2].like_num:
                    start -= 2
                else:
                    continue
            by_rule.setdefault(key, []).append((start, end))
        for match_id, start, end in self.lemmas(doc):
            key = strings[match_id]
            tok = doc[start]
            if key == "REPORT" and tok.pos_ in ("VERB", "AUX"):
                by_rule.setdefault("REPORT", []).append((start, end))
            elif key == "AGENT_VERB" and end < len(doc) and doc[end].lower_ == "by":
                by_rule.setdefault("BY_AGENT", []).append((start, end + 1))
            elif key in ("SHIP_VERB", "SHIP_PASSIVE") and (
                tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBD", "VBN", "JJ")
            ):
                by_rule.setdefault(key, []).append((start, end))
        return by_rule

    # -- what the data says about a name
    def known_types(self, text: str) -> set[str]:
        return self.gazetteer.types_of(text)

    def _is_place_or_people(self, span: Span) -> bool:
        """Countries, demonyms, regions: never a vessel's or a port's name."""
        text = span.text
        if self.gazetteer.is_demonym(text) or self.gazetteer.country_of_capital(text):
            return True
        types = self.known_types(text)
        if "Country" in types:
            return True
        # the model's NORP is a demonym only where the word is used as an adjective ('Russian'), not a
        # name it does not know ('Rubymar')
        return any(t.ent_type_ == "NORP" and t.pos_ == "ADJ" for t in span)

    def __call__(self, doc: Doc) -> Doc:
        stash_model_ents(doc)
        split_end_initials(doc)
        cands: list[Candidate] = []
        by_rule = self._matches(doc)
        # regular expressions in Python, on the few tokens with a hyphen or a digit (the Matcher's
        # REGEX predicate costs a Python call for every token)
        for tok in doc:
            text = tok.text
            if "-" in text and _DESIGNATOR.match(text):
                by_rule.setdefault("DESIGNATOR", []).append((tok.i, tok.i + 1))
            elif len(text) <= 3 and text[0] == "G" and text[1:].isdigit():
                by_rule.setdefault("GROUP_OF", []).append((tok.i, tok.i + 1))
        for start, end in by_rule.get("VESSEL_NOUN", ()):
            self._vessel_after(doc, start, end, cands)
            self._vessel_appositive(doc, start, end, cands)
        for start, end in by_rule.get("FLAGGED", ()):
            self._vessel_flagged(doc, end, cands)
            self._flag_state(doc, start, cands)
        for start, end in by_rule.get("IMO", ()):
            self._imo(doc, start, end, cands)
        for start, end in by_rule.get("PORT_NOUN", ()):
            self._port(doc, start, end, cands)
        for start, end in by_rule.get("LOC_HEAD", ()):
            self._location_head(doc, start, end, cands)
        for start, end in by_rule.get("LOC_OF", ()):
            self._location_of(doc, start, end, cands)
        for start, end in by_rule.get("PLACE_OF", ()):
            self._place_of(doc, start, end, cands)
        for start, end in by_rule.get("TITLE", ()):
            self._titled_person(doc, start, end, cands)
        for start, end in by_rule.get("OUTLET_NOUN", ()):
            self._described(doc, start, end, "Outlet", cands)
        for start, end in by_rule.get("ORG_NOUN", ()):
            self._described(doc, start, end, "Organization", cands)
        for start, _ in by_rule.get("REPORT", ()):
            self._reporting(doc, doc[start], cands)
        for _, end in by_rule.get("ACCORDING", ()):
            self._according(doc, end, cands)
        for start, end in by_rule.get("CALIBRE", ()):
            self._calibre_weapon(doc, start, end, cands)
        for tok in doc:  # 'HMS Belos', 'INS Kolkata': a ship's prefix and its name
            if tok.text in lex.SHIP_PREFIXES and tok.i + 1 < len(doc):
                _, limit = sentence_bounds(tok)
                end = name_end(doc, tok.i + 1, limit, max_len=4)
                if end > tok.i + 1:
                    cands.append(Candidate(tok.i, end, "Vessel", "ship-prefix"))
        for start, _ in by_rule.get("DESIGNATOR", ()):
            self._designator(doc, start, cands)
        for start, _ in by_rule.get("WEAPON_HEAD", ()):
            self._weapon_phrase(doc, start, cands)
        for start, _ in by_rule.get("ORG_SUFFIX", ()):
            self._org_by_suffix(doc, start, cands)
        for start, end in by_rule.get("GROUP_OF", ()):
            if not self.known_types(doc[start].text) - {"Organization"}:
                cands.append(Candidate(start, end, "Organization", "group-of"))
        for _, end in by_rule.get("BY_AGENT", ()):
            if end < len(doc) and doc[end].text[:1].isupper():
                self._maybe_outlet(doc, self._source_span(doc, doc[end]), False, cands)
        for start, _ in by_rule.get("SHIP_VERB", ()):
            self._ship_subject(doc, start, False, cands)
        for start, _ in by_rule.get("SHIP_PASSIVE", ()):
            self._ship_subject(doc, start, True, cands)
        for start, _ in by_rule.get("SHIP_PART", ()):
            self._ship_subject(doc, start + 1, None, cands)
        for _, end in by_rule.get("ABOARD", ()):
            _, limit = sentence_bounds(doc[end - 1])
            self._add_name(doc, end + (end < limit and doc[end].lower_ == "the"), limit, "Vessel", "aboard", cands)
        for start, _ in by_rule.get("ORG_HEAD", ()):  # 'Prefectura Naval Argentina', 'Guardia Costiera'
            _, limit = sentence_bounds(doc[start])
            end = name_end(doc, start, limit, max_len=6)
            if end - start >= 2 and not self.known_types(doc[start:end].text) - {"Organization"}:
                cands.append(Candidate(start, end, "Organization", "org-head"))
        for start, _ in by_rule.get("TERMINAL", ()):
            self._terminal(doc, start, cands)
        self._own_outlet(doc, cands)
        self._port_objects(doc, cands)
        self._propagate(doc, cands)
        self._apply(doc, cands)
        return doc

    # -- vessels
    def _vessel_noun_ok(self, doc: Doc, start: int, end: int) -> bool:
        noun = doc[end - 1]
        return noun.pos_ in ("NOUN", "PROPN") or noun.tag_.startswith("NN") or noun.lower_ in lex.VESSEL_NOUNS

    def _add_name(self, doc: Doc, i: int, limit: int, type_: str, rule: str, cands: list[Candidate]) -> int:
        """A name at token i (skipping a quote or 'the'); returns where it ends, i if none."""
        j = i
        if j < limit and doc[j].text in ('"', "“", "'", "‘"):
            j += 1
        end = name_end(doc, j, limit)
        if end == j:
            return i
        span = doc[j:end]
        if type_ in ("Vessel", "Port") and self._is_place_or_people(span):
            return i
        known = self.known_types(span.text)
        if type_ == "Vessel" and known and "Vessel" not in known and known & {"Organization", "Outlet", "Person"}:
            return i
        cands.append(Candidate(j, end, type_, rule))
        if end < limit and doc[end].text in ('"', "”", "'", "’"):
            end += 1
        return end

    def _name_list(self, doc: Doc, i: int, limit: int, type_: str, rule: str, cands: list[Candidate]) -> None:
        """'Maya 1, Angara, Maria and Lady R', 'the Marsh Harrier, the Silver Tamarisk and the Kestrel Bay'."""
        while True:
            if i < limit and doc[i].lower_ == "the":
                i += 1
            end = self._add_name(doc, i, limit, type_, rule, cands)
            if end == i:
                return
            k = end
            if k < limit and doc[k].text == ",":
                k += 1
            if k < limit and doc[k].lower_ in ("and", "or"):
                k += 1
            if k == end or k >= limit:
                return
            if k < limit and doc[k].lower_ == "the":
                k += 1
            # a comma before a lowercase word ends the list ("Lady R, reports ...")
            if k >= limit or (not _name_token(doc[k], True) and doc[k].text not in ('"', "“")):
                return
            i = k

    def _vessel_after(self, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
        if not self._vessel_noun_ok(doc, start, end):
            return
        _, limit = sentence_bounds(doc[start])
        noun = doc[end - 1]
        i = end
        if i < limit and doc[i].lower_ in ("named", "called", "dubbed"):
            i += 1
        else:  # '... oil tanker in the Gulf of Oman known as the Advantage Sweet'
            for k in range(i, min(limit - 1, i + 8)):
                if doc[k].lower_ == "known" and doc[k + 1].lower_ == "as":
                    j = k + 2 + (k + 2 < limit and doc[k + 2].lower_ == "the")
                    self._add_name(doc, j, limit, "Vessel", "vessel-known-as", cands)
                    break
                if doc[k].text in (",", ";") or doc[k].pos_ == "VERB":
                    break
        plural = noun.lower_.endswith("s") and noun.lower_ not in ("vessel", "ss")
        if not plural and i + 2 < limit and doc[i].text == "," and doc[i].i > 0:
            # 'The tanker, Niovi, was sailing', 'a second dhow, the Bint Salem, was': a name between commas
            n = i + 1 + (doc[i + 1].lower_ == "the")
            if n < limit and _name_token(doc[n], True):
                end_name = name_end(doc, n, limit)
                if end_name < limit and doc[end_name].text in (",", ";", "—", "–"):
                    self._add_name(doc, n, limit, "Vessel", "vessel-comma", cands)
                    return
        if i + 1 < limit and doc[i].text in (",", ":") and doc[i + 1].lower_ in ("including", "like", "namely"):
            i += 2
            plural = True
        elif (  # 'the tankers included X, Y and Z', 'among the vessels were X and the Y'
            plural
            and i + 1 < limit
            and doc[i].lower_ in ("were", "are", "included", "include", "includes")
            and (doc[i + 1].lower_ == "the" or _name_token(doc[i + 1], True))
        ):
            i += 1
        elif (
            plural
            and i + 1 < limit
            and (doc[i].text in (",", ":", "—", "–") or (doc[i].text == "-" and doc[i].whitespace_))
            and (doc[i + 1].lower_ == "the" or _name_token(doc[i + 1], True))
        ):
            i += 1
        elif i + 2 < limit and doc[i].text == "," and doc[i + 1].lower_ == "such" and doc[i + 2].lower_ == "as":
            i += 3
            plural = True
        elif i + 1 < limit and doc[i].text == "," and doc[i + 1].text in ('"', "“"):
            i += 1  # 'the oil tanker, "Liberty,"'
        if i == end and i < limit and doc[i].lower_ == "the":
            return  # 'one of the ships the Houthis claimed': no name follows the noun
        if plural:
            self._name_list(doc, i, limit, "Vessel", "vessel-list", cands)
        else:
            self._add_name(doc, i, limit, "Vessel", "vessel-noun", cands)

    def _terminal(self, doc: Doc, start: int, cands: list[Candidate]) -> None:
        """'the Dunmore oil terminal', 'Kessary terminal': the place before a terminal is a port."""
        first, _ = sentence_bounds(doc[start])
        begin = name_start(doc, start, first, max_len=4)
        if begin == start:
            return
        span = doc[begin:start]
        if self._is_place_or_people(span) or self.known_types(span.text) - {"Port", "Location"} or span.text.isupper():
            return
        if span[-1].lower_ in lex.ORG_SUFFIXES | lex.ORG_NAME_WORDS:
            return
        cands.append(Candidate(begin, start, "Port", "port-terminal"))

    def _ship_subject(self, doc: Doc, i: int, passive: bool | None, cands: list[Candidate]) -> None:
        """'The Marbella Song sailed', 'Pelican Drift was boarded', "Grace's crew": only a ship does that.

        `passive` None: token i follows a possessive "'s" (a ship's part).
        """
        verb = doc[i]
        end = i
        if passive is None:
            end = i - 1  # the "'s"
        elif passive:
            if i < 2 or doc[i - 1].lower_ not in ("was", "were", "been", "being", "is", "be", "got"):
                return
            if verb.lemma_.lower() == "flag" and not (i + 1 < len(doc) and doc[i + 1].lower_ in ("in", "under")):
                return  # 'X was flagged in Panama'; 'flagged by analysts' says nothing
            end = i - 1
            if end >= 2 and doc[end - 1].lower_ in ("reportedly", "later", "also", "then", "allegedly"):
                end -= 1
        else:
            if verb.tag_ not in ("VBD", "VBZ", "VBP") and verb.dep_ != "ROOT":
                return
            if any(c.dep_ == "dobj" for c in verb.children) and verb.lemma_.lower() in lex.SHIP_VERBS_INTRANSITIVE:
                return  # 'Ukraine sank a Russian landing ship': the ship is the object
            if verb.lemma_.lower() in ("load", "unload", "offload", "loaded", "unloaded", "offloaded") and not (
                (i + 1 < len(doc) and doc[i + 1].lower_ in ("at", "in", "off", "from"))
                or any(t.lower_ in lex.CARGO_WORDS for t in doc[i + 1 : i + 4])
            ):
                return  # 'Rosa Tellier loaded crude at the buoy'; not 'workers loaded the truck'
            if verb.lemma_.lower() == "run" and not (i + 1 < len(doc) and doc[i + 1].lower_ == "aground"):
                return
            if verb.lemma_.lower() == "switch" and not any(
                t.lower_ in ("ais", "transponder", "transponders") for t in doc[i + 1 : i + 6]
            ):
                return
        first, _ = sentence_bounds(doc[max(end - 1, 0)])
        found = 0
        while end > first and found < 5:
            start = self._ship_name_before(doc, end, first)
            if start == end:
                return
            span = doc[start:end]
            if len(span) == 1 and (
                span[0].lower_ in lex.VESSEL_NOUNS
                or span[0].lower_ in lex.NOT_NAME_WORDS
                or span[0].tag_ in ("NN", "NNS")
            ):
                return  # 'Ships docked', 'Containers unloaded from...': a sentence-initial common noun
            if span[0].lower_ in lex.SHIP_PREFIXES_LOWER or span.text.isupper():
                return  # the prefix rule has it / an acronym is an organisation
            if self._is_place_or_people(span) or self.known_types(span.text) - {"Vessel"}:
                return
            if span[-1].lower_ in lex.ORG_SUFFIXES | lex.ORG_NAME_WORDS or any(
                t.ent_type_ in ("NORP", "DATE") for t in span
            ):
                return
            bare = start == first or doc[start - 1].lower_ != "the"
            if (  # people sail too: 'Peter Olsen sailed to Oslo'
                passive is False
                and found == 0
                and verb.lemma_.lower() == "sail"
                and bare
                and any(t.ent_type_ == "PERSON" for t in span)
            ):
                return
            cands.append(Candidate(start, end, "Vessel", "ship-subject"))
            found += 1
            # 'Orchid Falls and Nova Hesper sailed': the names before, joined by 'and' or commas
            k = start - (0 if bare else 1)
            if k - 1 > first and doc[k - 1].lower_ in ("and", ","):
                k -= 1
                if k - 1 > first and doc[k - 1].text == ",":  # Oxford comma
                    k -= 1
                end = k
            else:
                return

    @staticmethod
    def _ship_name_before(doc: Doc, end: int, first: int) -> int:
        """Start of the name ending before `end`; a number ends a ship's name ('Hai Xing 826')."""
        if end - 1 > first and doc[end - 1].text.isdigit() and len(doc[end - 1].text) <= 4:
            start = name_start(doc, end - 1, first, max_len=5)
            if start == end - 1:
                return end
        else:
            start = name_start(doc, end, first, max_len=5)
        while start < end and doc[start].pos_ in ("ADV", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "INTJ"):
            start += 1  # 'Later Orlen Bay unloaded': a capitalised adverb starts the sentence
        return start

    def _vessel_appositive(self, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
        """'Eventin, a Panama-flagged oil tanker': a name, a comma, then a described vessel."""
        first, _ = sentence_bounds(doc[start])
        k = start - 1
        while (
            k > first
            and (doc[k].pos_ in ("ADJ", "NOUN", "PROPN", "NUM", "VERB") or doc[k].text == "-")
            and start - k < 8
        ):
            if doc[k].lower_ in ("a", "an", "the") or doc[k].text == ",":
                break
            k -= 1
        if k <= first or doc[k].lower_ not in ("a", "an"):
            return
        if k - 1 <= first or doc[k - 1].text != ",":
            return
        name_to = k - 1
        name_from = name_start(doc, name_to, first)
        if name_from == name_to:
            return
        span = doc[name_from:name_to]
        if self._is_place_or_people(span) or self.known_types(span.text) - {"Vessel"}:
            return
        cands.append(Candidate(name_from, name_to, "Vessel", "vessel-appositive"))

    def _vessel_flagged(self, doc: Doc, end: int, cands: list[Candidate]) -> None:
        """'the Panama-flagged Eventin', 'the Greek-owned Star Nasia'."""
        _, limit = sentence_bounds(doc[end - 1])
        word = doc[end - 1]
        if word.lower_ != "flagged" and not (
            word.i >= 2 and doc[word.i - 1].text == "-" and doc[word.i - 2].text[:1].isupper()
        ):
            return  # 'state-owned Sovcomflot' is a company; only a country's '-owned' marks a ship
        if (
            end < limit
            and doc[end].lower_ not in lex.VESSEL_MODIFIERS
            and not (end + 1 < limit and doc[end + 1].lower_ in lex.VESSEL_NOUNS | lex.VESSEL_MODIFIERS)
        ):
            self._add_name(doc, end, limit, "Vessel", "vessel-flagged", cands)

    def _flag_state(self, doc: Doc, i: int, cands: list[Candidate]) -> None:
        """'Marshall Islands-flagged', 'Panama-registered': the state before the hyphen."""
        if i < 2 or doc[i - 1].text != "-":
            return
        first, _ = sentence_bounds(doc[i])
        start = name_start(doc, i - 1, first, max_len=4)
        if start == i - 1:
            return
        text = doc[start : i - 1].text
        entry = self.gazetteer.lookup(text, "Country") or cldr_country(text)
        if entry is not None:
            cands.append(Candidate(start, i - 1, "Country", "flag-state", {"_entry": entry}))
        elif doc[i].lower_ == "registered" and not self.known_types(text) - {"Port"}:
            span = doc[start : i - 1]
            if not self._is_place_or_people(span) and not span.text.isupper():
                cands.append(Candidate(start, i - 1, "Port", "port-of-registry"))  # 'Valletta-registered'

    def _imo(self, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
        """'X (IMO 9123456)': the number is an identifier of the vessel just before."""
        key = doc[start].lower_
        k = end
        while k < len(doc) and k - end < 3 and not doc[k].like_num:
            if doc[k].lower_ not in ("number", "no", "no.", ":", "#", "nr"):
                return
            k += 1
        if k >= len(doc):
            return
        number = re.sub(r"\D", "", doc[k].text)
        if (key == "imo" and len(number) != 7) or (key == "mmsi" and len(number) != 9):
            return
        first, _ = sentence_bounds(doc[start])
        name_to = start
        while name_to > first and doc[name_to - 1].text in ("(", ",", "[", "–", "-", "—"):
            name_to -= 1
        for cand in cands:
            if cand.type == "Vessel" and cand.end == name_to:
                cand.identifiers[key] = number
                return
        name_from = name_start(doc, name_to, first)
        if name_from < name_to:
            cands.append(Candidate(name_from, name_to, "Vessel", "vessel-imo", {key: number}))

    # -- ports and places
    def _port(self, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
        noun = doc[start]
        first, limit = sentence_bounds(noun)
        nxt = doc[end] if end < limit else None
        # 'Fujairah, another port in the United Arab Emirates': a name, a comma, a described port
        k = start
        while k > first and doc[k - 1].pos_ == "ADJ" and start - k < 3:
            k -= 1
        if k - 2 > first and doc[k - 1].lower_ in ("a", "an", "another") and doc[k - 2].text == ",":
            name_from = name_start(doc, k - 2, first, max_len=4)
            if name_from < k - 2:
                span = doc[name_from : k - 2]
                if not self._is_place_or_people(span) and not self.known_types(span.text) - {"Port", "Location"}:
                    cands.append(Candidate(name_from, k - 2, "Port", "port-appositive"))
        if nxt is not None and nxt.lower_ == "of":
            if end + 1 < limit and doc[end + 1].lower_ == "the":
                return  # "two ports of the Primorsky Krai": a region
            if noun.lower_.endswith("s"):
                self._name_list(doc, end + 1, limit, "Port", "port-of", cands)
            else:
                self._add_name(doc, end + 1, limit, "Port", "port-of", cands)
            return
        if nxt is not None and nxt.lower_ == "city" and end + 1 < limit and doc[end + 1].lower_ == "of":
            self._add_name(doc, end + 2, limit, "Port", "port-city", cands)
            return
        if noun.text == "Port" and noun.i > first and nxt is not None and _name_token(nxt, True):
            # "Port Said", "Port Sudan": the word is part of the name (not at a sentence start)
            self._add_name(doc, noun.i, limit, "Port", "port-name", cands)
            return
        if nxt is not None and _name_token(nxt, True) and noun.lower_ in ("port", "harbour", "harbor"):
            self._add_name(doc, end, limit, "Port", "port-noun", cands)
            return
        # "Vostochny port", "the Ust-Luga port"
        name_from = name_start(doc, start, first, max_len=3)
        if name_from < start:
            span = doc[name_from:start]
            demonym = any(self.gazetteer.is_demonym(t.text) or t.ent_type_ == "NORP" for t in span)
            if (
                not demonym
                and not self._is_place_or_people(span)
                and not (self.known_types(span.text) & {"Location", "Organization"})
            ):
                if not any(t.lower_ in lex.LOCATION_HEAD_NOUNS for t in span):
                    cands.append(Candidate(name_from, start, "Port", "name-port"))

    def _port_objects(self, doc: Doc, cands: list[Candidate]) -> None:
        """'unloading them at Makhachkala', 'bound for Port Said': shipping verbs' place objects are ports."""
        known = {(c.start, c.end) for c in cands}
        from_ports: set[tuple[int, int]] = set()
        for ent in doc.ents:
            if ent.label_ not in ("GPE", "LOC", "FAC", "ORG", "PORT", "LOCATION") and ent.label_ not in ("PERSON",):
                continue
            root = ent.root
            prep = root.head
            if root.dep_ not in ("pobj",) and not (root.dep_ == "conj" and root.head.dep_ == "pobj"):
                continue
            if root.dep_ == "conj":
                prep = root.head.head
            if prep.lower_ not in ("at", "from", "to", "for", "between", "into", "in"):
                continue
            gov = prep.head
            if gov.dep_ == "pobj" and gov.pos_ == "PROPN" and gov.head.dep_ == "prep":
                gov = gov.head.head  # "from Korfez in Turkey to Pipavav": 'to' hangs on the last place
            while gov.pos_ in ("ADJ", "ADV") and gov.head.i != gov.i:  # "arrived empty from Alexandria"
                gov = gov.head
            ok = gov.lemma_.lower() in lex.PORT_VERBS or gov.lower_ in (
                "bound",
                "way",
                "voyage",
                "runs",
                "run",
                "trip",
                "trips",
                "journey",
                "passage",
            )
            if prep.lower_ == "in" and gov.lemma_.lower() not in ("dock", "berth", "moor", "anchor", "arrive", "call"):
                ok = False
            if not ok:
                continue
            # 'diverted to Tarnow', 'berthed at Olbeth': the model's person there is a port
            strong = prep.lower_ in ("at", "to", "in") and gov.lemma_.lower() in lex.STRONG_PORT_VERBS
            strong = strong and (prep.lower_ == "at" or gov.lemma_.lower() != "call")  # not 'called to X'
            span = doc[ent.start : ent.end]
            while span and span[0].lower_ == "the":
                span = doc[span.start + 1 : span.end]
            if not span or (span.start, span.end) in known:
                continue
            types = self.known_types(span.text)
            if self._is_place_or_people(span) or types - {"Port"} or (ent.label_ == "PERSON" and not strong):
                continue
            if ent.label_ == "LOCATION" or any(t.lower_ in lex.LOCATION_HEAD_NOUNS - {"island"} for t in span):
                continue
            if ent.label_ == "LOC" and gov.lemma_.lower() not in lex.PORT_VERBS and gov.lower_ not in ("way", "bound"):
                continue
            cands.append(Candidate(span.start, span.end, "Port", "port-object"))
            if prep.lower_ == "from":
                from_ports.add(sentence_bounds(span[0]))
        # 'from Korfez in Turkey to Pipavav in India': the destination of a port is a port
        for ent in doc.ents:
            root = ent.root
            if root.dep_ != "pobj" or root.head.lower_ != "to" or sentence_bounds(root) not in from_ports:
                continue
            span = doc[ent.start : ent.end]
            if (span.start, span.end) in known or ent.label_ not in ("GPE", "LOC", "FAC", "ORG", "NORP"):
                continue
            if ent.label_ == "NORP" and root.pos_ != "PROPN":
                continue
            if self._is_place_or_people(span) or self.known_types(span.text) - {"Port"}:
                continue
            cands.append(Candidate(span.start, span.end, "Port", "port-destination"))

    def _location_head(self, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
        """'Konyushkov Bay', 'Primorsky Krai', 'Red Sea'."""
        first, _ = sentence_bounds(doc[start])
        name_from = name_start(doc, start, first, max_len=3)
        if name_from == start:
            return
        text = doc[name_from:end].text
        if "Country" in self.known_types(text) or cldr_country(text) is not None:
            return  # 'Marshall Islands', 'Cook Islands': states
        if doc[start].is_lower:  # 'Volga delta', 'Kursk region': not after a demonym or a country
            name = doc[name_from:start]
            if (
                self._is_place_or_people(name)
                or name.text in ("The", "This")
                or self.known_types(name.text) - {"Location"}
            ):
                return
            if any(t.ent_type_ in ("NORP", "ORG", "PERSON", "COUNTRY") for t in name):
                return
        cands.append(Candidate(name_from, end, "Location", "location-head"))

    def _place_of(self, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
        """'the Iranian city of Bandar Imam Khomeini', 'the island of Gotland' (the sources may know it as a port)."""
        _, limit = sentence_bounds(doc[start])
        if start > 0 and doc[start - 1].lower_ in lex.PORT_NOUNS:
            return  # 'the port city of X': a port
        type_ = "Port" if "Port" in self.known_types(doc[end : end + 3].text.split(",")[0]) else "Location"
        self._add_name(doc, end, limit, type_, "place-of", cands)

    def _location_of(self, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
        """'Sea of Azov', 'Gulf of Finland', 'Strait of Hormuz'."""
        if doc[start].lower_ == "port":
            return
        _, limit = sentence_bounds(doc[start])
        name_to = name_end(doc, end, limit, max_len=3)
        if name_to > end:
            cands.append(Candidate(start, name_to, "Location", "location-of"))

    # -- people, outlets, organisations
    def _titled_person(self, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
        """'Defense Minister Shin Won-sik' where the model saw no person."""
        _, limit = sentence_bounds(doc[start])
        i = end
        name_to = name_end(doc, i, limit, max_len=4)
        if name_to - i < 1:
            return
        span = doc[i:name_to]
        if any(t.lower_ in lex.TITLE_WORDS or t.lower_ in lex.TITLE_FILLERS for t in span):
            return
        if any(t.ent_type_ == "PERSON" for t in span) or self.known_types(span.text) - {"Person"}:
            return
        if any(t.ent_type_ in ("GPE", "NORP", "ORG", "LOC", "FAC") for t in span):
            return
        if self._is_place_or_people(span):
            return
        cands.append(Candidate(i, name_to, "Person", "titled-person"))

    def _described(self, doc: Doc, start: int, end: int, type_: str, cands: list[Candidate]) -> None:
        """'the news agency Agerpres', 'public broadcaster ERR', 'the security firm Ambrey'; also the
        name before the noun: 'Tasnim news agency', 'the Kommersant newspaper'."""
        noun = doc[start]
        if type_ == "Outlet" and noun.lower_ in ("agency", "newspaper", "daily", "broadcaster", "website", "tabloid"):
            k = start
            while k > 0 and doc[k - 1].lower_ in ("news", "press", "wire", "state", "online"):
                k -= 1
            first, _ = sentence_bounds(noun)
            name_from = name_start(doc, k, first, max_len=3)
            if name_from < k:
                span = doc[name_from:k]
                types = self.known_types(span.text)
                if not self._is_place_or_people(span) and (not types or "Outlet" in types):
                    if not any(t.ent_type_ in ("COUNTRY", "GPE", "NORP") for t in span):
                        cands.append(Candidate(name_from, k, "Outlet", "outlet-before-noun"))
        if noun.lower_ in ("agency", "service") and type_ == "Outlet":
            if start == 0 or doc[start - 1].lower_ not in ("news", "press", "wire", "state", "media"):
                return
        if (
            type_ == "Organization"
            and noun.lower_ == "agency"
            and start > 0
            and doc[start - 1].lower_ in ("news", "press")
        ):
            return
        _, limit = sentence_bounds(noun)
        if end < limit and doc[end].text in ('"', "“"):
            end += 1
        name_to = name_end(doc, end, limit, max_len=4)
        if name_to == end:
            return
        span = doc[end:name_to]
        types = self.known_types(span.text)
        if types and type_ not in types:
            return
        if self._is_place_or_people(span):
            return
        cands.append(Candidate(end, name_to, type_, f"described-{type_.lower()}"))

    def _source_span(self, doc: Doc, tok: Token) -> Span | None:
        """The name a token stands in: its entity, else its run of capitalised words."""
        for ent in doc.ents:
            if ent.start <= tok.i < ent.end:
                return ent
        if not tok.text[:1].isupper() or tok.is_punct:
            return None
        lo = tok.i
        while (
            lo > 0
            and doc[lo - 1].text[:1].isupper()
            and not doc[lo - 1].is_punct
            and doc[lo - 1].is_sent_start is not True
            and lo - 1 >= tok.sent.start
        ):
            lo -= 1
        hi = name_end(doc, tok.i, tok.sent.end)
        if hi <= tok.i:
            return None
        start = name_start(doc, hi, lo - 1 if lo > 0 else 0) if lo < tok.i else tok.i
        start = max(start, lo)
        return doc[start:hi] if start < hi else None

    def _maybe_outlet(self, doc: Doc, span: Span | None, media: bool, cands: list[Candidate]) -> None:
        if span is None:
            return
        while len(span) and span[0].lower_ in ("the",) and not self.known_types(span.text):
            span = doc[span.start + 1 : span.end]
        if not len(span):
            return
        lo = span.start
        while lo > 0 and doc[lo - 1].is_alpha and doc[lo - 1].is_title and not doc[lo - 1].ent_type_:
            if doc[lo - 1].pos_ != "PROPN" or doc[lo - 1].lower_ in lex.NOT_NAME_WORDS:
                break
            lo -= 1  # 'Ukrainska Pravda' where the model saw only 'Pravda'
        if lo < span.start and self.known_types(doc[lo : span.end].text) <= {"Outlet"}:
            span = doc[lo : span.end]
        types = self.known_types(span.text)
        if "Outlet" in types:
            cands.append(Candidate(span.start, span.end, "Outlet", "reporting-known"))
            return
        if types or self._is_place_or_people(span):
            return
        label = span.label_ if span.label_ else ""
        if label == "PERSON" and span[-1].lower_ in lex.OUTLET_NAME_WORDS and media:
            label = "ORG"
        if label in ("PERSON", "NORP", "DATE", "CARDINAL", "TIME", "COUNTRY", "PORT", "VESSEL", "WEAPON", "LOCATION"):
            return
        if label == "GPE" and not media:
            return
        last = span[-1].lower_
        looks_media = last in lex.OUTLET_NAME_WORDS
        if looks_media or media:
            if any(t.lower_ in lex.ORG_NAME_WORDS - lex.OUTLET_NAME_WORDS for t in span):
                return
            cands.append(Candidate(span.start, span.end, "Outlet", "reporting"))

    def _reporting(self, doc: Doc, verb: Token, cands: list[Candidate]) -> None:
        """'Reuters reported', 'writes NK Pro', 'NK Pro experts write', 'told Reuters'."""
        media = verb.lemma_.lower() in lex.MEDIA_VERBS
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                if child.ent_type_ or child.text[:1].isupper():
                    self._maybe_outlet(doc, self._source_span(doc, child), media, cands)
                else:  # "NK Pro experts write": the outlet is a modifier of the subject
                    for mod in child.children:
                        if mod.dep_ in ("compound", "amod", "nmod", "poss") and mod.text[:1].isupper():
                            self._maybe_outlet(doc, self._source_span(doc, mod), media, cands)
            elif child.dep_ in ("dobj", "dative") and verb.lemma_.lower() == "tell" and child.text[:1].isupper():
                # 'told Reuters' (the registry or a media-like name says it is an outlet), not 'told the Commons'
                self._maybe_outlet(doc, self._source_span(doc, child), False, cands)
            elif child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.text[:1].isupper():
                        self._maybe_outlet(doc, self._source_span(doc, pobj), media, cands)

    def _according(self, doc: Doc, end: int, cands: list[Candidate]) -> None:
        if end < len(doc):
            tok = doc[end]
            if tok.lower_ == "the" and end + 1 < len(doc):
                tok = doc[end + 1]
            if tok.text[:1].isupper():
                self._maybe_outlet(doc, self._source_span(doc, tok), False, cands)

    def _org_by_suffix(self, doc: Doc, i: int, cands: list[Candidate]) -> None:
        """'US Navy', 'Hellenic Coast Guard', 'Third January Maritime', 'Office of Foreign Assets Control'."""
        first, limit = sentence_bounds(doc[i])
        if i == first and doc[i].lower_ in ("customs", "police", "navy", "army"):
            return
        start = min(i, name_start(doc, i + 1, first, max_len=7))
        end = name_end(doc, i, limit, max_len=7) if _name_token(doc[i], True) else i + 1
        if (  # 'Armed Forces of the Philippines': 'of the' and a state belong to the name
            end + 2 < limit
            and doc[end - 1].lower_ in lex.STATE_BODY_WORDS
            and doc[end].lower_ == "of"
            and doc[end + 1].lower_ == "the"
            and _name_token(doc[end + 2], True)
        ):
            state_end = name_end(doc, end + 2, limit, max_len=4)
            state = doc[end + 2 : state_end].text
            if "Country" in self.known_types(state) or cldr_country(state) is not None:
                end = state_end
        for k in range(i + 1, end):  # 'Joint Chiefs of Staff of South Korea': the state is no part of it
            if doc[k].lower_ == "of" and k + 1 < end and doc[k + 1].lower_ == "the":
                break
            if doc[k].lower_ == "of" and k + 1 < end:
                rest = doc[k + 1 : end].text
                if "Country" in self.known_types(rest) or cldr_country(rest) is not None:
                    end = k
                    break
        if end <= i:
            end = i + 1
        if end - start < 2:
            return  # 'Navy' alone is generic
        span = doc[start:end]
        if any(t.ent_type_ in ("PERSON", "VESSEL", "DATE") and t.ent_type_ != "" for t in span if t.i != i):
            if not any(t.lower_ in ("llc", "ltd", "fz", "plc", "inc") for t in span):
                return
        types = self.known_types(span.text)
        if types and "Organization" not in types:
            return
        if any(t.lower_ in lex.TITLE_WORDS for t in span):
            return  # 'Defence Minister', 'Navy commander'
        cands.append(Candidate(start, end, "Organization", "org-suffix"))

    def _own_outlet(self, doc: Doc, cands: list[Candidate]) -> None:
        """The article's own outlet (metadata) where the text names it: 'reviewed by Gulf Shipping Monitor'."""
        outlet = getattr(doc._, "outlet", None)
        if not outlet:
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

    # -- weapons
    def _calibre_weapon(self, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
        """'152 mm shells', '122 mm artillery shells', '155mm rounds' (a calibre alone is no weapon)."""
        _, limit = sentence_bounds(doc[start])
        j = end
        while (
            j < limit
            and j - end < 5
            and doc[j].lower_ not in lex.MUNITION_NOUNS
            and ((doc[j].pos_ in ("ADJ", "NOUN", "VERB") and doc[j].is_lower) or doc[j].text == "-")
        ):
            j += 1
        if j < limit and doc[j].lower_ in lex.MUNITION_NOUNS:
            # "artillery shells": take the last munition noun of the compound
            while j + 1 < limit and doc[j + 1].lower_ in lex.MUNITION_NOUNS:
                j += 1
            number = doc[start].text
            canonical = f"{number} mm " + "".join(
                t.lemma_.lower() if t.i == j else t.text_with_ws.lower() for t in doc[end : j + 1]
            )
            cands.append(
                Candidate(start, j + 1, "Weapon", "calibre", {"calibre": f"{number} mm", "_canonical": canonical})
            )

    def _designator(self, doc: Doc, i: int, cands: list[Candidate]) -> None:
        """'Shahed-136 attack drones', 'KN-23', 'Su-35 fighter jets'."""
        tok = doc[i]
        prefix = tok.text.split("-")[0]
        if prefix.lower() in _NOT_DESIGNATORS or tok.ent_type_ in ("DATE", "TIME"):
            return
        types = self.known_types(tok.text)
        if types and "Weapon" not in types:
            return
        _, limit = sentence_bounds(tok)
        j = i + 1
        while j < limit and j - i <= 3 and doc[j].lower_ in lex.WEAPON_MODIFIERS | lex.WEAPON_HEADS:
            j += 1
        has_head = any(t.lower_ in lex.WEAPON_HEADS for t in doc[i + 1 : j])
        if not has_head:
            j = i + 1
            if not (prefix.isupper() and len(prefix) <= 3) and "Weapon" not in types:
                return
        else:  # end at the last head noun
            while j > i + 1 and doc[j - 1].lower_ not in lex.WEAPON_HEADS:
                j -= 1
        cands.append(Candidate(i, j, "Weapon", "designator", {"_canonical": tok.text}))

    def _weapon_phrase(self, doc: Doc, h: int, cands: list[Candidate]) -> None:
        """'anti-ship ballistic missiles', 'one-way attack drones', 'Iskander missiles', 'drone boat'.

        A bare head ('missiles', 'drones') is no weapon type; platforms ('jets',
        'helicopters') are one only with a model name ('Su-35 fighter jets').
        """
        head = doc[h]
        if head.pos_ not in ("NOUN", "PROPN") or not head.is_lower:
            return
        if h + 1 < len(doc) and doc[h + 1].lower_ in lex.WEAPON_CLASS_HEADS | {"boat", "boats", "vessel"}:
            return  # not the head: 'rocket launchers', 'drone boat'
        first, _ = sentence_bounds(head)
        k = h
        mods = 0
        name: Token | None = None
        name_text = ""
        while k > first:
            t = doc[k - 1]
            low = t.lower_
            if (  # 'Iskander-M ballistic missile': a hyphenated model name the sources know
                name is None
                and k - 3 >= first
                and t.text[:1].isupper()
                and doc[k - 2].text == "-"
                and not doc[k - 2].whitespace_
                and not doc[k - 3].whitespace_
                and doc[k - 3].text[:1].isupper()
                and "Weapon" in self.known_types(doc[k - 3 : k].text) | self.known_types(doc[k - 3].text)
            ):
                name, name_text = doc[k - 3], doc[k - 3 : k].text
                k -= 3
                continue
            if t.text == "-" and k - 2 >= first and doc[k - 2].is_alpha and doc[k - 2].is_lower:
                k -= 1
                continue
            if low in lex.WEAPON_CLASS_MODIFIERS and t.is_lower:
                k -= 1
                mods += 1
                continue
            if low in lex.WEAPON_CLASS_HEADS and t.is_lower:  # 'rocket launchers', 'drone boat'
                k -= 1
                mods += 1
                continue
            if (
                name is None
                and (
                    _DESIGNATOR.match(t.text)
                    or (
                        t.text[:1].isupper()
                        and t.is_alpha
                        and (t.pos_ == "PROPN" or (t.pos_ in ("VERB", "ADJ", "NOUN") and not t.is_sent_start))
                        and (
                            t.ent_type_ not in ("GPE", "COUNTRY", "ORG", "PERSON", "LOC", "DATE", "OUTLET")
                            or (  # 'Toophan anti-tank guided missiles': the model's place is the model name
                                mods >= 1
                                and t.ent_type_ in ("GPE", "LOC")
                                and not self.known_types(t.text)
                                and cldr_country(t.text) is None
                            )
                        )
                        and not (t.ent_type_ == "NORP" and (t.pos_ == "ADJ" or self.gazetteer.is_demonym(t.text)))
                        and not (re.search(r"(an|ese|ish|ian)s?$", t.lower_) and t.ent_type_ not in ("GPE", "LOC"))
                        and t.lower_ not in lex.NOT_NAME_WORDS
                    )
                    or "Weapon" in self.known_types(t.text)
                )
                and not self._is_place_or_people(doc[k - 1 : k])
                and not (self.known_types(t.text) - {"Weapon"})
            ):
                name = t
                k -= 1
                continue
            break
        while k < h and (doc[k].text == "-" or doc[k].lower_ in ("to",)):
            k += 1
        low_head = head.lower_
        if low_head in lex.WEAPON_PLATFORM_HEADS:
            if name is None and not (
                low_head in ("boat", "boats", "vessel") and doc[h - 1].lower_ in ("drone", "surface")
            ):
                return
            if low_head == "vessel" and not any(doc[i].lower_ == "unmanned" for i in range(k, h)):
                if name is None:
                    return
        elif name is None and mods == 0:
            return
        if k == h:
            return
        if name is not None:
            canonical = name_text or name.text
        else:
            words = []
            for i in range(k, h + 1):
                t = doc[i]
                text = t.lemma_.lower() if i == h else t.lower_
                if words and (t.text == "-" or doc[i - 1].text == "-"):
                    words[-1] += text
                else:
                    words.append(text)
            canonical = " ".join(words)
        cands.append(Candidate(k, h + 1, "Weapon", "weapon-phrase", {"_canonical": canonical}))

    # -- the rest of the document
    def _propagate(self, doc: Doc, cands: list[Candidate]) -> None:
        """A name found by context (a vessel, a port) is the same thing where it recurs bare."""
        names: dict[str, tuple[str, int, Candidate]] = {}
        for cand in cands:
            if cand.type not in ("Vessel", "Port", "Outlet", "Organization"):
                continue
            norm = normalise_name(doc[cand.start : cand.end].text)
            if norm and norm not in names:
                names[norm] = (cand.type, len(norm.split()), cand)
        if not names:
            return
        firsts = {n.split()[0]: n for n in names}
        taken = {(c.start, c.end) for c in cands}
        occupied = set()
        for c in cands:
            occupied.update(range(c.start, c.end))
        for tok in doc:
            if tok.i in occupied or not tok.text[:1].isupper():
                continue
            words = normalise_name(tok.text).split()
            if not words or words[0] not in firsts:
                continue
            for length in range(1, 6):
                end = tok.i + length
                if end > len(doc):
                    break
                norm = normalise_name(doc[tok.i : end].text)
                if norm in names and (tok.i, end) not in taken and not any(k in occupied for k in range(tok.i, end)):
                    if (
                        end < len(doc)
                        and doc[end].text[:1].isupper()
                        and doc[end].is_alpha
                        and not doc[end].is_sent_start
                    ):
                        break  # part of a longer name
                    type_, _, source = names[norm]
                    cands.append(Candidate(tok.i, end, type_, "propagated", dict(source.identifiers)))
                    occupied.update(range(tok.i, end))
                    break
                if len(norm.split()) > max(n for _, n, _ in names.values()):
                    break

    def _apply(self, doc: Doc, cands: list[Candidate]) -> None:
        if not cands:
            return
        spans = []
        for cand in sorted(cands, key=lambda c: RULE_PRIORITY.get(c.type, 9)):
            if cand.type in ("Outlet", "Organization"):  # 'IRNA news agency': the name is 'IRNA'
                while (
                    cand.end - cand.start > 1
                    and doc[cand.end - 1].is_lower
                    and (doc[cand.end - 1].lower_ in lex.OUTLET_NOUNS | lex.ORG_NOUNS | {"news"})
                ):
                    cand.end -= 1
            span = doc[cand.start : cand.end]
            if not len(span) or "\n" in span.text:
                continue
            ids = {k: v for k, v in cand.identifiers.items() if not k.startswith("_")}
            entry = self.gazetteer.lookup(span.text, cand.type)
            if entry is None and "imo" in ids:
                entry = next(
                    (e for e in self.gazetteer.by_type("Vessel") if e.identifiers.get("imo") == ids["imo"]), None
                )
            canonical = cand.identifiers.get("_canonical")
            entry = cand.identifiers.get("_entry") or entry
            if cand.type == "Weapon":
                entry = self.gazetteer.lookup(canonical or "", "Weapon") or entry
                ids = {}  # a calibre is an attribute of figures, not an identifier
            spans.append(
                (
                    Span(doc, span.start, span.end, label=LABEL_OF_TYPE[cand.type]),
                    lambda sp, t=cand.type, e=entry, c=canonical, i=ids: annotate(
                        sp, t, "context", entry=e, canonical=c, identifiers=i
                    ),
                )
            )

        def wins(old: Span, source: str | None, new: Span) -> bool:
            if source != "gazetteer":
                return True
            # the gazetteer's name stands unless the context covers it (same or longer span)
            return new.start <= old.start and old.end <= new.end

        merge_ents(doc, spans, wins)


RULE_PRIORITY = {
    "Country": 0,
    "Vessel": 0,
    "Weapon": 1,
    "Person": 2,
    "Outlet": 3,
    "Organization": 4,
    "Port": 5,
    "Location": 6,
}


@Language.factory("osint_context_rules", default_config={"sources": None})
def make_context_rules(nlp: Language, name: str, sources: str | None) -> ContextRules:
    return ContextRules(nlp, name, sources)
