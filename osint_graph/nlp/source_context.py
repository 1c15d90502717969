"""The sources of one document: who can speak, the entity index, and coreference to sources cited before.

No pipeline component of its own: `DocumentSources` is the per-document state that the
attribution frames, the source resolution (`source_resolution.AttributionContext`, which adds
`resolve`) and the claims component share while `osint_claims` runs. It reads `doc.ents` (with
`span._.canonical`, `span._.entity_id`, `span._.role`), `doc._.outlet` and the gazetteer
(demonyms, capitals); it writes nothing on the Doc (`claims.py` stores `doc._.source_bases`
from `bases`).

Coreference: "he/she" -> the last person-like source; "the minister" -> the last person whose
role (`span._.role`) holds "minister"; "the bureau", "the news site", "the company" -> the last
organisation or outlet whose name or kind fits; "they", "it", "its", "the cited analysts" -> the
last source cited; "the manager" -> "The ship's manager, Blue Fleet Group" (an appositive source
keeps its descriptor as role). An unnamed source of a kind speaks for the body of that kind named
in the same or the previous sentence ("Prosecutors said" after "the Justice Department", "the
military said" after "the Philippine armed forces": `sources/rules/attribution/body_kinds.csv`).
The nouns of sources (people, bodies, outlets, evidence) are data under `sources/rules/attribution/`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from osint_graph.model import Attribution, entity_id, slug
from osint_graph.nlp.described_names import described_before
from osint_graph.nlp.extensions import doc_text, furniture_pieces
from osint_graph.nlp.pronoun_gender import agrees
from osint_graph.nlp.rules import table, words
from osint_graph.nlp.speaking_name import speaks_next
from osint_graph.nlp.subject_antecedent import body_subject_before, person_subject_before, plural_subject_before
from osint_graph.nlp.syntax import ext, norm_name, np_head, strip_the, tokens_of

PERSON_NOUNS = words("attribution/person_nouns")
ORG_NOUNS = words("attribution/org_nouns")
OUTLET_NOUNS = words("attribution/outlet_nouns")
EVIDENCE_NOUNS = words("attribution/evidence_nouns")
BODY_NOUNS = words("attribution/body_nouns")
COMPANY_NOUNS = words("attribution/company_nouns")
# an unnamed source of a kind speaks for the body of that kind named just before it ("The Justice
# Department charged ... Prosecutors said" -> Justice Department): words of the body's name per kind
BODY_KINDS = {row["source"]: frozenset(row["body_words"].split()) for row in table("attribution/body_kinds")}
CITED_SOURCE_NOUNS = words("attribution/cited_source_nouns")
# "the container shipping major", "the oil giant": a company, with a word of its trade before the noun
COMPANY_EPITHETS = words("attribution/company_epithets")
TITLE_WINDOW = 8  # words before a name that may hold its title ("Ambassador to Karsk", "governor of the region,")
TITLE_REACH = 3  # sentences back: "the ambassador" points to a titled person of the recent account
BODY_AHEAD = 2  # sentences after: "..., investigators said. | Investigators with the X Board reported"
BODY_REACH = 3  # sentences back: "police said", "the force added" point to the force of the recent account
COREF_DETS = words("attribution/coreference_determiners")
TITLE_WORDS = words("common/title_words")
IMAGERY_NOUNS = words("attribution/imagery_nouns")
EDITION_WORDS = words("attribution/outlet_edition_words")
SOURCE_LABELS = words("attribution/source_labels")
AGENT_LABELS = words("attribution/agent_labels")
VESSEL_NOUNS = words("attribution/vessel_nouns")  # "the tanker's owner", "the ship reports" (source_resolution)
# a state's bodies ("Karsk's defence ministry", "the Varnian navy"): never what "the company" points back to
STATE_BODIES = words("context/state_possessive_bodies")
LABEL_TYPES = {
    "VESSEL": "Vessel", "PORT": "Port", "PERSON": "Person", "ORG": "Organization", "OUTLET": "Outlet",
    "COUNTRY": "Country", "LOCATION": "Location", "WEAPON": "Weapon", "GPE": "Country", "LOC": "Location",
    "FAC": "Location",
}  # fmt: skip


@dataclass(slots=True)
class Source:
    """A resolved source: the link plus what coreference needs."""

    link: Attribution
    label: str | None = None
    head_lemma: str = ""
    person_like: bool = False
    plural: bool = False
    role: str = ""
    generic: bool = False  # no entity behind it ("analysts", "industry sources")
    proxy: bool = False  # speaks for the entity it names ("a Seoul official" -> South Korea)
    # how it came into a chain (the claim's `basis`, `attribution_basis.py`; neither is compared):
    # the `source_resolution` rung that resolved its phrase, and the step that carried it in from
    # another sentence or a credit line ("" when the clause's own frame gave it)
    rung: str = field(default="", compare=False)
    via: str = field(default="", compare=False)

    def with_verb(self, verb: str | None) -> Source:
        return Source(Attribution(self.link.name, self.link.entity, verb), self.label, self.head_lemma,
                      self.person_like, self.plural, self.role, self.generic, self.proxy, self.rung,
                      self.via)  # fmt: skip

    @property
    def key(self) -> str:
        """Identity of the speaker: the entity, except for people who speak for it (their words)."""
        if self.link.entity and not self.proxy:
            return self.link.entity
        return norm_name(self.link.name)


def carried(chain: Iterable[Source], via: str) -> list[Source]:
    """The chain as a step lends it to another clause: copies of its sources marked with the step's
    name (`Source.via`), which the claim reports as its basis (`attribution_basis.py`)."""
    return [replace(src, via=via) for src in chain]


class DocumentSources:
    """Per-document state: entity index, the outlet, recent sources (coreference), bases."""

    def __init__(self, doc: Doc, gazetteer: object | None = None):
        self.doc = doc
        self.ents = list(doc.ents)
        self.ent_at: list[Span | None] = [None] * len(doc)
        for ent in self.ents:
            for i in range(ent.start, ent.end):
                self.ent_at[i] = ent
        self.outlet = norm_name(ext(doc, "outlet"))  # type: ignore[arg-type]
        self.recent: list[Source] = []
        self.bases: dict[str, tuple[Attribution, ...]] = {}
        self.document_issuers: dict[int, Source | None] = {}  # document_issuer.first_document_issuer
        self.gazetteer = gazetteer
        self.persons: list[tuple[int, Span]] = [(e.start, e) for e in self.ents if e.label_ == "PERSON"]
        self._names_by_label: dict[str, list[tuple[Span, str, list[str]]]] = {}  # fuller_name's, per label
        self._segment: list[int] = [0] * len(doc)
        self.drop_generic = True
        self.dateline_end = 0
        self.first_word = next((t.i for t in tokens_of(doc) if not t.is_space), 0)
        # where the page's headline ends (a navigation or a date line may stand above it: the
        # furniture step found it), else where its first line ends
        heads = [end for kind, _, end in furniture_pieces(doc) if kind == "headline"]
        newline = doc_text(doc).find("\n")
        self.first_line_end = heads[0] if heads else newline if newline >= 0 else len(doc_text(doc))

    def set_segments(self, segments: Sequence[tuple[int, int, int]]) -> None:
        """Sentence (segment) number of every token, for the reach of coreference."""
        for k, (a, b, _para) in enumerate(segments):
            for i in range(a, b):
                self._segment[i] = k
        for i in range(1, len(self._segment)):
            if self._segment[i] < self._segment[i - 1]:
                self._segment[i] = self._segment[i - 1]

    def segment_of(self, i: int) -> int:
        return self._segment[i] if 0 <= i < len(self._segment) else 0

    # ---------------------------------------------------------------- entities

    def fuller_name(self, ent: Span) -> Span:
        """The one longer entity of the same kind a short name stands for, else the entity itself.

        "Commodore Tarriela" or "Tarriela" after "Jay Tarriela" (a person: the same surname, the
        other words titles or in the longer name); "the Navy" after "the Indian Navy" (a body:
        its words end the longer name).  Two candidates ("Coast Guard" in an article naming two
        coast guards) leave the short name as it is.
        """
        short = [w.lower() for w in strip_the(str(ext(ent, "canonical") or ent.text)).split()]
        titled = len(short) > 1 and short[0].rstrip(".") in TITLE_WORDS  # "Commodore X", whatever its label
        label = "PERSON" if titled else ent.label_
        if label not in ("PERSON", "ORG"):
            return ent
        found: dict[str, Span] = {}
        for other, name, long in self._names_of(label):
            if len(long) <= len(short) - (1 if label == "PERSON" else 0) or long == short:
                continue
            if label == "PERSON":
                rest = [w for w in short[:-1] if w.rstrip(".") not in TITLE_WORDS and w not in long]
                fits = short[-1] == long[-1] and not rest and len(long) > len([w for w in short if w in long])
            else:
                fits = long[-len(short) :] == short
            if fits:
                found.setdefault(name.lower(), other)
        return next(iter(found.values())) if len(found) == 1 else ent

    def _names_of(self, label: str) -> list[tuple[Span, str, list[str]]]:
        """(entity, name, its words in lower case) of the document's entities with this label, worked
        out once per document (`fuller_name` compares every short name with all of them)."""
        if label not in self._names_by_label:
            out = []
            for other in self.ents:
                if other.label_ != label:
                    continue
                name = strip_the(str(ext(other, "canonical") or other.text))
                long = [w.lower() for w in name.split()]
                if "and" in long or "&" in long:
                    continue  # two names taken for one ("X and Y") stand for neither
                out.append((other, name, long))
            self._names_by_label[label] = out
        return self._names_by_label[label]

    def source_from_ent(self, ent: Span, verb: str | None) -> Source:
        ent = self.fuller_name(ent)
        label = ent.label_
        if label == "NORP":
            country = self.country_of_word(strip_the(ent.text))
            if country is not None:
                return Source(Attribution(country[0], country[1], verb), "COUNTRY", "", False, True)
            return Source(Attribution(strip_the(ent.text), None, verb), "NORP", ent.root.lemma_, False, True,
                          generic=True)  # fmt: skip
        name = ext(ent, "canonical") or strip_the(ent.text)
        eid = ext(ent, "entity_id")
        if not eid and label in LABEL_TYPES:
            eid = entity_id(LABEL_TYPES[label], slug(str(name)))
        if label in ("LOCATION", "LOC", "GPE"):
            # a capital standing for its state ("Seoul said")
            country = self.country_of_word(str(name), capital=True)
            if country is None and label == "GPE":
                country = self.country_of_word(str(name))  # a demonym the model took for a place ("Ukrainian")
            if country is not None:
                return Source(Attribution(country[0], country[1], verb), "COUNTRY", ent.root.lemma_.lower())
        role = str(ext(ent, "role", "") or "")
        return Source(
            Attribution(str(name), str(eid) if eid else None, verb),
            label,
            ent.root.lemma_.lower(),
            label == "PERSON",
            ent.root.tag_ in ("NNS", "NNPS"),
            role,
        )

    def country_of_word(self, word: str, capital: bool = False) -> tuple[str, str] | None:
        """(name, id) of the country a demonym ('Iranian') or a capital ('Seoul') stands for."""
        gaz = self.gazetteer
        if gaz is None or not word:
            return None
        try:
            entry = gaz.country_of_capital(word) if capital else gaz.country_of_demonym(word)  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - a gazetteer without the data does not help
            return None
        if entry is None:
            return None
        return entry.name, entry.id

    # ---------------------------------------------------------------- coreference

    def body_for(self, head: Token) -> Source | None:
        """The organisation an unnamed source of its kind speaks for, named in this or the BODY_REACH
        sentences before, or further back when it is the one body of that kind the article names."""
        words = BODY_KINDS.get(kind_lemma(head)) or BODY_KINDS.get(head.lower_)
        own_kind = bool(words)  # "police said", not "navy officials said" (the kind a word before it)
        if not words:  # "navy officials", "coast guard sources": the kind is a word before the speaker
            kinds = (BODY_KINDS.get(c.lemma_.lower()) for c in head.children if c.dep_ == "compound" and c.i < head.i)
            words = next((k for k in kinds if k), None)
        if not words:
            return None
        here = self.segment_of(head.i)
        earlier: dict[str, Span] = {}  # the bodies of its kind named further back, by name
        for ent in reversed(self.ents):
            if ent.start >= head.i or ent.label_ not in ("ORG",):
                continue
            name = str(ext(ent, "canonical") or ent.text).lower()
            if not any(w in words for w in re.split(r"[\s'’-]+", name)):
                continue
            if self.segment_of(ent.start) >= here - BODY_REACH:
                return self.source_from_ent(ent, None)
            earlier.setdefault(norm_name(name), ent)
        # further back, the one body of its kind the article names ("Hampshire Police said ... | ... |
        # police said"): with two or more, none is meant more than another; a kind on a word before
        # the speaker ("navy officials") reaches no further than BODY_REACH sentences
        if earlier:
            return self.source_from_ent(next(iter(earlier.values())), None) if own_kind and len(earlier) == 1 else None
        return self._body_named_next(head, words, here)

    def _body_named_next(self, head: Token, words: Iterable[str], here: int) -> Source | None:
        """No body of the kind named before: the one the next BODY_AHEAD sentences name. Leads describe
        their source and name it a sentence later ("..., investigators said. | Investigators with the
        Varnel Safety Board reported ..."); only a body the text shows speaking there (a reporting verb's
        subject); with two, neither is meant."""
        found: dict[str, Span] = {}
        for ent in self.ents:
            if ent.start <= head.i or ent.label_ != "ORG" or self.segment_of(ent.start) <= here:
                continue  # a body named in the speaker's own sentence is part of what was said
            if self.segment_of(ent.start) > here + BODY_AHEAD:
                break
            if not speaks_next(ent):
                continue  # "..., the company said. | A Grimaldi group ship sank": a body named, not speaking
            name = str(ext(ent, "canonical") or ent.text).lower()
            if any(w in words for w in re.split(r"[\s'’-]+", name)):
                found.setdefault(norm_name(name), ent)
        return self.source_from_ent(next(iter(found.values())), None) if len(found) == 1 else None

    def is_anaphor(self, toks: Sequence[Token], head: Token) -> bool:
        lemma = kind_lemma(head)
        if toks[0].lower_ not in COREF_DETS:
            return False
        bare = len(toks) == 2  # "the commission"; longer lower-case names are `named_lower_case`'s
        if lemma not in PERSON_NOUNS and lemma not in ORG_NOUNS and not (bare and self._word_of_a_name_before(head)):
            if described_before(self.ents, head) is None:  # "the classification society" after "society X"
                return False
        # "the minister", "the cited analysts", "the news site", "the Danish company" (a company's
        # flag; "the Dutch foreign ministry" speaks for the Netherlands) -- not "the Defense Ministry of X";
        # "the Norwegian news website" is the outlet cited before (an outlet's country, like a company's)
        company = lemma in COMPANY_NOUNS or (lemma in OUTLET_NOUNS and lemma not in BODY_NOUNS)
        return (
            len(toks) <= 4
            and not any(t.pos_ == "PROPN" and t.i != head.i for t in toks)
            and not any(t.text[:1].isupper() and t.i > toks[0].i and not (company and self._demonym(t)) for t in toks)
        )

    def _word_of_a_name_before(self, head: Token) -> bool:
        """Is a common noun a word of the name of an organisation or outlet named before it ("the
        commission" after "the National Defence Commission", "the flotilla" after "the Global Harbour
        Flotilla")? The article's own names say which nouns point back, no list of body nouns does."""
        return (
            head.pos_ == "NOUN"
            and head.tag_ == "NN"
            and self.last_ent(head.i, ("ORG", "OUTLET"), word=head.lower_) is not None
        )

    def author_in_compound(self, toks: Sequence[Token], head: Token) -> tuple[str, str, str] | None:
        """(name as written, entity id, label) of an organisation or outlet of the gazetteer named in the
        compound before an evidence noun, which wrote it ("the UKMTO report", "Kpler data"), also when
        the entity pipeline missed the name; None otherwise."""
        names = [t for t in toks if t.i < head.i and t.head.i == head.i and t.dep_ in ("compound", "nmod")
                 and t.pos_ == "PROPN" and self.ent_at[t.i] is None]  # fmt: skip
        if len(names) != 1:
            return None
        for kind, label in (("Organization", "ORG"), ("Outlet", "OUTLET")):
            entry = self.lookup(names[0].text, kind)
            if entry is not None:
                return names[0].text, entry.id, label
        return None

    def lookup(self, name: str, kind: str):
        """The gazetteer's entry of this type for a name, or None (also without a gazetteer)."""
        if self.gazetteer is None or not name:
            return None
        try:
            return self.gazetteer.lookup(name, kind)  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - a gazetteer without the data names nobody
            return None

    def names_a_ship(self, tok: Token) -> bool:
        """Whether a possessor names a ship: a vessel's name, a ship noun, or "her" (a ship is "she")."""
        ent = self.ent_at[tok.i]
        if ent is not None:
            return ent.label_ == "VESSEL"
        return tok.lemma_.lower() in VESSEL_NOUNS or tok.lower_ == "her"

    def _ship_name(self, src: Source) -> bool:
        """Is the source's name a vessel of the text ("Sirius Star released by pirates")?"""
        key = norm_name(src.link.name)
        return any(e.label_ == "VESSEL" and norm_name(e.text) == key for e in self.ents)

    def _demonym(self, tok: Token) -> bool:
        return tok.pos_ == "ADJ" and tok.i != tok.head.i and self.country_of_word(tok.text) is not None

    def corefer(self, head: Token) -> Source | None:
        lemma = kind_lemma(head)
        low = head.lower_
        if low in ("he", "she", "him", "her", "his"):
            subject = person_subject_before(self, head)
            if subject is not None:  # "Varga praised the crew. “C,” she said": Varga, not the last source cited
                return subject
            people = [src for src in reversed(self.recent) if src.person_like]
            # "she" is no Tomas: a person of the other sex is passed over for one who agrees (the given
            # names' lists are not perfect: with no one else, the person cited last still decides)
            person = next((src for src in people if agrees(low, src.link.name)), None)
            person = person or self.last_person(head.i, low) or (people[0] if people else self.last_person(head.i))
            if person is not None:
                return person
            # a speaker the entity pipeline did not take for a person ("First Admiral X" read as an organisation)
            for src in reversed(self.recent):
                if src.label == "ORG" and not src.plural and src.link.name[:1].isupper():
                    return src
            return None
        if low in ("they", "them", "their"):
            subject = plural_subject_before(self, head)
            if subject is not None:  # "The Houthis have attacked ships. They say ...": the group, not the last source
                return subject
            for src in reversed(self.recent):
                if src.plural or src.label in ("ORG", "OUTLET", "COUNTRY", "GPE", "NORP"):
                    return src
            # "they" agrees in number: never one person named ("Varga said C. ... They said D")
            return next((src for src in reversed(self.recent) if src.label != "PERSON"), None)
        if low in ("it", "its"):
            subject = body_subject_before(self, head) if low == "it" else None
            if subject is not None:  # "The Varnel Council rejected it. It said ...": the council, not the last source
                return subject
            for src in reversed(self.recent):
                if src.label in ("ORG", "OUTLET", "COUNTRY") or not src.person_like:
                    return src
            ent = self.last_ent(head.i, ("ORG", "OUTLET"))
            return self.source_from_ent(ent, None) if ent is not None else None
        if head.pos_ == "PRON":
            return None
        # definite descriptions: a role of a person, a word of an organisation's name, a kind of source
        if lemma in PERSON_NOUNS:
            for pos, ent in reversed(self.persons):
                if pos >= head.i:
                    continue
                role = str(ext(ent, "role", "") or "").lower()
                if role and lemma in role:
                    return self.source_from_ent(ent, None)
            titled = self.titled_person_before(head)
            if titled is not None:
                return titled
        if lemma in OUTLET_NOUNS and lemma not in BODY_NOUNS:
            # "the news website": the outlet cited last, whatever noun described it before
            # ("Delfi news website reported ... Norway's Barents Observer wrote ... the news website")
            for src in reversed(self.recent):
                if src.label == "OUTLET":
                    return src
        for src in reversed(self.recent):
            if src.head_lemma == lemma or (src.role and lemma in src.role.lower()):
                named = self.last_ent(head.i, ("ORG", "OUTLET"), word=lemma) if src.generic else None
                # "Court says ... | the Varnel District Court ruled ... | The court said": a description
                # cited before any name is no antecedent once a body that noun is a word of is named
                return self.source_from_ent(named, None) if named is not None else src
        word = lemma
        if lemma == "agency" and any(c.lower_ in ("spy", "intelligence") for c in head.children):
            word = "intelligence"  # "the spy agency" -> the National Intelligence Service
        named = self.last_ent(head.i, ("ORG", "OUTLET"), word=word)
        # "the conservation group" after "the group Sea Shepherd": the one named later of the two
        described = described_before(self.ents, head)
        if described is not None and (named is None or described.start > named.start):
            named = described
        if named is not None:
            return self.source_from_ent(named, None)
        body = self.body_for(head)  # "the military" after "the Philippine armed forces"
        if body is not None:
            return body
        if lemma in OUTLET_NOUNS and lemma in BODY_NOUNS:
            # "the agency said": a news agency or a state agency, whichever was cited last
            for src in reversed(self.recent):
                if src.label in ("OUTLET", "ORG"):
                    return src
        if lemma in OUTLET_NOUNS:
            for src in reversed(self.recent):
                if src.label == "OUTLET":
                    return src
            # an outlet named but not cited yet ("an investigation carried out by Nordic Daily. According to
            # the newspaper, ..."): the outlet named last, in this or the two sentences before
            ent = self.last_ent(head.i, ("OUTLET",))
            if ent is not None and self.segment_of(ent.start) >= self.segment_of(head.i) - 2:
                return self.source_from_ent(ent, None)
        if lemma in COMPANY_NOUNS or lemma in BODY_NOUNS:
            company = lemma in COMPANY_NOUNS and lemma not in BODY_NOUNS
            for src in reversed(self.recent):
                if company and _state_body(src):
                    continue  # "the company said" after "Karsk's defence ministry said": a firm is no ministry
                # a name the entity pipeline did not tag ("Shipping giant Maersk said") is a body too
                if src.label == "ORG" or (lemma in COMPANY_NOUNS and src.label is None and not src.generic
                                          and not src.person_like and not self._ship_name(src)):  # fmt: skip
                    return src
        if lemma in CITED_SOURCE_NOUNS and self.recent:
            # "the cited analysts": the last source the article cited
            for src in reversed(self.recent):
                if src.plural or src.label in ("ORG", "OUTLET"):
                    return src
        return None

    def titled_person_before(self, head: Token) -> Source | None:
        """ "the ambassador" after "Iran's Ambassador to Karsk Tomas Orell", "the governor" after "the
        governor of the region, Tomas Orell" or "Tomas Orell, the governor": the person named last, in
        this or the TITLE_REACH sentences before, with that noun in the words just before or after the name."""
        lemma = head.lemma_.lower()
        here = self.segment_of(head.i)
        tk = tokens_of(self.doc)
        for pos, ent in reversed(self.persons):
            if pos >= head.i:
                continue
            if self.segment_of(pos) < here - TITLE_REACH:
                return None
            seg = self.segment_of(ent.start)
            near = [t for t in tk[max(0, ent.start - TITLE_WINDOW) : ent.start] + tk[ent.end : ent.end + 3]
                    if self.segment_of(t.i) == seg and t.i < head.i]  # fmt: skip
            if any(t.lemma_.lower() == lemma or t.lower_ == lemma for t in near):
                return self.source_from_ent(ent, None)
        return None

    def person_titled_with(self, head: Token, word: str) -> Source | None:
        """ "the Israeli leader" after "Israeli Prime Minister Dan Orell ... Orell said": the person
        cited last, in this or the TITLE_REACH sentences before, one of whose earlier mentions has
        `word` in the title words just before it."""
        tk = tokens_of(self.doc)
        before = [(pos, ent) for pos, ent in self.persons if pos < head.i]
        titled = {str(ext(ent, "canonical") or ent.text) for pos, ent in before
                  if any(t.lower_ == word for t in tk[max(0, pos - TITLE_WINDOW) : pos]
                         if self.segment_of(t.i) == self.segment_of(pos))}  # fmt: skip
        here = self.segment_of(head.i)
        for pos, ent in reversed(before):
            if self.segment_of(pos) < here - TITLE_REACH:
                return None
            if str(ext(ent, "canonical") or ent.text) in titled:
                return self.source_from_ent(ent, None)
        return None

    def last_ent(self, before: int, labels: Iterable[str], word: str | None = None) -> Span | None:
        labels = set(labels)
        for ent in reversed(self.ents):
            if ent.start >= before or ent.label_ not in labels:
                continue
            if word is None:
                return ent
            name = str(ext(ent, "canonical") or ent.text).lower()
            if word.rstrip("s") in {w.rstrip("s") for w in name.split()}:  # "Houthi officials" ~ "Houthis"
                return ent
        return None

    def last_person(self, before: int, pronoun: str = "") -> Source | None:
        for pos, ent in reversed(self.persons):
            if pos < before and agrees(pronoun, ent.text):
                return self.source_from_ent(ent, None)
        return None

    def remember(self, sources: Iterable[Source]) -> None:
        for src in sources:
            self.recent.append(src)
        if len(self.recent) > 32:
            del self.recent[:-32]

    def _own_outlet(self, name: str) -> bool:
        """The article's own outlet, also by one of its editions ('PUNCH Online' in a page of Punch)."""
        words_ = name.split("-")  # norm_name joins words with hyphens
        edition = len(words_) > 1 and words_[-1] in EDITION_WORDS
        return name == self.outlet or (edition and "-".join(words_[:-1]) == self.outlet)

    def is_own_outlet(self, src: Source) -> bool:
        """Does the source name the article's own outlet (which `keep` leaves out of chains)?"""
        return bool(self.outlet) and self._own_outlet(norm_name(src.link.name))

    def keep(self, chain: Sequence[Source]) -> tuple[Attribution, ...]:
        """The chain as Attributions: without the article's own outlet, repeats and (if asked) generic sources."""
        out: list[Attribution] = []
        seen: set[str] = set()
        for src in chain:
            key = src.key
            if self.outlet and self._own_outlet(norm_name(src.link.name)):
                continue
            if self.drop_generic and src.generic:
                continue
            if src.label == "VESSEL" or (src.link.entity is None and self._ship_name(src)):
                continue  # a ship speaks through no one ("Further reports from the Tern Vale indicated C")
            if key in seen or (out and same_speaker(out[-1], src.link)):
                continue
            seen.add(key)
            out.append(src.link)
        return tuple(out)


def kind_lemma(head: Token) -> str:
    """The head's lemma, or "company" for a company epithet with a lower-case word of its trade or an
    adjective before it ("the container shipping major", "the oil giant", "the Danish giant"; not the
    rank in "the major said": `attribution/company_epithets.txt`)."""
    lemma = head.lemma_.lower()
    if lemma in COMPANY_EPITHETS and head.tag_ in ("NN", "JJ"):  # "major" is tagged either way
        if any(c.i < head.i and c.dep_ in ("compound", "amod", "nmod") for c in head.children):
            return "company"
    return lemma


def same_speaker(before: Attribution, link: Attribution) -> bool:
    """Two links in a row that name one speaker ("Ukraine's armed forces" then "Ukraine", both the
    state; "Aleson Shipping Lines" then an unresolved "Aleson"): one link. Nobody relays his own
    words, so a chain never holds one speaker twice in a row; two phrases of one sentence that
    resolve to one entity (a body's speakers and its name) would otherwise count an extra hop."""
    if link.entity is not None:
        return link.entity == before.entity
    words_ = set(norm_name(link.name).split("-")) - {""}
    return bool(words_) and words_ <= set(norm_name(before.name).split("-"))


def inanimate(ctx: DocumentSources, toks: Sequence[Token]) -> bool:
    """A noun phrase headed by a common noun that names no person, body or outlet ('the seizure')."""
    toks = [t for t in toks if not t.is_punct]
    if not toks:
        return False
    head = np_head(toks)
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or not head.text.islower() or ctx.ent_at[head.i] is not None:
        return False
    if lemma in PERSON_NOUNS or lemma in ORG_NOUNS or lemma in OUTLET_NOUNS or lemma in BODY_NOUNS:
        return False
    return not any(ctx.ent_at[t.i] is not None and ctx.ent_at[t.i].label_ in AGENT_LABELS for t in toks)


def _state_body(src: Source) -> bool:
    """A state, or a body of one by its name's last words ("Varnian Defence Ministry", "Karsk Navy")."""
    name = src.link.name.lower()
    return src.label == "COUNTRY" or any(name == b or name.endswith(" " + b) for b in STATE_BODIES)


def can_speak(src: Source) -> bool:
    """Can this source speak?  Named agents, people, and generic people or bodies ('officials', 'the navy')."""
    if src.label in AGENT_LABELS or src.person_like or (src.label is None and not src.generic):
        return True
    return src.generic and (src.head_lemma in PERSON_NOUNS or src.head_lemma in ORG_NOUNS)
