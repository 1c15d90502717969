"""A headline's passive with its auxiliary dropped: "One Missile Said to Have Struck Tanker" (issue 12).

No pipeline component of its own: asked by `attribution_leading` (a leading frame "X said C") and
`attribution_links.speaker_of` (a speech act's subject) whether the subject of a reporting verb speaks.
Headlines drop the auxiliary of a passive ("Migrants [are] Feared Dead", "Dozens [were] confirmed
dead", "At Least One Missile [Is] Said to Have Struck Iran-owned Tanker"); the parser then takes the
noun before the verb for its subject and the page would cite the migrants, "Dozens" or the missile.
The verb is such a passive when all hold: its lemma is a verb a headline uses so
(`attribution/reduced_passive_verbs.txt`; not "claim", "vow", "promise", whose subject speaks before
"to"), it is a past form with no auxiliary and no object, the line it stands on ends without a full
stop (a headline or a standfirst, not a sentence of the body: "He said to expect delays.") or, in the
body, the verb follows "with" or a comma after its noun ("with the US reported to have attended the
talks", "The captain, said to be in good health, was taken to Karsk"), and a
complement with no subject of its own follows it: an infinitive ("to Have Struck"), an adjective or
a participle ("Dead", "missing", "Held"). Then the claim has no source of its own (the hedge of
"said to" stays the modality's). "Navy Says Tanker Seized" (present), "Karsk Said It Seized Tanker"
(a complement with its own subject) and "Houthis Claimed to Have Struck Tanker" keep their speaker.

Reads the parse (tags, dependency labels, lemmas); writes nothing on the Doc.
"""

from __future__ import annotations

from spacy.tokens import Token

from osint_graph.nlp.rules import words

REDUCED_PASSIVE_VERBS = words("attribution/reduced_passive_verbs")
_COMPLEMENTS = ("ccomp", "xcomp", "oprd", "acomp")
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
_SENTENCE_ENDS = (".", "!", "?")


def _headline_line(verb: Token) -> bool:
    """Does the verb's line end without a full stop (a headline or a standfirst)? The line ends at its
    sentence's end or at a line break, where the parser may have glued the next paragraph on."""
    last = None
    for t in verb.doc[verb.i : verb.sent.end]:
        if "\n" in t.text:
            break
        if not (t.is_space or t.is_quote or t.text in (")", "]")):
            last = t
    return last is not None and last.text not in _SENTENCE_ENDS


def _bare_complement(comp: Token) -> bool:
    """A complement with no subject of its own: an infinitive, an adjective or a participle."""
    if any(c.dep_ in _SUBJECTS for c in comp.children):
        return False
    # "to Have Struck": the parser may hang "to" on the auxiliary "Have"
    infinitive = any(t.dep_ == "aux" and t.lower_ == "to" for t in comp.subtree if t.i < comp.i)
    return infinitive or comp.tag_ in ("VBN", "JJ") or comp.dep_ in ("oprd", "acomp")


def reduced_passive(verb: Token) -> bool:
    """Is the reporting verb a headline's passive with its auxiliary dropped (module docstring)?"""
    if verb.lemma_.lower() not in REDUCED_PASSIVE_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return False
    comps = [c for c in verb.children if c.dep_ in _COMPLEMENTS and c.i > verb.i]
    if not comps or not _bare_complement(comps[0]):
        return False
    return _headline_line(verb) or _reduced_in_body(verb)


def _reduced_in_body(verb: Token) -> bool:
    """A body sentence's reduced passive: after "with" ("with the US reported to have attended the
    talks") or set off by a comma after its noun ("The captain, said to be in good health, was ...")."""
    if any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children):
        return True
    return verb.i > 0 and verb.doc[verb.i - 1].text == ","
