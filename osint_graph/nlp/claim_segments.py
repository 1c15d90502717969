"""Claims segmentation: sentences split at line breaks, and each sentence cut into its clauses.

No pipeline component of its own: the first step of `osint_claims` (`claims.py`). It reads the
sentence boundaries (`doc.sents`), the dependency parse and the part-of-speech tags, and writes
nothing on the Doc: it returns token ranges. Sentences are split at line breaks as well (the
parser glues a photo caption or a heading to the next paragraph); a caption ("Photo: ...") or a
heading without a verb is no claim. A sentence is cut where it joins assertions that differ:
coordinated clauses with their own subject ("A, but B"), comma splices ("A, then it was B"), a
clause before a colon, a concessive clause ("A, although B"), a verb phrase or a non-restrictive
relative clause with a hedge or a speaker of its own ("... and may have been targeted", ", which
the manager denied"), embedded speech (", with X saying C"). The joining words are data
(`sources/rules/attribution/concessive_conjunctions.txt`, `complementisers.txt`,
`sources/rules/claims/joiners.txt`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from osint_graph.nlp import modality
from osint_graph.nlp.attribution_verbs import STANCE_VERBS, is_report_verb
from osint_graph.nlp.extensions import span_text
from osint_graph.nlp.rules import words
from osint_graph.nlp.syntax import (
    RELATIVE_PRONOUNS,
    SUBJECTS,
    clause_depth,
    doc_memo,
    head_indices,
    is_negated,
    tokens_of,
)

CONCESSIVE = words("attribution/concessive_conjunctions")
COMPLEMENTISERS = words("attribution/complementisers")
JOINERS = CONCESSIVE | words("claims/joiners")
HEDGE_AUX = modality.HEDGE_MODALS
# the words that open a relative clause after a comma which may be a claim of its own (", which the
# manager denied", ", who may have left", ", where Karsk appears to plan C")
CARRYING_RELATIVES = words("claims/carrying_relatives")
# a photo caption or credit line: no claim
CAPTION = re.compile(r"(?i)\b(photo|foto|image|picture|credit|source|illustration|video)s?\s*:|©")


def has_subject(tok: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in tok.children)


def _separated(doc: Doc, left: int, right: int) -> bool:
    """Is there a comma, colon, semicolon or dash between two token positions?"""
    return any(tokens_of(doc)[i].text in (",", ":", ";", "—", "–") for i in range(left, right))


def is_joiner(tok: Token) -> bool:
    """A conjunction or complementiser at the edge of a clause ('and', 'but', 'although', 'that')."""
    if tok.lower_ in ("and", "but") and tok.pos_ == "CCONJ":
        return True
    return tok.dep_ in ("cc", "mark", "preconj") and tok.lower_ in JOINERS


def modality_of(verb: Token) -> tuple[bool, bool]:
    """(hedged, negated) as marked on the verb itself: a modal auxiliary, a negation."""
    hedge = any(c.dep_ == "aux" and c.lower_ in HEDGE_AUX for c in verb.children)
    neg = any(c.dep_ == "neg" for c in verb.children)
    return hedge, neg


def raising_hedge_only(h: Token, t: Token) -> bool:
    """A raising verb that hedges its own verb phrase ("is believed to be loitering", "is suspected of
    being owned") coordinated with a verb phrase that has its own auxiliary and no hedge ("... and is
    being monitored", "... and had docked"): the second is asserted, a claim of its own. A verb phrase
    without an auxiliary shares the first one's frame ("is believed to have sailed and docked")."""
    if not modality.is_hedge_token(h) or not any(c.dep_ in ("aux", "auxpass") for c in t.children):
        return False
    return not (modality_of(t)[0] or modality.is_hedge_token(t))


def _negated_disjunct(h: Token, t: Token) -> bool:
    """'did not elaborate or say how C', 'did not name the vessel or describe how it was hit': a verb
    phrase joined by "or"/"nor" to a negated one is under that negation (one negated claim), not a
    positive verb phrase of its own; only the negation differs, not the hedge."""
    (h_hedge, h_neg), (t_hedge, t_neg) = modality_of(h), modality_of(t)
    if t_hedge != h_hedge or not h_neg or t_neg:
        return False
    joiners = [c.lower_ for c in h.children if c.dep_ == "cc" and h.i < c.i < t.i]
    return bool(joiners) and joiners[-1] in ("or", "nor")


def _own_cues(verb: Token) -> tuple[bool, bool]:
    """(hedged, negated) by a cue on the verb itself or an adverb on it ("reportedly missing")."""
    hedge, neg = modality_of(verb)
    hedge = (
        hedge
        or modality.is_hedge_token(verb)
        or any(c.dep_ == "advmod" and modality.is_hedge_token(c) for c in verb.children)
    )
    return hedge, neg


def with_clause_own_cue(t: Token) -> bool:
    """ ", with two crew reportedly missing": "with" + a subject + a predicate whose hedge or negation
    differs from the clause it hangs on is a clause of its own (GUIDELINES, thirteenth round). The
    parser hangs the predicate on "with" (pcomp) or "with" on the predicate (mark of an advcl)."""
    if t.dep_ == "pcomp" and t.head.lower_ == "with":
        anchor = t.head.head
    elif t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "with" for c in t.children):
        anchor = t.head
    else:
        return False
    if anchor.pos_ not in ("VERB", "AUX") or not has_subject(t) or _free_relative(t):
        return False
    return _own_cues(t) != _own_cues(anchor)


def _free_relative(verb: Token) -> bool:
    """'with what appeared to be a cruise missile': a wh-word subject makes the clause the object of
    "with" (the instrument), not a with-clause of its own; its cue bears on that object."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in verb.children)


def _trailing_denial(doc: Doc, verb: Token) -> Token | None:
    """ ", a charge Karsk denied", "- allegations Karsk denies", ", something it vehemently denies": a
    noun set off by a comma or dash whose relative clause (no relative pronoun, a subject of its own)
    denies. The noun phrase is the denial, a claim of its own with the denier's chain, negated
    (tests/gold/GUIDELINES.md: a clause with another source and another negation). Returns the noun."""
    if verb.dep_ != "relcl" or not modality.is_denial(verb):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children):
        return None
    noun = verb.head
    first = noun.left_edge.i
    if noun.pos_ not in ("NOUN", "PRON") or first == 0 or noun.i > verb.i:
        return None
    return noun if tokens_of(doc)[first - 1].text in (",", "-", "—", "–") else None


def _separated_or_cc(doc: Doc, h: Token, t: Token) -> bool:
    return any(
        tokens_of(doc)[i].dep_ == "cc" or tokens_of(doc)[i].text in (",", ";")
        for i in range(min(h.i, t.i), max(h.i, t.i))
    )


def split_clauses(doc: Doc, a: int, e: int) -> list[tuple[int, int, Token]]:
    """Independent clauses of [a, e) (`clauses_of`), worked out once per Doc and range: the
    attribution frames ask for the same range again when it does not split."""
    memo = doc_memo(doc)
    found = memo.get(("clauses", a, e))
    if found is None:
        found = memo[("clauses", a, e)] = clauses_of(doc, a, e)
    return list(found)


def clauses_of(doc: Doc, a: int, e: int) -> list[tuple[int, int, Token]]:
    """Independent clauses of [a, e): (start, end, main predicate).

    Split: coordinated clauses with their own subject ("A, but B"), comma
    splices and clauses before a colon ("A, then it was B", "A: B"),
    concessive clauses ("A, although B"), and embedded speech ("..., with X
    saying C", "..., NYK Line, which said C").  Coordinations inside a
    complement are not split ("it can be assumed that A and B").
    """
    toks = tokens_of(doc)[a:e]  # one Token object per position: cheaper than indexing the Doc again
    heads = head_indices(doc)
    head_of = {i: heads[i] for i in range(a, e)}
    roots = [t for i, t in enumerate(toks, a) if heads[i] == i or not (a <= heads[i] < e)]
    # a noun whose head lies outside (a parse run across a line break) is no clause of its own
    heads: list[Token] = [t for t in roots if t.pos_ in ("VERB", "AUX")] or roots
    # a complement clause whose verb hangs outside ("the conclusion is that C, X notes") is no clause of its own
    marked = [t for t in heads[1:] if any(c.dep_ == "mark" and c.lower_ in COMPLEMENTISERS for c in t.children)]
    heads = [t for t in heads if t not in marked] or heads
    head_ids = {t.i for t in heads}
    # relative clauses with a hedge or a speaker of their own (", which may be deployed ...", ", which the
    # manager denied"), and embedded speech (", with X saying C", ", NYK Line, which said C")
    for t in toks:
        if t.i in head_ids or t.pos_ not in ("VERB", "AUX"):
            continue
        dep = t.dep_
        if dep == "relcl":
            # ", which the ministry denied"; ", which the navy said were targets": a speaker of its own
            speaks = t.lemma_ in STANCE_VERBS or (is_report_verb(t) and any(c.dep_ == "ccomp" for c in t.children))
            own_speaker = speaks and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in t.children)
            # ", where Karsk appears to plan C": a hedge of its own, a raising verb as well as a modal
            if modality_of(t)[0] or own_speaker or modality.is_hedge_token(t):
                first = t.left_edge.i
                if (
                    first > a
                    and tokens_of(doc)[first - 1].text == ","
                    and tokens_of(doc)[first].lower_ in CARRYING_RELATIVES
                ):
                    heads.append(t)
                    head_ids.add(t.i)
                    continue
        if with_clause_own_cue(t):
            heads.append(t)
            head_ids.add(t.i)
            continue
        denied = _trailing_denial(doc, t)
        if denied is not None and denied.i not in head_ids:
            heads.append(denied)  # ", a charge Karsk denied": the denial is a claim of its own
            head_ids.add(denied.i)
            continue
        if not is_report_verb(t) or is_negated(t):
            continue
        children = list(t.children)
        if not any(c.dep_ == "ccomp" for c in children):
            continue
        subj = next((c for c in children if c.dep_ in SUBJECTS), None)
        if subj is None:
            continue
        if dep == "relcl" and subj.lower_ in RELATIVE_PRONOUNS and _separated(doc, head_of[t.i], t.i):
            heads.append(t)
            head_ids.add(t.i)
        elif dep in ("pcomp", "advcl") and t.tag_ == "VBG":
            heads.append(t)
            head_ids.add(t.i)
    queue = list(heads)
    while queue:
        h = queue.pop()
        for t in h.children:
            if not (a <= t.i < e) or t.i in head_ids or t.pos_ not in ("VERB", "AUX"):
                continue
            split = False
            if not has_subject(t):
                # "... reported an explosion and may have been targeted": a verb phrase with its own hedge;
                # "called the claims unfounded and reaffirmed that C": a second speech act with its own content
                split = (
                    t.dep_ == "conj"
                    and _separated_or_cc(doc, h, t)
                    and not _negated_disjunct(h, t)
                    and (
                        modality_of(t) != modality_of(h)
                        or raising_hedge_only(h, t)
                        or (is_report_verb(t) and not is_report_verb(h) and any(c.dep_ == "ccomp" for c in t.children))
                    )
                )
            elif t.dep_ in ("conj", "parataxis"):
                split = True
            elif t.dep_ == "ccomp" and t.i < h.i and not is_report_verb(h):
                split = _separated(doc, t.right_edge.i, h.i) and not any(x.dep_ == "mark" for x in t.children)
            elif t.dep_ == "advcl":
                split = any(c.dep_ in ("mark", "cc") and c.lower_ in CONCESSIVE for c in t.children) or (
                    is_report_verb(t) and any(c.dep_ == "ccomp" for c in t.children)
                )
            if split:
                heads.append(t)
                head_ids.add(t.i)
                queue.append(t)
    if len(heads) == 1:
        owner_ranges = {heads[0].i: [a, e - 1]}
    else:
        # each token belongs to the nearest clause head above it
        owner_ranges = {}
        # the "with" of a with-clause opens that clause, not the one it hangs on
        lead_in = {t.head.i: t.i for t in heads if t.dep_ == "pcomp" and with_clause_own_cue(t)}
        for t in toks:
            i = node = t.i
            found = lead_in.get(i)
            for _ in range(64 if found is None else 0):
                if node in head_ids:
                    found = node
                    break
                up = head_of.get(node, node)
                if up == node or not (a <= up < e):
                    break
                node = up
            if found is None:
                left = [h for h in head_ids if h <= i]
                found = max(left) if left else min(head_ids)
            r = owner_ranges.setdefault(found, [i, i])
            r[0] = min(r[0], i)
            r[1] = max(r[1], i)
    items = sorted(owner_ranges.items(), key=lambda kv: kv[1][0])
    merged: list[tuple[int, int, list[int]]] = []
    for h, (lo, hi) in items:
        if merged and lo <= merged[-1][1]:
            plo, phi, hs = merged[-1]
            merged[-1] = (plo, max(phi, hi), hs + [h])
        else:
            merged.append((lo, hi, [h]))
    out: list[tuple[int, int, Token]] = []
    for lo, hi, hs in merged:
        cands = [toks[h - a] for h in hs]
        verbs = [c for c in cands if c.pos_ in ("VERB", "AUX")] or cands
        main = min(verbs, key=lambda t: (clause_depth(t), t.i))
        if main.pos_ not in ("VERB", "AUX"):
            # a fragment parse ("The ships made ..." read as a noun with a participle): take the verb
            verb = next((c for c in main.children if c.pos_ == "VERB" and c.dep_ in ("acl", "relcl")), None)
            main = verb if verb is not None else main
        s, f = lo, hi + 1
        while s < f and (toks[s - a].is_punct or toks[s - a].is_space or is_joiner(toks[s - a])):
            s += 1
        while f > s and (
            toks[f - 1 - a].is_space
            or is_joiner(toks[f - 1 - a])
            or (toks[f - 1 - a].is_punct and toks[f - 1 - a].text not in (")", "]"))
        ):
            f -= 1
        if f > s:
            out.append((s, f, main))
    return out


def segments(doc: Doc) -> list[tuple[int, int, int]]:
    """Sentences split at line breaks: (start token, end token, paragraph number)."""
    out: list[tuple[int, int, int]] = []
    para = 0
    toks = tokens_of(doc)  # the Doc's Token objects once: iterating each sentence builds new ones
    for sent in doc.sents:
        start = sent.start
        for tok in toks[sent.start : sent.end]:
            if tok.is_space and "\n" in tok.text:
                if tok.i > start:
                    out.append((start, tok.i, para))
                para += 1
                start = tok.i + 1
            elif "\n" in tok.whitespace_:  # pragma: no cover - spaCy puts newlines in their own tokens
                out.append((start, tok.i + 1, para))
                para += 1
                start = tok.i + 1
        if start < sent.end:
            out.append((start, sent.end, para))
    return out


def is_caption_or_heading(span: Span) -> bool:
    text = span_text(span).strip()
    if (":" in text or "©" in text) and CAPTION.search(text):  # every caption has one of the two
        return True
    if not any(t.pos_ in ("VERB", "AUX") for t in tokens_of(span.doc)[span.start : span.end]):
        return True
    return False
