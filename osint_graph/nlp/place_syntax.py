"""A name the statistical model read as a person or a body, which the sentence puts where a place
goes: the place (GUIDELINES, Location; issue 11, places on unseen prose).

The small model reads many one-word places it has not seen as people or organisations ("off the
coast of Varnmoor", "in the vicinity of Kesmar", "taken to Tollo", "Brennport, Kesmar —"); the
learned filter then drops them as people no source knows. The parse says what they are: the object
of a locative preposition (`entity_types/locative_preps.txt`; "in"/"into" only on a verb or a proper
name, `locative_preps_verbal.txt`), of "to"/"from" under a verb or noun of motion
(`motion_preps.txt`, `motion_heads.txt`, the voyage verbs of the port rules), of "of" under a place
noun or a direction ("the coast of X", "north of X": `place_of_heads.txt`), or a name set off by a
comma after a place ("Brennport, Kesmar"). A name the sources know as a person, body, outlet or
ship, or one with an organisation's word ("Varn Shipping"), is never read so.
"""

from __future__ import annotations

from spacy.tokens import Span

from osint_graph.gazetteer import Gazetteer
from osint_graph.nlp.legal_forms import is_legal_form
from osint_graph.nlp.rules import words

LOCATIVE_PREPS = words("entity_types/locative_preps")
VERBAL_PREPS = words("entity_types/locative_preps_verbal")
MOTION_PREPS = words("entity_types/motion_preps")
MOTION_HEADS = (
    words("entity_types/motion_heads")
    | words("context/port_verbs")
    | words("context/cargo_voyage_verbs")
    | words("context/port_object_nouns")
)
PLACE_OF_HEADS = words("entity_types/place_of_heads")
TITLE_WORDS = words("common/title_words")
ORG_WORDS = words("common/org_name_words") | words("common/org_suffixes")
NOT_PLACE_TYPES = frozenset({"Person", "Organization", "Outlet", "Vessel", "Weapon"})
# the model's labels (and ours) of a place before the comma of "Brennport, Kesmar"
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "PORT", "LOCATION", "COUNTRY"})
MAX_TOKENS = 3


def _name_shaped(span: Span, gazetteer: Gazetteer) -> bool:
    """A short proper name with no organisation's word, which the sources know as nothing but a place."""
    if len(span) > MAX_TOKENS or not all(t.is_alpha and t.text[:1].isupper() for t in span):
        return False
    before = span.doc[span.start - 1] if span.start else None
    if before is not None and before.text == "The" and not before.is_sent_start:
        return False  # 'documented in The Tern Files': a work's title
    if any(t.lower_ in ORG_WORDS or is_legal_form(t.text) for t in span):
        return False
    return not gazetteer.types_of(span.text) & NOT_PLACE_TYPES


def _object_of_place_prep(span: Span) -> bool:
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:  # 'between Tollo and Brenn'
        root = root.head
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if any(t.is_punct for t in span.doc[prep.i + 1 : span.start]):
        return False  # 'In Tollo, Ola Brenn said': the name is no part of the place phrase
    word, head = prep.lower_, prep.head
    if word in LOCATIVE_PREPS:
        return True
    if word in VERBAL_PREPS:
        return head.pos_ in ("VERB", "AUX", "PROPN")
    if word in MOTION_PREPS:
        return head.lemma_.lower() in MOTION_HEADS or head.lower_ in MOTION_HEADS
    return word == "of" and head.lemma_.lower() in PLACE_OF_HEADS


def _after_place(span: Span) -> bool:
    """'Brennport, Kesmar —', 'Tollo Bay, Kesmar.': one word after a place and a comma, closing the
    phrase (not a person's name after an office's place, 'the governor of Tollo, Ola Brenn, said';
    not a title, 'Sector Tollo, Cmdr. Brenn')."""
    doc = span.doc
    if len(span) > 1 or span[0].lower_.rstrip(".") in TITLE_WORDS:
        return False
    if span.start < 2 or doc[span.start - 1].text != "," or doc[span.start - 2].ent_type_ not in PLACE_LABELS:
        return False
    return span.end == len(doc) or doc[span.end].is_punct or doc[span.end].is_space


def locative_place(span: Span, gazetteer: Gazetteer) -> bool:
    """Whether a name the model read as a person or a body stands where the sentence puts a place."""
    return _name_shaped(span, gazetteer) and (_object_of_place_prep(span) or _after_place(span))
