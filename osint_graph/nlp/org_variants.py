"""One organisation, one entity in an article: the forms one article writes a body's name in.

`coreference.corefer` makes one entity of a name and the short forms it can tell from the text
alone (an acronym in brackets, a tail, a company's name without its company words). This step, run
after it, joins the entities left whose names are variants of one another, when the article has
exactly one body they can be:

- an acronym whose letters are the initials of one long form in the article, dots left out
  ('I.L.A.' for 'International Longshoremen's Association'), a number kept ('CTF150' for 'Combined
  Task Force 150'), with or without 'of'/'and', with or without the state's name that opens the
  long form, or from a state's name inside it on ('USTR' for 'Office of the U.S. Trade
  Representative');
- a short form that is the long form without a state's name or demonym opening it (or 'of <state>'
  closing it), without the legal forms closing it, written 'Ministry of X' or 'X Ministry', and
  without the words of context/body_name_droppable ('Treasury' beside 'US Treasury Department',
  'ALBROS SHIPPING & TRADING' beside 'Albros Shipping and Trading Ltd').

Never where two bodies could be meant: names of one key that write two states ('Foreign Ministry'
beside 'Chinese Foreign Ministry' and 'Philippine Foreign Ministry') or two legal forms ('Karsk
Shipping' beside 'Karsk Shipping Ltd' and 'Karsk Shipping SA', two companies of one group), or an
acronym two long forms share, stay apart (GUIDELINES "One record per entity per article").
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Span

from osint_graph.gazetteer import normalise_name
from osint_graph.nlp.extensions import span_ext
from osint_graph.nlp.legal_forms import is_legal_form
from osint_graph.nlp.rules import words

DROPPABLE = words("context/body_name_droppable")
HEADS = ("ministry", "department")  # 'Ministry of Defence' is the 'Defence Ministry'
CONNECTORS = ("of", "and", "&")  # words an acronym may give a letter ('DOJ', 'MOFA')
_ACRONYM = re.compile(r"([A-Z][A-Za-z]*?)-?(\d*)")

Key = tuple[str, ...]


def _tokens(name: str) -> list[str]:
    """The words of a name: a possessive and brackets left out, inner dots kept ('U.S.'), '&' a word."""
    name = re.sub(r"['’]s\b", "", name.replace("&", " & "))
    out = []
    for w in name.split():
        w = w.strip("()[],;:\"'’‘")
        if w:
            out.append(w)
    return out


def _fold(word: str) -> str:
    w = normalise_name(word.replace("&", "and"))
    return w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w


def _state_at(tokens: list[str], i: int, gazetteer) -> tuple[str, int] | None:
    """The state named by the words from i on ('U.S.', 'United States', 'South Korean') and how many
    words name it, or None."""
    for n in (3, 2, 1):
        if i + n > len(tokens) or not all(t[:1].isupper() for t in tokens[i : i + n]):
            continue
        text = " ".join(tokens[i : i + n]).rstrip(".") if n > 1 else tokens[i]
        entry = gazetteer.country_of_demonym(text)
        if entry is None and "Country" in gazetteer.types_of(text):
            entry = gazetteer.lookup(text, "Country")
        if entry is not None:
            return normalise_name(entry.name), n
    return None


def _legal(word: str) -> bool:
    return is_legal_form(word) or is_legal_form(word.rstrip("."))


DROPPABLE_FOLDED = frozenset(_fold(w) for w in DROPPABLE)


def variant_key(name: str, gazetteer) -> tuple[Key, frozenset[str], frozenset[str]] | None:
    """A body's name as its short forms share it, with the states and legal forms it writes:
    'US Department of the Treasury' -> (('treasury',), {'united states'}, {}); None for a name with
    nothing left."""
    toks = _tokens(name)
    if toks and toks[0].lower() == "the":
        toks = toks[1:]
    states, forms = set(), set()
    if toks and (state := _state_at(toks, 0, gazetteer)) is not None and len(toks) > state[1]:
        states.add(state[0])
        toks = toks[state[1] :]
    low = [t.lower() for t in toks]
    if "of" in low[1:]:  # 'Armed Forces of Ukraine', 'Armed Forces of the Philippines'
        k = low.index("of", 1)
        rest = [t for t in toks[k + 1 :] if t.lower() != "the"]
        if rest and (state := _state_at(rest, 0, gazetteer)) is not None and state[1] == len(rest):
            states.add(state[0])
            toks = toks[:k]
    while len(toks) > 1 and (_legal(toks[-1]) or toks[-1] in (",", ".")):
        forms.add(normalise_name(toks.pop()))
    low = [_fold(t) for t in toks]
    low = [w for w in low if w]
    if len(low) >= 3 and low[0] in HEADS and low[1] == "of":
        low = [w for w in low[2:] if w != "the"] + low[:1]
    low = [w for k, w in enumerate(low) if k == 0 or w not in DROPPABLE_FOLDED]
    if not low or low == ["the"]:
        return None
    return tuple(low), frozenset(states), frozenset(forms - {""})


def acronym_parts(text: str) -> tuple[str, str] | None:
    """'CTF150' -> ('CTF', '150'), 'I.L.A.' -> ('ILA', ''); None for a word that is no acronym."""
    m = _ACRONYM.fullmatch(text.replace(".", ""))
    if m is None:
        return None
    letters, digits = m.groups()
    if not letters.isupper() or len(letters) < (2 if digits else 3):
        return None
    return letters, digits


def long_form_initials(name: str, gazetteer) -> set[tuple[str, str]]:
    """The (letters, number) an acronym of the name may be: the initials of its capitalised words
    ('U.S.' gives 'US', 'Army-Navy' gives 'AN'), with or without 'of'/'and', with or without the state opening it, and
    from a state's name inside it on."""
    toks = [p for t in _tokens(name) for p in (t.split("-") if re.fullmatch(r"[A-Z]\w+(?:-[A-Z]\w+)+", t) else [t])]
    number = "".join(t for t in toks if t.isdigit())
    words_ = [t for t in toks if not t.isdigit()]
    if len(words_) < 2:
        return set()
    starts = {0}
    for i in range(len(words_)):
        if words_[i][:1].isupper() and (state := _state_at(words_, i, gazetteer)) is not None:
            starts.add(i)
            if i == 0:
                starts.add(state[1])
    out = set()
    for s in starts:
        part = words_[s:]
        plain = "".join(_letters(w) for w in part if w[:1].isupper())
        joined = "".join(
            _letters(w) if w[:1].isupper() else w[0].upper() for w in part if w[:1].isupper() or w in CONNECTORS
        )
        out |= {(plain, number), (joined.replace("&", "A"), number)}
    return {v for v in out if len(v[0]) >= 2}


def _letters(word: str) -> str:
    """'U.S.' -> 'US', 'Maritime' -> 'M'."""
    return word.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.){2,}", word) else word[0]


def one_org_per_body(ents: list[Span], gazetteer) -> None:
    """Join the organisations of one article that are one body written otherwise (module docstring):
    every mention of the joined entities gets the id and name of the most complete one."""
    groups: dict[str, list[Span]] = defaultdict(list)
    for e in ents:
        if e.label_ == "ORG" and span_ext(e, "entity_id"):
            groups[span_ext(e, "entity_id")].append(e)
    if len(groups) < 2:
        return
    # a mention written all in lower case ("Taiwan's coast guard" named Coast Guard Administration) is
    # a description its canonical name settles, no name of its own to join bodies by
    names = {
        eid: {span_ext(s, "canonical") or s.text for s in spans} | {s.text for s in spans if not s.text.islower()}
        for eid, spans in groups.items()
    }
    parent = {eid: eid for eid in groups}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for ids in _short_form_groups(names, gazetteer) + _acronym_groups(names, gazetteer):
        for other in ids[1:]:
            parent[root(other)] = root(ids[0])
    joined: dict[str, list[str]] = defaultdict(list)
    for eid in groups:
        joined[root(eid)].append(eid)
    for members in joined.values():
        if len(members) < 2:
            continue
        win = max(members, key=lambda eid: _completeness(groups[eid]))
        head = groups[win][0]
        for eid in members:
            for s in groups[eid]:
                s._.entity_id = span_ext(head, "entity_id")
                s._.canonical = span_ext(head, "canonical") or head.text
                s._.identifiers = {**(span_ext(head, "identifiers") or {}), **(span_ext(s, "identifiers") or {})}


def _completeness(spans: list[Span]) -> tuple[int, int, int]:
    """The entity whose name wins: the gazetteer's, then the most words, then the first named."""
    head = spans[0]
    name = span_ext(head, "canonical") or head.text
    return (span_ext(head, "osint_source") == "gazetteer", len(name.split()), -min(s.start for s in spans))


def _short_form_groups(names: dict[str, set[str]], gazetteer) -> list[list[str]]:
    """The entities to join by `variant_key`, a key's entities split by the state they write; the
    ones that write none join only where one state is written, and none joins across two legal forms."""
    by_key: dict[Key, dict[str, tuple[set[str], set[str]]]] = defaultdict(dict)
    for eid, texts in names.items():
        for text in texts:
            found = variant_key(text, gazetteer)
            if found is None:
                continue
            key, states, forms = found
            have = by_key[key].setdefault(eid, (set(), set()))
            have[0].update(states)
            have[1].update(forms)
    out = []
    for members in by_key.values():
        if len(members) < 2:
            continue
        if any(len(states) > 1 for states, _ in members.values()):
            continue
        by_state: dict[str, list[str]] = defaultdict(list)
        for eid, (states, _) in members.items():
            by_state[next(iter(states), "")].append(eid)
        stated = [s for s in by_state if s]
        if len(stated) == 1:
            by_state[stated[0]] += by_state.pop("", [])
        for ids in by_state.values():
            forms = [members[eid][1] for eid in ids if members[eid][1]]
            if len(ids) > 1 and all(a <= b or b <= a for a in forms for b in forms):
                out.append(ids)
    return out


def _acronym_groups(names: dict[str, set[str]], gazetteer) -> list[list[str]]:
    """Each acronym's entity with the one long form whose initials it writes (none where two could be)."""
    initials = {eid: set().union(*(long_form_initials(t, gazetteer) for t in texts)) for eid, texts in names.items()}
    out = []
    for eid, texts in names.items():
        parts = {acronym_parts(t) if " " not in t.strip() else None for t in texts}
        if len(parts) != 1 or None in parts:
            continue
        acro = parts.pop()
        longs = [other for other in names if other != eid and acro in initials[other]]
        if len(longs) == 1:
            out.append([longs[0], eid])
    return out
