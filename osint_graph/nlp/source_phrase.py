"""A source noun phrase as the source ladder reads it (`source_resolution.py`).

`noun_phrase` trims a phrase's edge punctuation, adverbs and conjunctions and finds its head and
the entities that can be sources; `NounPhrase` carries them with the state the phrase names
(computed once, on demand). `speaking_state` and `unnamed_tokens` are read by the rules for
named and unnamed speakers alike.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from osint_graph.model import Attribution
from osint_graph.nlp.rules import words
from osint_graph.nlp.source_context import PERSON_NOUNS, SOURCE_LABELS, Source
from osint_graph.nlp.source_names import MARKET_NOUNS, state_in
from osint_graph.nlp.syntax import np_head

if TYPE_CHECKING:
    from osint_graph.nlp.source_resolution import AttributionContext

# where a source posts ("on Telegram"): never an origin
PLATFORMS = words("attribution/platforms")
# a weekday or month in a speaker's phrase dates the statement ("U.S. officials on Friday told ..."): no name
CALENDAR_NAMES = words("common/weekdays") | words("common/months")
# "The official, speaking on condition of anonymity, said": the plea is no part of who speaks
ANONYMITY_WORDS = words("attribution/anonymity_words")


@dataclass
class NounPhrase:
    """A source noun phrase and what the rules read of it (computed once, on demand)."""

    ctx: AttributionContext
    toks: list[Token]
    verb: str | None
    head: Token
    ents: list[Span]
    lemma: str
    _state: tuple | None = field(default=None, repr=False)

    @property
    def plural(self) -> bool:
        return self.head.tag_ in ("NNS", "NNPS")

    @property
    def person_like(self) -> bool:
        return self.lemma in PERSON_NOUNS and not self.plural

    def state_in(self) -> tuple[tuple[str, str] | None, set[int]]:
        """The state the phrase names (by name, capital or demonym) and the tokens naming it."""
        if self._state is None:
            self._state = state_in(self.ctx, self.toks, self.ents)
        return self._state

    def source(self, name: str, entity: str | None, label: str | None, **kw) -> Source:
        return Source(Attribution(name, entity, self.verb), label, self.lemma, **kw)


Rule = Callable[[NounPhrase], "list[Source] | None"]


def not_a_source_name(ent: Span) -> bool:
    """An entity that cannot be a speaker: a platform ("videos shared on Telegram") or a capitalised
    common word the entity pipeline took for a name ("Sources in the agency reported")."""
    if ent.text.lower() in PLATFORMS:
        return True
    if (
        ent.label_ not in ("ORG", "OUTLET")
        or len(ent) != 1
        or ent.root.pos_ == "PROPN"
        or not (ent.text.isalpha() and ent.text[1:].islower())
    ):
        return False
    if ent._.canonical and ent._.canonical != ent.text:
        return False  # 'Fars added': a listed outlet's short name the page gave in full ('Fars News Agency')
    tok = ent.root
    return tok.is_sent_start or tok.i == 0 or tok.nbor(-1).is_left_punct or tok.nbor(-1).is_space


def speaking_state(np: NounPhrase) -> tuple[str, str] | None:
    """The state a generic source speaks for ("a Seoul official", "Iranian officials", "Ukraine's military")."""
    state, _used = np.state_in()
    if np.lemma in MARKET_NOUNS and not any(e.label_ in ("COUNTRY", "GPE") and e.root.i == np.head.i for e in np.ents):
        return None  # "London brokers", "Moscow traders": people of a place, not its state
    return state


def unnamed_tokens(np: NounPhrase) -> list[Token]:
    """Proper nouns that name no state: the phrase is an unrecognised name
    ("the United Kingdom Maritime Trade Operations agency"). A lower-case word the tagger took
    for a proper noun is none ("Karsk's foreign ministry" is Karsk speaking), nor is a weekday or
    month that dates the statement ("U.S. officials on Friday told Nordic Daily": the United States)."""
    _state, used = np.state_in()
    head = np.head
    return [
        t
        for t in np.toks
        if t.pos_ == "PROPN" and t.text[:1].isupper() and t.i not in used and t.i != head.i
        and t.text not in CALENDAR_NAMES
    ]  # fmt: skip


def _anonymity_plea(head: Token) -> set[int]:
    """The token indices of a participle clause on the head that pleads anonymity ("speaking on
    condition of anonymity", "asking not to be named"), or an empty set."""
    out: set[int] = set()
    for acl in (c for c in head.children if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")):
        sub = list(acl.subtree)
        if any(t.lower_ in ANONYMITY_WORDS for t in sub):
            out.update(t.i for t in sub)
    return out


def _dated(tok: Token) -> bool:
    return tok.text in CALENDAR_NAMES or tok.ent_type_ in ("DATE", "TIME")


def only_dates(toks: Sequence[Token]) -> bool:
    """A phrase whose only nouns, names and pronouns are a weekday, month or other date ("Friday",
    "Sunday, June 7"): no speaker, but the date of a statement whose speaker the parse lost."""
    words_ = [t for t in toks if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM")]
    return any(_dated(t) for t in words_) and all(_dated(t) or t.pos_ == "NUM" for t in words_)


def noun_phrase(ctx: AttributionContext, toks: Sequence[Token], verb: str | None) -> NounPhrase | None:
    """The phrase without edge punctuation, adverbs and conjunctions, with its head and entities."""
    toks = [t for t in toks if not (t.is_punct or t.is_space) or t.text in ("-", "'s", "’s")]
    while toks and (toks[0].pos_ in ("ADV", "CCONJ", "PART", "ADP", "SCONJ") or toks[0].is_punct):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].pos_ in ("ADV", "CCONJ", "ADP", "PART")):
        toks = toks[:-1]
    if not toks or only_dates(toks):
        return None  # "... on Sunday, June 7, and added ...", "..., said Friday in Brennport": a date speaks not
    head = np_head(toks)
    plea = _anonymity_plea(head)
    if plea and len(plea) < len(toks):
        toks = [t for t in toks if t.i not in plea]
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
    ents: list[Span] = []
    for t in toks:
        ent = ctx.ent_at[t.i]
        if ent is not None and ent.label_ in SOURCE_LABELS and ent not in ents and not not_a_source_name(ent):
            ents.append(ent)
    return NounPhrase(ctx, toks, verb, head, ents, head.lemma_.lower())
