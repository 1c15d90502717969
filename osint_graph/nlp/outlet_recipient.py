"""An outlet named in a story's opening frame as the one material reached, not as its reporter.

"The EU plans to blacklist 120 ships, internal documents, leaked to Wirewatch, show": the opening
sentence's source is the outlet that got the documents (its chain starts with that outlet), but the page
does not carry that outlet's story; "..., Wirewatch reported" does (nlp/repost.py `_reporting_outlet`).
The participles are data: sources/rules/attribution/recipient_participles.txt.
"""

from __future__ import annotations

from osint_graph.nlp.rules import words
from osint_graph.nlp.source_context import DocumentSources
from osint_graph.nlp.syntax import ext, norm_name

RECIPIENT_PARTICIPLES = words("attribution/recipient_participles")


def received_material(ctx: DocumentSources, name: str) -> bool:
    """Is the first mention of the outlet `name` the object of 'leaked to' / 'obtained by'?"""
    key = norm_name(name)
    doc = ctx.doc
    for ent in ctx.ents:
        if ent.label_ != "OUTLET" or key not in (norm_name(ent.text), norm_name(str(ext(ent, "canonical") or ""))):
            continue
        i = ent.start
        return i >= 2 and doc[i - 1].lower_ in ("to", "by") and doc[i - 2].lower_ in RECIPIENT_PARTICIPLES
    return False
