"""A listed outlet named by its first word(s) alone where the registry leaves the short form out
because it is also a place or a common word ("Fars" for Fars News Agency, a province too): "the
Iranian news agency Fars said", and "Fars added" on a page that named the agency in full before.
The rest of the registry name must be an outlet's description only (common/outlet_name_words.txt
and context/news_modifiers.txt: "News Agency", "TV", "Daily"), so "Fars" never stands for a listed
body or company. Used by the outlet context rules (context/outlets.py), which decide where a short
name may stand: after an outlet noun, or as a reporting verb's subject once the full name is on the page.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from osint_graph.gazetteer import Gazetteer, normalise_name
from osint_graph.gazetteer_entry import GazetteerEntry
from osint_graph.nlp.rules import words

DESCRIPTION_WORDS = words("common/outlet_name_words") | words("context/news_modifiers")


@cache
def _short_forms(gazetteer: Gazetteer) -> dict[str, GazetteerEntry | None]:
    """{normalised short name: the one listed outlet it may stand for (None when several)}."""
    forms: dict[str, GazetteerEntry | None] = {}
    for entry in gazetteer.by_type("Outlet"):
        for name in (entry.name, *entry.aliases):
            parts = name.split()
            for cut in range(1, len(parts)):
                if all(w.lower() in DESCRIPTION_WORDS for w in parts[cut:]):
                    key = normalise_name(" ".join(parts[:cut]))
                    forms[key] = entry if forms.get(key, entry) is entry else None
    return forms


def fuller_outlet(gazetteer: Gazetteer, text: str) -> GazetteerEntry | None:
    """The listed outlet whose name is `text` and a description ('Fars' -> Fars News Agency)."""
    return _short_forms(gazetteer).get(normalise_name(text))


def named_in_full(ents: list[Span], entry: GazetteerEntry, before: int) -> bool:
    """Does an Outlet mention of `entry` (by its canonical name) stand on the page before token `before`?"""
    return any(e.label_ == "OUTLET" and e.end <= before and e._.canonical == entry.name for e in ents)
