"""osint_entity_filter: a learned keep/drop score for every entity the rules propose.

The rule components (osint_gazetteer, osint_context_rules, osint_entity_types) propose more
entities than real news prose holds: rules written against some texts do not carry to others.
This component runs last (after osint_claims), reads `doc.ents`, groups the spans by entity id
(one candidate per thing in the document), describes each candidate by a few cheap features
(its type, which rule or the model proposed it, the model's own label over it, how often and
where the article names it, the shape of its name, its syntactic role) and scores it with a
logistic regression whose weights are data: `sources/rules/entity_filter/weights.csv`, written by
`scripts/train_entity_filter.py` from the real-article dev split and tests/gold.  A candidate
whose probability of being a gold entity is below the file's `threshold` leaves `doc.ents` (all
its mentions) and the claims' entity lists, so the graph does not see it; an entity that a claim
cites as its source or a fact names is kept whatever its score.

Texts under `MIN_WORDS` words pass unfiltered (config `min_words`).

Config: `learned` (default false): the learned NER head (osint_learned_ner) runs before it, and
the weights are `rules/entity_filter/weights_learned.csv`, trained with its spans as the feature
`learned` (`scripts/train_entity_filter.py --learned-ner`); `enabled` (default true; `OSINT_GRAPH_ENTITY_FILTER=off` or
`build_pipeline(entity_filter=False)` leave the component out), `sources` (the folder whose
`rules/entity_filter/weights.csv` is read; default the project's).  The probabilities of the
last run are kept in `doc.user_data[("osint", "entity_filter")]` as {entity id: probability}.

Format of weights.csv (one `feature,weight` row per learned weight; `#` lines are comments):
`threshold` (the cut, 0..1) and `bias` are required; every other row names a feature as
`family=value` (`type=Organization`), a numeric family (`log_mentions`), or two of them joined by
`&` (`type=Organization&source=model`).  A feature the file does not name weighs 0; a family the
code does not compute is an error (a file written for other code).
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from spacy.attrs import IS_LOWER, IS_PUNCT, IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from osint_graph.gazetteer import Gazetteer, load_gazetteer, normalise_name
from osint_graph.nlp.company_cues import company_role, company_word_ids, org_word_name
from osint_graph.nlp.context.port_reading import feature_ports
from osint_graph.nlp.extensions import doc_text, span_ext
from osint_graph.nlp.furniture import kind_at
from osint_graph.nlp.gazetteer_ruler import port_cue
from osint_graph.nlp.labels import TYPE_OF_LABEL
from osint_graph.nlp.learned_ner import LEARNED_KEY
from osint_graph.nlp.legal_forms import is_legal_form
from osint_graph.nlp.logistic import family, logistic, weight_row
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import MODEL_ENTS_KEY

ENV = "OSINT_GRAPH_ENTITY_FILTER"
RULE_NAME = "entity_filter/weights"
LEARNED_RULE_NAME = "entity_filter/weights_learned"  # the weights for the pipeline with osint_learned_ner
SCORES_KEY = ("osint", "entity_filter")
OFF_VALUES = ("0", "off", "false", "no")
# which proposer decides the `source` feature when the mentions of one entity differ
SOURCE_ORDER = ("gazetteer", "context", "coreference", "model")
# Texts shorter than this many words pass unfiltered: the features describe a whole article (how
# often and where it names a thing) and the weights were learned on articles of 100 words and
# more; on a one-sentence text a person named once scores low and would be lost.
MIN_WORDS = 100
# "Chinese Embassy", "Italian police", "the French transport ministry": a state's body named by the
# state and a body noun is an entity by the guidelines ("A state's body named by the state and a
# body noun") wherever it stands, so the learned score does not decide it (it dropped embassies)
STATE_BODY_NOUNS = words("context/state_possessive_bodies")
# "a Dutch embassy official": a staff title after the body phrase names the body (GUIDELINES, "Titles")
BODY_STAFF_TITLES = words("context/body_staff_titles")
# "the Karskian Foreign Ministry Spokesman Ola Brenn": a person's title after it (GUIDELINES, "Titles":
# a title written with the body's name is a mention of the body; twenty-eighth round, issue 11)
PERSON_TITLES = words("common/title_words")
# "in a Twitter post", "on its Facebook page": a posting platform named as such is an Organization by
# the guidelines ("Posting platforms"); the learned score dropped the ones named once
PLATFORMS = words("attribution/platforms")
# "the Varn Strait", "Gulf of Tarn", "Tollo island": a place word in the name (or right after it) says
# what the name is; the learned score dropped seas, straits and islands named once (issue 11)
PLACE_HEADS = words("entity_filter/place_heads")
PLACE_HEADS_AFTER = words("entity_filter/place_heads_after")


def enabled_by_env(default: bool = True) -> bool:
    """False when $OSINT_GRAPH_ENTITY_FILTER says off (0, off, false, no)."""
    value = os.environ.get(ENV)
    if value is None or not value.strip():
        return default
    return value.strip().lower() not in OFF_VALUES


# --- features -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Candidate:
    """One proposed entity: its id, type and the spans of `doc.ents` that name it, in text order."""

    entity_id: str
    type: str
    spans: tuple[Span, ...]

    @property
    def name(self) -> str:
        first = self.spans[0]
        return span_ext(first, "canonical") or first.text


def candidates(doc: Doc) -> list[Candidate]:
    """The entities of `doc.ents` with one of our labels, grouped by entity id."""
    groups: dict[str, list[Span]] = {}
    for ent in doc.ents:
        if ent.label_ in TYPE_OF_LABEL:
            groups.setdefault(span_ext(ent, "entity_id") or f"{ent.label_}:{ent.text}", []).append(ent)
    return [Candidate(eid, TYPE_OF_LABEL[spans[0].label_], tuple(spans)) for eid, spans in groups.items()]


def model_label(doc: Doc, span: Span) -> str:
    """The statistical model's own label over the span (the stash osint_gazetteer keeps): the label
    of the model span overlapping it most, `none` when the model saw no entity there."""
    best, label = 0, "none"
    first, last = span.start_char, span.end_char
    for start, end, lab in doc.user_data.get(MODEL_ENTS_KEY) or ():
        if start < last and end > first:  # overlapping (the others share nothing)
            shared = (end if end < last else last) - (start if start > first else first)
            if shared > best:
                best, label = shared, lab
    return label


def _learned(doc: Doc, cand: Candidate) -> dict[str, float]:
    """What the learned NER head (osint_learned_ner) says over the candidate's mentions: `same`
    when it gives one of them the candidate's type, else `other` (another type over one), else
    `none`; `learned_share` the share of mentions it types the same.  Nothing without the head."""
    spans = doc.user_data.get(LEARNED_KEY)
    if spans is None:
        return {}
    labels = [_overlap_label(spans, s.start_char, s.end_char) for s in cand.spans]
    same = sum(lab == cand.type for lab in labels)
    verdict = "same" if same else "other" if any(lab != "none" for lab in labels) else "none"
    return {f"learned={verdict}": 1.0, "learned_share": same / len(labels)}


def _overlap_label(spans, first: int, last: int) -> str:
    best, label = 0, "none"
    for start, end, lab in spans:
        if start < last and end > first:
            shared = min(end, last) - max(start, first)
            if shared > best:
                best, label = shared, lab
    return label


def _source(cand: Candidate) -> str:
    found = {span_ext(s, "osint_source") or "model" for s in cand.spans}
    return next((s for s in SOURCE_ORDER if s in found), "model")


def _shape(name: str) -> dict[str, float]:
    words = name.split()
    n = len(words)
    out = {f"tokens={min(n, 3)}": 1.0}
    if name.isupper() and len(name.replace(" ", "")) <= 6 and len(name) > 1:
        out["acronym"] = 1.0
    if any(c.isdigit() for c in name):
        out["digit"] = 1.0
    if any(w[:1].islower() and len(w) > 3 for w in words):
        out["lower_word"] = 1.0  # 'Ministry of Defence' keeps short joiners; 'coast guard personnel' not
    return out


def _company(cand: Candidate) -> dict[str, float]:
    """What the name and its sentence say of a company (osint_graph/nlp/company_cues.py)."""
    out = {}
    if any(org_word_name(s) for s in cand.spans):
        out["org_word"] = 1.0  # 'Tarvik Shipping', 'Norvale Lines'
    if any(company_role(s) for s in cand.spans):
        out["company_role"] = 1.0  # 'owned by Tarvik', 'Norvale, the ship's manager'
    return out


@dataclass(frozen=True, slots=True)
class DocFacts:
    """What the features read of the whole doc, computed once per doc (`doc.text` joins every
    token, and a scan of the tokens per candidate would grow with candidates times tokens)."""

    chars: int
    lower_tokens: frozenset[str]
    name_words: dict[str, frozenset[str]]  # entity id -> its capitalised name words
    token_owner: dict[int, tuple[str, str]]  # token index -> (entity id, type) of the candidate naming it


def doc_facts(doc: Doc, found: list[Candidate]) -> DocFacts:
    owner = {i: (c.entity_id, c.type) for c in found for s in c.spans for i in range(s.start, s.end)}
    return DocFacts(len(doc_text(doc)), _lower_tokens(doc), {c.entity_id: _words(c) for c in found}, owner)


def _listed(cand: Candidate, facts: DocFacts) -> dict[str, float]:
    """'Volkswagen, Ostrel, Brannock and Kaymor': a name coordinated with another candidate of the
    same type is one of a list of like things (a reader takes the unknown ones for the known's kind)."""
    for span in cand.spans:
        root = span.root
        linked = [root.head] if root.dep_ == "conj" else []
        linked += [c for c in root.children if c.dep_ == "conj"]
        for tok in linked:
            eid, etype = facts.token_owner.get(tok.i, ("", ""))
            if eid and eid != cand.entity_id and etype == cand.type:
                return {"listed_same_type": 1.0}
    return {}


def _lower_tokens(doc: Doc) -> frozenset[str]:
    """The texts of the doc's lower-case tokens, read from the arrays (no Token object per token)."""
    strings = doc.vocab.strings
    return frozenset(strings[orth] for orth, lower in doc.to_array([ORTH, IS_LOWER]).tolist() if lower)


def word_count(doc: Doc) -> int:
    """The tokens that are neither punctuation nor space, counted on the arrays."""
    return len(doc) - int(doc.to_array([IS_PUNCT, IS_SPACE]).any(axis=1).sum()) if len(doc) else 0


def _places(doc: Doc, cand: Candidate, facts: DocFacts) -> dict[str, float]:
    first = cand.spans[0]
    where = kind_at(doc, first.start_char, first.end_char) or "body"
    out = {f"where={where}": 1.0, "first_pos": first.start_char / max(1, facts.chars)}
    if all(s[0].is_sent_start for s in cand.spans):
        out["sent_start"] = 1.0
    root = first.root
    out[f"dep={root.dep_ or 'none'}"] = 1.0
    if first.start > 0 and doc[first.start - 1].lower_ == "the":
        out["after_the"] = 1.0
    return out


def _syntax(cand: Candidate) -> dict[str, float]:
    """How the sentences attach the mentions: the preposition a mention is the object of ('off
    Tarn Point', 'according to X'), the verb it is the subject of ('X said', 'X reported'; each one
    seen) and an apposition ('X, a Varn shipping firm')."""
    out = {}
    for span in cand.spans:
        root = span.root
        if root.dep_ == "pobj" and root.head.pos_ == "ADP":
            out[f"prep={root.head.lower_}"] = 1.0
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX"):
            out[f"verb={root.head.lemma_.lower()}"] = 1.0
        if root.dep_ == "appos" or any(child.dep_ == "appos" for child in root.children):
            out["appos"] = 1.0
    return out


def _words(cand: Candidate) -> frozenset[str]:
    """The name words of a candidate that can tie it to another (capitalised, more than 2 letters)."""
    return frozenset(w.casefold() for s in cand.spans for w in s.text.split() if len(w) > 2 and w[:1].isupper())


def _neighbours(cand: Candidate, others: list[Candidate], facts: DocFacts) -> dict[str, float]:
    """How the candidate relates to the doc's other candidates: the same thing split in two
    ('Coast Guard' beside 'Philippine Coast Guard'), or one name read as two types."""
    words = facts.name_words
    mine, name = words.get(cand.entity_id) or _words(cand), cand.name.casefold()
    out: dict[str, float] = {}
    for other in others:
        if other.entity_id == cand.entity_id or not mine & words.get(other.entity_id, frozenset()):
            continue
        same = other.type == cand.type
        out["shares_same_type" if same else "shares_other_type"] = 1.0
        if same and name in other.name.casefold() and len(name) < len(other.name):
            out["inside_same_type"] = 1.0
        elif same and _siblings(name, other.name.casefold()):
            out["sibling_same_type"] = 1.0  # 'Tarvo Systems' beside 'Tarvo Marine': one group's two companies
    return out


def _siblings(name: str, other: str) -> bool:
    """Two names of more than one word, neither inside the other: two things of one family ('Tarvo
    Systems', 'Tarvo Marine'), not a fragment of a longer name ('Coast Guard' in 'Varn Coast Guard')."""
    return " " in name and " " in other and name not in other and other not in name


def _tokens(cand: Candidate, facts: DocFacts) -> dict[str, float]:
    first = cand.spans[0]
    out = {f"tag={first.root.tag_ or 'none'}": 1.0, "propn_share": sum(t.pos_ == "PROPN" for t in first) / len(first)}
    if len(first) == 1 and first.text.lower() != first.text:
        low = first.text.lower()
        if low in facts.lower_tokens:
            out["lower_elsewhere"] = 1.0  # 'Register' beside 'the register': a common word
    return out


def _known(cand: Candidate, gazetteer: Gazetteer | None) -> dict[str, float]:
    """What the sources (hand gazetteers and reference data) say of the name: this type, another, none."""
    if gazetteer is None:
        return {}
    types = set()
    capital = False
    for text in {cand.name} | {s.text for s in cand.spans}:
        types |= gazetteer.types_of(text)
        capital = capital or gazetteer.country_of_capital(text) is not None
    if capital:  # 'London': the state by metonymy or the city as a place (the city list leaves capitals out)
        types |= {"Country", "Location"}
    known = "none" if not types else "same" if cand.type in types else "other"
    feats = {f"known={known}": 1.0} | {f"known_as={t}": 1.0 for t in types}
    return feats | ({"known_as=capital": 1.0} if capital else {})


def features(
    doc: Doc,
    cand: Candidate,
    others: list[Candidate] | None = None,
    gazetteer: Gazetteer | None = None,
    facts: DocFacts | None = None,
) -> dict[str, float]:
    """The features of one candidate, by name (binary ones 1.0; see the module docstring).
    `others`: the doc's candidates, `facts`: what is read of the whole doc (both computed here when
    not given); `gazetteer`: the sources (no `known` feature without it)."""
    others = candidates(doc) if others is None else others
    facts = doc_facts(doc, others) if facts is None else facts
    source = _source(cand)
    label = model_label(doc, cand.spans[0])
    n = len(cand.spans)
    feats = {
        "bias": 1.0,
        f"type={cand.type}": 1.0,
        f"source={source}": 1.0,
        f"model={label}": 1.0,
        "log_mentions": math.log(n),
        "surfaces": float(len({s.text for s in cand.spans})),
    }
    if n == 1:
        feats["mentions=1"] = 1.0
    if any(span_ext(s, "identifiers") for s in cand.spans):
        feats["identifier"] = 1.0
    if any(span_ext(s, "role") for s in cand.spans):
        feats["role"] = 1.0
    outlet = doc._.outlet
    if outlet and outlet.casefold() in {s.text.casefold() for s in cand.spans} | {cand.name.casefold()}:
        feats["own_outlet"] = 1.0
    feats.update(_shape(cand.name))
    feats.update(_company(cand))
    feats.update(_places(doc, cand, facts))
    feats.update(_syntax(cand))
    feats.update(_tokens(cand, facts))
    feats.update(_neighbours(cand, others, facts))
    feats.update(_listed(cand, facts))
    feats.update(_known(cand, gazetteer))
    feats.update(_learned(doc, cand))
    crossed = (f"source={source}", f"model={label}", "mentions=1", "tokens=1", "lower_word", "shares_same_type")
    crossed += ("org_word", "company_role", "listed_same_type", "sibling_same_type")
    crossed += tuple(k for k in feats if k.startswith(("prep=", "verb="))) + ("appos",)
    for other in (*crossed, "learned=same", "learned=other"):
        if other in feats:
            feats[f"type={cand.type}&{other}"] = 1.0
    return feats


def candidate_features(doc: Doc, gazetteer: Gazetteer | None = None) -> dict[str, dict[str, float]]:
    """{entity id: features} for every candidate of the doc."""
    found = candidates(doc)
    facts = doc_facts(doc, found)
    return {c.entity_id: features(doc, c, found, gazetteer, facts) for c in found}


# the feature families `features` computes, one a line with what it says (a weights file naming
# another family was written for other code)
FAMILIES = words("entity_filter/families")


# --- the model --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FilterModel:
    """Logistic regression weights by feature name and the probability below which a candidate goes."""

    weights: dict[str, float]
    threshold: float

    def probability(self, feats: dict[str, float]) -> float:
        return logistic(self.weights, feats)

    def keeps(self, feats: dict[str, float]) -> bool:
        return self.probability(feats) >= self.threshold


def model_from_rows(rows: Iterable[dict[str, str]], where: str = RULE_NAME) -> FilterModel:
    """Validate `feature,weight` rows and build the model; ValueError names the bad row."""
    weights: dict[str, float] = {}
    threshold = None
    for row in rows:
        name, value = weight_row(row, where)
        if name == "threshold":
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{where}: threshold {value} is not a probability")
            threshold = value
            continue
        unknown = family(name) - FAMILIES
        if not name or unknown:
            raise ValueError(f"{where}: feature {name!r} is of no family the filter computes ({sorted(unknown)})")
        if name in weights:
            raise ValueError(f"{where}: feature {name!r} is given twice")
        weights[name] = value
    if threshold is None or "bias" not in weights:
        raise ValueError(f"{where}: needs a `threshold` row and a `bias` row")
    return FilterModel(weights, threshold)


def model_path(sources: str | Path | None = None, name: str = RULE_NAME) -> Path:
    from osint_graph.nlp.rules import rules_dir

    root = Path(sources) / "rules" if sources else rules_dir()
    return root / f"{name}.csv"


@cache
def load_model(sources: str | None = None, learned: bool = False) -> FilterModel:
    """The model of `sources/rules/entity_filter/weights.csv` (`weights_learned.csv` when the
    learned NER head runs): another sources folder's where it has one (a folder of gazetteers
    alone uses the project's weights)."""
    name = LEARNED_RULE_NAME if learned else RULE_NAME
    if sources is None or not model_path(sources, name).is_file():
        from osint_graph.nlp.rules import table

        return model_from_rows(table(name), name)
    return model_from_rows(read_rows(model_path(sources, name)), str(model_path(sources, name)))


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a weights file read as the rule loader reads a table (comments skipped)."""
    import csv

    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


# --- the component ----------------------------------------------------------------------------


def score_candidates(doc: Doc, model: FilterModel, gazetteer: Gazetteer | None = None) -> dict[str, float]:
    """{entity id: probability} for every candidate of the doc."""
    return {eid: model.probability(feats) for eid, feats in candidate_features(doc, gazetteer).items()}


def protected_ids(doc: Doc) -> set[str]:
    """Entities that claims and facts stand on: a claim's cited source, a fact's vessel, port or
    places.  The filter keeps them whatever their score (a name the article quotes as speaking is
    evidence enough, and dropping it would break the attribution chain)."""
    out = {a.entity for c in doc._.claims or () for a in c.attribution if a.entity}
    for fact in doc._.facts or ():
        out |= {fact.vessel, fact.port, fact.origin, fact.destination} - {None}
    return out


def _modifies_noun(span: Span) -> bool:
    """'a Dutch navy patrol ship': the body phrase describes the noun after it; such a phrase is left
    to the learned score. A staff title after it ('a Dutch foreign ministry official') does not count,
    nor a person's title ('the Dutch Foreign Ministry Spokesman Ola Brenn', `common/title_words.txt`):
    the title is the body's own (`context/body_staff_titles.txt`)."""
    doc = span.doc
    if span.end < len(doc) and (doc[span.end].lower_ in BODY_STAFF_TITLES or doc[span.end].lower_ in PERSON_TITLES):
        return False  # 'a foreign ministry official': the body's own staff, the body is named
    return span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN")


def state_body_ids(doc: Doc, gazetteer: Gazetteer | None) -> set[str]:
    """Organisations one of whose mentions is a demonym or a state's name followed by a state body
    noun (`context/state_possessive_bodies.txt`) heading its phrase: "Chinese Embassy", "Italian police"."""
    if gazetteer is None:
        return set()
    out = set()
    for e in doc.ents:
        if TYPE_OF_LABEL.get(e.label_) != "Organization" or len(e) < 2 or _modifies_noun(e):
            continue
        for k in range(1, min(len(e), 4)):
            state, body = e[:k].text, e[k:].text.lower()
            if body in STATE_BODY_NOUNS and (gazetteer.is_demonym(state) or gazetteer.lookup(state, "Country")):
                out.add(span_ext(e, "entity_id") or "")
                break
    return out


def platform_ids(doc: Doc) -> set[str]:
    """Organisations named by a posting platform's name of more than one letter
    (`attribution/platforms.txt`: 'Twitter', 'Telegram'; a one-letter 'X' is left to the score)."""
    return {
        span_ext(e, "entity_id") or ""
        for e in doc.ents
        if TYPE_OF_LABEL.get(e.label_) == "Organization" and len(e.text) > 1 and e.text.lower() in PLATFORMS
    }


def company_ids(doc: Doc) -> set[str]:
    """Organisations one of whose mentions is a name and a company's legal form ('Tarvik-Lloyd AG',
    'Kestrel Maritime JSC', osint_graph/nlp/legal_forms.py): the form says what the name is."""
    return {
        span_ext(e, "entity_id") or ""
        for e in doc.ents
        if TYPE_OF_LABEL.get(e.label_) == "Organization" and len(e) > 1 and is_legal_form(e[-1].text)
    }


def _place_shaped(span: Span) -> bool:
    """'Varn Strait' (capitalised last word), 'Gulf of Tarn', 'Tollo island' (the word after the span)."""
    doc, last = span.doc, span[-1]
    if len(span) > 1 and last.is_title and last.lower_ in PLACE_HEADS:
        return True
    if len(span) > 2 and span[0].is_title and span[0].lower_ in PLACE_HEADS and span[1].lower_ == "of":
        return True
    return span.end < len(doc) and doc[span.end].lower_ in PLACE_HEADS_AFTER


def place_shape_ids(doc: Doc) -> set[str]:
    """Locations one of whose mentions is shaped as a place by a place word (`entity_filter/place_heads*.txt`)."""
    return {
        span_ext(e, "entity_id") or ""
        for e in doc.ents
        if TYPE_OF_LABEL.get(e.label_) == "Location" and _place_shaped(e)
    }


def port_word_ids(doc: Doc) -> set[str]:
    """Ports one of whose mentions has a port word beside it ('the port of X', 'X harbour', 'its home
    port in X': `common/port_nouns.txt`): the article itself calls the place a port (GUIDELINES "What in
    the text makes a port"), whatever the score says of a name the sources know as a capital too. Not
    the context rules' own port names ('the Varn Fuel Port'): the port word made them, the score
    weighs them. A named island's own port word ('Tarsk Island wharf': context/port_role_words) keeps
    one the context rules found (port28; not 'the Velm Container Terminal', whose name the score
    weighs; a role word alone, 'a terminal at X', kept more wrong ports than right on dev)."""
    features = feature_ports(doc)
    return {
        span_ext(e, "entity_id") or ""
        for e in doc.ents
        if TYPE_OF_LABEL.get(e.label_) == "Port"
        and (
            (span_ext(e, "osint_source") != "context" and port_cue(e))
            or normalise_name(span_ext(e, "canonical") or e.text) in features
        )
    }


def kept_ids(doc: Doc, gazetteer: Gazetteer | None) -> set[str]:
    """Entities the filter keeps whatever their score: what claims and facts stand on, a state's
    body, a posting platform, a company with its legal form, a place-shaped place, a port by its
    port word, a company by a name no dictionary holds and an organisation's word
    (scripts/train_entity_filter.py scores its CV with the same set)."""
    keep = (
        protected_ids(doc)
        | state_body_ids(doc, gazetteer)
        | platform_ids(doc)
        | company_ids(doc)
        | company_word_ids(doc)
    )
    return keep | place_shape_ids(doc) | port_word_ids(doc)


def drop_entities(doc: Doc, keep: Callable[[str], bool]) -> None:
    """Remove from `doc.ents` every span whose entity id `keep` refuses (span extensions stay:
    they are stored by offsets), and the refused ids from the claims' entity lists."""
    gone = {
        span_ext(e, "entity_id")
        for e in doc.ents
        if e.label_ in TYPE_OF_LABEL and not keep(span_ext(e, "entity_id") or "")
    }
    if not gone:
        return
    doc.ents = [e for e in doc.ents if span_ext(e, "entity_id") not in gone]
    claims = doc._.claims
    if claims:
        doc._.claims = [replace(c, entities=tuple(i for i in c.entities if i not in gone)) for c in claims]


class EntityFilter:
    """Drops the candidates the learned model scores below its threshold, except those that claims
    and facts stand on (it runs after osint_claims)."""

    def __init__(
        self, nlp: Language, name: str, model: FilterModel, gazetteer: Gazetteer | None, min_words: int = MIN_WORDS
    ):
        self.name = name
        self.model = model
        self.gazetteer = gazetteer
        self.min_words = min_words

    def __call__(self, doc: Doc) -> Doc:
        if word_count(doc) < self.min_words:
            return doc  # shorter than any article the weights were learned on (MIN_WORDS)
        scores = score_candidates(doc, self.model, self.gazetteer)
        doc.user_data[SCORES_KEY] = scores
        keep = kept_ids(doc, self.gazetteer)
        threshold = self.model.threshold
        drop_entities(doc, lambda eid: eid in keep or scores.get(eid, 1.0) >= threshold)
        return doc


@Language.factory("osint_entity_filter", default_config={"sources": None, "min_words": MIN_WORDS, "learned": False})
def make_entity_filter(nlp: Language, name: str, sources: str | None, min_words: int, learned: bool) -> EntityFilter:
    return EntityFilter(nlp, name, load_model(sources, learned), load_gazetteer(sources), min_words)
