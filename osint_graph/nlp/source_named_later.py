"""A speaker described first and named later: "the port's chief executive said C" in the lead, "CEO
Tom Varga told Wirewatch" two paragraphs on; "the captain said C" and later "the vessel's captain,
Ola Brenn, told ..."; "Karsk's defence minister says C" and later "Defence Minister Ivo Tamm said".

A news story often opens with the speaker's role and names him further down. A reader takes the
role for the person the article names with that same role, when no one of that role was named
before (then the description points back: `DocumentSources.titled_person_before`). Only a DEFINITE
description ("the captain", "the port's chief executive", "its director") -- an indefinite "a
spokesman said" is a new, unnamed speaker (GUIDELINES: "A bare 'a spokesman said'"). The role
matches when its head noun (or a word an abbreviation stands for,
`attribution/role_abbreviations.csv`: "CEO" is a chief executive officer) stands among the title
words right before the later name or in the apposition right after it ("Ola Brenn, the captain").
One rung of the source ladder (`source_resolution.LADDER`, before `coreference`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from osint_graph.nlp.rules import table, words
from osint_graph.nlp.source_context import PERSON_NOUNS, TITLE_WINDOW, Source

if TYPE_CHECKING:
    from osint_graph.nlp.source_phrase import NounPhrase

# sentences ahead where the article may name the speaker it described: as far as a source named
# ahead reaches (source_ahead.AHEAD_REACH), no further ("named too far on" stays unsourced)
FORWARD_REACH = 3
APPOSITION_REACH = 8  # words after the name that may hold its role ("Ola Brenn, the ship's captain,")
# "CEO" -> chief executive officer: the words an abbreviated title stands for
ROLE_ABBREVIATIONS = {
    row["abbreviation"].lower(): set(row["words"].split()) for row in table("attribution/role_abbreviations")
}
# roles a reader never takes for one person named later: several people hold them at once
PLAIN_ROLES = words("attribution/named_later_plain_roles")
ROLES = PERSON_NOUNS | words("attribution/named_later_roles")
DEFINITE = ("the", "its", "his", "her", "their")
REPORT_VERBS = words("common/report_verbs")  # "said", "told": the clause's verb ends the title before a name


def _role_words(toks) -> set[str]:
    """The lemmas of title words, an abbreviation also as the words it stands for."""
    out: set[str] = set()
    for t in toks:
        low = t.lower_.strip(".")
        out.add(t.lemma_.lower())
        out.add(low)
        out |= ROLE_ABBREVIATIONS.get(low, set())
    return out


def _definite(np: NounPhrase) -> bool:
    first = np.toks[0]
    if first.lower_ in DEFINITE:
        return True
    return any(c.dep_ == "poss" for c in np.head.children)


def _title_before(doc, start: int) -> list:
    """The title words right before a name ("the vessel's captain and commanding officer" of "...
    Sune Lund"): back to a verb, a clause mark or TITLE_WINDOW words."""
    out = []
    for t in reversed(doc[max(0, start - TITLE_WINDOW) : start]):
        if (
            t.is_punct
            or t.is_space
            or "\n" in t.text
            or t.lower_ == "that"
            or t.lemma_.lower() in REPORT_VERBS
            or (t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound"))
        ):
            break
        out.append(t)
    return out


def _apposition_after(doc, end: int) -> list:
    """The apposition right after a name ("Ola Brenn, the ship's captain,"), up to its closing mark."""
    if end >= len(doc) or doc[end].text != ",":
        return []
    out = []
    for t in doc[end + 1 : end + 1 + APPOSITION_REACH]:
        if t.is_punct and t.text != "'s" or "\n" in t.text:
            break
        out.append(t)
    return out


def _speaks(ent) -> bool:
    """The person is the subject of a reporting verb ("CEO Tom Varga told ...", "Ola Brenn, the captain, said")."""
    root = ent.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in REPORT_VERBS


def named_later(np: NounPhrase) -> list[Source] | None:
    """The person the article names later with the role of a definite, unnamed description, else None."""
    head = np.head
    if np.lemma not in ROLES or np.lemma in PLAIN_ROLES or np.plural or not _definite(np):
        return None
    if any(e.label_ == "PERSON" for e in np.ents) or head.text[:1].isupper():
        return None
    ctx = np.ctx
    if ctx.titled_person_before(head) is not None:
        return None  # "the captain" after "Captain Ola Brenn": the description points back
    doc = ctx.doc
    here = ctx.segment_of(head.i)
    end = max(t.i for t in np.toks)
    for pos, ent in ctx.persons:
        if pos <= end:
            continue
        if ctx.segment_of(pos) > here + FORWARD_REACH:
            return None
        if not _speaks(ent):
            continue  # named, but says nothing: no frame the description could stand for
        if np.lemma in _role_words(_title_before(doc, ent.start)) | _role_words(_apposition_after(doc, ent.end)):
            return [ctx.source_from_ent(ent, np.verb)]
    return None
