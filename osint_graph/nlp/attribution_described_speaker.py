"""A closing frame whose speaker is a name with its description after it (issue 12, thirty-second round).

"Gunmen boarded the Tern Vale off Karsk, Tarvik Lines, the company that operates the vessel, said in a
statement." / "..., Tarvik Lines, the Norwegian company operating the vessel said on Monday." / "...,
Brenn Ship Management, the technical managers of the tanker said.": the writer names the speaker and
describes it in apposition before the verb. The parse cuts the sentence at the commas, so the name
stands alone in a chunk of its own and the frame's subject is only the description ("the company that
operates the vessel"), which names no one: the sentence kept no source, or the name was read as a
word of the claim. Called by `TrailingFrames._frame_chunk` (`attribution_trailing.py`), which peels
the frame.

The name speaks when all of these hold:

- the chunk just before the frame's chunk is a name and nothing else: at most `NAME_WORDS` words,
  no verb, every word inside an organisation's or a person's name;
- the frame's subject (the chunk of the description, when the frame's verb stands alone after it) is
  a description, not a back-reference: it opens with a determiner ("the", "a", "its") and its head
  noun is a noun a company, body or person is called by (`attribution/company_nouns.txt`,
  `org_nouns.txt`, `person_nouns.txt`: "company", "owner", "operator", "managers", "agency"), and it
  says more than the bare noun ("the company" alone points back to a company named before: the
  ladder resolves it);
- the frame's own speaker words resolved to no named source ("the company that operates the
  vessel" is generic).

Not a list ("... carried by Kestrel Offshore and Varn Lines, the company said": "the company" is bare)
and not a name that ends the claim's own words before a bare back-reference.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from osint_graph.nlp.source_context import COMPANY_NOUNS, COREF_DETS, ORG_NOUNS, PERSON_NOUNS, Source, kind_lemma
from osint_graph.nlp.source_resolution import AttributionContext
from osint_graph.nlp.syntax import np_head, tokens_of

DESCRIBED_NOUNS = COMPANY_NOUNS | ORG_NOUNS | PERSON_NOUNS
DETERMINERS = COREF_DETS | {"a", "an", "its"}  # "the company that ...", "a Norwegian firm", "its operator"
NAME_WORDS = 6  # words of the name chunk
NAMED_LABELS = ("ORG", "PERSON")
# what makes a description more than a bare back-reference: a word on its head noun
DESCRIBING_DEPS = ("amod", "compound", "prep", "acl", "relcl")


def is_description(toks: Sequence[Token]) -> bool:
    """Is `toks` a description of a speaker ("the company that operates the vessel", "the Norwegian
    company operating the vessel", "the technical managers of the tanker"), not a bare "the company"?"""
    toks = [t for t in toks if not (t.is_space or t.is_punct)]
    if len(toks) < 3 or toks[0].lower_ not in DETERMINERS:
        return False
    head = np_head(toks)
    if kind_lemma(head) not in DESCRIBED_NOUNS or head.ent_type_:
        return False
    return any(c.dep_ in DESCRIBING_DEPS for c in head.children)


def named_chunk(doc: Doc, ents_at: Sequence, s: int, t: int) -> bool:
    """Is the chunk [s, t) a name alone (an organisation or a person), no verb, at most NAME_WORDS words?"""
    toks = [x for x in tokens_of(doc)[s:t] if not (x.is_space or x.is_punct)]
    if not toks or len(toks) > NAME_WORDS or any(x.pos_ in ("VERB", "AUX") for x in toks):
        return False
    return all(ents_at[x.i] is not None and ents_at[x.i].label_ in NAMED_LABELS for x in toks)


def described_speaker(
    ctx: AttributionContext,
    description: Sequence[Token],
    srcs: list[Source],
    name_chunk: tuple[int, int] | None,
    verb: str,
) -> tuple[list[Source], int] | None:
    """(the named speaker's sources, the name chunk's start) when the frame's speaker words
    `description` describe the name of the chunk before (module docstring), else None."""
    if name_chunk is None or any(not s.generic for s in srcs) or not is_description(description):
        return None
    ns, nt = name_chunk
    if not named_chunk(ctx.doc, ctx.ent_at, ns, nt):
        return None
    named = ctx.resolve(tokens_of(ctx.doc)[ns:nt], verb)
    if not named or all(s.generic for s in named):
        return None
    return named, ns
