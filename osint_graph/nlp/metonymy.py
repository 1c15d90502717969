"""When a capital stands for its government (metonymy): 'Pyongyang denied' -> North Korea, 'supplied
missiles to Moscow' -> Russia; 'a factory east of Moscow', 'the tanker left Maputo' stay places.

Reads the dependency parse around the capital's span; the words are data under
`sources/rules/entity_types/` (and `context/voyage_object_verbs.txt`).
"""

from __future__ import annotations

from spacy.tokens import Span

from osint_graph.nlp.rules import words

GEOGRAPHIC_PREPS = words("entity_types/geographic_preps")
TRANSFER_WORDS = words("entity_types/transfer_words")
STANCE_NOUNS = words("entity_types/stance_nouns")
MEASURE_NOUNS = words("entity_types/measure_nouns")
# words of a government standing for the state before them: "Seoul officials"
GOVERNMENT_NOUNS = words("entity_types/government_nouns")
# dependencies of a capital that stands for its government: subject, object, possessor
METONYMY_DEPS = words("entity_types/metonymy_deps")
VOYAGE_OBJECT_VERBS = words("context/voyage_object_verbs")
# "a blow to Moscow", "threats from Tehran", "support for Kyiv": a relation to a government
RELATION_WORDS = words("entity_types/relation_words")
# "Tehran-backed", "Moscow-led": a government's doing, not a place
STATE_PARTICIPLES = words("entity_types/state_participles")


def _measure_subject(verb) -> bool:
    """A verb whose subject is a measure ('pressure is mounting on X', 'sanctions were imposed on X')."""
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in MEASURE_NOUNS for c in verb.children
    )


def is_metonymic(span: Span) -> bool:
    """A capital standing for its government: subject, object or possessor; not a place someone is in."""
    root = span.root
    if root.dep_ == "appos" and root.head.lemma_.lower() in ("capital", "city", "town", "port"):
        return False  # "the country's capital, Pyongyang": the place
    if root.dep_ == "dobj" and root.head.lemma_.lower() in VOYAGE_OBJECT_VERBS:
        return False  # "the tanker left Maputo": the place it left
    if root.dep_ in METONYMY_DEPS:
        if root.dep_ == "conj" and root.head.dep_ == "pobj" and root.head.head.lower_ in GEOGRAPHIC_PREPS:
            return False
        return True
    if root.dep_ == "pobj":
        prep = root.head
        gov = prep.head
        glemma = gov.lemma_.lower()
        if prep.lower_ in ("by", "against", "between"):
            return True
        if prep.lower_ == "with" and gov.pos_ in ("VERB", "NOUN"):
            return True
        if prep.lower_ == "from" and glemma in TRANSFER_WORDS:
            return True  # "weapons received from Pyongyang"
        if prep.lower_ == "to" and glemma in TRANSFER_WORDS:
            return True  # "supplied missiles to Moscow"
        if prep.lower_ == "of" and glemma in STANCE_NOUNS:
            return True  # "the policy of Seoul"
        if prep.lower_ == "on" and (glemma in MEASURE_NOUNS or _measure_subject(gov)):
            return True  # "sanctions on Tehran", "pressure is mounting on Ankara"
        if prep.lower_ in ("to", "from", "for") and (glemma in RELATION_WORDS or gov.lower_ in RELATION_WORDS):
            return True  # "a blow to Moscow", "threats from Tehran", "tied to Tehran"
        return False
    if root.dep_ in ("compound", "amod", "npadvmod", "nmod"):
        head = root.head
        if span.end < len(span.doc) and span.doc[span.end].text == "-":
            # "Tehran-backed militias" is the government's doing; "Seoul-based" a place
            return span.end + 1 < len(span.doc) and span.doc[span.end + 1].lower_ in STATE_PARTICIPLES
        return head.lower_ in GOVERNMENT_NOUNS
    return False
