"""The verbs of attribution: by which a source speaks, and what frame each verb makes.

No pipeline component of its own: the vocabularies the attribution frames, the clause splitter
and the claims component ask about a token. Read from data: the reporting verbs from
`sources/rules/common/report_verbs.txt`, the frames a verb makes (hedging, press review, speech
act, silence, observation, evidence, audience) from `sources/rules/attribution/verb_frames.csv`,
irregular forms from `attribution/verb_forms.csv`, stance verbs from the denial and accusation
lists of `modality`. Reads a token's lemma, tag and text; writes nothing on the Doc.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from spacy.attrs import LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from osint_graph.nlp import modality
from osint_graph.nlp.hedge_cues import state_complement
from osint_graph.nlp.rules import table, words
from osint_graph.nlp.syntax import doc_memo


def _frame(frame: str) -> frozenset[str]:
    """The verbs of one frame in sources/rules/attribution/verb_frames.csv."""
    return frozenset(row["verb"] for row in table("attribution/verb_frames") if row["frame"] == frame)


REPORT_VERBS = words("common/report_verbs")
# "feared dead", "presumed missing", "believed drowned": the verb of a hedged state, no speech frame
BELIEF_STATE_VERBS = words("common/hedge_passive_verbs")
# frame verbs that present the reported clause as uncertain
HEDGING_FRAMES = _frame("hedging")
# verbs whose frame, closing a paragraph, covers the paragraph (press-review style)
PARAGRAPH_VERBS = _frame("press_review")
# verbs whose subject is the source but whose clause is itself the claim (never peeled)
STANCE_VERBS = modality.DENIAL_VERBS | modality.ACCUSATION_VERBS
# the predicate is the speech act: its subject is the source ("X called the move unjustified")
SPEECH_VERBS = _frame("speech_act")
# "the navy identified the vessel as X": a speech act only with "as"
NAMING_AS_VERBS = _frame("naming_as")
SILENCE_VERBS = _frame("silence")
# "X declined to comment": a statement withheld, with a verb after it
WITHHOLDING_VERBS = _frame("withholding")
# passive observation verbs whose agent is a source ("identified by experts from X")
OBSERVATION_VERBS = _frame("observation")
EVIDENCE_FRAMES = _frame("evidence")
# "the navy published photos of X": disclosing a thing is an act the outlet reports
DISCLOSURE_VERBS = _frame("disclosure")
DISCLOSED_THINGS = words("attribution/disclosed_things")
PUBLISHED_MATERIAL = words("attribution/published_material")
AUDIENCE_VERBS = _frame("audience")
# "“Karsk promised an inquiry,” the embassy said": a commitment told by another source, no source of its own
COMMITMENT_VERBS = _frame("commitment")
# "told Reuters": the outlet told relays the statement
RELAY_VERBS = _frame("relay")
# "X quoted Y as saying C"
QUOTING_VERBS = _frame("quotation")
DOCUMENT_VERBS = words("attribution/document_verbs")
STATEMENT_NOUNS = words("attribution/statement_nouns")
# "“A,” Varga said, adding that C": a participle that says again (attribution_links, attribution_trailing)
STATEMENT_PARTICIPLES = words("attribution/statement_participles")
_IRREGULAR = {row["verb"]: (row["past"], row["third"], row["verb"]) for row in table("attribution/verb_forms")}


# phrases that frame a source without a verb of their own: (words, frame, verb recorded on the link)
FRAME_PHRASES = tuple(
    (tuple(row["phrase"].split()), row["frame"], row["verb"]) for row in table("attribution/frame_phrases")
)
# one-word "cited" phrases, as the parser hangs them on a verb: "X reported, citing Y, that C"
CITING_WORDS = frozenset(words_[0] for words_, frame, _verb in FRAME_PHRASES if frame == "cited" and len(words_) == 1)
# the dependencies a "citing" participle hangs on its verb by: "Wirewatch, citing Y, reported that C" may
# parse "citing" as a clausal subject
CITING_DEPS = ("advcl", "xcomp", "prep", "csubj")


def _phrases_by_start() -> dict[tuple[str, str], list[tuple[list[str], str]]]:
    """The frame phrases by (frame, first word), in the table's order."""
    out: dict[tuple[str, str], list[tuple[list[str], str]]] = {}
    for words_, kind, verb in FRAME_PHRASES:
        if not words_:
            raise ValueError(f"sources/rules/attribution/frame_phrases: a {kind!r} row has no phrase")
        out.setdefault((kind, words_[0]), []).append((list(words_), verb))
    return out


_BY_START = _phrases_by_start()


def frame_phrase(toks: Sequence[Token], frame: str) -> tuple[int, str]:
    """(its number of tokens, its verb) of the `frame` phrase that `toks` start with; (0, "") if none."""
    if not len(toks):
        return 0, ""
    for words_, verb in _BY_START.get((frame, toks[0].lower_), ()):  # only the phrases starting with it
        if [t.lower_ for t in toks[: len(words_)]] == words_:
            return len(words_), verb
    return 0, ""


# source phrases that frame a source inside a clause only after punctuation: elsewhere a rate ("$150 per car")
PUNCTUATED_PHRASES = words("attribution/punctuated_frame_phrases")


def rate_not_frame(tok: Token, n: int) -> bool:
    """True when the `n`-token source phrase at `tok` is a rate, no frame: a phrase of
    `attribution/punctuated_frame_phrases.txt` with no punctuation before it, not opening its sentence
    ("a fee of $150 per car equivalent unit or CEU"; but "..., per Nordic Daily")."""
    doc = tok.doc
    if " ".join(t.lower_ for t in doc[tok.i : tok.i + n]) not in PUNCTUATED_PHRASES:
        return False
    return tok.i > tok.sent.start and not doc[tok.i - 1].is_punct


def may_start_phrase(word: str, frame: str) -> bool:
    """False when no `frame` phrase starts with the (lower-case) word: `frame_phrase` would find none,
    so a caller scanning every token need not slice the tokens after it."""
    return (frame, word) in _BY_START


def verb_forms(verb: str) -> tuple[str, ...]:
    """Base, third person and past of a verb ("said", "says" from attribution/verb_forms.csv)."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    third = verb + "es" if verb.endswith(("s", "sh", "ch")) else verb + "s"
    past = verb + "d" if verb.endswith("e") else verb + "ed"
    return (verb, third, past)


# forms of the reporting verbs that a tagger may read as nouns at the end of a sentence ("X notes.", "data show.")
REPORT_FORMS = frozenset(form for verb in REPORT_VERBS for form in verb_forms(verb))


def is_report_verb(tok: Token) -> bool:
    if tok.lemma_ in DOCUMENT_VERBS and not any(  # "the statement read", not "Varga read the log"
        c.dep_ == "nsubj" and c.lemma_.lower() in STATEMENT_NOUNS for c in tok.children
    ):
        return False
    if tok.lemma_ in BELIEF_STATE_VERBS and state_complement(tok):
        return False  # "with dozens feared missing", "two crew believed dead": a hedged state, nobody speaks
    return tok.lemma_ in REPORT_VERBS and (tok.tag_.startswith("VB") or tok.pos_ == "VERB")


_REPORT_LEMMA_IDS = frozenset(get_string_id(v) for v in REPORT_VERBS)


def report_lemma_indices(doc: Doc, a: int, e: int) -> list[int]:
    """The indices in [a, e), in order, of the tokens whose lemma is a reporting verb (read once per Doc
    from the LEMMA array): the only tokens `is_report_verb` can accept, found without a Token per step."""
    memo = doc_memo(doc)
    found = memo.get("report_lemmas")
    if found is None:
        found = memo["report_lemmas"] = [
            i for i, lemma in enumerate(doc.to_array(LEMMA).tolist()) if lemma in _REPORT_LEMMA_IDS
        ]
    return found[bisect_left(found, a) : bisect_left(found, e)]


def base_form(word: str) -> str:
    """The reporting verb a form belongs to ("writes" -> "write"), else the word itself."""
    for verb in REPORT_VERBS:
        if word in verb_forms(verb):
            return verb
    return word
