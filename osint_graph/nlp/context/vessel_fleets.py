"""Ships named by their carrier line's prefix (issue 11): "the MSC Aries", "Maersk Hangzhou", "CMA CGM
Symi", "Ever Given", "ONE Apus".

A carrier line or owner that opens its ships' names with its own (context/fleet_prefixes.txt, case as
written), then one to three capitalised words: the whole is a ship's name, the prefix kept in it. The
words after the prefix may be a place's ("MSC Geneva", "Maersk Hangzhou"): lines name their ships after
places. Not a ship where the words are a company's ("MSC Cruises", "Maersk Line", "Stena Bulk": a body's
word among them, common/org_name_words, common/org_suffixes, context/fleet_not_name_words), a name a
source knows as another type, a short acronym ("BW LPG"), or inside a Title Case or capitals run (a
headline's "Have You Ever Seen", "LOSES ONE CONTAINER"); a Title Case verb after the name ends it ("Ever
Given Seized for Blocking ...").

Appends `Candidate`s of type Vessel; osint_context_rules spreads each to its other mentions.
"""

from __future__ import annotations

from spacy.tokens import Doc

from osint_graph.nlp.context.names import Candidate, NameContext, name_end
from osint_graph.nlp.context.registry import context_rule, trigger
from osint_graph.nlp.org_names import ORG_WORDS
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import sentence_bounds

FLEET_PREFIXES = words("context/fleet_prefixes")
FLEET_FIRST_WORDS = frozenset(p.split()[0] for p in FLEET_PREFIXES)
NOT_SHIP_WORDS = ORG_WORDS | words("context/fleet_not_name_words")


def _prefix_end(doc: Doc, i: int) -> int | None:
    """Where the fleet prefix starting at token i ends ('CMA CGM' is two tokens), None if none does."""
    for prefix in FLEET_PREFIXES:
        parts = prefix.split()
        if doc[i : i + len(parts)].text == prefix and i + len(parts) <= len(doc):
            return i + len(parts)
    return None


def _in_a_run(doc: Doc, i: int, first: int) -> bool:
    """Token i follows a capitalised word inside the sentence ('Have You Ever Seen', 'SHIP LOSES ONE'):
    a Title Case or capitals line, where every word is capitalised and the prefix may be a plain word."""
    if i == first:
        return False
    before = doc[i - 1]
    return before.is_alpha and before.text[:1].isupper() and not before.is_sent_start and before.lower_ != "the"


trigger("FLEET_PREFIX", attr="TOKEN", text=lambda text: text in FLEET_FIRST_WORDS)


@context_rule("FLEET_PREFIX", order=148)
def fleet_prefixed_ship(ctx: NameContext, doc: Doc, i: int, end: int, cands: list[Candidate]) -> None:
    """'the MSC Aries and the MSC Veronique skipped their calls', 'Ever Given ran aground'."""
    after = _prefix_end(doc, i)
    if after is None:
        return
    first, limit = sentence_bounds(doc[i])
    stop = name_end(doc, after, limit, max_len=3)
    if stop == after or _in_a_run(doc, i, first):
        return
    # a headline's verb after the name ends it: 'Ever Given Seized for Blocking ...'
    stop = next((k for k in range(after + 1, stop) if doc[k].tag_ in ("VBD", "VBN", "VBZ")), stop)
    name = doc[after:stop]
    if any(t.lower_ in NOT_SHIP_WORDS for t in name) or name[0].ent_type_ in ("DATE", "TIME", "CARDINAL"):
        return  # 'MSC Cruises', 'Maersk Line', 'Stena Bulk'; 'ONE Monday'
    if len(name) == 1 and name.text.isupper() and len(name.text) <= 3:
        return  # 'BW LPG': an acronym, a company's line of business
    if stop < limit and doc[stop].is_alpha and doc[stop].text.isupper() and len(doc[stop]) > 1:
        return  # a line in capitals: 'LOSES ONE CONTAINER SHIP'
    span = doc[i:stop]
    if ctx.known_types(span.text) - {"Vessel"} or ctx.is_place_or_people(span):
        return  # 'COSCO Shipping', 'Evergreen Line': the sources know the company
    cands.append(Candidate(i, stop, "Vessel", "fleet-prefix"))
