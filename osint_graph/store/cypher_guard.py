"""The read-only guard for analysts' Cypher: a tokenizer and a clause-level parser, not a word list.

On the embedded store the guard is the only barrier: LadybugDB's read-only mode
still runs `COPY ... TO` a file and `LOAD FROM` a file, and a table function such
as READ_CSV_SERIAL can kill the process. So a query passes only when

- it tokenizes completely: strings ('...', "..." with backslash escapes),
  comments (// and /* */), back-quoted names (with `` escapes), parameters,
  numbers, Unicode white space, words (compared after NFKC and case folding, so
  full-width or mixed-case spellings are the same word); control and format
  characters outside strings refuse the query;
- it is one statement (LadybugDB runs every statement of "A; B");
- the statement and every subquery (`CALL {...}`, `EXISTS {...}`...) starts with
  a read clause (MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN, CALL, or EXPLAIN);
- no word in keyword position is a writing, file-touching or administrative
  keyword (CREATE, MERGE, SET, COPY, LOAD, INSTALL, ATTACH, USE, ...); a word is
  a name, not a keyword, right after `.`, `:` or `$`, as a map key, or back-quoted;
- every procedure after CALL (its name may be dotted and back-quoted) is in
  READ_PROCEDURES, and no function that reads files or the network is called.

When in doubt it refuses: a refused read query costs the analyst a rewrite, an
accepted write costs the store.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Procedures that only read the catalogue, by store. Anything else after CALL is refused.
READ_PROCEDURES = frozenset(
    {
        # Neo4j
        "db.labels",
        "db.relationshiptypes",
        "db.propertykeys",
        "db.schema.visualization",
        "db.schema.nodetypeproperties",
        "db.schema.reltypeproperties",
        "db.index.fulltext.querynodes",  # the `find` saved query: a read of the name index
        # LadybugDB
        "show_tables",
        "table_info",
        "show_connection",
        "current_setting",
        "db_version",
    }
)
# Clauses a statement or a subquery may start with.
READ_STARTS = frozenset({"match", "optional", "with", "unwind", "return", "call", "explain"})
# Keywords that write, touch files, change the session or administer (Neo4j, Kùzu/LadybugDB, GQL),
# refused wherever they stand as keywords. Administrative statements (SHOW, START, STOP, TERMINATE,
# PROFILE, UPDATE...) can only open a statement, which must open with one of READ_STARTS.
REFUSED_KEYWORDS = frozenset(
    """
    create merge delete detach set remove drop alter copy load install uninstall attach use import export
    checkpoint foreach begin commit rollback grant revoke deny transactions insert
    """.split()
)
# Function names that read files, URLs or other databases.
FILE_FUNCTION_RE = re.compile(
    r"(^|\.)(read_|scan_|load|file|csv|parquet|json|npy|pandas|polars|arrow|http|url|sqlite|postgres|duckdb"
    r"|delta|iceberg|unity)|^(apoc|gds|dbms)\.",
    re.IGNORECASE,
)
# Openers after which `{` is a subquery whose first word must be a read clause.
SUBQUERY_OPENERS = frozenset({"call", "exists", "count", "collect"})


class WriteQueryRefused(ValueError):
    """The query could write, touch files or could not be read; the message says which."""


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # word | name (back-quoted) | string | number | param | punct
    text: str
    start: int
    spaced: bool  # white space or a comment stands before it

    @property
    def word(self) -> str:
        """A word as the engines compare keywords: NFKC, case-folded."""
        return unicodedata.normalize("NFKC", self.text).casefold()


def _is_word_char(ch: str) -> bool:
    return ch == "_" or unicodedata.category(ch)[0] in "LN" or unicodedata.category(ch) in ("Mn", "Mc", "Pc")


def _end_of_quoted(text: str, i: int, quote: str) -> int:
    """Index after the closing quote of a string opened at i (backslash escapes)."""
    j = i + 1
    while j < len(text):
        if text[j] == "\\":
            j += 2
            continue
        if text[j] == quote:
            return j + 1
        j += 1
    raise WriteQueryRefused(f"refused: unterminated string starting at offset {i}")


def _end_of_backquoted(text: str, i: int) -> int:
    j = i + 1
    while j < len(text):
        if text[j] == "`":
            if text[j + 1 : j + 2] == "`":  # `` is an escaped back-quote
                j += 2
                continue
            return j + 1
        j += 1
    raise WriteQueryRefused(f"refused: unterminated back-quoted name starting at offset {i}")


def tokenize(text: str) -> list[Token]:
    """Cypher tokens; comments and white space dropped (remembered as `spaced`)."""
    tokens: list[Token] = []
    i, n, spaced = 0, len(text), False
    while i < n:
        ch = text[i]
        if ch.isspace():
            i, spaced = i + 1, True
            continue
        if text.startswith("//", i):
            end = text.find("\n", i)
            i, spaced = (n if end < 0 else end + 1), True
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            if end < 0:
                raise WriteQueryRefused(f"refused: unterminated comment starting at offset {i}")
            i, spaced = end + 2, True
            continue
        if ch in "'\"":
            j, kind = _end_of_quoted(text, i, ch), "string"
        elif ch == "`":
            j, kind = _end_of_backquoted(text, i), "name"
        elif ch == "$":
            j, kind = i + 1, "param"
            if text[j : j + 1] == "`":
                j = _end_of_backquoted(text, j)
            while j < n and _is_word_char(text[j]):
                j += 1
        elif ch.isdigit():
            j, kind = i + 1, "number"
            while j < n and (_is_word_char(text[j]) or (text[j] == "." and text[j + 1 : j + 2].isdigit())):
                j += 1
        elif _is_word_char(ch):
            j, kind = i + 1, "word"
            while j < n and _is_word_char(text[j]):
                j += 1
        elif ch.isprintable() and ch.isascii() or unicodedata.category(ch) in ("Sm", "Pd", "Pi", "Pf"):
            j, kind = i + 1, "punct"
        else:
            raise WriteQueryRefused(f"refused: unexpected character U+{ord(ch):04X} at offset {i}")
        tokens.append(Token(kind, text[i:j], i, spaced))
        i, spaced = j, False
    return tokens


def _is_keyword(tokens: list[Token], k: int, brackets: list[str]) -> bool:
    """Whether the word at k stands where a keyword can: not a property, label, parameter or map key."""
    before = tokens[k - 1] if k else None
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if before is not None and before.kind == "punct":
        if before.text == "." and not tokens[k].spaced:
            return False
        if before.text == ":":
            return False
    if before is not None and before.kind == "word" and before.word == "as":
        return False  # an alias: RETURN p.id AS call
    ends = after is None or (after.kind == "punct" and after.text in ",);]}")
    if tokens[k].word == "call" and ends:
        return False  # a variable named call (ORDER BY call): a procedure call needs a name after it
    if after is not None and after.text == ":" and brackets and brackets[-1] == "{":
        return False  # a map key: {set: 1}
    return True


def _name_at(tokens: list[Token], k: int) -> tuple[str, int]:
    """A dotted name (parts may be back-quoted) starting at k, and the index after it."""
    parts = []
    while k < len(tokens) and tokens[k].kind in ("word", "name"):
        token = tokens[k]
        parts.append(token.text[1:-1].replace("``", "`") if token.kind == "name" else token.text)
        if k + 2 < len(tokens) and tokens[k + 1].text == "." and tokens[k + 2].kind in ("word", "name"):
            k += 2
        else:
            k += 1
            break
    return ".".join(parts), k


def _check_call(tokens: list[Token], k: int) -> None:
    """CALL {..} and CALL (x) {..} are subqueries; otherwise the procedure must be a known read one."""
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    if following is None:
        raise WriteQueryRefused("refused: CALL without a procedure")
    if following.text == "{":
        return
    if following.text == "(":
        depth = 0
        for j in range(k + 1, len(tokens)):
            depth += {"(": 1, ")": -1}.get(tokens[j].text, 0)
            if depth == 0:
                if j + 1 < len(tokens) and tokens[j + 1].text == "{":
                    return
                break
        raise WriteQueryRefused("refused: CALL ( ... ) must open a subquery")
    name, _ = _name_at(tokens, k + 1)
    if not name or unicodedata.normalize("NFKC", name).casefold() not in READ_PROCEDURES:
        shown = name or following.text
        raise WriteQueryRefused(f"refused: CALL {shown} is not a known read-only procedure")


def _statement_start(token: Token) -> None:
    if token.kind == "word" and token.word in REFUSED_KEYWORDS:
        raise WriteQueryRefused(_refusal(token))
    if token.kind != "word" or token.word not in READ_STARTS:
        raise WriteQueryRefused(
            f"refused: a query here must start with a read clause (MATCH, WITH, RETURN...), not {token.text}"
        )


def check(cypher: str) -> None:
    """Raise WriteQueryRefused unless the query is one read-only statement (see the module docstring)."""
    tokens = tokenize(cypher)
    while tokens and tokens[-1].text == ";":
        tokens.pop()
    if not tokens:
        raise WriteQueryRefused("refused: empty query")
    if any(t.text == ";" for t in tokens):
        raise WriteQueryRefused("refused: one statement at a time (no ';' between statements)")
    _statement_start(tokens[0])
    brackets: list[str] = []
    for k, token in enumerate(tokens):
        if token.kind == "punct" and token.text in "([{":
            brackets.append(token.text)
            if token.text == "{" and k and tokens[k - 1].kind in ("word", "punct") and _opens_subquery(tokens, k):
                if k + 1 < len(tokens) and tokens[k + 1].kind == "word" and tokens[k + 1].word in READ_STARTS:
                    continue
                if k + 1 < len(tokens) and tokens[k + 1].kind == "word" and tokens[k + 1].word in REFUSED_KEYWORDS:
                    raise WriteQueryRefused(_refusal(tokens[k + 1]))
            continue
        if token.kind == "punct" and token.text in ")]}":
            if brackets:
                brackets.pop()
            continue
        if token.kind == "word" and _is_keyword(tokens, k, brackets):
            if token.word in REFUSED_KEYWORDS:
                raise WriteQueryRefused(_refusal(token))
            if token.word == "call":
                _check_call(tokens, k)
                continue
        if token.kind in ("word", "name") and k + 1 < len(tokens) and tokens[k + 1].text == "(":
            _check_function(tokens, k)


def _opens_subquery(tokens: list[Token], k: int) -> bool:
    """`{` right after CALL, EXISTS, COUNT, COLLECT or after CALL (x)."""
    before = tokens[k - 1]
    if before.kind == "word" and before.word in SUBQUERY_OPENERS:
        return True
    return before.text == ")"


def _check_function(tokens: list[Token], k: int) -> None:
    """A function call's full dotted name, checked against names that read files or the network."""
    start = k
    while start >= 2 and tokens[start - 1].text == "." and tokens[start - 2].kind in ("word", "name"):
        start -= 2
    if start and tokens[start - 1].kind == "word" and tokens[start - 1].word == "call":
        return  # a procedure: checked by _check_call
    name, _ = _name_at(tokens, start)
    if FILE_FUNCTION_RE.search(unicodedata.normalize("NFKC", name)):
        raise WriteQueryRefused(
            f"refused: function {name} can read files or the network; queries here only read the graph"
        )


def _refusal(token: Token) -> str:
    return f"refused: {token.word.upper()} can change the graph or touch files; queries here are read-only"
