"""The model's attribute_ruler answered without its Matcher: the same token attributes, faster.

spaCy's AttributeRuler (the model's tag map and its exceptions: POS, MORPH and LEMMA from a
token's TAG, LOWER, DEP) runs a Matcher of ~180 patterns over every token, and the Matcher calls
each IN / NOT_IN / REGEX test as Python on a new Token object at every position: 0.6 s of CPU on
the bench's 20,000 words, as much as all our rule components' largest one. What a one-token
pattern does to a token depends only on the token's values of the attributes the patterns read,
so `FastAttributeRuler` works that out once per distinct combination of values (a few thousand
over many articles) and keeps it; a pattern of several tokens is tested only where its first token
matches. Writes are applied as spaCy applies them: every match found on the untouched Doc, then
in the order the patterns were added (a later pattern wins).

It is a subclass of AttributeRuler holding the same patterns (`patterns`, serialisation and
`initialize` unchanged); `add_components` puts it in the model's `attribute_ruler` place. A pattern
set it cannot answer this way (an operator, a predicate other than IN / NOT_IN / REGEX, an
attribute read or written other than those below) makes it fall back to spaCy's own Matcher.
tests/test_nlp_fast_paths.py checks it against spaCy's ruler on a made-up text.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import DEP, IDS, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc

WRITABLE = (POS, MORPH, LEMMA, TAG, DEP)  # token attributes the fast path may write (not the lexeme's)
FLAG_LIMIT = 64  # attribute ids below this are a lexeme's boolean flags (IS_SPACE, IS_PUNCT, ...)
STRING_ATTRS = frozenset(IDS[name] for name in ("ORTH", "LOWER", "NORM", "TAG", "DEP"))
MAX_CACHED = 200_000  # distinct value combinations kept before the cache starts again

EQUALS, IN, NOT_IN, REGEX = range(4)  # kinds of check: (column, kind, argument)
Test = tuple  # a token test: its checks, all of which must pass (plain data: the ruler pickles)


class Unsupported(Exception):
    """A pattern the fast path cannot answer exactly: the ruler uses spaCy's Matcher instead."""


class Plan:
    """The ruler's patterns as tests on a tuple of token values (`attrs`, read with `to_array`)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.attrs: list[int] = []  # the attributes the patterns read
        self.written: list[int] = []  # the attributes they write
        self.singles: list[tuple[int, Test, tuple]] = []  # (order, test, writes)
        self.multis: list[tuple[int, list[Test], int, tuple]] = []  # (order, tests, target offset, writes)
        for order, entry in enumerate(ruler.patterns):
            writes = self._writes(ruler.attrs[order])
            for pattern in entry["patterns"]:
                tests = [self._token_test(spec) for spec in pattern]
                if len(tests) == 1 and entry["index"] in (0, -1):
                    self.singles.append((order, tests[0], writes))
                    continue
                index = entry["index"]
                if not -len(tests) <= index < len(tests):
                    raise Unsupported(f"index {index} outside a pattern of {len(tests)} tokens")
                self.multis.append((order, tests, index % len(tests), writes))
        self.cache: dict[tuple, tuple] = {}

    def _writes(self, attrs: dict) -> tuple:
        """A pattern's normalised attributes as (column in `written`, value) pairs."""
        for attr in attrs:
            if attr not in WRITABLE:
                raise Unsupported(f"writes attribute {attr}")
            if attr not in self.written:
                self.written.append(attr)
        return tuple((self.written.index(attr), value) for attr, value in attrs.items())

    def _column(self, name: str) -> int:
        attr = IDS.get("ORTH" if name.upper() == "TEXT" else name.upper())
        if attr is None or not (attr in STRING_ATTRS or 0 < attr < FLAG_LIMIT):
            raise Unsupported(f"attribute {name}")
        if attr not in self.attrs:
            self.attrs.append(attr)
        return self.attrs.index(attr)

    def _token_test(self, spec: dict) -> Test:
        return tuple(self._check(self._column(name), value) for name, value in spec.items())

    def _check(self, col: int, value) -> tuple:
        is_flag = self.attrs[col] < FLAG_LIMIT
        if isinstance(value, bool) or (isinstance(value, str) and not is_flag):
            return col, EQUALS, int(value) if isinstance(value, bool) else get_string_id(value)
        if not isinstance(value, dict) or len(value) != 1 or is_flag:
            raise Unsupported(f"value {value!r}")
        ((predicate, argument),) = value.items()
        predicate = predicate.upper()
        if predicate in ("IN", "NOT_IN") and isinstance(argument, list) and all(isinstance(v, str) for v in argument):
            return col, IN if predicate == "IN" else NOT_IN, frozenset(get_string_id(v) for v in argument)
        if predicate == "REGEX" and isinstance(argument, str):
            return col, REGEX, re.compile(argument)
        raise Unsupported(f"predicate {predicate}")

    def effect(self, key: tuple, strings) -> tuple:
        """(writes of the one-token patterns in order as (column, value) pairs, those patterns'
        (order, writes), the multi-token patterns whose first token this is), once per key."""
        found = self.cache.get(key)
        if found is None:
            if len(self.cache) >= MAX_CACHED:
                self.cache.clear()
            hits = tuple((order, writes) for order, test, writes in self.singles if _passes(test, key, strings))
            starts = tuple(m for m, (_, tests, _, _) in enumerate(self.multis) if _passes(tests[0], key, strings))
            found = self.cache[key] = (tuple(w for _, writes in hits for w in writes), hits, starts)
        return found

    def apply(self, doc: Doc) -> None:
        keys = [tuple(row) for row in doc.to_array(self.attrs).reshape(len(doc), -1).tolist()]
        strings = doc.vocab.strings
        before = doc.to_array(self.written).reshape(len(doc), -1).tolist()
        values = [list(row) for row in before]
        later: dict[int, list] = {}  # target token -> (order, writes) of multi-token matches
        for i, key in enumerate(keys):
            writes, _, starts = self.effect(key, strings)
            if writes:
                row = values[i]
                for col, value in writes:
                    row[col] = value
            for m in starts:
                order, tests, offset, mwrites = self.multis[m]
                end = i + len(tests)
                if end <= len(keys) and all(
                    _passes(t, k, strings) for t, k in zip(tests[1:], keys[i + 1 : end], strict=True)
                ):
                    later.setdefault(i + offset, []).append((order, mwrites))
        for target, extra in later.items():  # the token's writes again, in the patterns' order
            row = list(before[target])
            for _, writes in sorted(self.effect(keys[target], strings)[1] + tuple(extra), key=lambda hit: hit[0]):
                for col, value in writes:
                    row[col] = value
            values[target] = row
        doc.from_array(self.written, numpy.array(values, dtype="uint64"))


def _passes(test: Test, key: tuple, strings) -> bool:
    """Does a token with these values (`key`, in the plan's `attrs` order) pass every check?"""
    for col, kind, argument in test:
        value = key[col]
        if kind == EQUALS:
            ok = value == argument
        elif kind == IN:
            ok = value in argument
        elif kind == NOT_IN:
            ok = value not in argument
        else:  # the Matcher's REGEX: `search` on the attribute's string
            ok = argument.search(strings[value]) is not None
        if not ok:
            return False
    return True


class FastAttributeRuler(AttributeRuler):
    """AttributeRuler whose matching is a `Plan` (built on first use, again after `add`)."""

    _plan: Plan | None | bool = None  # None: not built; False: unsupported patterns

    def add(self, patterns, attrs, index=0) -> None:
        super().add(patterns, attrs, index)
        self._plan = None

    def clear(self) -> None:
        super().clear()
        self._plan = None

    def __call__(self, doc: Doc) -> Doc:
        if self._plan is None:
            try:
                self._plan = Plan(self)
            except Unsupported:
                self._plan = False
        if not self._plan or not len(doc):
            return super().__call__(doc)
        self._plan.apply(doc)
        return doc


@Language.factory(
    "osint_attribute_ruler",
    default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_fast_attribute_ruler(nlp: Language, name: str, validate: bool, scorer) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


def speed_up_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> None:
    """Put a FastAttributeRuler with the same patterns in the place of spaCy's ruler `name`."""
    if name not in nlp.pipe_names or type(nlp.get_pipe(name)) is not AttributeRuler:
        return
    patterns = nlp.get_pipe(name).patterns
    nlp.replace_pipe(name, "osint_attribute_ruler")
    nlp.get_pipe(name).add_patterns(patterns)
