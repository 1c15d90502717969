"""Acts told in the outlet's voice: whether a speech verb presents a proposition, and so has a source.

No pipeline component of its own: asked by `attribution_links` about the subject of a speech or
stance verb and the agent of a passive one. tests/gold/GUIDELINES.md, sixteenth round, "An act told
in the outlet's voice has no source": a source is given only where the sentence presents a
PROPOSITION as someone's statement. A speech verb presents one with a clausal complement ("said
the ship had sunk", "urged Varnia to release the crew", "denied arming the rebels": ccomp, xcomp,
oprd, a gerund object), a noun holding its own clause ("confirmed reports that the ship had sunk",
"denied claims of an attack": `attribution/proposition_nouns.txt`) or a small clause ("accused
Varnia of C", "described the ship as Z": `attribution/small_clauses.csv`). With a plain noun
object ("the navy confirmed the seizure", "Karsk denied the claims", "condemned the attack") or
none ("London denies it", "a charge Karsk denied") the verb is an act the outlet tells: no source,
the actor an entity of the claim. Verbs whose noun object is itself what is told ("Dryad Global
reported the blast") are `attribution/content_object_verbs.txt`.

Reads the parse (dependency labels, tags, lemmas); writes nothing on the Doc.
"""

from __future__ import annotations

from spacy.tokens import Token

from osint_graph.nlp.attribution_verbs import (
    CITING_DEPS,
    CITING_WORDS,
    EVIDENCE_FRAMES,
    PUBLISHED_MATERIAL,
    SPEECH_VERBS,
    STANCE_VERBS,
    is_report_verb,
)
from osint_graph.nlp.rules import table, words
from osint_graph.nlp.syntax import RELATIVE_PRONOUNS

CONTENT_OBJECT_VERBS = words("attribution/content_object_verbs")
TOPIC_PREPOSITIONS = words("attribution/topic_prepositions")
PLATFORMS = words("attribution/platforms")
TOLD_CONTENT_DEPS = words("attribution/told_content_dependencies")
PROPOSITION_NOUNS = words("attribution/proposition_nouns")
PERFORMATIVE_VERBS = words("attribution/performative_verbs")
SOURCE_CITING_VERBS = words("attribution/source_citing_verbs")
PERSON_NOUNS = words("attribution/person_nouns")
# (verb, object noun) of a speech verb that frees someone: "released the crew" (attribution/freeing_objects.csv)
FREEING = {(row["verb"], row["noun"]) for row in table("attribution/freeing_objects")}
FREEING_VERBS = frozenset(verb for verb, _noun in FREEING)
# (verb lemma or "*", preposition) -> what it must govern: "any" or "gerund"
SMALL_CLAUSES = {(row["verb"], row["preposition"]): row["object"] for row in table("attribution/small_clauses")}
# complements that are clauses of their own: "said (that) C", "urged X to C", "called the move unjustified"
_CLAUSAL = ("ccomp", "xcomp", "oprd")
# what makes a clause on a noun a complete proposition, not a relative clause with a gap
# ("the claim it had damaged the ship", not "allegations Russia denies")
_COMPLETE = ("dobj", "nsubjpass", "attr", "acomp", "ccomp", "xcomp")


def is_speech(verb: Token) -> bool:
    """A verb by which its subject may speak: a speech act, a stance (denial, accusation) or reporting verb."""
    return verb.lemma_ in SPEECH_VERBS or verb.lemma_ in STANCE_VERBS or is_report_verb(verb)


def presents_proposition(verb: Token) -> bool:
    """The verb (or a speech verb coordinated with it on the same subject: "confirmed the attack and
    said C") presents a proposition as its subject's statement."""
    if _content_verb(verb):
        return True
    shared = [c for c in verb.children if c.dep_ == "conj" and is_speech(c) and not _own_subject(c)]
    return any(_proposes(v) for v in [verb, *shared])


def _content_verb(verb: Token) -> bool:
    """Its object is what is told: "reported the blast", and evidence verbs ("the video shows the ship");
    not a verb that names only its topic ("did report on the attack": `topic_only`)."""
    if verb.lemma_ in CONTENT_OBJECT_VERBS:
        return not topic_only(verb) and not frees(verb) and not cites_speaker(verb)
    return verb.lemma_ in EVIDENCE_FRAMES and not finds_thing(verb)


def finds_thing(verb: Token) -> bool:
    """'investigators found traces of explosives', 'divers found the wreck': an evidence verb whose
    subject is a speaker (a person, body or state named, or a noun of attribution/person_nouns.txt:
    not "the report found C", "the video shows the ship", "a slide provided by X shows the damage")
    and whose object is a plain noun, no material (attribution/published_material.txt): the finding
    is an act the outlet reports; a clause or small clause on the verb may still present a
    proposition (`_proposes` decides: "investigators found that C")."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not subj or not objs or not _speaker_subject(subj[0]):
        return False
    return all(o.pos_ in ("NOUN", "PROPN") and o.lemma_.lower() not in PUBLISHED_MATERIAL for o in objs)


def cites_speaker(verb: Token) -> bool:
    """'Reuters cited two sources with knowledge of the matter', 'the site cited Varga, head of the
    authority': the object is whom the writer relied on (an unnamed speaker, a noun of
    attribution/person_nouns.txt, or a named person), so the object tells nothing; a clause or "as saying"
    on the verb still may (`_proposes` decides). attribution/source_citing_verbs.txt."""
    if verb.lemma_ not in SOURCE_CITING_VERBS:
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objs) and all(_speaker_object(o) and not holds_clause(o) for o in objs)


def _speaker_subject(subj: Token) -> bool:
    """A subject that finds things as a person or body does: a person, body or state named, or a speaker noun."""
    if subj.ent_type_:
        return subj.ent_type_ in ("PERSON", "ORG", "COUNTRY", "GPE", "NORP")
    return subj.lemma_.lower() in PERSON_NOUNS


def _speaker_object(obj: Token) -> bool:
    """A person the writer relied on: a speaker noun with no entity over it, or a named person."""
    if obj.ent_type_:
        return obj.ent_type_ == "PERSON"
    return obj.lemma_.lower() in PERSON_NOUNS


def frees(verb: Token) -> bool:
    """'the Netherlands releases convicted pirates', 'Karsk released the Tern Vale': the object is people
    or a ship set free (attribution/freeing_objects.csv, or a person or vessel named), no material told."""
    if verb.lemma_ not in FREEING_VERBS:
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objs) and all(
        (verb.lemma_, o.lemma_.lower()) in FREEING or o.ent_type_ in ("PERSON", "VESSEL") for o in objs
    )


def topic_only(verb: Token) -> bool:
    """'the channel did report on the attack', 'X had reported about it': a subject, no object, clause or
    passive subject, and only a topic after a preposition of attribution/topic_prepositions.txt (a common
    noun or a pronoun: not "reported on Monday", "wrote on Telegram")."""
    kids = list(verb.children)
    if not any(c.dep_ == "nsubj" for c in kids):
        return False
    if any(c.dep_ in TOLD_CONTENT_DEPS for c in kids):
        return False
    topics = [c for c in kids if c.dep_ == "prep" and c.lower_ in TOPIC_PREPOSITIONS]
    if not topics:
        return False
    for prep in topics:
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        if not objs or any(
            g.pos_ not in ("NOUN", "PRON") or g.ent_type_ in ("DATE", "TIME") or g.lower_ in PLATFORMS for g in objs
        ):
            return False
    return True


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _proposes(verb: Token) -> bool:
    if _content_verb(verb):
        return True
    if verb.lemma_ in PERFORMATIVE_VERBS:
        # "declared the group (to be / as) a terrorist organisation": the act makes the status
        return any(c.dep_ == "ccomp" and _that_clause(c) for c in verb.children)
    for c in verb.children:
        if c.dep_ in _CLAUSAL and not _split_off(verb, c):
            return True
        if c.dep_ in ("dobj", "nsubjpass"):
            if _gerund_object(verb, c):  # "denied arming the rebels"
                return True
            if holds_clause(c) or any(_small_prep(verb, p) for p in c.children if p.dep_ == "prep"):
                return True  # "confirmed reports that C"; "claimed responsibility for the strike"
            if _predicate_after(verb, c):
                return True  # "called the move “reckless”"
        if c.dep_ == "prep" and (_small_prep(verb, c) or _charge_below(verb, c) or _pobj_holds_clause(c)):
            return True  # "accused Varnia of C", "described the ship as a wreck", "announced in a statement that C"
        if c.dep_ == "advcl" and c.pos_ in ("NOUN", "PROPN", "ADJ") and _small_prep(verb, _mark(c)):
            return True  # "described such tactics as/mark attempts/advcl to ...": the parser's "as"
        if c.dep_ == "advcl" and _mark(c).lower_ == "for" and _own_subject(c):
            return True  # "called for the ship to be sent back": the parser's for-to clause
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i and is_speech(c) and _proposes(c):
            return True  # "condemned the assaults, describing them as outrageous", "..., noting that C"
        if c.dep_ in CITING_DEPS and c.lower_ in CITING_WORDS:
            return True  # "state television, citing Karsk officials, confirmed the seizure": Karsk's words
    return False


def _split_off(verb: Token, clause: Token) -> bool:
    """'Karsk says shots deterred the ship; Varnia denies it': a clause before the verb with a semicolon
    between them is a sentence of its own the parser hung on the verb, not what the verb tells."""
    return clause.i < verb.i and any(
        t.text == ";" and t.head.i == verb.i for t in verb.doc[clause.right_edge.i + 1 : verb.i]
    )


def performs(verb: Token, clause: Token) -> bool:
    """'declared the group (to be) a terrorist organisation': a performative verb's complement is the status
    its act makes, not a reported proposition; only a that-clause is one (attribution/performative_verbs.txt)."""
    return verb.lemma_ in PERFORMATIVE_VERBS and not (clause.dep_ == "ccomp" and _that_clause(clause))


def _gerund_object(verb: Token, obj: Token) -> bool:
    """A gerund clause as the object: "denied arming the rebels", also where the parser hangs the
    gerund on the noun after it ("denied supplying/amod weapons") -- a gerund right after the verb."""
    if obj.tag_ == "VBG" and obj.pos_ == "VERB":
        return True
    first = obj.left_edge
    return first.tag_ == "VBG" and first.dep_ == "amod" and first.i == verb.i + 1


def _charge_below(verb: Token, prep: Token) -> bool:
    """'accused Russia several times since February of stealing grain', 'warned Israel in a speech
    against extracting gas': the verb's own small-clause preposition (a row naming the verb), hung by the
    parser on a noun of an adjunct; not through another verb."""
    for p in prep.subtree:
        if p.dep_ == "prep" and (verb.lemma_, p.lower_) in SMALL_CLAUSES and p.i != prep.i:
            node = p.head
            while node.i != verb.i and node.pos_ not in ("VERB", "AUX"):
                node = node.head
            if node.i == verb.i and _small_prep(verb, p):
                return True
    return False


def _pobj_holds_clause(prep: Token) -> bool:
    return any(holds_clause(g) for g in prep.children if g.dep_ == "pobj")


def _mark(clause: Token) -> Token:
    return next((g for g in clause.children if g.dep_ == "mark"), clause)


def _predicate_after(verb: Token, obj: Token) -> bool:
    """'called the move “reckless”': a predicate word after the object of a verb that takes one
    (attribution/small_clauses.csv, preposition `-`), which the parser hangs on the object."""
    if (verb.lemma_, "-") not in SMALL_CLAUSES:
        return False
    return any(g.dep_ in ("amod", "appos", "acomp", "attr") and g.i > obj.i for g in obj.children)


def _small_prep(verb: Token, prep: Token) -> bool:
    """A preposition that holds a small clause on this verb (attribution/small_clauses.csv)."""
    if prep.dep_ not in ("prep", "mark"):
        return False
    kind = SMALL_CLAUSES.get((verb.lemma_, prep.lower_)) or SMALL_CLAUSES.get(("*", prep.lower_))
    if kind is None:
        return False
    if prep.dep_ == "mark":
        return kind == "any"  # the parser's "as" of a clause whose head is the predicate noun
    objs = [g for g in prep.children if not g.is_punct]  # "rejected the accusation as/prep “baseless”/amod"
    if kind == "gerund":
        return any(g.tag_ == "VBG" and g.dep_ in ("pobj", "pcomp") for g in objs)
    return bool(objs)


def holds_clause(noun: Token) -> bool:
    """A noun with its own proposition: a that-clause on any noun ("suspicions that C"); on a
    proposition noun also "of" ("claims of an attack") or a complete clause ("the claim it had C")."""
    proposition = noun.lemma_.lower() in PROPOSITION_NOUNS
    for c in noun.children:
        if c.dep_ in ("acl", "relcl", "ccomp"):
            if _that_clause(c):
                return True  # a relative "that" is a subject or object, never a mark
            if proposition and _complete(c):
                return True
        if proposition and c.dep_ == "prep" and c.lower_ == "of":
            return True
        if proposition and c.dep_ == "acl" and any(_that_clause(g) for g in c.children if g.dep_ == "ccomp"):
            return True  # "claims made by Varnia that C"
    return False


def _that_clause(verb: Token) -> bool:
    """A clause opened by the complementiser "that" (on its head or, as the parser may hang it, an auxiliary)."""
    first = verb.left_edge
    return any(g.dep_ == "mark" and g.lower_ == "that" for g in verb.children) or (
        first.dep_ == "mark" and first.lower_ == "that"
    )


def _complete(verb: Token) -> bool:
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subj) and subj[0].lower_ not in RELATIVE_PRONOUNS and any(c.dep_ in _COMPLETE for c in verb.children)


def depicts_told_event(material: Token) -> bool:
    """Material that only depicts an event the text has told ("released footage of the attack", "videos and
    photos of the incident"): its "of" phrase is a definite noun and no verb stands in the object's phrase,
    so the material adds no proposition and its release is an act the outlet tells. Not "photos of 12 boats
    circling the tanker", "a video of a patrol boat ramming the ship", "photos of the parts the crew seized"
    (tests/gold/GUIDELINES.md, "Material a source published"; extra26)."""
    phrase = list(material.subtree)
    if any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return False
    ofs = [t for t in phrase if t.dep_ == "prep" and t.lower_ == "of" and t.head.lemma_.lower() in PUBLISHED_MATERIAL]
    objects = [c for p in ofs for c in p.children if c.dep_ == "pobj"]
    return bool(objects) and all(any(_definite(d) for d in o.children) for o in objects)


def _definite(tok: Token) -> bool:
    """A definite determiner ("the", "this") or a possessive ("their attack") on a noun."""
    if tok.dep_ == "poss":
        return True
    return tok.dep_ == "det" and ("Def" in tok.morph.get("Definite") or "Dem" in tok.morph.get("PronType"))
