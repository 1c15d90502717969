"""Reading the dependency parse: the helpers every claims-side module shares.

No pipeline component of its own: pure functions over a parsed Doc (tokens, subtrees, quotes and
separators, noun-phrase heads, whether a verb asserts or only describes), used by the clause
splitter, the attribution frames, the source resolution, the claims and the fact rules. It reads
the parse and the extension attributes (`ext`), and writes nothing on the Doc.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Span, Token

from osint_graph.model import slug
from osint_graph.nlp.rules import words

QUOTE_OPEN = frozenset({"“", "«", "‘", "``", "„"})
QUOTE_CLOSE = frozenset({"”", "»", "’", "''"})
QUOTE_AMBIG = frozenset({'"'})
DASHES = frozenset({"—", "–", "--"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
NOMINAL_DEPS = words("attribution/nominal_dependencies")
RELATIVE_PRONOUNS = words("common/relative_pronouns")


_TOKENS: list = [None, None]  # the last Doc and its Token objects


def tokens_of(doc: Doc) -> list[Token]:
    """The Doc's tokens as one list, made once per Doc: `doc[i]` builds a new Token object each time."""
    toks = _TOKENS[1]
    if _TOKENS[0] is not doc or len(toks) != len(doc):
        toks = list(doc)
        _TOKENS[0], _TOKENS[1] = doc, toks
    return toks


def forget_tokens() -> None:
    """Drop the cached Token list (a Doc may have been retokenised since) and what was worked out from it."""
    _TOKENS[0] = _TOKENS[1] = None
    _MEMO[0], _MEMO[1] = None, {}


_MEMO: list = [None, {}]  # the Token list of tokens_of() and the values worked out for its Doc


def doc_memo(doc: Doc) -> dict:
    """A dict for values worked out once per Doc (they go with its Token list: another Doc, a
    retokenised one or `forget_tokens` starts a new one)."""
    toks = tokens_of(doc)
    if _MEMO[0] is not toks:
        _MEMO[0], _MEMO[1] = toks, {}
    return _MEMO[1]


def separator_flags(doc: Doc) -> list[tuple[bool, bool]]:
    """Per token of the Doc: (`is_separator`, `is_separator` or a space), worked out once per Doc
    (`chunks` runs over every sentence several times)."""
    memo = doc_memo(doc)
    if "separators" not in memo:
        toks = tokens_of(doc)
        memo["separators"] = [(f, f or t.is_space) for f, t in zip(map(is_separator, toks), toks, strict=True)]
    return memo["separators"]


def head_indices(doc: Doc) -> list[int]:
    """The index of every token's head, read once per Doc (`tok.head` builds a Token object)."""
    memo = doc_memo(doc)
    if "heads" not in memo:
        # the HEAD array holds offsets to the head, negative ones wrapped round as unsigned
        memo["heads"] = (numpy.arange(len(doc)) + doc.to_array(HEAD).astype(numpy.int64)).tolist()
    return memo["heads"]


def norm_name(name: str | None) -> str:
    """Loose comparison key of a source name ('The Moscow Times' == 'Moscow Times')."""
    if not name:
        return ""
    words = slug(name).split("-")
    if words and words[0] == "the":
        words = words[1:]
    return "-".join(words)


def ext(obj: object, name: str, default: object = None) -> object:
    """An extension attribute if registered and set, else `default` (never raises)."""
    try:
        value = getattr(obj._, name)  # type: ignore[attr-defined]
    except AttributeError:
        return default
    return default if value is None else value


def dep_labels(doc: Doc) -> list[str]:
    """Every token's dependency label, read once per Doc from the DEP array."""
    memo = doc_memo(doc)
    if "deps" not in memo:
        strings = doc.vocab.strings
        memo["deps"] = [strings[d] for d in doc.to_array(DEP).tolist()]
    return memo["deps"]


def child_indices(doc: Doc) -> list[list[int]]:
    """Every token's children (indices, in order), worked out once per Doc from the head indices:
    `tok.children` builds a Token object per step of its scan."""
    memo = doc_memo(doc)
    if "children" not in memo:
        kids: list[list[int]] = [[] for _ in range(len(doc))]
        for i, h in enumerate(head_indices(doc)):
            if h != i:
                kids[h].append(i)
        memo["children"] = kids
    return memo["children"]


def is_negated(tok: Token) -> bool:
    """Has the token a "neg" child? (The heads of the Doc's "neg" tokens, found once per Doc.)"""
    memo = doc_memo(tok.doc)
    negated = memo.get("negated")
    if negated is None:
        heads = head_indices(tok.doc)
        negs = [i for i, d in enumerate(dep_labels(tok.doc)) if d == "neg"]
        negated = memo["negated"] = {heads[i] for i in negs if heads[i] != i}
    return tok.i in negated


def is_quote(tok: Token) -> bool:
    return tok.text in QUOTE_OPEN or tok.text in QUOTE_CLOSE or tok.text in QUOTE_AMBIG


def is_closing_quote(tok: Token) -> bool:
    if tok.text in QUOTE_CLOSE:
        return tok.text != "’" or tok.i == 0 or tokens_of(tok.doc)[tok.i - 1].whitespace_ == ""
    if tok.text in QUOTE_AMBIG:
        if tok.i == 0:
            return False
        before = tokens_of(tok.doc)[tok.i - 1]
        return before.whitespace_ == "" and not before.is_space
    return False


def is_separator(tok: Token) -> bool:
    return tok.text == "," or tok.text in DASHES or is_closing_quote(tok)


def subtree(tok: Token, skip: Iterable[str] = ()) -> list[Token]:
    """The tokens of a subtree in order, leaving out children with the given relations."""
    if not skip:
        return list(tok.subtree)
    skip = set(skip)
    doc = tok.doc
    kids, deps = child_indices(doc), dep_labels(doc)  # indices: no Token object per step
    out = [tok.i]
    stack = [c for c in kids[tok.i] if deps[c] not in skip]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(kids[t])
    toks = tokens_of(doc)
    return [toks[i] for i in sorted(out)]


def strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def np_head(toks: Sequence[Token]) -> Token:
    idx = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in idx or t.head.i == t.i]
    nominal = [t for t in roots if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM")]
    if nominal:
        return nominal[0]
    nouns = [t for t in toks if t.pos_ in ("NOUN", "PROPN", "PRON")]
    return nouns[-1] if nouns else toks[-1]


def np_text(toks: Sequence[Token]) -> str:
    doc = toks[0].doc
    # a noun phrase stops at a relative clause or a participle phrase hanging on it
    end = toks[-1].i + 1
    for t in toks:
        if t.dep_ in ("relcl", "acl") and t.i > toks[0].i:
            end = min(end, min(x.i for x in t.subtree))
    start = toks[0].i
    while start < end - 1 and tokens_of(doc)[start].lower_ in ("both", "all", "each", "also"):
        start += 1
    return doc[start:end].text.strip(" ,;:“”\"'")


def chunks(doc: Doc, a: int, e: int) -> list[tuple[int, int]]:
    """Token ranges between separator runs (commas, dashes, closing quotes)."""
    out: list[tuple[int, int]] = []
    flags = separator_flags(doc)
    start = a
    i = a
    while i < e:
        if flags[i][0]:
            if i > start:
                out.append((start, i))
            while i < e and flags[i][1]:
                i += 1
            start = i
            continue
        i += 1
    if start < e:
        out.append((start, e))
    return out


def content_end(doc: Doc, a: int, b: int) -> int:
    """The end of a sentence without its final punctuation, quotes and spaces."""
    e = b
    while e > a and (
        tokens_of(doc)[e - 1].is_space
        or tokens_of(doc)[e - 1].text in (".", "!", "?", "…")
        or is_quote(tokens_of(doc)[e - 1])
    ):
        e -= 1
    return e


def has_finite_verb(toks: Iterable[Token]) -> bool:
    return any(t.tag_ in FINITE_TAGS and t.pos_ in ("VERB", "AUX") for t in toks)


def clause_depth(tok: Token) -> int:
    n = 0
    while tok.head.i != tok.i and n < 64:
        tok = tok.head
        n += 1
    return n


def described(span: Span, verb: Token) -> bool:
    """Is the span inside a description of a noun ('The Angara, which was sanctioned in 2022, ...')?"""
    node = span.root
    for _ in range(32):
        if node.i == verb.i or node.head.i == node.i:
            return False
        if node.dep_ in ("relcl", "acl", "appos"):
            return True
        node = node.head
    return False


def asserted(verb: Token, main: Token) -> bool:
    """Does the clause assert what `verb` says, or only mention it inside a noun phrase?

    "North Korea sent shells" asserts a shipment; "the news about Iran providing Russia with drones
    has political ambitions" and "ships suspected of carrying arms" do not.
    """
    node = verb
    for _ in range(32):
        if node.i == main.i:
            return True
        if node.dep_ in NOMINAL_DEPS:
            return False
        if node.head.i == node.i:
            return True
        node = node.head
    return True


def colon_after(v: Token, e: int) -> int | None:
    """The colon that closes the frame of reporting verb `v` ("said:", "posted on X:", "told
    reporters on Monday:"): the first colon before `e` with only `v`'s own words between them."""
    doc = v.doc
    for i in range(v.i + 1, min(e, v.i + 10)):
        t = doc[i]
        if t.text == ":":
            return i
        if t.pos_ in ("VERB", "AUX") or is_quote(t) or not (v.left_edge.i <= i <= v.right_edge.i):
            return None
    return None


def by_objects(noun: Token) -> list[Token]:
    """The objects of a noun's "by"/"from" phrases ("a statement by the navy" -> navy)."""
    return [g for p in noun.children if p.dep_ == "prep" and p.lower_ in ("by", "from") for g in p.children
            if g.dep_ == "pobj"]  # fmt: skip
