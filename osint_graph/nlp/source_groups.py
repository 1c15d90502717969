"""Armed groups as sources: "the group", "the militants", "a Karsk Front official" -> the group named.

No pipeline component of its own: `named_group` is a rule of the source-resolution ladder
(`source_resolution.LADDER`), asked before coreference. It reads the entity index and the
gazetteer of `DocumentSources` and the parse; it writes nothing on the Doc.

News prose names an armed group once ("the Karsk Fronts attacked the ship") and then describes it
("the group said", "the militants have said", "a spokesman for the group's armed forces said") or
names its members, or its statements, by the group's word ("Karsk Front officials", "a Karsk Front
spokesman", "a Karsk Front statement said"). A
careful reader takes all of these for the group. The coreference of `source_context` looks only at
the sources cited so far, so "the group" went to the body or company cited last (often the navy
that reported the attack). Which organisations are armed groups is the gazetteer's `kind`
(`sources/rules/attribution/group_kinds.txt`); the describing nouns are
`sources/rules/attribution/group_nouns.csv`.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from osint_graph.model import Attribution
from osint_graph.nlp.rules import table, words
from osint_graph.nlp.source_context import PERSON_NOUNS, DocumentSources, Source
from osint_graph.nlp.statement_issuer import STATEMENT_NOUNS
from osint_graph.nlp.subject_antecedent import main_subjects
from osint_graph.nlp.syntax import ext, tokens_of

# noun -> whether the armed group must be the organisation named nearest before it ("the group")
GROUP_NOUNS = {row["noun"]: row.yes("nearest") for row in table("attribution/group_nouns")}
GROUP_KINDS = words("attribution/group_kinds")
WINDOW = 4  # sentences back: "the group" points to a group named in the recent account, not the lede
DEFINITE = ("the", "this", "that")


def _entry(ctx: DocumentSources, name: str):
    """The gazetteer's armed group a name stands for ("Houthi" for "Houthis"), or None."""
    if not name:
        return None
    for variant in (name, name + "s", name.rstrip("s")):
        entry = ctx.lookup(variant, "Organization")
        if entry is not None and entry.attributes.get("kind", "").strip().lower() in GROUP_KINDS:
            return entry
    return None


def group_of_token(ctx: DocumentSources, tok: Token, verb: str | None) -> Source | None:
    """The armed group a capitalised token names, by its entity or its own word, as a source."""
    if not tok.text[:1].isupper():
        return None
    ent = ctx.ent_at[tok.i]
    names = [str(ext(ent, "canonical") or ent.text), ent.text] if ent is not None else []
    entry = next((e for e in (_entry(ctx, n) for n in names + [tok.text]) if e is not None), None)
    if entry is None:
        return None
    named = next((e for e in ctx.ents if e.label_ == "ORG" and ext(e, "entity_id") == entry.id), None)
    if named is not None:
        return ctx.source_from_ent(named, verb)  # the group as the text names it
    return Source(Attribution(entry.name, entry.id, verb), "ORG", entry.name.lower(), plural=True)


def last_group(ctx: DocumentSources, before: int, nearest: bool, verb: str | None) -> Source | None:
    """The armed group named last before token `before`, within WINDOW sentences; with `nearest`,
    only when no other organisation or outlet was named after it."""
    tk = tokens_of(ctx.doc)
    here = ctx.segment_of(before)
    for k in range(before - 1, -1, -1):
        if ctx.segment_of(k) < here - WINDOW:
            return None
        found = group_of_token(ctx, tk[k], verb)
        if found is not None:
            return found
        ent = ctx.ent_at[k]
        if nearest and ent is not None and ent.label_ in ("ORG", "OUTLET"):
            return None  # "shipping group Velmora ... the group said": the company
    return None


def subject_group(ctx: DocumentSources, first: Token, verb: str | None) -> Source | None:
    """The armed group that is the subject of the nearest main clause before "the group" (in its
    sentence or the one before): "Houthi rebels have attacked ships since the Israel-Hamas war
    began. The group said" -> the Houthis, not the group named last in a modifier. None when that
    subject names no armed group (the organisation named last decides, `last_group`)."""
    for t in main_subjects(ctx, first):
        for x in [t] + [c for c in t.children if c.dep_ in ("compound", "amod")]:
            found = group_of_token(ctx, x, verb)
            if found is not None:
                return found
        return None
    return None


def _described(toks: Sequence[Token]) -> Token | None:
    """A definite group noun in the phrase: "the group", "the Iran-backed group's armed forces"."""
    for t in toks:
        if t.lemma_.lower() in GROUP_NOUNS and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in t.children):
            return t
    return None


def named_group(ctx: DocumentSources, toks: Sequence[Token], head: Token, ents: Sequence[Span],
                verb: str | None) -> list[Source] | None:  # fmt: skip
    """ "the group", "the militants", "Karsk Front officials": the armed group; None when not such a phrase.
    A statement noun takes the member word as a speaker does: "a Karsk Front statement said" is the group's
    (`attribution/statement_nouns.txt`)."""
    lemma = head.lemma_.lower()
    if lemma not in GROUP_NOUNS and lemma not in PERSON_NOUNS and lemma not in STATEMENT_NOUNS:
        return None  # "the group's rivals", "the posture of the Karsk Front boats": no speaker of the group
    if any(e.label_ in ("PERSON", "ORG", "OUTLET") and group_of_token(ctx, e[0], verb) is None for e in ents):
        return None  # a name of its own ("Karsk Front spokesman Tomas Varga") is that name's
    for t in toks:  # a member word on the speaker: "Karsk Front officials", "a Karsk Front spokesman"
        if t.i != head.i and (t.head.i == head.i or t.head.head.i == head.i):
            found = group_of_token(ctx, t, verb)
            if found is not None:
                return [found]
    desc = _described(toks)
    if desc is None:
        return None
    found = subject_group(ctx, toks[0], verb)
    if found is not None:
        return [found]
    found = last_group(ctx, toks[0].i, GROUP_NOUNS[desc.lemma_.lower()], verb)
    return [found] if found is not None else None
