"""Is a name shown speaking in its sentence: the subject of a reporting verb, or of a verb naming a
thing "as" something, itself or through the noun it is a word of ("Ola Brenn, chief executive of X,
said": X speaks through its people). Used by the source look-ups that pair a description ("the
company said") with a body named near it (`source_ahead`, `source_context`): a body only named there
("A Grimaldi ship sank") is not the one the description means."""

from __future__ import annotations

from spacy.tokens import Span, Token

from osint_graph.nlp.attribution_verbs import NAMING_AS_VERBS, is_report_verb

NAME_LINKS = ("compound", "appos", "flat", "poss", "nmod", "amod")  # a name's way up to the noun that speaks
OF_PREPS = ("of", "for")  # "chief executive of X", "a spokesman for X": X speaks through its people


def speaks_next(ent: Span) -> bool:
    """`shown_speaking`, or the body of the people who speak: "Investigators with the X Board reported"."""
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ == "with" and root.head.head.dep_ == "nsubj":
        return is_report_verb(root.head.head.head)
    return shown_speaking(ent)


def shown_speaking(ent: Span) -> bool:
    """Is the name (or the noun it is a word of) the subject of a reporting verb, or of a verb naming a
    thing "as" something ("Karsk Gov. Tomas Orell identified the vessel as the Morrow Gull": his statement)?"""
    tok = ent.root
    while tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ in OF_PREPS and tok.head.head.pos_ == "NOUN":
            tok = tok.head.head  # "Ola Brenn, chief executive of X, said": X's chief speaks for it
        elif tok.dep_ in NAME_LINKS:
            tok = tok.head
        else:
            break
    return tok.dep_ == "nsubj" and (is_report_verb(tok.head) or _names_as(tok.head))


def _names_as(verb: Token) -> bool:
    """A verb of `naming_as` (`attribution/verb_frames.csv`) with its "as": "identified the vessel as X"."""
    return verb.lemma_.lower() in NAMING_AS_VERBS and any(c.lower_ == "as" for c in verb.children)
