"""A statement released on a topic only: "Varn Lines released a statement on the explosion" (issue 12).

No pipeline component of its own: asked by `attribution_links.speaker_of` whether the subject of a
disclosure verb (`attribution/verb_frames.csv`, frame `disclosure`: release, publish, share, post)
speaks. A statement noun (`attribution/statement_nouns.txt`) as the verb's object stays its issuer's
word when what it says is in the sentence ("released a statement saying C", "a statement that C",
"released a statement: “C”"); when the noun is followed only by its topic ("on the explosion", "in
regard to the explosion": `attribution/statement_topic_words.txt`) the clause tells that a statement
was made, an act in the outlet's voice with no proposition of the issuer's (tests/gold/GUIDELINES.md,
sixteenth round, "a speech act whose object is a noun phrase is an act"; thirty-second round): no
source, the issuer an entity of the claim. What the statement then says, in the next sentences, has
its own frames.

Reads the parse (dependency labels, lemmas); writes nothing on the Doc.
"""

from __future__ import annotations

from spacy.tokens import Token

from osint_graph.nlp.attribution_verbs import DISCLOSURE_VERBS, STATEMENT_NOUNS
from osint_graph.nlp.rules import words

TOPIC_WORDS = tuple(tuple(w.split()) for w in words("attribution/statement_topic_words"))
_TELLING_DEPS = ("acl", "relcl", "ccomp", "appos")


def _topic_follows(noun: Token) -> bool:
    """Do the words right after the noun's own modifiers open a topic phrase ("on the explosion")?"""
    after = [t.lower_ for t in noun.doc[noun.i + 1 : noun.i + 4]]
    return any(tuple(after[: len(w)]) == w for w in TOPIC_WORDS)


def statement_on_topic(verb: Token) -> bool:
    """Is the clause 'X released a statement on Y', with nothing the statement says (module docstring)?"""
    if verb.lemma_ not in DISCLOSURE_VERBS or any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in verb.children):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objs) != 1 or objs[0].lemma_.lower() not in STATEMENT_NOUNS:
        return False
    noun = objs[0]
    if any(c.dep_ in _TELLING_DEPS for c in noun.children) or not _topic_follows(noun):
        return False
    # a colon or a quotation mark after the noun in its sentence: what the statement says follows
    return not any(t.text == ":" or t.is_quote for t in noun.doc[noun.i + 1 : noun.sent.end])
