"""Names of infrastructure ('Estlink 2 power cable', 'the Nord Vessa pipelines'): no entity type of
ours holds them (tests/gold/GUIDELINES.md, "Not annotated"), so osint_entity_types drops them.

A name is infrastructure where an infrastructure noun (`entity_types/infra_nouns.txt`) follows it,
perhaps after capitalised words, numbers or modifiers (`entity_types/infra_modifiers.txt`: 'power',
'gas'); and, one thing per article, so is every other mention of that name in the article ('the
Nord Vessa attacks' after 'the Nord Vessa pipelines').
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from osint_graph.nlp.rules import words

INFRA_NOUNS = words("entity_types/infra_nouns")
INFRA_MODIFIERS = words("entity_types/infra_modifiers")
STATES = ("COUNTRY",)  # 'Finland gas pipeline': a state is never infrastructure


def names_infrastructure(ent: Span) -> bool:
    """An infrastructure noun follows the name, within five capitalised, numeric or modifier words."""
    doc = ent.doc
    j = ent.end
    while (
        j < len(doc)
        and j - ent.end < 5
        and (doc[j].text[:1].isupper() or doc[j].like_num or doc[j].text == "-" or doc[j].lower_ in INFRA_MODIFIERS)
    ):
        j += 1
    return j < len(doc) and doc[j].lower_ in INFRA_NOUNS and ent.label_ not in STATES


def bare_name(ent: Span) -> str:
    """The name without a leading 'the' ('the Nord Vessa 1' and 'Nord Vessa 1' are one name)."""
    return ent[1:].text if len(ent) > 1 and ent[0].lower_ == "the" else ent.text


def infrastructure_names(doc: Doc) -> frozenset[str]:
    """The names of the article that some mention shows to be infrastructure."""
    return frozenset(bare_name(e) for e in doc.ents if names_infrastructure(e))
