"""osint_context_rules: names nobody knows, found by the words around them.

Reads the tokens, their parts of speech, lemmas and dependencies, `doc.ents` (the model's and
osint_gazetteer's) and `doc._.outlet`; writes `doc.ents` with the names its rules find ("the
tanker X", "the port of X", "X Bay", "Defense Minister X", "X reported"), each with `canonical`,
`entity_id`, `identifiers` and `osint_source="context"`.  A name the gazetteer found stands unless
a context name covers it.

The rules live in families (`vessels`, `places`, `people`, `outlets`, `organizations`,
`weapons`), each registered with `@context_rule` (see `registry`).  This module matches every
trigger once per document (one PhraseMatcher on the lower-case form, one on the lemma, the token
tests on each distinct word), runs the rules in order, spreads each name found to its bare mentions elsewhere in
the document (`propagate`; a ship's name also to 'the' + a longer name the model took for a person's
that opens with it: 'the Aurora Tasman' after 'aboard the Aurora', and its last word alone: 'Varn
returned' after 'the frigate Admiral Varn'), and puts the candidates into
`doc.ents` (`apply`).
"""

from __future__ import annotations

from collections import Counter

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from osint_graph.gazetteer import Gazetteer, load_gazetteer, normalise_name
from osint_graph.nlp.context.names import Candidate, NameContext
from osint_graph.nlp.context.port_reading import read_ports
from osint_graph.nlp.context.registry import TRIGGERS, schedule
from osint_graph.nlp.context.weapon_joins import join_weapon_parts
from osint_graph.nlp.coreference import one_ship_per_surname, speaks_of_namesake
from osint_graph.nlp.labels import CONTEXT_PRIORITY, LABEL_OF_TYPE
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import (
    annotate,
    bare_vessel_name,
    merge_ents,
    name_to_bracket,
    split_end_initials,
    stash_model_ents,
)

# 'IRNA news agency': a descriptive noun at the end of an outlet's or organisation's name goes
OUTLET_INNER_WORDS = words("common/outlet_inner_words")
OUTLET_NAME_WORDS = words("common/outlet_name_words")
DESCRIPTIVE_NOUNS = words("context/outlet_nouns") | words("context/org_nouns") | {"news"}


class ContextRules(NameContext):
    """Names the gazetteer lacks, found by the words around them."""

    def __init__(self, nlp: Language, name: str, gazetteer: Gazetteer):
        super().__init__(gazetteer)
        self.name = name
        # One hash lookup per token: PhraseMatchers on the lower-case form and on the lemma.  (The
        # rule Matcher's IN and REGEX predicates cost a Python call per token and pattern.)
        self.words = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lemmas = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.token_tests = []
        for trigger in TRIGGERS.values():
            if trigger.attr == "LOWER":
                self.words.add(trigger.name, list(nlp.tokenizer.pipe(trigger.phrases)))
            elif trigger.attr == "LEMMA":
                docs = [Doc(nlp.vocab, words=[w], lemmas=[w]) for w in trigger.phrases]
                self.lemmas.add(trigger.name, docs)
            else:
                self.token_tests.append(trigger)
        self.schedule = schedule()

    def _matches(self, doc: Doc) -> dict[str, list[tuple[int, int]]]:
        """The matches of every trigger, in document order, as their `accept` leaves them."""
        by_trigger: dict[str, list[tuple[int, int]]] = {}
        strings = doc.vocab.strings
        for matcher in (self.words, self.lemmas):
            for match_id, start, end in matcher(doc):
                trigger = TRIGGERS[strings[match_id]]
                found = (start, end) if trigger.accept is None else trigger.accept(doc, start, end)
                if found is not None:
                    by_trigger.setdefault(trigger.name, []).append(found)
        orths = doc.to_array(ORTH).tolist()  # no Token object per token and test
        words = {orth: strings[orth] for orth in set(orths)}
        for trigger in self.token_tests:
            passed = {orth for orth, text in words.items() if trigger.text is None or trigger.text(text)}
            for i, orth in enumerate(orths):
                if orth in passed and (trigger.token is None or trigger.token(doc[i])):
                    by_trigger.setdefault(trigger.name, []).append((i, i + 1))
        return by_trigger

    def __call__(self, doc: Doc) -> Doc:
        stash_model_ents(doc)
        split_end_initials(doc)
        cands: list[Candidate] = []
        by_trigger = self._matches(doc)
        self.hold_ents(doc)
        try:
            for trigger, rules in self.schedule:
                if trigger is None:
                    for rule in rules:
                        rule.func(self, doc, cands)
                    continue
                for start, end in by_trigger.get(trigger, ()):
                    for rule in rules:
                        rule.func(self, doc, start, end, cands)
        finally:
            self.hold_ents(None)
        self._propagate(doc, cands)
        trim_title_case_overruns(doc, cands)
        sister_ships(doc, cands)
        self._apply(doc, cands)
        read_ports(doc, cands, self.gazetteer)  # Port or Location: one reading per place and article
        join_weapon_parts(doc, self.gazetteer)  # 'PKM' + 'general purpose machine guns': one weapon
        return doc

    def _propagate(self, doc: Doc, cands: list[Candidate]) -> None:
        """A name found by context (a vessel, a port) is the same thing where it recurs bare."""
        names: dict[str, tuple[str, int, Candidate]] = {}
        for cand in cands:
            if cand.type not in ("Vessel", "Port", "Outlet", "Organization", "Weapon"):
                continue
            text = doc[cand.start : cand.end].text
            canonical = cand.identifiers.get("_canonical") or text
            # 'the Kestrel' after 'MV Kestrel': the bare name too; an alias under the name it stands for
            if cand.type == "Vessel":
                forms = {text, bare_vessel_name(text), canonical}
            elif cand.type == "Weapon":  # 'the Korvin air defence system' after 'Korvin missiles': a model
                forms = {canonical} if canonical[:1].isupper() and not canonical[:1].isdigit() else set()
            else:
                forms = {text}
            for form in forms:
                norm = normalise_name(form)
                if norm and norm not in names:
                    names[norm] = (cand.type, len(norm.split()), cand)
        if not names:
            return
        shorts = _short_forms(doc, cands, names, self.gazetteer)
        firsts = {n.split()[0]: n for n in [*names, *shorts]}
        taken = {(c.start, c.end) for c in cands}
        occupied = set()
        for c in cands:
            occupied.update(range(c.start, c.end))
        strings = doc.vocab.strings
        for i, orth in enumerate(doc.to_array(ORTH).tolist()):  # the words, without a Token object each
            text = strings[orth]
            if i in occupied or not text[:1].isupper():
                continue
            words = normalise_name(text).split()
            if not words or words[0] not in firsts:
                continue
            if words[0] in shorts and _lone_word(doc, i):  # 'Varn returned' after 'the frigate Admiral Varn'
                cands.append(_short_form_of(doc, i, shorts[words[0]]))
                occupied.add(i)
                continue
            for length in range(1, 6):
                end = i + length
                if end > len(doc):
                    break
                norm = normalise_name(doc[i:end].text)
                if norm in names and (i, end) not in taken and not any(k in occupied for k in range(i, end)):
                    type_, _, source = names[norm]
                    if (
                        end < len(doc)
                        and doc[end].text[:1].isupper()
                        and doc[end].is_alpha
                        and not doc[end].is_sent_start
                    ):
                        end = self._longer_ship_name(doc, i, end, type_, occupied)
                        if end is None:
                            break  # part of a longer name
                        full_name(doc, cands, norm, doc[i:end].text)  # 'the Aurora' is 'Aurora Tasman'
                    cands.append(Candidate(i, end, type_, "propagated", dict(source.identifiers)))
                    occupied.update(range(i, end))
                    break
                if len(norm.split()) > max(n for _, n, _ in names.values()):
                    break

    def _longer_ship_name(self, doc: Doc, i: int, end: int, type_: str, occupied: set[int]) -> int | None:
        """'the Aurora Tasman' after 'aboard the Aurora': a ship's name found by context, written with
        'the' as the first words of a longer name that the model took for a person's, is the ship
        under its full name (one name, one thing per article; a person's name takes no 'the').
        Returns the end of the longer name, or None."""
        if type_ != "Vessel" or i == 0 or doc[i - 1].lower_ != "the":
            return None
        stop = end
        while stop < len(doc) and stop - end < 2 and doc[stop].is_title and doc[stop].is_alpha:
            stop += 1
        longer = doc[i:stop]
        if any(k in occupied for k in range(end, stop)) or self.gazetteer.types_of(longer.text):
            return None
        if not all(t.ent_type_ == "PERSON" for t in longer):
            return None
        return stop

    def _apply(self, doc: Doc, cands: list[Candidate]) -> None:
        if not cands:
            return
        spans = []
        for cand in sorted(cands, key=lambda c: CONTEXT_PRIORITY.get(c.type, 9)):
            if cand.type in ("Outlet", "Organization"):  # 'IRNA news agency': the name is 'IRNA'
                while (
                    cand.end - cand.start > 1
                    and doc[cand.end - 1].is_lower
                    and (doc[cand.end - 1].lower_ in DESCRIPTIVE_NOUNS)
                ):
                    cand.end -= 1
            if cand.type == "Organization":
                cand.end = name_to_bracket(doc, cand.start, cand.end)
                if any(t.lower_ in OUTLET_INNER_WORDS for t in doc[cand.start : cand.end]):
                    cand.type = "Outlet"  # 'Lebanese Broadcasting Corporation International'
            if (
                cand.type == "Outlet"
                and cand.end - cand.start > 1
                and doc[cand.end - 1].text.isupper()
                and doc[cand.end - 2].lower_ in OUTLET_NAME_WORDS
            ):
                cand.start = cand.end - 1  # 'Iranian News Agency IRNA': the acronym after its description
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
                by_canonical = self.gazetteer.lookup(canonical or "", "Weapon")
                if entry is None and span.text.endswith("s"):
                    entry = self.gazetteer.lookup(span.text[:-1], "Weapon")
                if by_canonical is None and entry is not None and entry.type == "Weapon":
                    canonical = None  # 'Typhoon jets': the listed model's name, not the word before the head
                entry = by_canonical or entry
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


def _short_forms(doc: Doc, cands: list[Candidate], names: dict, gazetteer: Gazetteer) -> dict[str, Candidate]:
    """The last word of each ship's name found by context that can stand alone for it ('varn' for
    'Admiral Varn', coreference.ship_surname), when one ship only ends in it, no other name found and
    no source knows that word ('Singapore' is a country's whatever name ends in it), and the page does
    not speak of the ship's namesake."""
    if speaks_of_namesake(doc):
        return {}

    def name(c: Candidate) -> str:
        return c.identifiers.get("_canonical") or doc[c.start : c.end].text

    ships = one_ship_per_surname([c for c in cands if c.type == "Vessel"], name)
    return {last: ship for last, ship in ships.items() if last not in names and not gazetteer.types_of(last)}


def _short_form_of(doc: Doc, i: int, ship: Candidate) -> Candidate:
    """The one word at i as the ship `ship` under its short name (its canonical name and identifiers)."""
    ids = {"_canonical": doc[ship.start : ship.end].text, **ship.identifiers}
    return Candidate(i, i + 1, "Vessel", "propagated", ids)


def _lone_word(doc: Doc, i: int) -> bool:
    """A capitalised word alone: no capitalised word right before it (mid-sentence) or after it, and
    not inside a longer name the model found ('John Varn')."""
    before = i > 0 and not doc[i].is_sent_start and doc[i - 1].text[:1].isupper()
    after = i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha
    longer = doc[i].ent_iob_ == "I" or (doc[i].ent_iob_ == "B" and i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I")
    return not (before or after or longer)


def full_name(doc: Doc, cands: list[Candidate], short: str, full: str) -> None:
    """The vessels found under a short name stand for the ship whose full name the article writes."""
    for c in cands:
        if c.type == "Vessel" and normalise_name(bare_vessel_name(doc[c.start : c.end].text)) == short:
            c.identifiers.setdefault("_canonical", full)


def trim_title_case_overruns(doc: Doc, cands: list[Candidate]) -> None:
    """'USS Tern Vale Collide in ...': a Title Case line (a headline, a share line) capitalises the
    verb after a ship's name, so a ship's name that runs on past a name of two words or more, which
    the article writes more often, by capitalised words ends where that name ends (one ship, one name)."""
    counts = Counter(doc[s:e].text for s, e in {(c.start, c.end) for c in cands if c.type == "Vessel"})
    for cand in cands:
        if cand.type != "Vessel" or cand.end - cand.start < 3:
            continue
        longer = counts[doc[cand.start : cand.end].text]
        for end in range(cand.end - 1, cand.start + 1, -1):
            if counts[doc[cand.start : end].text] > longer and all(t.is_title for t in doc[end : cand.end]):
                cand.end = end
                break


def sister_ships(doc: Doc, cands: list[Candidate]) -> None:
    """'the Morsk 212 ... a second vessel, the Morsk 239': a ship's name of words and a number makes
    the same words with another number a ship too (fleets number their hulls; no person's name ends
    in a number), where nothing else was found on those words."""
    stems: set[tuple[str, ...]] = set()
    for c in cands:
        words = bare_vessel_name(doc[c.start : c.end].text).split()
        if c.type == "Vessel" and len(words) > 1 and words[-1].isdigit() and words[0][:1].isupper():
            stems.add(tuple(words[:-1]))
    if not stems:
        return
    occupied = {i for c in cands for i in range(c.start, c.end)}
    longest = max(len(stem) for stem in stems)
    for i, tok in enumerate(doc):
        if not tok.is_digit or i in occupied:
            continue
        for length in range(longest, 0, -1):
            start = i - length
            if start >= 0 and tuple(t.text for t in doc[start:i]) in stems and not occupied & set(range(start, i)):
                cands.append(Candidate(start, i + 1, "Vessel", "sister_ship", {}))
                occupied.update(range(start, i + 1))
                break


@Language.factory("osint_context_rules", default_config={"sources": None})
def make_context_rules(nlp: Language, name: str, sources: str | None) -> ContextRules:
    return ContextRules(nlp, name, load_gazetteer(sources))
