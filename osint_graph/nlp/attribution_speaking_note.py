"""A note on the speaking itself inside a speaker's passage: "He spoke by satellite phone from the ship."

No pipeline component of its own: `attribution_scope._speaker_scope` asks `speaking_note` of a
sentence with no source of its own while a speaker's passage is in force. Such a sentence tells
how the speaker spoke (by phone, on condition of anonymity, to reporters) and asserts nothing of
the account: it is the outlet's note, carried by no one, and it does not end the passage, so a
quote that opens the next paragraph still goes on with the speaker's words ("“A,” Varga said.
He spoke by satellite phone.¶“B.”": B is Varga's). The verbs are data
(`attribution/speaking_note_verbs.txt`); the note's subject must point at the speaker: a personal
pronoun, a definite description ("the official", "the spokeswoman") or a word of the speaker's
name ("Varga spoke to reporters").
"""

from __future__ import annotations

from spacy.tokens import Doc

from osint_graph.nlp.rules import words
from osint_graph.nlp.source_context import Source
from osint_graph.nlp.syntax import tokens_of

SPEAKING_NOTE_VERBS = words("attribution/speaking_note_verbs")
SUBJECTS = ("nsubj", "nsubjpass")


def speaking_note(doc: Doc, a: int, b: int, speaker: list[Source]) -> bool:
    """Is the sentence [a, b) a note on how the passage's speaker (`speaker`, its chain) spoke?"""
    toks = [t for t in tokens_of(doc)[a:b] if not t.is_space]
    roots = [t for t in toks if t.dep_ == "ROOT"]
    if len(roots) != 1 or roots[0].lemma_.lower() not in SPEAKING_NOTE_VERBS or not speaker:
        return False
    subjects = [c for c in roots[0].children if c.dep_ in SUBJECTS]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if subject.pos_ == "PRON":
        return subject.lower_ not in ("it", "this", "that")  # a person or body, not the event
    name_words = {w.lower() for w in speaker[-1].link.name.split()}
    phrase = list(subject.subtree)
    if subject.pos_ == "PROPN":
        return subject.lower_ in name_words
    return phrase[0].lower_ == "the" and subject.pos_ == "NOUN"
