"""Organisations' names for osint_entity_types: where a name ends, two names run together, the
page's own outlet in its byline.

`org_tail_end` / `longer_org` carry a name the model cut short on past 'for the X', 'on the X',
'– X' (after a head word of sources/rules/entity_types/org_tail_heads.txt, joined by
org_tail_joiners.txt) and past 'and X' or 'of the X' in a ministry's or department's name
(org_and_heads.txt), over a last word of the name or a legal form ('DMCC'), and over 'and' to or
from a head of org_joined_heads.txt ('Marine Rescue and Coordination Center').  `two_orgs` splits
two organisations the model ran together, `state_and_body` a state's possessive from the body after
it; `own_outlet` tells the page's own outlet (the article's metadata) named in a byline.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from osint_graph.gazetteer import Gazetteer, normalise_name
from osint_graph.nlp.given_names import is_given_name
from osint_graph.nlp.legal_forms import is_legal_form, legal_forms_end
from osint_graph.nlp.rules import POSSESSIVE_MARKS, word_list, words

# an organisation's name the model cut short: 'National Task Force' + 'for the West Philippine Sea'
ORG_TAIL_HEADS = words("entity_types/org_tail_heads")
ORG_TAIL_JOINERS = tuple(tuple(j.split()) for j in word_list("entity_types/org_tail_joiners"))
ORG_AND_HEADS = words("entity_types/org_and_heads")
# last words of organisations' names ('Tarvik Port Holdings', 'Karsk Freight Index'): the one set the
# name rules share (context/names, context/vessel_patterns, gazetteer_ruler import it)
ORG_WORDS = words("common/org_suffixes") | words("common/org_name_words")
# a body's last word after two fields joined by 'and': 'Marine Rescue and Coordination Center'
ORG_JOINED_HEADS = words("entity_types/org_joined_heads")
# a day or month after a bare 'for' ('thanked the Harbour Authority for Tuesday's rescue')
DAYS_AND_MONTHS = {w.lower() for w in words("common/weekdays") | words("common/months")}
# a state's body, which 'of <State>' after its name belongs to ('the Coast Guard of Varnia')
STATE_BODY_HEADS = words("entity_types/state_body_heads")
# a national body's last word, whose 'of <State>' is its name's too ('the Dockers Union of Varnia')
NATIONAL_BODY_HEADS = words("entity_types/national_body_heads")
# a title that opens a body named after a person ('the Captain Ola Brenn Foundation')
TITLE_WORDS = words("common/title_words")


def _capitalised_run(doc: Doc, j: int, max_len: int = 6) -> int:
    """The end of a run of capitalised words from token j ('of', 'and' inside it: 'Horn of Africa')."""
    k = j
    while k < len(doc) and k - j < max_len:
        tok = doc[k]
        if tok.is_alpha and tok.text[:1].isupper():
            k += 1
        elif tok.lower_ in ("of", "and") and k > j and k + 1 < len(doc) and doc[k + 1].text[:1].isupper():
            k += 1
        else:
            break
    while k > j and doc[k - 1].lower_ in ("of", "and"):
        k -= 1
    return k


def org_tail_end(doc: Doc, start: int, end: int) -> int:
    """Where an organisation's name ends when the model stopped before 'for the X', 'on the X',
    '– X' (after a head word of org_tail_heads.txt), before 'and X' or 'of the X' (a ministry's or
    department's name); `end` itself when nothing follows that belongs to it."""
    if end - start > 1 and end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "class":
        end -= 1  # 'Karsk Navy Vell' + '-class frigate': the class's name is no part of the navy's
    while (  # 'Serenity Ship Management' + 'DMCC', 'Karsk Freight' + 'Index': the name's own last word
        end < len(doc)
        and doc[end - 1].whitespace_
        and doc[end].text[:1].isupper()
        and (doc[end].lower_ in ORG_WORDS or is_legal_form(doc[end].text))
    ):
        end += 1
    if is_legal_form(doc[end - 1].text) or doc[end - 1].lower_ in ORG_WORDS:
        end = legal_forms_end(doc, end - 1)  # 'Tern Line PTE' + ', Ltd.'
    if end >= len(doc):
        return end
    if doc[end - 1].lower_ in ORG_TAIL_HEADS:
        for joiner in ORG_TAIL_JOINERS:
            words_after = tuple(t.lower_ for t in doc[end : end + len(joiner)])
            if words_after != joiner:
                continue
            if joiner[0] in ("–", "—", "-") and not (doc[end - 1].whitespace_ and doc[end].whitespace_):
                continue  # 'Force-led': a hyphen inside a word, not a dash
            tail = _capitalised_run(doc, end + len(joiner))
            if joiner == ("for",) and tail > end + 1 and doc[end + 1].lower_ in DAYS_AND_MONTHS:
                continue  # 'the Harbour Authority for Tuesday's rescue': a day, no part of the name
            if tail > end + len(joiner):
                return tail
    if doc[end - 1].lower_ in ORG_AND_HEADS and tuple(t.lower_ for t in doc[end : end + 2]) == ("of", "the"):
        tail = _capitalised_run(doc, end + 2, max_len=4)
        if tail > end + 2:
            return tail  # 'U.S. Department' + 'of the Treasury'
    head = any(t.lower_ in ORG_AND_HEADS for t in doc[start:end]) and any(t.lower_ == "of" for t in doc[start:end])
    if head and doc[end].lower_ == "and":
        tail = _capitalised_run(doc, end + 1, max_len=4)
        if tail > end + 1 and not any(t.lower_ in ORG_AND_HEADS for t in doc[end + 1 : tail]):
            return tail
    if doc[end].lower_ == "and" and (tail := _and_tail_end(doc, start, end)) > end:
        return tail  # 'Albros Shipping' + 'and Trading Ltd', 'Federation of Red Cross' + 'and Red Crescent Societies'
    if doc[end].lower_ == "and" and not _holds_org_word(doc[start:end]):
        tail = _capitalised_run(doc, end + 1, max_len=4)
        heads = [t.i for t in doc[end + 1 : tail] if t.lower_ in ORG_JOINED_HEADS]
        if heads and "of" not in {t.lower_ for t in doc[end + 1 : heads[0]]}:
            if not _holds_org_word(doc[end + 1 : heads[0]]):
                return heads[0] + 1  # 'Marine Rescue' + 'and Coordination Center' (+ ' of X' its own place)
    return end


def _and_tail_end(doc: Doc, start: int, end: int) -> int:
    """The end of a name that goes on over 'and' to the word that closes it: a legal form ('Albros
    Shipping and Trading Ltd': one company's fields), or, after an 'of' in the name, a plural of an
    organisation's word ('International Federation of Red Cross and Red Crescent Societies': the
    'of' names the members the plural counts); `end` otherwise."""
    tail = _capitalised_run(doc, end + 1, max_len=4)
    if tail <= end + 1 or tail - end - 1 > 3:
        return end
    if tail < len(doc) and is_legal_form(doc[tail].text) and doc[tail - 1].whitespace_:
        tail += 1  # 'Ltd.' (no word of the run: its full stop)
    last = doc[tail - 1]
    if is_legal_form(last.text) and not any(is_legal_form(t.text) for t in doc[start:end]):
        return legal_forms_end(doc, tail - 1)
    word = last.lower_
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else ""
    plural = last.text[:1].isupper() and singular in ORG_WORDS
    if plural and any(t.lower_ == "of" for t in doc[start:end]) and not _holds_org_word(doc[end + 1 : tail - 1]):
        return tail
    return end


def _holds_org_word(span) -> bool:
    return any(t.lower_ in ORG_WORDS for t in span)


def org_joined_start(doc: Doc, start: int, end: int) -> int:
    """Where a body's name starts when the model started after 'and' in 'Disaster Risk Reduction and
    Management Office' (a last word of org_joined_heads.txt): the capitalised words before the 'and',
    when they hold no last word of another organisation's name; `start` itself otherwise."""
    if doc[end - 1].lower_ not in ORG_JOINED_HEADS or start < 2 or doc[start - 1].lower_ != "and":
        return start
    k = start - 1
    while k > 0 and start - 1 - k < 6 and doc[k - 1].is_alpha and doc[k - 1].text[:1].isupper():
        k -= 1
    if k == start - 1 or _holds_org_word(doc[k : start - 1]):
        return start
    return k


def titled_namesake_start(doc: Doc, start: int, end: int) -> int:
    """'the Captain Ola Brenn Foundation': a body named after a person with the person's title, the
    model's name starting after the title (a capitalised word of common/title_words.txt right before
    a given name and a surname that an organisation's word closes); `start` otherwise (twenty-eighth
    round: the title is part of the body's name, GUIDELINES "Span")."""
    if start < 1 or not 3 <= end - start <= 4 or doc[end - 1].lower_ not in ORG_WORDS:
        return start
    title = doc[start - 1]
    if not (title.text[:1].isupper() and title.lower_.rstrip(".") in TITLE_WORDS and title.whitespace_):
        return start
    names = doc[start : end - 1]
    if not is_given_name(names[0].text) or not all(t.is_alpha and t.text[:1].isupper() for t in names):
        return start
    return start - 1


def longer_org(span: Span, gazetteer: Gazetteer | None = None) -> Span | None:
    """The organisation's whole name where the model cut it short, else None."""
    end = org_tail_end(span.doc, span.start, span.end)
    if gazetteer is not None:
        end = state_after_end(span.doc, span.start, end, gazetteer)
    start = titled_namesake_start(span.doc, org_joined_start(span.doc, span.start, end), end)
    return Span(span.doc, start, end, label="ORG") if (start, end) != (span.start, span.end) else None


def state_after_end(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> int:
    """'the Coast Guard of Varnia', 'Department of Foreign Affairs of the Philippines': 'of (the)
    <State>' after a body's capitalised name is inside its mention, no Country mention of its own
    (GUIDELINES "A body written with its state after it"): a state's body (a head word of
    state_body_heads.txt in the name) or a national body whose name ends in a word of
    national_body_heads.txt ('the Dockers Union of Varnia'); only a state the sources know as a
    Country, so a company's seat ('Tern Tankers of Brennport') stays its own place."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or not doc[end - 1].text[:1].isupper():
        return end
    name = doc[start:end]
    national = doc[end - 1].lower_ in NATIONAL_BODY_HEADS  # 'the Dockers Union' + 'of Varnia'
    if not (national or any(t.lower_ in STATE_BODY_HEADS for t in name)) or any(is_legal_form(t.text) for t in name):
        return end  # a company's seat, not the state a body belongs to
    j = end + 1 + (doc[end + 1].lower_ == "the")
    for k in range(_capitalised_run(doc, j, max_len=5), j, -1):
        if "Country" in gazetteer.types_of(doc[j:k].text):
            # 'the Main Directorate of Varnia's Defence Ministry': the state owns the next body
            return end if k < len(doc) and doc[k].text in ("'s", "’s", "'", "’") else k
    return end


def two_orgs(ent: Span, gazetteer: Gazetteer) -> list[Span]:
    """'Amnesty International and Human Rights Watch (HRW)': two organisations the model ran
    together, told by the acronym after the second, by the sources knowing both halves, or by the
    first half's closing legal form ('Brenn Holding Co., Ltd. and Kestrel Tanker')."""
    if ent.label_ != "ORG":
        return []
    doc = ent.doc
    for t in ent:
        if t.lower_ != "and" or t.i in (ent.start, ent.end - 1):
            continue
        left, right = doc[ent.start : t.i], doc[t.i + 1 : ent.end]
        initials = "".join(w.text[0] for w in right if w.text[:1].isupper())
        acronym = doc[ent.end + 1].text if ent.end + 2 < len(doc) and doc[ent.end].text == "(" else ""
        known = gazetteer.lookup_all(left.text) and gazetteer.lookup_all(right.text)
        # 'Brenn Holding Co., Ltd. and Kestrel Tanker': a company's legal form closes its name
        closed = is_legal_form(doc[t.i - 1].text) and doc[t.i + 1].text[:1].isupper()
        if (len(initials) >= 2 and acronym == initials) or known or closed:
            return [Span(doc, left.start, left.end, label="ORG"), Span(doc, right.start, right.end, label="ORG")]
    return []


def state_and_body(ent: Span, gazetteer: Gazetteer) -> list[Span]:
    """'Taiwan's Mainland Affairs Council' as one span of the model: the state before the possessive
    is its own place and the body after it the organisation (GUIDELINES "Span"); a group or company
    the sources know before it ('Hezbollah's al-Manar TV') is its own organisation, the name after
    it another (its outlet, its unit); [] otherwise."""
    if ent.label_ not in ("ORG", "PERSON"):
        return []
    doc = ent.doc
    poss = next((t.i for t in ent if t.text in POSSESSIVE_MARKS and ent.start < t.i < ent.end - 1), None)
    # the body's first word: a line break after the possessive (a hard-wrapped page) is no word
    body = next((t.i for t in doc[poss + 1 : ent.end] if not t.is_space), None) if poss is not None else None
    if body is None or not any(c.isupper() for c in doc[body : ent.end].text.split()[0]):  # 'Vexa', 'al-Vexa'
        return []
    start = ent.start + (doc[ent.start].lower_ == "the")
    owner = gazetteer.types_of(doc[start:poss].text) if start < poss else set()
    if {"Country", "Location"} & owner:
        return [Span(doc, start, poss, label="GPE"), Span(doc, body, ent.end, label=ent.label_)]
    if {"Organization", "Outlet"} & owner:  # 'Karsk Front's Vexa TV': the group and its outlet
        return [Span(doc, start, poss, label="ORG"), Span(doc, body, ent.end, label=ent.label_)]
    return []


def own_outlet(doc: Doc, span: Span, gazetteer: Gazetteer) -> bool:
    """The page's own outlet (the article's metadata) named by the span ('by The Maritime Executive'
    on its own page)."""
    own = getattr(doc._, "outlet", None)
    if not own:
        return False
    entry = gazetteer.lookup(own, "Outlet")
    names = {normalise_name(own)} | ({normalise_name(n) for n in entry.names} if entry else set())
    return normalise_name(span._.canonical or span.text) in names or normalise_name(span.text) in names


def outlet_after_modifier(span: Span, gazetteer: Gazetteer) -> Span | None:
    """'the Iranian Mehr News Agency', 'the pro-Kremlin TASS agency': an outlet the registry knows,
    after a demonym or a 'pro-'/'anti-' modifier the model ran into its name; the outlet alone, or
    None. (A state's body keeps its state word: GUIDELINES "A state's name or demonym right before a
    body's mention"; an outlet is no body of the state.)"""
    doc = span.doc
    if len(span) < 2 or "Outlet" not in gazetteer.types_of(span[1:].text):
        return None
    leaning = span.start > 1 and doc[span.start - 1].text == "-" and doc[span.start - 2].lower_ in ("pro", "anti")
    if gazetteer.is_demonym(span[0].text) or leaning:
        return doc[span.start + 1 : span.end]
    return None
