"""The main-clause subject a pronoun speaker points back to ("he", "it", "they" said).

No pipeline component of its own: `DocumentSources.corefer` (source_context.py) asks these
functions first, before the source cited last. A reader takes a pronoun subject for the subject
of the main clause just before it -- in its own sentence or the one before -- when that subject
agrees with it (a person for "he"/"she", a body, outlet or state for "it", a plural for "they"),
whatever source the article cited last:

- "Varga, the head of the union, praised the crew. “C,” she said" -> Varga (`person_subject_before`);
- "The Karsk Navy said A. The Varnel Council rejected the claim. It said B" -> the Varnel Council,
  also when the subject names its body through a phrase ("A statement from Orvik Lines said A. “B,”
  it said" -> Orvik Lines) (`body_subject_before`);
- "The Varnelis have attacked ships. They say ..." -> the Varnelis; "Varnian officials have yet to
  respond. They maintain that C" -> Varnia (an unnamed plural subject resolved as a source phrase
  is, when it names a state or body, `plural_subject_before`).

Only the NEAREST main-clause subject counts for "it" and "they": a subject that does not agree
(a ship, "the seizure", a pronoun) leaves the decision to the sources cited before. It reads the
parse and the entity index of the `DocumentSources` it is given; it writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from osint_graph.nlp.pronoun_gender import agrees
from osint_graph.nlp.rules import words
from osint_graph.nlp.syntax import subtree

if TYPE_CHECKING:  # source_context imports this module
    from osint_graph.nlp.source_context import DocumentSources, Source

PLURAL_SUBJECT_LABELS = ("ORG", "NORP", "COUNTRY", "GPE")  # a named group "they" may point back to
BODY_SUBJECT_LABELS = ("ORG", "OUTLET", "COUNTRY")  # what "it" may point back to, as a source
CLOSING_QUOTES = ("”", '"', "»", "''")
OPENING_QUOTES = ("“", '"', "«", "``")
PERSON_NOUNS = words("attribution/person_nouns")
ORG_NOUNS = words("attribution/org_nouns")
REPORT_VERBS = words("common/report_verbs")


def quote_start(doc, head: Token) -> int:
    """Where the quotation a frame closes opens ("“A. B,” she said": the mark before A), in the frame's
    paragraph; the frame's own position when no closing mark stands just before it."""
    i = head.i - 1
    while i >= 0 and (doc[i].is_space or (doc[i].is_punct and doc[i].text not in CLOSING_QUOTES)):
        i -= 1
    if i < 0 or doc[i].text not in CLOSING_QUOTES:
        return head.i
    for j in range(i - 1, -1, -1):
        if "\n" in doc[j].text:
            return head.i
        if doc[j].text in OPENING_QUOTES:
            return j
    return head.i


def main_subjects(ctx: DocumentSources, head: Token, passive: bool = False) -> Iterator[Token]:
    """The subjects of main clauses before `head`, nearest first, in its sentence and the one before;
    a quotation the frame closes is left out and counts as one sentence (“A. B,” she said: the
    sentence before A)."""
    start = quote_start(ctx.doc, head)
    here = ctx.segment_of(start)
    before = None  # the sentence before: the nearest segment with a word (not a stray closing mark)
    deps = ("nsubj", "nsubjpass") if passive else ("nsubj",)
    for t in reversed(ctx.doc[:start]):
        seg = ctx.segment_of(t.i)
        if seg < here and before is None and t.is_alpha:
            before = seg
        if seg < here and before is not None and seg < before:
            return
        if t.dep_ in deps and t.head.dep_ == "ROOT":
            yield t


def person_subject_before(ctx: DocumentSources, head: Token) -> Source | None:
    """The person named as the subject of the main clause just before "he"/"she": in its sentence or
    the one before, the nearest whose given name agrees with the pronoun ("Varga, the head of the
    union, praised the crew. “C,” she said" -> Varga; also a name inside the subject's phrase, "PCG
    spokesperson Rear Admiral Ola Brenn"); a name the entity pipeline took for an organisation after
    a person's title noun ("AKT chairman Ismo Varg apologized. He said") is that person. An unnamed
    person who spoke in that clause ("A Tolm Lines representative said C. He said D") is the
    speaker: his phrase resolved on the ladder (a body, or a generic source the chain leaves out).
    Else None: the speaker cited last decides."""
    for t in main_subjects(ctx, head):
        phrase = subtree(t, skip=("relcl", "acl", "punct", "prep"))
        appos = [c for c in t.children if c.dep_ == "appos"]
        for x in [t, *appos] + [x for x in phrase if x.i != t.i and x not in appos]:  # the head's own name first
            ent = ctx.ent_at[x.i]
            if ent is None or not agrees(head.lower_, ent.text):
                continue  # "Tomas Varga said C. “D,” she said": not Tomas (`pronoun_gender.py`)
            if ent.label_ == "PERSON" or (ent.label_ == "ORG" and x.i == t.i and _after_person_title(ent)):
                return ctx.source_from_ent(ent, None)
        if (
            t.pos_ == "NOUN"
            and t.tag_ == "NN"
            and t.lemma_.lower() in PERSON_NOUNS
            and t.head.lemma_.lower() in REPORT_VERBS
        ):
            src = _subject_source(ctx, t, None)
            if src is not None and not src.plural:
                return src
    return None


def _after_person_title(ent) -> bool:
    """Is the name preceded by a person's title noun in lower case ("chairman Ismo Varg")?"""
    if ent.start == 0 or len(ent) < 1:
        return False
    before = ent.doc[ent.start - 1]
    return before.is_lower and before.lemma_.lower() in PERSON_NOUNS


def _subject_source(ctx: DocumentSources, t: Token, verb: str | None) -> Source | None:
    """The source a main-clause subject names: its entity, else its phrase resolved on the ladder."""
    ent = ctx.ent_at[t.i]
    if ent is not None:
        return ctx.source_from_ent(ent, None)
    resolve = getattr(ctx, "resolve", None)  # the ladder (source_resolution.AttributionContext)
    found = resolve(subtree(t, skip=("relcl", "acl", "punct")), verb) if resolve is not None else None
    return found[0] if found else None


def body_subject_before(ctx: DocumentSources, head: Token) -> Source | None:
    """The body, outlet or state the nearest main-clause subject before "it" names ("The Varnel Council
    rejected the claim. It said C" -> the Varnel Council), else None. Only for "it" as a subject: an
    object "it" is not its own clause's subject ("Nordic Daily had reported about it")."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for t in main_subjects(ctx, head):
        if t.pos_ == "PRON" or t.lemma_.lower() in PERSON_NOUNS:
            return None  # "It said A. It added B", "the official": the source cited last decides
        src = _subject_source(ctx, t, None)
        if src is None or src.generic or src.person_like or src.label not in BODY_SUBJECT_LABELS:
            return None  # also a name the entity pipeline did not tag ("Fire broke out. ... it said")
        return src
    return None


def plural_subject_before(ctx: DocumentSources, head: Token) -> Source | None:
    """The plural subject of the nearest main clause before "they" in its sentence or the one before:
    a named group ("The Varnelis have attacked ships since May. They say ..."; also the name in
    apposition, "The ship's owners, Karsk Lines, ... they"), or an unnamed plural of people or bodies
    resolved as a source phrase to a state or body ("Varnian officials have yet to respond. They
    maintain" -> Varnia; not "analysts" or "the ship's owners", who name none); else None."""
    for t in main_subjects(ctx, head, passive=True):
        if not plural_name(t):
            continue
        for x in [t] + [c for c in t.children if c.dep_ == "appos"]:
            ent = ctx.ent_at[x.i]
            if ent is not None and ent.label_ in PLURAL_SUBJECT_LABELS:
                return ctx.source_from_ent(ent, None)
        if t.pos_ == "NOUN" and t.tag_ == "NNS" and (t.lemma_.lower() in PERSON_NOUNS or t.lemma_.lower() in ORG_NOUNS):
            src = _subject_source(ctx, t, None)
            if src is not None and not src.generic:  # "the ship's owners", "analysts": the sources cited decide
                return src
    return None


def plural_name(tok: Token) -> bool:
    """A plural noun, or a name the tagger reads as singular though plural ("the Houthis", "the Varnelis")."""
    if tok.tag_ in ("NNS", "NNPS"):
        return True
    return tok.tag_ == "NNP" and tok.lower_.endswith("s") and any(c.lower_ == "the" for c in tok.children)
