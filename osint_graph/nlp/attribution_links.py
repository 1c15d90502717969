"""Attribution links that do not narrow a claim's span: speakers inside the clause, and the basis of an analysis.

No pipeline component of its own: a step of `osint_claims` (`claims.py`), run on every clause
after the frames are peeled (`attribution_frames.py`). It reads the clause's tokens, the parse
and the entity index of the `AttributionContext`, and writes nothing on the Doc: it extends the
clause's chain, and records the basis of an analysis in `ctx.bases` (stored by `claims.py` as
`doc._.source_bases`).

- "according to X" inside a clause (but not inside a relative clause on a noun, whose source
  vouches only for that description: that description becomes a claim of its own);
- the subject is the source when the predicate is itself the speech act: accusations and
  denials ("Seoul accused ...", "Both deny ..."), "X called the move unjustified", "X claimed
  responsibility", "It named the vessel as ...", "X identified the vessel as ..." (`naming_as`),
  "He did not say which ships ..."; and a
  document with an author ("A report published by RUSI identified ...", "Kpler data show ...");
- "which the Treasury said had carried ...", "in what the ministry said was a routine check",
  "repelled what the minister described as the largest attack" (`attribution/naming_verbs.txt`);
- the agent of a passive observation verb ("were identified by experts from X");
- evidence is not a source: "satellite images suggest", "video released by the group showed"
  have no speaker (unless an organisation is named in the phrase: "data from Kpler show").

The basis of an analysis ("NK Pro monitored the situation by evaluating satellite images
provided by Planet Labs", "X's analysis of Y imagery"): the provider of the evidence is the last
link of the chain of the sentence that states it ([NK Pro, Planet Labs]), so that the graph shows
what NK Pro's reporting rests on; the claims NK Pro states elsewhere keep the chain the article
gives them ([NK Pro]), and `doc._.source_bases` maps "NK Pro" to Planet Labs.
"""

from __future__ import annotations

from spacy.tokens import Token

from osint_graph.nlp import modality
from osint_graph.nlp.attribution_acts import depicts_told_event, holds_clause, is_speech, presents_proposition
from osint_graph.nlp.attribution_frames import Clause
from osint_graph.nlp.attribution_reduced_passive import reduced_passive
from osint_graph.nlp.attribution_statement_topic import statement_on_topic
from osint_graph.nlp.attribution_verbs import (
    COMMITMENT_VERBS,
    DISCLOSED_THINGS,
    DISCLOSURE_VERBS,
    EVIDENCE_FRAMES,
    HEDGING_FRAMES,
    NAMING_AS_VERBS,
    OBSERVATION_VERBS,
    PUBLISHED_MATERIAL,
    SILENCE_VERBS,
    SPEECH_VERBS,
    STANCE_VERBS,
    STATEMENT_PARTICIPLES,
    WITHHOLDING_VERBS,
    frame_phrase,
    is_report_verb,
    may_start_phrase,
    rate_not_frame,
)
from osint_graph.nlp.hedge_cues import VERIFY_VERBS
from osint_graph.nlp.rules import words
from osint_graph.nlp.source_ahead import or_named_ahead
from osint_graph.nlp.source_context import EVIDENCE_NOUNS, IMAGERY_NOUNS, Source, can_speak
from osint_graph.nlp.source_resolution import AttributionContext
from osint_graph.nlp.source_rules_pointing import NEGATIVE_PRONOUNS
from osint_graph.nlp.syntax import RELATIVE_PRONOUNS, dep_labels, is_negated, norm_name, subtree, tokens_of

NAMING_VERBS = words("attribution/naming_verbs")
SILENCE_CONJ_VERBS = words("attribution/silence_conj_verbs")
WITHHELD_INFORMATION = words("attribution/withheld_information_nouns")
ANALYSIS_NOUNS = words("attribution/analysis_nouns")
UNREALISED = words("attribution/unrealised_auxiliaries")
# what a party can decline to do and so say nothing: "declined to comment", "refused to speculate"
_UNSAID = SILENCE_VERBS | HEDGING_FRAMES


def observation_agent(ctx: AttributionContext, main: Token, a: int, e: int, acts: bool = False) -> list[Source]:
    """'were identified by experts from X': the agent of a passive observation verb (first named); with
    `acts`, also the agent of an act ("the seizure was confirmed by Karsk"), which is otherwise no source."""
    for v in [main, *[c for c in main.children if c.dep_ == "conj"]]:
        if not any(c.dep_ == "auxpass" for c in v.children):
            continue
        told = (v.lemma_ in SPEECH_VERBS or v.lemma_ in STANCE_VERBS) and presents_proposition(v)
        told = told and not any(c.dep_ == "xcomp" for c in v.children)  # not "was shown by", "was released by"
        if v.lemma_ not in OBSERVATION_VERBS and not told:
            continue  # "Varnia was accused by Karsk of C" as the active form; not a directive ("was warned by X to C")
        if is_negated(v):
            continue  # "the report has not been confirmed by Karsk": Karsk said nothing (`unconfirmed_by`)
        if not acts and is_speech(v) and not presents_proposition(v):
            continue  # "the seizure was confirmed by Karsk": an act told in the outlet's voice (`attribution_acts`)
        for c in v.children:
            if c.dep_ == "agent":
                objs = [g for g in c.children if g.dep_ == "pobj" and a <= g.i < e]
                if objs:
                    return ctx.resolve(subtree(objs[0], skip=("conj", "cc")), v.lemma_)[:1]
    return []


def _acting_agent(ctx: AttributionContext, main: Token, a: int, e: int) -> bool:
    """'the seizure was confirmed by Karsk': an agent that is no source only because the verb is an act."""
    return bool(observation_agent(ctx, main, a, e, acts=True)) and not observation_agent(ctx, main, a, e)


def unconfirmed_by(main: Token) -> bool:
    """'the report has not been confirmed by Karsk': a named party that has not confirmed is silent, no
    source, and the sentence is a claim about it (tests/gold/GUIDELINES.md, "The outlet's own
    disclaimer")."""
    return (main.lemma_ in OBSERVATION_VERBS and is_negated(main) and any(c.dep_ == "auxpass" for c in main.children)
            and any(c.dep_ == "agent" for c in main.children))  # fmt: skip


CHARGE_PAIRS = {tuple(w.split()) for w in words("attribution/object_charge_verbs")}
PHRASAL_ACTS = {tuple(w.split()) for w in words("attribution/phrasal_acts")}
# documents a body issues: "released a report on the collision" is an act (attribution/issued_documents.txt)
ISSUED_DOCUMENTS = words("attribution/issued_documents")
TIMING_VERBS = words("attribution/timing_verbs")
# "the investigation began when ...", "investigations by X are ongoing": what a document or inquiry is, not what it says
PROCESS_VERBS = words("attribution/process_verbs")


def _charged_subject(main: Token) -> bool:
    """'Varnia accused of attack on tanker': a headline's passive with its auxiliary dropped; the
    subject is the party charged (no object, the charge's preposition right after the verb)."""
    nxt = main.nbor(1) if main.i + 1 < len(main.doc) else None
    return (
        nxt is not None
        and (main.lemma_.lower(), nxt.lower_) in CHARGE_PAIRS
        and not any(c.dep_ in ("dobj", "aux", "auxpass") for c in main.children)
    )


def told_act(main: Token) -> bool:
    """Is the clause told in the outlet's voice although its verb may report: a headline's passive
    ("Varnia accused of attack", "Dozens confirmed dead", `attribution_reduced_passive`) or a statement
    released on a topic only ("released a statement on the blast", `attribution_statement_topic`)? Its
    subject is no source; the clause is a claim about it, as an act is."""
    return _charged_subject(main) or reduced_passive(main) or statement_on_topic(main)


def speaker_of(ctx: AttributionContext, main: Token, acts: bool = False) -> list[Source]:
    """The subject when the predicate is the speech act or the document speaks; with `acts`, also the
    subject of a speech verb that presents no proposition ("the navy confirmed the seizure"), which is
    otherwise no source (`attribution_acts`)."""
    subj = [c for c in main.children if c.dep_ == "nsubj"]
    if not subj or told_act(main):
        return []  # "Varnia accused of attack", "Dozens confirmed dead", "released a statement on the blast"
    lemma = main.lemma_
    if any(c.dep_ == "prt" and (lemma, c.lower_) in PHRASAL_ACTS for c in main.children):
        return []  # "has called off a planned visit": an act, not a speech act
    head = subj[0]
    if any(c.dep_ in ("preconj", "det") and c.lower_ in NEGATIVE_PRONOUNS for c in head.children):
        return []  # "Neither Norway nor Finland have confirmed ...": nobody has
    ent = ctx.ent_at[head.i]
    if ent is not None and ent.label_ == "VESSEL":
        return []  # a ship speaks for nobody: "the Tern Vale called at Karsk" is a port call
    toks = subtree(head, skip=("relcl", "conj", "cc", "appos"))
    if head.i < ctx.dateline_end:
        # the parser took the dateline for the subject ("MOSCOW (X) - Spokesman Y called ..."): the words
        # between the dateline and the verb
        toks = [t for t in tokens_of(ctx.doc)[ctx.dateline_end : main.i] if t.dep_ not in ("prep", "npadvmod")]
        toks = [t for t in toks if not any(a.dep_ == "prep" for a in t.ancestors if a.i < main.i)]
        if not toks:
            return []
    things = [c for c in main.children if c.dep_ == "dobj" and c.lemma_.lower() in DISCLOSED_THINGS | ISSUED_DOCUMENTS]
    # "published photos of 12 boats around the tanker": what material a source released shows is that
    # source's claim (tests/gold/GUIDELINES.md, "Material a source published"), as if it said it
    disclosed = lemma in DISCLOSURE_VERBS and any(t.lemma_.lower() in PUBLISHED_MATERIAL for t in things)
    # "released footage of the attack": material depicting only an event told already adds no proposition
    disclosed = disclosed and not all(depicts_told_event(t) for t in things)
    if lemma in DISCLOSURE_VERBS and not disclosed and not any(c.dep_ == "ccomp" for c in main.children):
        # "published a timeline of the attack": an act the outlet reports; not "released a map of what
        # he described as a factory", whose description is the speaker's
        # ("shared the report, adding that C" keeps its speaker: the participle says C, `says_while`)
        if things and not holds_clause(things[0]) and not any(_tells(t) for t in things[0].subtree):
            if not says_while(main):
                return []
    naming = lemma in NAMING_AS_VERBS and names_as(main)
    speech = lemma in STANCE_VERBS or lemma in SPEECH_VERBS or (is_report_verb(main) and not is_negated(main))
    speech = speech or says_while(main)
    # "refused to comment" withholds a statement (no source, but a claim about the party); "Rome refused",
    # "refused to accept them" are acts (a `withholding` verb that is no `speech_act` of verb_frames.csv)
    speech = speech or declined_to_say(main)
    if disclosed or naming or speech:
        if any(c.dep_ == "aux" and c.lower_ in UNREALISED for c in main.children):
            return []  # "the agency will assess the damage": an act to come has said nothing yet
        if lemma in SILENCE_VERBS or (is_negated(main) and not any(c.dep_ == "ccomp" for c in main.children)):
            return []
        if not (acts or disclosed or naming or says_while(main) or presents_proposition(main)):
            return []  # "the navy confirmed the seizure": an act told in the outlet's voice (`attribution_acts`)
        appos = [c for c in head.children if c.dep_ == "appos"]
        if appos and head.i >= ctx.dateline_end:  # "Lawyers for the shipowner, Caravella LLC FZ, ..." keeps it
            toks = subtree(head, skip=("relcl", "conj", "cc"))
        found = [s for s in ctx.resolve(toks, lemma) if can_speak(s)][:1]
        return or_named_ahead(ctx, found, toks, lemma)  # "The owner of a bulk carrier has confirmed C"
    # a document with an author: "A report published by RUSI identified ...", "Kpler data show ..."
    if head.lemma_.lower() in EVIDENCE_NOUNS and lemma not in TIMING_VERBS:  # not "the report comes amid C"
        if lemma in PROCESS_VERBS and not any(c.dep_ == "ccomp" for c in main.children):
            return []  # "the investigation by X began when ...": the outlet tells of the inquiry
        found = ctx.resolve(subtree(head), lemma)  # "images and data reviewed by X": X reviewed both
        return [s for s in found if s.label in ("ORG", "OUTLET")][:1]
    return []


def names_as(verb: Token) -> bool:
    """'identified the vessel as the Tern Vale': an "as" on the naming verb, or on its object, where the
    parser hangs it when an adjective follows ("identified the shipment as Iranian in origin": the "as"
    under "shipment"; twenty-seventh round, carry27)."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(c.dep_ == "prep" and c.lower_ == "as" for h in heads for c in h.children)


def _tells(tok: Token) -> bool:
    """A word under a disclosed thing that tells what it holds: "a map of what he described as a factory",
    "a statement saying C", "a report showing C"."""
    return tok.lemma_ in NAMING_VERBS or tok.lemma_ in EVIDENCE_FRAMES or is_report_verb(tok)


def says_while(main: Token) -> bool:
    """'Varga played down the move, saying C', '... expressed sympathy, saying C': a reporting
    participle after the predicate (attribution/statement_participles.txt), with a clause of its own,
    makes the act the subject's statement."""
    return any(
        c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.i > main.i and c.lower_ in STATEMENT_PARTICIPLES
        and any(g.dep_ == "ccomp" for g in c.children)
        for c in main.children
    )  # fmt: skip


def withheld(main: Token) -> bool:
    """The subject withholds its statement, so it is no source (tests/gold/GUIDELINES.md, rulings):
    "declined to comment", "neither confirmed nor denied the attack", "did not say how many were
    aboard" (an open question left open). Not "could not confirm whether C", which states what the
    source knows (`modality/verify_verbs.txt`), nor "did not say that C"."""
    if main.lemma_ in WITHHOLDING_VERBS:
        # "declined to comment / to say how many"; not an act refused ("refused to allow the unloading")
        said = [c for c in main.children if c.dep_ == "xcomp" and (is_report_verb(c) or c.lemma_ in _UNSAID)]
        return bool(said)
    if not (is_negated(main) or any(c.dep_ == "preconj" and c.lower_ in NEGATIVE_PRONOUNS for c in main.children)):
        return False
    contents = [c for c in main.children if c.dep_ == "ccomp"]
    if not contents:
        return True
    return main.lemma_ not in VERIFY_VERBS and all(_open_question(c) for c in contents)


def silent_speaker_in_report(ctx: AttributionContext, main: Token) -> list[Source]:
    """The speaker whose silence a subjectless, withheld verb states although the parser hung it on the
    reported clause: "Police said [an inquiry found C], but [didn't elaborate further]", "the ministry
    said [it was aware of the seizure] and [did not provide any information]": `main` a conj of the verb
    of a speech verb's clausal complement (ccomp), with no subject of its own, withheld (`withheld`: a
    negated speech or giving verb, attribution/silence_conj_verbs.txt, with no clause of its own). Empty
    when not so."""
    if main.dep_ != "conj" or _has_own_subject(main) or main.lemma_ not in SILENCE_CONJ_VERBS:
        return []
    if not withheld(main):
        return []
    content = main.head
    while content.dep_ == "conj" and content.head.i != content.i:
        content = content.head
    if content.dep_ != "ccomp" or content.head.i == content.i:
        return []
    return speaker_of(ctx, content.head, acts=True)


def _has_own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def silent_content(main: Token) -> bool:
    """'Tan said he could not give details of the abduction', 'it said it could not comment on whether C':
    what an opening frame reports is its speaker's own silence (a pronoun subject, a negated verb of
    attribution/silence_conj_verbs.txt with no clause of its own, `withheld`, and no object or one of
    attribution/withheld_information_nouns.txt: not "said it did not give weapons"), a remark on the reporting
    told in the outlet's voice like "declined to comment" (GUIDELINES, thirty-second round). Not "said it
    could not confirm whether C" (what the source knows, `modality/verify_verbs.txt`), nor a frame that
    goes on reporting ("said he could not elaborate, but said C": one statement of the speaker's)."""
    frame = main.head
    if main.dep_ != "ccomp" or frame.i == main.i or not is_report_verb(frame):
        return False
    if main.lemma_ not in SILENCE_CONJ_VERBS or main.lemma_ in VERIFY_VERBS:
        return False
    if any(c.dep_ == "conj" and is_report_verb(c) for c in frame.children):
        return False  # "said he could not elaborate, but said it was a precision attack": one statement
    objs = [c for c in main.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() not in WITHHELD_INFORMATION for o in objs):
        return False  # "said it did not give weapons to the rebels": an account of an act, its source kept
    subj = [c for c in main.children if c.dep_ == "nsubj"]
    return bool(subj) and subj[0].pos_ == "PRON" and withheld(main)


def declined_to_say(main: Token) -> bool:
    """'declined to comment', 'refused to answer questions': a negated speech act (tests/gold/
    GUIDELINES.md, "Declined to comment"), negated like 'did not comment'; not an act refused."""
    return main.lemma_ in WITHHOLDING_VERBS and withheld(main)


def _open_question(verb: Token) -> bool:
    """A clause opened by a wh-word or whether/if ('how much money was asked', 'whether a team boarded')."""
    first = verb.left_edge
    return first.tag_ in ("WDT", "WP", "WP$", "WRB") or first.lower_ in ("whether", "if")


def embedded_speakers(ctx: AttributionContext, a: int, e: int, main: Token) -> list[tuple[Source, Token]]:
    """'..., which the Treasury said had carried ...': a named speaker inside the clause, with its verb."""
    out: list[tuple[Source, Token]] = []
    deps = dep_labels(ctx.doc)
    for v in tokens_of(ctx.doc)[a:e]:
        if deps[v.i] not in ("pcomp", "relcl") and v.lemma_ not in NAMING_VERBS:
            continue  # neither "what ... said" nor a reporting relative clause: the tests below all fail
        # "... in what the ministry said was a routine check" / "described as ...": the ministry's words
        what = (
            v.dep_ == "pcomp"
            and v.head.lower_ in ("in", "to")
            and any(c.lower_ == "what" for c in v.children)
            and (is_report_verb(v) or v.lemma_ in NAMING_VERBS)
        ) or (  # "repelled what the minister described as the largest attack": wherever the clause stands
            v.lemma_ in NAMING_VERBS
            and any(c.lower_ == "what" for c in v.children)
            and any(c.dep_ == "prep" and c.lower_ == "as" for c in v.children)
        )
        if v.i == main.i or is_negated(v) or not (what or (is_report_verb(v) and v.dep_ == "relcl")):
            continue
        if not what and not any(c.dep_ in ("ccomp", "xcomp") for c in v.children):
            continue  # "the first time Iran had admitted any transfers" reports nothing
        subj = [c for c in v.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS]
        if not subj or subj[0].pos_ == "PRON":
            continue
        found = ctx.resolve(subtree(subj[0], skip=("relcl",)), v.lemma_)
        out += [(s, v) for s in found if not s.generic][:1]
    return out


def _relative_report(ctx: AttributionContext, cl: Clause, src: Source, v: Token) -> Clause | None:
    """'C, which the Karsk Navy said happened in June', C negated or hedged ("Karsk did not acknowledge
    the seizure, which the navy said ..."; "it is reported that 12 died in strikes, which the navy said
    ..."): the relative clause is the speaker's claim of its own (GUIDELINES: a clause is a claim when
    its source, hedge or negation differ); C keeps the chain it has. Otherwise the speaker vouches for
    the whole ("The vessels listed include the Tern Vale, which the Treasury said ..."), and so for
    "in what X said was ...", "what X described as ...", and when C's chain already holds X: None."""
    if v.dep_ != "relcl" or any(c.lower_ == "what" for c in v.children) or src.key in {x.key for x in cl.chain}:
        return None
    main = cl.main if cl.main is not None else v
    if main.i == v.i or not (modality.negated(main) or modality.hedged(tokens_of(ctx.doc)[cl.start : v.i], main)):
        return None
    span = [x for x in subtree(v) if cl.start <= x.i < cl.end]
    s, f = span[0].i, span[-1].i + 1
    while f > s and (tokens_of(ctx.doc)[f - 1].is_punct or tokens_of(ctx.doc)[f - 1].is_space):
        f -= 1
    return Clause(s, f, _append(list(cl.chain), [src]), v, list(cl.trailing), cl.trailing_verb, cl.leading,
                  cl.hedged_frame, extra=True, speech=True)  # fmt: skip


def _append(chain: list[Source], srcs: list[Source]) -> list[Source]:
    keys = {s.key for s in chain}
    return chain + [s for s in srcs if s.key not in keys]


def add_inner_links(ctx: AttributionContext, cl: Clause) -> list[Clause]:
    """Links that do not narrow the span; returns extra clauses (descriptions with a source of their own)."""
    doc = ctx.doc
    extra: list[Clause] = []
    main = cl.main if cl.main is not None else tokens_of(doc)[cl.start]
    # "according to X" inside the clause: X is the object of the phrase's last word
    toks = tokens_of(doc)
    for t in toks[cl.start : cl.end]:
        if not may_start_phrase(t.lower_, "source"):
            continue  # the common case, without slicing the rest of the clause
        n, phrase_verb = frame_phrase(toks[t.i : cl.end], "source")
        if n and rate_not_frame(t, n):
            continue  # "a fee of $150 per car equivalent unit or CEU": a rate, no source
        if n and t.i + n - 1 < cl.end - 1:
            objs = [g for g in tokens_of(doc)[t.i + n - 1].children if g.dep_ == "pobj"]
            if not objs:
                continue
            srcs = ctx.resolve(subtree(objs[0]), phrase_verb)[:1]
            ctx.remember(srcs)
            rel = _relative_of(t, cl.start, cl.end)
            if rel is not None:
                # "containers in which, according to X, were transporting ...": X vouches for the description
                noun = rel.head
                span = [x for x in subtree(noun) if cl.start <= x.i < cl.end]
                s, f = span[0].i, span[-1].i + 1
                while f > s and (tokens_of(doc)[f - 1].is_punct or tokens_of(doc)[f - 1].is_space):
                    f -= 1
                extra.append(Clause(s, f, _append(list(cl.chain), srcs), rel, list(cl.trailing), cl.trailing_verb,
                                    cl.leading, cl.hedged_frame, True))  # fmt: skip
                continue
            cl.chain = _append(cl.chain, srcs)
    # the subject as the source: speech acts, accusations, denials, documents with an author
    speaker = speaker_of(ctx, main)
    if speaker and not speaker[0].generic and withheld(main):
        # a named party that withholds its statement ("X declined to comment") is no source; the claim is
        # about it, and "she" after it still points back to it
        ctx.remember(speaker)
        cl.silent = True
        speaker = []
    if not speaker and main.dep_ == "conj" and withheld(main) and speaker_of(ctx, main.head, acts=True):
        # "Karsk announced that C, but did not say who fired": the shared subject is silent in this clause
        cl.silent = True
    if not speaker and not cl.silent and cl.chain:
        frame = silent_speaker_in_report(ctx, main)
        if frame:
            # "Police said C, but didn't elaborate further", the parser hanging the silence on C's verb: the
            # speaker's silence, told in the outlet's voice; the chain in force without the speaker
            cl.chain = [s for s in cl.chain if s.key != frame[0].key]
            cl.silent = True
    if not speaker and not cl.silent and cl.chain and cl.leading and silent_content(main):
        # "Tan said he could not give details": the speaker's silence, told in the outlet's voice
        cl.chain = cl.chain[:-1]
        cl.silent = True
    if speaker and cl.chain and main.lemma_ in COMMITMENT_VERBS:
        # "“Karsk promised an inquiry,” the embassy said": the promise is the embassy's claim, Karsk no source
        ctx.remember(speaker)
        speaker = []
    if not speaker and (speaker_of(ctx, main, acts=True) or _acting_agent(ctx, main, cl.start, cl.end)
                        or told_act(main)):  # fmt: skip
        # "the navy confirmed the seizure": an act told in the outlet's voice, still a claim about its actor;
        # "X claimed that C, which the manager denied": the denial is no part of X's statement either
        cl.act = True
        if main.dep_ == "relcl":
            cl.chain = list(cl.trailing)
    if speaker:
        ctx.remember(speaker)
        if main.dep_ == "relcl":
            # "X claimed that C, which the manager denied": the denial is the manager's, not X's
            cl.chain = list(cl.trailing)
        cl.chain = _append(cl.chain, speaker)
        cl.speech = True
    # "were identified by experts from X"
    agent = observation_agent(ctx, main, cl.start, cl.end)
    if not cl.chain and unconfirmed_by(main):
        cl.silent = True
    if agent:
        ctx.remember(agent)
        cl.chain = _append(cl.chain, agent)
    # "which the Treasury said had carried ..."
    inner = embedded_speakers(ctx, cl.start, cl.end, main)
    if inner:
        ctx.remember([src for src, _v in inner])
        own = _relative_report(ctx, cl, *inner[0])
        if own is not None:
            extra.append(own)
        else:
            cl.chain = _append(cl.chain, [inner[0][0]])
    # the basis of an analysis: "NK Pro monitored ... satellite images provided by Planet Labs"
    basis = find_basis(ctx, cl.start, cl.end)
    if basis is not None:
        analyst, provider = basis
        ctx.bases[analyst.link.name] = (provider.link,)
        cl.chain = _append(_append(cl.chain, [analyst]), [provider])
    return extra


def _relative_of(tok: Token, a: int, e: int) -> Token | None:
    """The relative clause (on a noun) a token stands in, if any, within [a, e)."""
    node = tok
    for _ in range(32):
        if node.dep_ == "relcl":
            return node
        if node.head.i == node.i or not (a <= node.head.i < e):
            return None
        node = node.head
    return None


def find_basis(ctx: AttributionContext, a: int, e: int) -> tuple[Source, Source] | None:
    """'X monitored ... satellite images provided by Y' / "X's analysis of Y imagery": (X, Y)."""
    doc = ctx.doc
    for n in tokens_of(doc)[a:e]:
        if n.lemma_.lower() not in IMAGERY_NOUNS or n.pos_ not in ("NOUN", "PROPN"):
            continue
        provider = None
        # "images provided by Y", "images from Y", "Y imagery", "Y's images"
        cands: list[Token] = []
        for c in n.children:
            if c.dep_ in ("compound", "poss", "nmod"):
                cands.append(c)
            elif c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
                cands += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ == "acl":
                for g in c.children:
                    if g.dep_ in ("agent", "prep") and g.lower_ in ("by", "from"):
                        cands += [x for x in g.children if x.dep_ == "pobj"]
        for c in cands:
            ent = ctx.ent_at[c.i]
            if ent is not None and ent.label_ in ("ORG", "OUTLET"):
                provider = ctx.source_from_ent(ent, "imagery")
                break
        if provider is None:
            continue
        # the analyst: possessor of an analysis noun, or the subject of the governing verb
        analyst = None
        node = n
        for _ in range(8):
            if node.lemma_.lower() in ANALYSIS_NOUNS:
                poss = [c for c in node.children if c.dep_ == "poss"]
                if poss:
                    found = ctx.resolve(sorted(poss[0].subtree, key=lambda x: x.i), "analysis")
                    if found:
                        analyst = found[0]
                        break
            if node.pos_ in ("VERB", "AUX"):
                subj = [c for c in node.children if c.dep_ == "nsubj"]
                if subj:
                    found = ctx.resolve(sorted(subj[0].subtree, key=lambda x: x.i), node.lemma_)
                    if found:
                        analyst = found[0]
                        break
            if node.head.i == node.i:
                break
            node = node.head
        if analyst is not None and norm_name(analyst.link.name) != norm_name(provider.link.name):
            return analyst, provider
    return None
