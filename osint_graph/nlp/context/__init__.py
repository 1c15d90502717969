"""The context rules (component osint_context_rules), one module per family of names.

Importing the package registers every family's triggers and rules, then the component.
"""

from osint_graph.nlp.context import (  # noqa: F401
    naval_bases,
    org_sentence_cues,
    organizations,
    outlet_possessives,
    outlet_shapes,
    outlets,
    people,
    places,
    vessel_coordination,
    vessel_cues,
    vessel_fleets,
    vessel_forms,
    vessel_name_tails,
    vessel_on_board,
    vessel_operator_possessive,
    vessel_patterns,
    vessel_predicates,
    vessel_relations,
    vessels,
    weapon_calibres,
    weapon_named,
    weapon_shapes,
    weapon_titles,
    weapons,
)
from osint_graph.nlp.context.component import ContextRules

__all__ = ["ContextRules"]
