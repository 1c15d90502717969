"""Origins and independence: who a claim rests on, folded so that one origin counts once.

Corroboration counts distinct origins, not outlets: a claim's origin is the end of its
attribution chain, folded to the organisation that speaks (`ORIGIN_RULES`), with the
reliability grade the source registry gives it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from osint_graph.crosscheck.records import ClaimRecord, label_of
from osint_graph.crosscheck.resolution import Canon
from osint_graph.crosscheck.settings import Settings
from osint_graph.gazetteer import Gazetteer, GazetteerEntry, normalise_name
from osint_graph.model import Attribution, slug
from osint_graph.reference.bodies import national_body

SOURCE_LABELS = ("Outlet", "Organization", "Person", "Country")
RELIABILITY_ORDER = "ABCDEF"  # A best; F: cannot be judged
# Registry kinds whose output is a sensor product: the interpreter of the imagery is the origin.
IMAGERY_KINDS = frozenset({"imagery"})
# Registry kinds of a state's own bodies: they speak for their state, one origin family with it.
STATE_BODY_KINDS = frozenset({"government", "ministry", "military", "official_body", "intelligence"})

ORIGIN_RULES = (
    "A claim's origin is the last link of its attribution chain; an unattributed claim's origin is the outlet "
    "that published it.",
    "A person speaks for the organisation the gazetteer gives them (John Kirby -> White House, "
    "Shin Won-sik -> Ministry of National Defense); a bare surname is the person of that name cited in the "
    "same article.",
    "An imagery provider is not an origin: the origin is whoever interpreted the imagery (the link before it, "
    "or the source the same article cites with that provider).",
    "An unnamed source ('a Seoul official', 'the US account': no entity, not in the registry) cannot be told "
    "apart from others: the claim rests on the nearest named link before it, else on the outlet.",
    "An unattributed claim in an article without an outlet has an unknown origin: it is shown, but it neither "
    "corroborates nor counts as an origin.",
    "Names are folded (case, punctuation, gazetteer aliases, SAME_AS links) and products of one publisher are "
    "one origin (NK Pro = NK News, Lloyd's List Intelligence = Lloyd's List).",
    "A state and its own bodies are one origin family ('South Korea' and its Ministry of National Defense; "
    "'Russia' and the Kremlin): a registry body of kind government, ministry, military, official_body or "
    "intelligence folds to its country, and so does a body the registry does not list that is named '<demonym> "
    "<body noun>' ('Estonian Foreign Ministry', sources/rules/reference/body_nouns.txt). Outlets (state-run or "
    "not), companies, think tanks and international bodies are other kinds of source by design and stay apart.",
    "Independent origins = distinct folded origins; circular = more outlets than independent origins.",
)


@dataclass(frozen=True, slots=True)
class Origin:
    key: str
    name: str
    reliability: str

    @property
    def known(self) -> bool:
        return not self.key.startswith("unknown:")


class Origins:
    """Folds a claim's origin to one key per independent origin, with its reliability grade."""

    def __init__(self, claims: Iterable[ClaimRecord], canon: Canon, names: dict[str, str], gazetteer: Gazetteer,
                 settings: Settings):  # fmt: skip
        self.canon = canon
        self.names = names  # entity id -> name
        self.gazetteer = gazetteer
        self.settings = settings
        self.families = {normalise_name(k): v for k, v in settings.families.items()}
        self.people: dict[str, list[str]] = defaultdict(list)  # article -> full person names cited
        self.interpreters: dict[tuple[str, str], Attribution] = {}  # (article, imagery provider) -> interpreter
        for claim in claims:
            for c in claim.concerns:
                if c.label == "Person" and len(c.name.split()) > 1:
                    self.people[claim.article].append(c.name)
            for i, link in enumerate(claim.chain):
                if len(link.name.split()) > 1 and self._entry(link.name, ("Person",)) is not None:
                    self.people[claim.article].append(link.name)
                if i > 0 and self._is_imagery(link.name) and not self._is_imagery(claim.chain[i - 1].name):
                    self.interpreters.setdefault((claim.article, normalise_name(link.name)), claim.chain[i - 1])

    def of(self, claim: ClaimRecord) -> Origin:
        link = self._origin_link(claim)
        if link is None:
            if claim.outlet:
                return self._fold(claim.outlet, None)
            name = f"unknown (unattributed, no outlet: {claim.title or claim.article})"
            return Origin(f"unknown:{claim.article}", name, self.settings.default_reliability)
        return self._fold(link.name, link.entity, claim.article)

    def _origin_link(self, claim: ClaimRecord) -> Attribution | None:
        chain = list(claim.chain)
        while chain and (self._is_imagery(chain[-1].name) or not self._named(chain[-1])):
            dropped = chain.pop()
            if not chain and self._is_imagery(dropped.name):
                return self.interpreters.get((claim.article, normalise_name(dropped.name)))
        return chain[-1] if chain else None

    def _named(self, link: Attribution) -> bool:
        """A source the graph or the registry knows by name (not 'a Seoul official')."""
        return bool(link.entity) or self._entry(link.name, SOURCE_LABELS) is not None

    def _fold(self, name: str, entity: str | None, article: str | None = None) -> Origin:
        if entity:
            entity = self.canon(entity)
            name = self.names.get(entity, name)
        if article and len(name.split()) == 1:
            for full in self.people.get(article, ()):
                if normalise_name(name) in normalise_name(full).split():
                    name = full
                    break
        entry = self._entry(name, SOURCE_LABELS)
        if entry is not None and entry.type == "Person":
            org = self._entry(entry.attributes.get("organization") or "", ("Organization", "Outlet"))
            entry = org or entry
        reliability = (entry.attributes.get("reliability") if entry is not None else None) or ""
        display = entry.name if entry is not None else name
        display = self.families.get(normalise_name(display), display)
        # the key says which origins are one: a state body's is its state's (it keeps its own name)
        state = None
        if self.settings.state_families:
            state = self._state_of(entry) if entry is not None else self._state_of_body_name(display)
        family = state.name if state is not None else display
        reliability = reliability.strip().upper()[:1]
        if not reliability or reliability not in RELIABILITY_ORDER:
            reliability = self.settings.default_reliability
        return Origin("origin:" + slug(normalise_name(family)), display, reliability)

    def _entry(self, name: str, types: Iterable[str]) -> GazetteerEntry | None:
        """The registry or gazetteer entry of a name; 'National Intelligence Service' finds the entry
        'National Intelligence Service (South Korea)' when no other entry has that short name."""
        if not name:
            return None
        for type_ in types:
            entry = self.gazetteer.lookup(name, type_)
            if entry is not None:
                return entry
        short = self._short_names().get(normalise_name(name))
        return short if short is not None and short.type in types else None

    def _short_names(self) -> dict[str, GazetteerEntry]:
        if not hasattr(self, "_short"):
            found: dict[str, list[GazetteerEntry]] = defaultdict(list)
            for entry in self.gazetteer:
                if "(" in entry.name:
                    found[normalise_name(entry.name.split("(")[0])].append(entry)
            self._short = {k: v[0] for k, v in found.items() if len(v) == 1}
        return self._short

    def _is_imagery(self, name: str) -> bool:
        entry = self._entry(name, ("Organization",))
        return entry is not None and (entry.attributes.get("kind") or "").lower() in IMAGERY_KINDS

    def countries_of(self, claim: ClaimRecord) -> set[str]:
        """Countries of the claim's sources: who speaks is not what the claim is about."""
        out = set()
        for link in claim.chain:
            if link.entity and label_of(link.entity) == "Country":
                out.add(self.canon(link.entity))
                continue
            entry = self._entry(link.name, SOURCE_LABELS)
            if entry is None:
                continue
            if entry.type == "Country":
                out.add(self.canon(self.gazetteer.entity_id(entry)))
                continue
            for code in (entry.attributes.get("country") or "").split(";"):
                country = self._country(code.strip())
                if country:
                    out.add(self.canon(country))
        return out

    def _state_of(self, entry: GazetteerEntry) -> GazetteerEntry | None:
        """The country a state body of the registry belongs to (see STATE_BODY_KINDS), else None."""
        if entry.type != "Organization" or (entry.attributes.get("kind") or "").lower() not in STATE_BODY_KINDS:
            return None
        codes = [c.strip().upper() for c in (entry.attributes.get("country") or "").split(";") if c.strip()]
        return self._country_entry(codes[0]) if len(codes) == 1 else None

    def _state_of_body_name(self, name: str) -> GazetteerEntry | None:
        """The country of a body no registry lists, named "<demonym> <body noun>" ("Estonian
        Foreign Ministry", as the extractor names "Estonia's foreign ministry"), else None."""
        found = national_body(name)
        return self._country_entry(found[1]) if found is not None else None

    def _country(self, iso2: str) -> str | None:
        entry = self._country_entry(iso2)
        return self.gazetteer.entity_id(entry) if entry is not None else None

    def _country_entry(self, iso2: str) -> GazetteerEntry | None:
        """The gazetteer's country with this ISO 3166-1 alpha-2 code, any case; None for an empty code."""
        code = iso2.upper()
        if not code:
            return None
        countries = self.gazetteer.by_type("Country")
        return next((c for c in countries if c.identifiers.get("iso2", "").upper() == code), None)
