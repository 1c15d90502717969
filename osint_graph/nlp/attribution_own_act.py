"""A carried sentence that tells the source's own act: "X said C. | They detained the crew." (issue 12).

A step of `attribution_carry_limits.cut_carried_passages` (cue `own_act`, `attribution/carry_limits.csv`).
A sentence with no frame of its own that a scope step gave the chain of the sentence just before it
(a continuation "They ...", a speaker passage "It ...") goes on with that source's account only when
it tells what the account is about. When its subject is a pronoun that points back to the speaker of
the sentence before ("The rebels claimed the attack on the Tern Vale. | They began a blockade of the
strait in May": "they" agrees with "the rebels", the subject of the frame verb) and its verb is no
speech, passive or copula, the writer tells what the speaker itself did: an act told in the outlet's
voice (GUIDELINES, sixteenth round, "The coast guard said C. | The coast guard intercepted the dhow."
-> `[]`; twenty-eighth round (a), "not an act of X itself told by the outlet"). "Kirby said the crew
were rescued. | They were taken to Brennport" (passive, "they" the crew) and "Varga said C. | They
..." ("they" does not agree with a person) keep the chain.

The pronouns and what they agree with are data (`attribution/own_act_pronouns.csv`). Reads the parse;
writes nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from osint_graph.nlp.attribution_acts import is_speech
from osint_graph.nlp.attribution_frames import Clause
from osint_graph.nlp.rules import table
from osint_graph.nlp.source_context import PERSON_NOUNS
from osint_graph.nlp.syntax import tokens_of

PRONOUNS = {row["pronoun"]: row["agrees"] for row in table("attribution/own_act_pronouns")}
_PLURAL_LABELS = ("NORP", "ORG")  # a named group: "the Houthis", "Swedish authorities"
_BODY_LABELS = ("ORG", "OUTLET", "COUNTRY", "GPE")


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _agrees(pronoun: str, speaker: Token) -> bool:
    """Does the pronoun point back to the speaker (the subject of the frame verb before)?"""
    kind = PRONOUNS.get(pronoun)
    if speaker.pos_ == "PRON" or speaker.ent_type_ == "PERSON" or speaker.lemma_.lower() in PERSON_NOUNS:
        return kind == "plural" and speaker.tag_ in ("NNS", "NNPS")  # "officials said ... They ...": a body's people
    if kind == "plural":
        return speaker.tag_ in ("NNS", "NNPS") or (speaker.ent_type_ in _PLURAL_LABELS and speaker.lower_.endswith("s"))
    if kind == "body":
        return speaker.tag_ in ("NN", "NNP") and (speaker.ent_type_ in _BODY_LABELS or speaker.pos_ == "NOUN")
    return False


def _may_agree(pronoun: str, subj: Token) -> bool:
    """Could the pronoun point back to this subject at all (number and person only)?"""
    if subj.pos_ == "PRON":
        return subj.lower_ == pronoun
    plural = subj.tag_ in ("NNS", "NNPS")
    if PRONOUNS.get(pronoun) == "plural":
        return plural
    return not plural and subj.ent_type_ != "PERSON" and subj.lemma_.lower() not in PERSON_NOUNS


def _frame_speaker(doc: Doc, a: int, b: int, pronoun: str) -> Token | None:
    """The subject of the speech verb that is the root of the sentence [a, b), when it is the nearest
    subject of that sentence the pronoun may point back to ("The navy said the Tern Vale was hit. | It
    sank": the ship, nearer, is what "it" names)."""
    toks = tokens_of(doc)[a:b]
    root = next((t for t in toks if t.dep_ == "ROOT"), None)
    if root is None or not is_speech(root):
        return None
    subj = _subject(root)
    if subj is None or subj.dep_ != "nsubj":
        return None
    nearest = next((t for t in reversed(toks) if t.dep_ in ("nsubj", "nsubjpass") and _may_agree(pronoun, t)), None)
    return subj if nearest is not None and nearest.i == subj.i else None


def own_act(doc: Doc, cl: Clause, before: tuple[int, int] | None) -> bool:
    """Does the carried clause tell the act of the speaker of the sentence `before` (module docstring)?"""
    main = cl.main
    if main is None or before is None or main.pos_ != "VERB" or is_speech(main) or main.lemma_ == "be":
        return False
    subj = _subject(main)
    if subj is None or subj.dep_ != "nsubj" or subj.lower_ not in PRONOUNS or not (cl.start <= subj.i < cl.end):
        return False
    speaker = _frame_speaker(doc, *before, subj.lower_)
    return speaker is not None and _agrees(subj.lower_, speaker)
