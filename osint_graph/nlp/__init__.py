"""The NLP stage: one spaCy pipeline from article text to an `Extraction`.

Importing this package registers our components (`osint_furniture`, `osint_gazetteer`,
`osint_context_rules`, `osint_entity_types`, `osint_entity_filter`, `osint_figures`, `osint_dates`,
`osint_learned_ner`)
with spaCy, so that any pipeline can `add_pipe` them.
"""

from osint_graph.nlp import (  # noqa: F401  (register the factories)
    context,
    dates,
    entity_filter,
    entity_types,
    figures,
    furniture,
    gazetteer_ruler,
    learned_ner,
)
from osint_graph.nlp.extractor import Extractor
from osint_graph.nlp.pipeline import build_pipeline

__all__ = ["Extractor", "build_pipeline"]
