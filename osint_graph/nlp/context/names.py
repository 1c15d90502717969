"""What the context rules share: candidates, the bounds of proper names, and what the data says.

`Candidate` is a name a rule found (token offsets, type, rule name, identifiers); `name_end` and
`name_start` find the bounds of a run of capitalised words; `NameContext` holds the gazetteer and
answers the questions every family of rules asks ("is this a country, a demonym, a capital?") and
adds names to the candidates.  Nothing here reads or writes the Doc's entities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from osint_graph.gazetteer import Gazetteer, cldr_country
from osint_graph.nlp.company_cues import company_name
from osint_graph.nlp.english_words import english_text
from osint_graph.nlp.org_names import ORG_WORDS
from osint_graph.nlp.rules import words

MONTHS = frozenset(w.lower() for w in words("common/months") | words("common/month_abbreviations"))
WEEKDAYS = frozenset(w.lower() for w in words("common/weekdays"))
NOT_NAME_WORDS = words("context/not_name_words")
NAME_INNER_WORDS = words("context/name_inner_words")
NAME_PARTICLES = words("context/name_particles")
HYPHEN_INNER_WORDS = words("context/hyphen_inner_words")
# a ship's kind written after its name is no part of it ('the Tarvel Star FPSO'), and a name before
# 'class' names a class of ships, no ship ('the patrol ship Varsk class corvette ...')
VESSEL_NOUNS = words("common/vessel_nouns")
SHIP_KIND_WORDS = VESSEL_NOUNS | words("common/vessel_classes")
CLASS_WORDS = words("context/ship_class_words")
FLAG_WORDS = words("context/flag_words")
VESSEL_MODIFIERS = words("context/vessel_modifiers")
SHIP_PREFIXES = words("context/ship_prefixes")
SPELLED_PREFIXES = [p.split() for p in words("context/spelled_ship_prefixes")]


@dataclass
class Candidate:
    start: int
    end: int
    type: str
    rule: str
    identifiers: dict = field(default_factory=dict)
    role: str | None = None


def name_token(tok: Token, first: bool) -> bool:
    text = tok.text
    if tok.is_space or not text:
        return False
    if first:
        return (
            text[0].isupper()
            and any(c.isalpha() for c in text)
            and text.lower() not in NOT_NAME_WORDS
            and text.lower().rstrip(".") not in MONTHS  # ('Oct.': an abbreviated month)
            and text.lower() not in WEEKDAYS
        )
    if tok.is_punct:
        return False
    if text[0].isupper():
        return text.lower() not in MONTHS and text.lower() not in WEEKDAYS
    return text.isdigit() and len(text) <= 3 or bool(re.fullmatch(r"[IVX]+", text))


def name_end(doc: Doc, i: int, limit: int, max_len: int = 5) -> int:
    """End of the proper name starting at token i (i itself when there is none)."""
    if i >= limit or not name_token(doc[i], True):
        return i
    j = i + 1
    while j < limit and j - i < max_len:
        tok = doc[j]
        if _dated(doc, j, limit):
            break  # 'the Tern Vale Jan. 6, 2010': a date after the name, no part of it
        if name_token(tok, False):
            j += 1
        elif (  # 'Grace May 3': a month inside a ship's name, before its number
            tok.lower_ in MONTHS
            and tok.text[:1].isupper()
            and j + 1 < limit
            and doc[j + 1].text.isdigit()
            and len(doc[j + 1].text) <= 2
            and j + 2 < limit
            and not doc[j + 2].text[:1].isdigit()
            and doc[j + 2].text != ","
        ):
            j += 2
        elif tok.lower_ in NAME_INNER_WORDS and j + 1 < limit and (doc[j + 1].text[:1].isupper()):
            j += 2
        elif (  # 'Kesport-on-Tarn': a lower-case word between hyphens inside a town's name
            tok.text == "-"
            and j + 3 < limit
            and doc[j + 1].lower_ in HYPHEN_INNER_WORDS
            and doc[j + 2].text == "-"
            and not any(doc[k].whitespace_ for k in range(j - 1, j + 3))
            and doc[j + 3].text[:1].isupper()
        ):
            j += 4
        elif j + 1 < limit and _prefix_hyphen(doc, j):  # 'Maritime Rescue Co-ordination Centre'
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
        elif _initial_stop(doc, j, limit):
            j += 2
        else:
            break
    return j


def _dated(doc: Doc, j: int, limit: int) -> bool:
    """An abbreviated month with its period ('Jan.', 'Sept.') before a day's number: a date, which no
    ship's name holds (a full month may: 'Grace May 3')."""
    text = doc[j].text
    return text.endswith(".") and text[:-1].lower() in MONTHS and j + 1 < limit and doc[j + 1].text.isdigit()


def ends_org_name(doc: Doc, i: int, limit: int) -> bool:
    """The capitalised run that token i starts or continues ends with an organisation's word: a
    place or port noun at i is then inside a company's or a court's name ('Tarvik Port Holdings
    Trust', 'Global Harbour Partners', 'Varnholm Central District Court'), not a place."""
    end = name_end(doc, i, limit, max_len=6)
    return end > i and doc[end - 1].text[:1].isupper() and doc[end - 1].lower_ in ORG_WORDS


def _initial_stop(doc: Doc, j: int, limit: int) -> bool:
    """'Dwight D. Eisenhower': the full stop at j closes a middle initial inside the name (a capital
    letter glued to it, a name word after it in the same sentence)."""
    initial = doc[j - 1]
    return (
        doc[j].text == "."
        and len(initial.text) == 1
        and initial.text.isupper()
        and not initial.whitespace_
        and j + 1 < limit
        and not doc[j + 1].is_sent_start
        and name_token(doc[j + 1], False)
    )


def _opening_plural(tok) -> bool:
    """'Surveyors of Tarvo Classification Society boarded her': a plural common noun capitalised only
    because it opens the sentence is no part of the name the particle after it leads into."""
    return tok.is_sent_start and tok.tag_ == "NNS"


def _prefix_hyphen(doc: Doc, k: int) -> bool:
    """Token k is a hyphen that joins a capitalised prefix to the rest of one English word, no space
    around it: 'Co-ordination', 'Co-operation' (the tokenizer's three tokens; not 'Varnport-based')."""
    if k < 1 or k + 1 >= len(doc) or doc[k].text != "-" or doc[k].whitespace_ or doc[k - 1].whitespace_:
        return False
    after = doc[k + 1]
    return (
        doc[k - 1].text[:1].isupper()
        and after.is_lower
        and after.is_alpha
        and bool(english_text(doc.vocab, doc[k - 1].text + after.text))
    )


def name_start(doc: Doc, end: int, limit: int, max_len: int = 5) -> int:
    """Start of the proper name ending just before token `end` (`end` itself when there is none)."""
    i = end
    while i > limit and end - i < max_len:
        tok = doc[i - 1]
        if tok.text[:1].isupper() and not tok.is_punct and not tok.is_space:
            i -= 1
        elif (
            i < end
            and (tok.lower_ in NAME_PARTICLES or tok.text == "-")
            and i - 1 > limit
            and doc[i - 2].text[:1].isupper()
            and not _opening_plural(doc[i - 2])
        ):
            i -= 1
        elif (
            i < end and (tok.text.isdigit() and len(tok.text) <= 3) and i - 1 > limit and doc[i - 2].text[:1].isupper()
        ):
            i -= 1
        elif i < end and i - 3 >= limit and _prefix_hyphen(doc, i - 2):
            i -= 3  # 'Gulf Co-operation Council': the hyphenated word inside the name, read backwards
        elif i < end and i - 2 > limit and _initial_stop(doc, i - 1, end):
            i -= 1  # 'The Nathan E. Stewart, a tug': a middle initial, read backwards as name_end reads it
        else:
            break
    while i < end and not name_token(doc[i], True):
        i += 1
    return i


def title_case_only(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """A trigger's `accept`: the cue word counts only capitalised ('Gulf of', 'Guardia')."""
    return (start, end) if doc[start].is_title else None


class NameContext:
    """The gazetteer, and the questions about a name that the rules of every family ask."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self._ents_of: tuple[Doc | None, tuple[Span, ...]] = (None, ())

    def ents(self, doc: Doc) -> tuple[Span, ...]:
        """`doc.ents`, read once while the rules run on `doc` (they read it and never write it;
        spaCy builds every entity's Span anew on each read)."""
        held, ents = self._ents_of
        return ents if held is doc else doc.ents

    def hold_ents(self, doc: Doc | None) -> None:
        """Keep `doc.ents` for `ents` (None: let go of the Doc)."""
        self._ents_of = (doc, doc.ents) if doc is not None else (None, ())

    def known_types(self, text: str) -> set[str]:
        return self.gazetteer.types_of(text)

    def non_city_types(self, text: str) -> set[str]:
        """The types the sources know a name as, leaving out a city of the reference data: a ship
        that docks in a city, or is registered there, is at its port."""
        return {e.type for e in self.gazetteer.lookup_all(text) if e.attributes.get("kind") != "city"}

    def listed_types(self, text: str) -> set[str]:
        """The types the hand rows know a name as, leaving out the reference lists' towns and ports:
        a vessel noun before a name ('the tanker Quarnby') outweighs a town of that name."""
        return {
            e.type
            for e in self.gazetteer.lookup_all(text)
            if e.attributes.get("kind") != "city" and e.attributes.get("reference") != "yes"
        }

    def is_place_or_people(self, span: Span) -> bool:
        """Countries, demonyms, regions: never a vessel's or a port's name."""
        text = span.text
        if self.gazetteer.is_demonym(text) or self.gazetteer.country_of_capital(text):
            return True
        types = self.known_types(text)
        if "Country" in types or (not types and cldr_country(text) is not None):
            return True  # ('Lebanon', 'Algeria': every country by its CLDR name, listed or not)
        # the model's NORP is a demonym only where the word is used as an adjective ('Russian'), not a
        # name it does not know ('Rubymar')
        return any(t.ent_type_ == "NORP" and t.pos_ == "ADJ" for t in span)

    def add_name(
        self, doc: Doc, i: int, limit: int, type_: str, rule: str, cands: list[Candidate], places_ok: bool = False
    ) -> int:
        """A name at token i (skipping a quote or 'the'); returns where it ends, i if none.
        `places_ok`: a ship noun stands right before the name, so a town's or a country's name is
        the ship's ('the landing ship Minsk'), unless it is the subject of a clause on the ship
        ('the tanker Varnia seized')."""
        j = i
        if j < limit and doc[j].text in ('"', "“", "'", "‘"):
            j += 1
        end = name_end(doc, j, limit)
        if type_ == "Vessel":
            j += spelled_prefix_words(doc, j, end)  # 'Motor Tanker Harbor Tern': the name after the prefix
            if _before_class_word(doc, end, limit) or spelled_prefix_at(doc, end):
                return i  # ('on board Motor Tanker (MT) Tern': the prefix spelled out, no name)
            if end + 1 < limit and doc[end].text == "-" and doc[end + 1].lower_ in FLAG_WORDS:
                return i  # 'vessels include the Varnhamn-flagged Tern': the flag state or owner, no ship
            kind = end
            while end - j > 1 and doc[end - 1].lower_ in SHIP_KIND_WORDS and j == i:
                end -= 1  # (a quoted name is all the ship's: 'the "Family Boat"')
            if end < kind and all(t.lower_ in VESSEL_MODIFIERS for t in doc[j:end]):
                return i  # 'the Varnia-flagged Oil Products Tanker, TERN': the ship's kind in capitals
        if end == j:
            return i
        span = doc[j:end]
        if (
            type_ in ("Vessel", "Port")
            and self.is_place_or_people(span)
            and not (places_ok and _ship_named(self, span))
        ):
            return i
        if type_ == "Vessel" and company_name(span):
            return i  # 'the Hong Kong-registered Tern Vale Shipping Company': the owner, no ship
        known = self.known_types(span.text)
        if type_ == "Vessel" and known and "Vessel" not in known and known & {"Organization", "Outlet", "Person"}:
            return i
        cands.append(Candidate(j, end, type_, rule))
        if end < limit and doc[end].text in ('"', "”", "'", "’"):
            end += 1
        return end

    def name_list(self, doc: Doc, i: int, limit: int, type_: str, rule: str, cands: list[Candidate]) -> None:
        """'Maya 1, Angara, Maria and Lady R', 'the Marsh Harrier, the Silver Tamarisk and the Kestrel Bay'."""
        while True:
            if i < limit and doc[i].lower_ == "the":
                i += 1
            flag = name_end(doc, i, limit)
            if flag > i and flag + 2 < limit and doc[flag].text == "-" and doc[flag + 1].lower_ in FLAG_WORDS:
                i = flag + 2  # 'the Varnhamn-flagged Tern, ...': the list goes on with the ship's name
            before = len(cands)
            end = self.add_name(doc, i, limit, type_, rule, cands)
            if end == i:
                return
            if len(cands) > before and _modifies_a_noun(doc, end, limit):
                del cands[before:]  # 'tankers, STS operators and ...': the name modifies the noun after it
                return
            k = end
            if type_ == "Vessel" and len(cands) > before and k + 1 < limit and doc[k].text == "/":
                k = self._slash_alias(doc, k, limit, cands[-1], cands)  # 'Omni/Evali': one ship, two names
            k = _after_aside(doc, k, limit)  # 'JAYA (Marshall Islands-flagged), PHONIX (...)'
            if k < limit and doc[k].text == ",":
                k += 1
            if k < limit and doc[k].lower_ in ("and", "or"):
                k += 1
            if k == end or k >= limit:
                return
            if k < limit and doc[k].lower_ == "the":
                k += 1
            # a comma before a lowercase word ends the list ("Lady R, reports ...")
            if k >= limit or (not name_token(doc[k], True) and doc[k].text not in ('"', "“")):
                return
            i = k

    @staticmethod
    def _slash_alias(doc: Doc, k: int, limit: int, ship: Candidate, cands: list[Candidate]) -> int:
        """'include Adonia, Omni/Evali, Samos': the name after the slash is another name of the ship
        before it (a renamed hull, GUIDELINES 'A ship's former name'), and the list goes on after it."""
        if not name_token(doc[k + 1], True):
            return k
        end = name_end(doc, k + 1, limit)
        if end > k + 1:
            canonical = ship.identifiers.get("_canonical") or doc[ship.start : ship.end].text
            cands.append(Candidate(k + 1, end, "Vessel", ship.rule, {"_canonical": canonical}))
        return end


def _after_aside(doc: Doc, k: int, limit: int) -> int:
    """Past a short bracketed aside after a listed name ('JAYA (Marshall Islands-flagged), PHONIX',
    'Tern (IMO 9123456) and Orla'): the closing bracket followed by a comma or 'and', at most six
    words on; k itself otherwise."""
    if k >= limit or doc[k].text != "(":
        return k
    for j in range(k + 1, min(limit - 1, k + 8)):
        if doc[j].text == ")":
            return j + 1 if doc[j + 1].text == "," or doc[j + 1].lower_ in ("and", "or") else k
        if doc[j].text in ("(", ";", "."):
            return k
    return k


def _modifies_a_noun(doc: Doc, end: int, limit: int) -> bool:
    """The name ending at `end` is a modifier of the lower-case noun right after it ('STS operators',
    'Karsk officials'), not a name standing on its own."""
    if end >= limit or not doc[end].is_lower or doc[end].pos_ != "NOUN":
        return False
    return doc[end - 1].head.i == end and doc[end - 1].dep_ in ("compound", "amod", "nmod")


def spelled_prefix_at(doc: Doc, k: int) -> bool:
    """Token k opens a ship's prefix in brackets, '(MT)' or '(VNS)', right after the capitalised words
    that spell it out, the last a ship noun ('Motor Tanker (MT) Tern', 'Varnian Navy Ship (VNS) Orla':
    context/vessel_forms.py); no comma after the bracket."""
    if k < 2 or k + 3 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")":
        return False
    if doc[k + 1].text not in SHIP_PREFIXES or doc[k + 3].text == ",":
        return False
    noun = doc[k - 1]
    return noun.text[:1].isupper() and noun.lower_ in SHIP_KIND_WORDS and doc[k - 2].text[:1].isupper()


def spelled_prefix_words(doc: Doc, j: int, end: int) -> int:
    """How many capitalised words at token j spell a merchant prefix out before a name that goes on
    to `end` ('Motor Tanker Harbor Tern': 2; context/spelled_ship_prefixes), 0 if none."""
    for parts in SPELLED_PREFIXES:
        k = j + len(parts)
        if k < end and all(t.lower_ == w and t.text[:1].isupper() for t, w in zip(doc[j:k], parts, strict=True)):
            return len(parts)
    return 0


def _before_class_word(doc: Doc, end: int, limit: int) -> bool:
    """'Varsk class', 'Hendijan-class': the name ending at `end` is a class's (context/ship_class_words)."""
    k = end + (end < limit and doc[end].text == "-")
    return k < limit and doc[k].lower_ in CLASS_WORDS


def _ship_named(ctx: NameContext, span: Span) -> bool:
    """A place's name that names the ship before it: no demonym or adjective, and not the subject of
    a relative clause on the ship ('the tanker Varnia seized')."""
    if ctx.gazetteer.is_demonym(span.text) or any(t.ent_type_ == "NORP" and t.pos_ == "ADJ" for t in span):
        return False
    root = span.root
    return not (root.dep_.startswith("nsubj") and root.head.dep_ in ("relcl", "acl") and root.head.i >= span.end)


def names_ships(doc: Doc) -> bool:
    """Does the article name ships at all (a ship noun anywhere in it)? The rules that read a name with
    no ship word beside it as a ship's ('the Orla Dawn has 2,100 passengers on board') ask it first."""
    return any(t.lower_ in VESSEL_NOUNS for t in doc)


def free_of(cands: list[Candidate], start: int, end: int) -> bool:
    """Does no candidate found so far hold any token of [start, end)?"""
    return not any(c.start < end and start < c.end for c in cands)
