"""One entity id per thing in a document: the last step of osint_entity_types.

Reads `doc.ents` as osint_entity_types leaves them (our labels, with `canonical`, `entity_id`,
`identifiers`, `osint_source`); writes `doc.ents` again where a mention turns out to stand for an
entity named before it, and sets those spans' extensions to that entity's, with
`osint_source="coreference"`: a surname after the full name ('Lardot' after 'Robin Lardot'), the
given names of a three-word name ('Kama Azri' after 'Kama Azri Kamil'), the first word of one person's
name ('Xi' after 'Xi Jinping'), an
acronym after the name it abbreviates ('MMEA', 'UKMTO'), the tail of a longer organisation name
('Treasury' after 'US Treasury') or outlet name ('the Times' after 'the Financial Times'), its head
before 'of'/'for'/'on' ('Armed Forces' beside 'Armed Forces of the Philippines'), a short weapon
name ('Shahed drones' after 'Shahed-136'),
another name 'known as' the same thing, another spelling of a ship ('Ceres 1' for 'Ceres I', '5205'
beside 'CCG 5205'), a ship's short name ('Varn' after 'the frigate Admiral Varn', unless the page
speaks of the ship's namesake: context/namesake_cues), the same name labelled differently by the
model (or by context as a body or a source: 'The TERN VALE reported' after 'the tanker Tern Vale'),
and one id for every mention of a name once one of them has an IMO number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from osint_graph.gazetteer import normalise_name
from osint_graph.nlp.company_cues import company_name
from osint_graph.nlp.extensions import doc_text, span_ext
from osint_graph.nlp.furniture import DATELINE_AGENCY, kind_at
from osint_graph.nlp.legal_forms import is_legal_form
from osint_graph.nlp.org_variants import one_org_per_body
from osint_graph.nlp.rules import table, words
from osint_graph.nlp.spans import bare_vessel_name

NAMESAKE_CUES = words("context/namesake_cues")
PLACE_LABELS = ("LOCATION", "PORT")  # a town or sea of a ship's name (never a country: 'the tanker Panama')
PLACE_PREPOSITIONS = frozenset(words("context/place_prepositions"))
PERSON_FOLDS = table("context/person_spelling_folds")
TERRITORY_WORDS = {row["word"]: row.yes("always") for row in table("context/territory_name_words")}
# words a company's full name may add after the short name the article also uses ('Eastern Pacific'
# beside 'Eastern Pacific Shipping'), besides its legal forms ('Unix Line' beside 'Unix Line PTE, Ltd.')
COMPANY_NAME_TAILS = words("context/company_name_tails")
# words of a title or honorific before a surname ('Mr Varga', 'Captain Brenn', 'VADM Tamm' after the full
# name): the surname under them is the person's
NAME_TITLES = words("common/title_words") | words("context/name_prefix_words")
T = TypeVar("T")  # a ship's entity or candidate (`one_ship_per_surname`)


def same_as(doc: Doc, start: int, end: int, source: Span) -> Span:
    """A span for tokens start..end that stands for the entity of `source` (its label and names)."""
    new = Span(doc, start, end, label=source.label_)
    new._.canonical = span_ext(source, "canonical")
    new._.entity_id = span_ext(source, "entity_id")
    new._.identifiers = dict(span_ext(source, "identifiers") or {})
    new._.osint_source = "coreference"
    return new


def _name_tails(names: Iterable[Span]) -> dict[str, list[Span]]:
    """Each tail of the names of more than one word ('Treasury' of 'US Treasury'), folded, and the names
    it ends, in document order."""
    tails: dict[str, list[Span]] = {}
    for e in names:
        for k in range(1, len(e)):
            tails.setdefault(normalise_name(e[k:].text), []).append(e)
    return tails


def corefer(doc: Doc, gazetteer=None) -> None:
    """One entity id per thing in a document: 'Lardot' after 'Robin Lardot', 'MMEA' after
    'Malaysian Maritime Enforcement Agency (MMEA)', every 'Akhtuba Star' once one has an IMO.
    `gazetteer` (optional) tells a state's word opening a body's name ('US' of 'US Defense Security
    Cooperation Agency'), which the body's acronym may leave out ('DSCA')."""
    ents = list(doc.ents)
    if not ents:
        return
    people = {}
    # 'Xi' after 'Xi Jinping', 'Wisnu' after 'Wisnu Pramandita': the first word of one person's name
    # (a surname that comes first, or the given name an Indonesian or Malay article goes on with)
    person_firsts: dict[str, list[Span]] = {}
    for e in ents:
        if e.label_ == "PERSON" and len(e) > 1 and e[0].is_title and e[0].is_alpha:
            person_firsts.setdefault(normalise_name(e[0].text), []).append(e)
    for e in ents:
        if e.label_ == "PERSON" and len(e) > 1:
            people.setdefault(e[-1].lower_, e)
            people.setdefault(normalise_name(e[-1].text), e)
            people.setdefault(normalise_name(e[1:].text), e)  # 'Amir-Abdollahian' after 'Hossein ...'
            if len(e) >= 3:  # 'Ola Brenn' beside 'Ola K. Brenn': the name without its middle names
                people.setdefault(normalise_name(f"{e[0].text} {e[-1].text}"), e)
                # 'Kama Azri' after 'Kama Azri Kamil': a Malay, Indonesian or Arabic name's given names
                # without the father's name that closes it
                if e[0].is_title and e[1].is_title:
                    people.setdefault(normalise_name(e[:2].text), e)
    # 'Treasury' after 'US Treasury', 'the Times' after 'the Financial Times': the tail of a longer
    # organisation or outlet name in the document
    tails = _name_tails(e for e in ents if e.label_ == "ORG" and e[0].ent_type_ != "")
    outlet_tails = _name_tails(e for e in ents if e.label_ == "OUTLET")
    # 'Kestrel' beside 'Kestrel Shipping': a one-word name that opens one longer organisation's name
    firsts: dict[str, list[Span]] = {}
    for e in ents:
        if e.label_ == "ORG" and 1 < len(e) <= 3 and e[0].text[:1].isupper():
            firsts.setdefault(normalise_name(e[0].text), []).append(e)
    # 'Houthi' (of 'Houthi-controlled') beside 'Houthis': a group's name in the singular and the plural
    plurals: dict[str, list[Span]] = {}
    for e in ents:
        if e.label_ == "ORG" and len(e) == 1 and e.text[:1].isupper() and e.text.endswith("s"):
            plurals.setdefault(normalise_name(e.text), []).append(e)
    # 'Unix Line' beside 'Unix Line PTE, Ltd.', 'Eastern Pacific' beside 'Eastern Pacific Shipping': a
    # company's name without the legal forms or company words that close its full name
    short_names = company_short_names(ents)
    # 'Armed Forces' beside 'Armed Forces of the Philippines': the head of a longer name that goes on
    # with 'of', 'for' or 'on' (the rest says whose it is)
    # (the name as written or as the sources give it: 'AFP' is 'Armed Forces of the Philippines')
    heads: dict[str, list[Span]] = {}
    for e in ents:
        words_ = (span_ext(e, "canonical") or e.text).split() if e.label_ == "ORG" else []
        for k in range(2, len(words_)):
            if words_[k].lower() in ("of", "for", "on"):
                heads.setdefault(normalise_name(" ".join(words_[:k])), []).append(e)
    # 'Shahed drones' beside 'Shahed-136 attack drones': the model the short name stands for
    models = {}
    for e in ents:
        if e.label_ == "WEAPON" and "-" in (span_ext(e, "canonical") or ""):
            models.setdefault(normalise_name((span_ext(e, "canonical") or "").split("-")[0]), e)
    ships = vessel_variants(ents)
    # 'Varn returned' after 'the frigate Admiral Varn', unless the page speaks of Varn the person
    surnames = {} if speaks_of_namesake(doc) else ship_surnames(ents)
    changed = False
    out = []
    acronyms: dict[str, Span] = {}
    for e in ents:
        # 'Agency (MMEA)': the acronym in brackets names the entity before it
        k = e.end
        while k < len(doc) and k - e.end < 2 and doc[k].is_lower and doc[k].is_alpha:
            k += 1  # 'the ... Operations agency (UKMTO)'
        if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
            acro = doc[k + 1]
            # ('DUBAI, United Arab Emirates (AP) —': a dateline's agency tag abbreviates nothing)
            agency = kind_at(doc, acro.idx, acro.idx + len(acro.text)) == DATELINE_AGENCY
            if (_acronym_shaped(acro.text) or _company_short_name(e, acro)) and not agency:
                acronyms.setdefault(acro.text, e)
        out.append(e)
    for e in out:  # 'UKMTO' for 'United Kingdom Maritime Trade Operations': the initials
        if e.label_ in ("ORG", "OUTLET") and len(e) >= 3:
            for initials in name_initials(e, gazetteer):
                if len(initials) >= 3:
                    acronyms.setdefault(initials, e)
    if acronyms:  # 'UKMTO said' where the model saw nothing
        covered = {i for e in out for i in range(e.start, e.end)}
        strings = doc.vocab.strings
        for i, orth in enumerate(doc.to_array(ORTH).tolist()):  # the words, without a Token object each
            text = strings[orth]
            if text in acronyms and i not in covered and not (i > 0 and doc[i - 1].text == "("):
                out.append(same_as(doc, i, i + 1, acronyms[text]))
                changed = True
        out.sort(key=lambda e: e.start)
    for i, e in enumerate(out):
        source = None
        if len(e) == 1 and e.label_ in ("PERSON", "ORG", "LOCATION", "OUTLET") and e.text in acronyms:
            source = acronyms[e.text]
        elif e.label_ in ("PERSON", "ORG", "LOCATION") and len(e) <= 3 and normalise_name(e.text) in people:
            person = people[normalise_name(e.text)]
            if person.start != e.start and person.end != e.end:
                source = person
        elif e.label_ in ("PERSON", "ORG") and titled_surname(e) in people:
            person = people[titled_surname(e)]  # 'Mr Varga said' after 'District Commissioner Lena Varga'
            if person.start < e.start:
                source = person
        elif (
            e.label_ == "PERSON"
            and len(e) == 1
            and len(_names(person_firsts.get(normalise_name(e.text), ()))) == 1
            and person_firsts[normalise_name(e.text)][0].end <= e.start
        ):
            source = person_firsts[normalise_name(e.text)][0]
        elif _ship_short_form(e, surnames):
            source = surnames[normalise_name(e.text)]  # 'Varn returned' after 'the frigate Admiral Varn'
        elif (
            e.label_ == "ORG"
            and len(_names(tails.get(normalise_name(e.text), ()))) == 1
            and not _owned_by_another(e, tails[normalise_name(e.text)][0])
        ):
            # one entity however often its longer name is written ('Coast Guard' beside 'U.S. Coast
            # Guard' twice), not one longer span
            source = tails[normalise_name(e.text)][0]
        elif e.label_ == "OUTLET" and len(_names(outlet_tails.get(normalise_name(e.text), ()))) == 1:
            source = outlet_tails[normalise_name(e.text)][0]  # 'the Times' after 'the Financial Times'
        elif _opens_one(e, firsts):
            source = firsts[normalise_name(e.text)][0]  # 'Kestrel' beside 'Kestrel Shipping'
        elif e.label_ == "ORG" and len(e) == 1 and len(_names(plurals.get(normalise_name(e.text) + "s", ()))) == 1:
            source = plurals[normalise_name(e.text) + "s"][0]  # 'Houthi' beside 'Houthis'
        elif e.label_ == "ORG" and len(_names(short_names.get(normalise_name(e.text), ()))) == 1:
            source = short_names[normalise_name(e.text)][0]  # 'Unix Line' beside 'Unix Line PTE, Ltd.'

        elif (
            e.label_ == "ORG"
            and len(e) > 1
            and len({normalise_name(span_ext(x, "canonical") or x.text) for x in heads.get(normalise_name(e.text), ())})
            == 1
        ):
            source = heads[normalise_name(e.text)][0]
        elif e.label_ in ("VESSEL", "ORG", "PERSON") and other_spelling(e, ships.get(variant_key(e.text), e)):
            source = ships[variant_key(e.text)]  # 'Ceres 1' after 'Ceres I', '5205' beside 'CCG 5205'
        elif e.label_ == "WEAPON" and normalise_name(span_ext(e, "canonical") or "") in models:
            source = models[normalise_name(span_ext(e, "canonical") or "")]
        elif e.label_ == "ORG" and e.start >= 2 and doc[e.start - 1].lower_ == "formerly":
            # 'X, formerly Twitter', 'X (formerly Twitter)': the old name of the organisation just named
            before = [x for x in out if x.end < e.start and x.label_ == e.label_ and e.start - x.end <= 3]
            if before and before[-1].sent == e.sent:
                source = before[-1]
        elif e.start >= 2 and doc[e.start - 1].lower_ in ("as", "the"):
            # 'the KN-23 ..., known in North Korea as the Hwasong-11': another name of the same thing
            k = e.start - 1 - (doc[e.start - 1].lower_ == "the")
            if k >= 1 and doc[k].lower_ == "as":
                back = [t for t in doc[max(0, k - 6) : k] if t.lower_ in ("known", "called", "dubbed")]
                if back:
                    before = [x for x in out if x.end <= back[0].i and x.label_ == e.label_]
                    if before and before[-1].sent == e.sent:
                        source = before[-1]
        if source is not None and source.start != e.start:
            out[i] = same_as(doc, e.start, e.end, source)
            changed = True
    # the same name is one thing: where the model labelled it differently from the gazetteer or the
    # context rules ('Ambrey said' after 'security company Ambrey'), the better-founded label wins
    decided: dict[str, Span] = {}
    namesake = speaks_of_namesake(doc)
    for e in out:
        if span_ext(e, "osint_source") in ("gazetteer", "context", "coreference"):
            key = normalise_name(e.text)
            if e.label_ == "VESSEL" and span_ext(e, "osint_source") == "context":
                decided[key] = e  # a ship's cue is the most specific a name gets ('the tanker X')
            else:
                decided.setdefault(key, e)
    for i, e in enumerate(out):
        win = decided.get(normalise_name(e.text))
        # a body's or a person's name by context ('scientific mission X') yields to the same name as a
        # ship by context elsewhere in the article ('the research ship X')
        # (or a 'source' by context: 'The TERN VALE reported damage' after 'the tanker Tern Vale'),
        # and so does a place the gazetteer knows by that name ('the cargo ship Arctic Sea' ... 'the
        # Arctic Sea is a 5,000-ton ship'): one name, one thing per article, unless the page speaks
        # of the ship's namesake (dev gold never types one name a ship and a place in one article)
        yields = span_ext(e, "osint_source") == "model" or (
            win is not None
            and win.label_ == "VESSEL"
            and (
                e.label_ in ("ORG", "PERSON", "OUTLET")
                or (e.label_ in PLACE_LABELS and not namesake and not _placed(e))
            )
        )
        if win is not None and yields and win.label_ != e.label_ and e.label_ != "COUNTRY":
            out[i] = same_as(doc, e.start, e.end, win)
            changed = True
    if changed:
        doc.ents = out
        out = list(doc.ents)
        changed = False
    territory_names(out)  # 'the Karsk Strip' beside 'Karsk': one Location, named 'Karsk'
    if gazetteer is not None:  # 'Uruguay Navy' beside 'Uruguayan Navy': one state's body
        one_body_per_state(out, gazetteer)
        one_org_per_body(out, gazetteer)  # 'I.L.A.', 'Treasury' beside the long form (org_variants.py)
    # the same name of the same type is one entity; an identifier-based id wins
    best: dict[tuple[str, str], Span] = {}
    for e in out:
        key = _entity_key(e)
        have = best.get(key)
        if have is None or (
            ":imo-" in (span_ext(e, "entity_id") or "") and ":imo-" not in (span_ext(have, "entity_id") or "")
        ):
            best[key] = e
    for e in out:
        win = best[_entity_key(e)]
        if span_ext(win, "entity_id") != span_ext(e, "entity_id"):
            e._.entity_id = span_ext(win, "entity_id")
            e._.canonical = span_ext(win, "canonical")
            e._.identifiers = {**(span_ext(win, "identifiers") or {}), **(span_ext(e, "identifiers") or {})}
    if changed:
        doc.ents = out


def _owned_by_another(e: Span, longer: Span) -> bool:
    """'Taiwan's coast guard' is no mention of 'China Coast Guard': a short name after a possessive
    owner ('Taiwan's') that the longer name does not hold belongs to that owner, not to the longer
    name's."""
    doc = e.doc
    if e.start < 2 or doc[e.start - 1].tag_ != "POS" or not doc[e.start - 2].text[:1].isupper():
        return False
    return doc[e.start - 2].lower_ not in {t.lower_ for t in longer}


def _placed(e: Span) -> bool:
    """The mention is where something is or goes ('docked in Sevastopol', 'sailed into the Arctic
    Sea'): a place's role, which a ship's name never takes, so the town stays a town there."""
    doc, k = e.doc, e.start - 1
    k -= k > 0 and doc[k].lower_ == "the"
    return k >= 0 and doc[k].lower_ in PLACE_PREPOSITIONS  # (not 'to the missing ship "X"')


def titled_surname(e: Span) -> str | None:
    """'Mr Varga', 'Captain Brenn', 'VADM Tamm': the folded surname after the title or honorific words
    that open a two- or three-word mention (common/title_words, context/name_prefix_words); None when
    the mention is not so written."""
    k = 0
    while k < len(e) - 1 and e[k].lower_.rstrip(".") in NAME_TITLES:
        k += 1
    if k == 0 or len(e) - k != 1 or not e[k].is_title:
        return None
    return normalise_name(e[k].text)


def ship_surnames(ents: list[Span]) -> dict[str, Span]:
    """The last word of each ship's name of two or more capitalised words ('Admiral Varn' -> 'varn',
    'USS John S. Tarrow' -> 'tarrow'), when one ship only ends in it: the short form a page uses
    after naming the ship ('Varn returned to port'). A ship whose name ends in a number, a Roman
    numeral or an initial gives none."""
    return one_ship_per_surname([e for e in ents if e.label_ == "VESSEL"], lambda e: span_ext(e, "canonical") or e.text)


def one_ship_per_surname(ships: list[T], name_of: Callable[[T], str]) -> dict[str, T]:
    """`ship_surname` -> the ship named so, for each surname one ship only ends in (named `name_of`):
    the mentions under its longest name ('USS Tern Vale' over 'Tern Vale'). Read by `ship_surnames`
    over entities and by the context rules over their candidates (context/component.py)."""
    found: dict[str, list[T]] = {}
    for ship in ships:
        last = ship_surname(name_of(ship))
        if last:
            found.setdefault(last, []).append(ship)
    return {
        k: max(v, key=lambda x: len(name_of(x)))
        for k, v in found.items()
        if len({normalise_name(bare_vessel_name(name_of(x))) for x in v}) == 1
    }


def ship_surname(name: str) -> str | None:
    """The folded last word of a ship's name of two or more words, if it can stand alone for the
    ship: a capitalised word of three letters or more ('Admiral Varn' -> 'varn'); None for a name
    ending in a number, a Roman numeral, an initial or an acronym ('Tarvo MC')."""
    words_ = bare_vessel_name(name).split()
    last = words_[-1] if len(words_) > 1 else ""
    if len(last) >= 3 and last.isalpha() and last[0].isupper() and not last.isupper() and not roman_value(last):
        return normalise_name(last)
    return None


def speaks_of_namesake(doc: Doc) -> bool:
    """The page tells whom or what a ship is named after (context/namesake_cues): a bare surname may
    then be that person's."""
    text = doc_text(doc).lower()
    return any(cue in text for cue in NAMESAKE_CUES)


def _ship_short_form(e: Span, surnames: dict[str, Span]) -> bool:
    """A one-word name the model took for a person, a body or a place that is the last word of one
    ship's name in the article ('Varn' after 'the frigate Admiral Varn'): the ship under its short
    name, one name, one thing per article (a person of that surname took the branch before)."""
    ship = surnames.get(normalise_name(e.text))
    if len(e) != 1 or ship is None or ship.start == e.start:
        return False
    if e.label_ == "VESSEL":  # found alone as a ship: one ship under its full name ('Eisenhower')
        return normalise_name(span_ext(e, "canonical") or e.text) == normalise_name(e.text)
    return e.label_ in ("PERSON", "ORG", "LOCATION") and span_ext(e, "osint_source") == "model"


def territory_names(ents: list[Span]) -> None:
    """A Location '<X> Strip' / '<X> County' takes the canonical name X where the file names the
    Location X too, or always for the words so marked (context/territory_name_words)."""
    shorts = {normalise_name(span_ext(e, "canonical") or e.text) for e in ents if e.label_ == "LOCATION"}
    for e in ents:
        name = (span_ext(e, "canonical") or e.text).split()
        always = TERRITORY_WORDS.get(name[-1].lower()) if e.label_ == "LOCATION" and len(name) > 1 else None
        if always is not None and (always or normalise_name(" ".join(name[:-1])) in shorts):
            e._.canonical = " ".join(name[:-1])


def _entity_key(e: Span) -> tuple[str, str]:
    """The key one entity's mentions share: its label and its folded name; a person's name folded
    over spelling variants too ('Sergey Tarnov' and 'Sergei Tarnov' are one person)."""
    name = normalise_name(span_ext(e, "canonical") or e.text)
    return (e.label_, person_key(name) if e.label_ == "PERSON" and " " in name else name)


def person_key(name: str) -> str:
    """A normalised person's name with its romanisation variants folded (context/person_spelling_folds)."""
    for row in PERSON_FOLDS:
        name = name.replace(row["written"], row["folded"])
    return re.sub(r"(\w)\1", r"\1", name)


def body_key(name: str, gazetteer) -> str | None:
    """A state's body's name folded over how outlets write the state and the body's words: the state
    by its name or demonym ('Uruguay Navy', 'Uruguayan Navy'), before the body or after its 'of'
    ('Armed Forces of Ukraine', 'Ukrainian Armed Forces'), 'Ministry of X' or 'X Ministry' ('German
    Ministry of Defense', 'German Defense Ministry'), 'Defense' or 'Defence', a plural last word
    ('Nigerian Customs Services', 'Nigeria Customs Service'); None for a name that writes no state."""
    words_ = name.replace("’", "'").split()
    if len(words_) < 2 or len(words_) > 6:
        return None
    states = []
    for i, w in enumerate(words_):
        entry = gazetteer.country_of_demonym(w) if w[:1].isupper() else None
        if entry is None and w[:1].isupper() and "Country" in gazetteer.types_of(w):
            entry = gazetteer.lookup(w, "Country")
        if entry is not None:
            states.append(i)
            words_[i] = "@" + normalise_name(entry.name)
    if len(states) != 1:
        return None
    low = [w if w.startswith("@") else w.lower().replace("defense", "defence") for w in words_]
    if "of" in low:
        i = low.index("of")
        head, tail = low[:i], [w for w in low[i + 1 :] if w != "the"]
        if len(tail) == 1 and tail[0].startswith("@"):
            low = tail + head  # 'Armed Forces of Ukraine'
        elif head and head[-1] in ("ministry", "department") and tail and not any(w.startswith("@") for w in tail):
            low = head[:-1] + tail + head[-1:]  # 'German Ministry of Defense'
        else:
            return None
    if not low[0].startswith("@") or len(low) < 2:
        return None
    if len(low[-1]) > 4 and low[-1].endswith("s") and not low[-1].endswith("ss"):
        low[-1] = low[-1][:-1]
    return " ".join(low)


def one_body_per_state(ents: list[Span], gazetteer) -> None:
    """The organisations whose names fold to one `body_key` are one entity (the first named)."""
    first: dict[str, Span] = {}
    for e in ents:
        if e.label_ != "ORG":
            continue
        key = body_key(span_ext(e, "canonical") or e.text, gazetteer)
        if key is None:
            continue
        win = first.setdefault(key, e)
        if win is not e and span_ext(win, "entity_id") != span_ext(e, "entity_id"):
            e._.canonical = span_ext(win, "canonical") or win.text
            e._.entity_id = span_ext(win, "entity_id")


def _acronym_shaped(text: str) -> bool:
    """'UKMTO', 'MoD', 'DoJ': a word in brackets that reads as an acronym: capitals, or a capital
    first with at least two capitals in all (a lower-case 'o' of 'of' inside)."""
    if not text.isalpha() or len(text) < 2:
        return False
    return text.isupper() or (text[0].isupper() and sum(c.isupper() for c in text) >= 2)


def name_initials(e: Span, gazetteer=None) -> list[str]:
    """The acronyms a name of three words or more may be written as: the initials of its capitalised
    words ('UKMTO'), a dotted abbreviation's letters all in ('BCMEA' for 'B.C. Maritime Employers
    Association'), 'of' as an 'O' ('DOJ' for 'Department of Justice'), and without a state's name or
    demonym that opens it ('DSCA' for 'US Defense Security Cooperation Agency')."""
    words_ = [t.text for t in e]
    if gazetteer is not None and len(words_) > 2:
        first = words_[0]
        if "Country" in gazetteer.types_of(first) or gazetteer.is_demonym(first):
            out = _initials(words_)
            return out + [i for i in _initials(words_[1:]) if i not in out]
    return _initials(words_)


def _initials(words_: list[str]) -> list[str]:
    plain = "".join(w[0] for w in words_ if w[:1].isupper())
    out = [plain]
    dotted = "".join(
        w.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.){2,}", w) else w[0] for w in words_ if w[:1].isupper()
    )
    with_of = "".join(w[0].upper() if w[:1].isupper() or w == "of" else "" for w in words_)
    for v in (dotted, with_of):
        if v not in out:
            out.append(v)
    return out


def company_short_names(ents: Iterable[Span]) -> dict[str, list[Span]]:
    """The short names of the companies named in full: each opening words of an organisation's name
    whose following words are all legal forms or company words (context/company_name_tails), folded,
    and the full names: 'unix line' -> ['Unix Line PTE, Ltd.']."""
    out: dict[str, list[Span]] = {}
    for f in ents:
        if f.label_ != "ORG" or len(f) < 2:
            continue
        for k in range(len(f) - 1, 0, -1):
            tok = f[k]
            if not (is_legal_form(tok.text) or tok.lower_ in COMPANY_NAME_TAILS or tok.text in (",", ".")):
                break
            if tok.text not in (",", ".") and f[k - 1].text not in (",", "."):
                out.setdefault(normalise_name(f[:k].text), []).append(f)
    return out


def _company_short_name(e: Span, acro) -> bool:
    """'Tern Ocean Shipping Co. (Toscor)': a one-word short name written like a name in brackets
    right after a company's name (a legal form or an organisation's word at its end) is the
    company's acronym, though not in capitals."""
    return (
        e.label_ == "ORG"
        and e.end == acro.i - 1
        and acro.is_alpha
        and acro.is_title
        and len(acro.text) >= 3
        and company_name(e)
    )


def _opens_one(e: Span, firsts: dict[str, list[Span]]) -> bool:
    """A one-word organisation that opens exactly one longer one's name ('Kestrel' beside 'Kestrel
    Shipping'), or a one-word 'person' that opens exactly one company's name ('Kestrel' beside
    'Kestrel Ltd.'). Not an acronym or a name the gazetteer knows: 'UN' beside 'UN Security
    Council' and 'CENTCOM' beside 'CENTCOM Navy' are bodies of their own."""
    if len(e) != 1 or e.text.isupper() or span_ext(e, "osint_source") == "gazetteer":
        return False
    longer = firsts.get(normalise_name(e.text), ())
    if e.label_ == "PERSON":  # 'Kestrel said' beside 'Kestrel Ltd.': the company (no person's name holds it)
        return len(_names(longer)) == 1 and company_name(longer[0])
    return e.label_ == "ORG" and len(_names(longer)) == 1


def _names(spans) -> set[str]:
    """The distinct entities (canonical names) a list of spans names."""
    return {normalise_name(span_ext(x, "canonical") or x.text) for x in spans}


def variant_key(name: str) -> str:
    """A ship's name with a closing Roman numeral read as a number: 'Ceres I' and 'Ceres 1' are one;
    a name of two words or more folded as a person's is ('Sergey Tarnov' and 'Sergei Tarnov', a ship
    named after a person, are one ship: context/person_spelling_folds)."""
    words_ = name.split()
    if len(words_) > 1 and roman_value(words_[-1]):
        words_[-1] = str(roman_value(words_[-1]))
    key = normalise_name(" ".join(words_))
    return person_key(key) if " " in key else key


def roman_value(text: str) -> int | None:
    """'I' -> 1, 'IV' -> 4, 'XII' -> 12; None for a word that is no Roman numeral (up to 39)."""
    values = dict(zip("IVX", (1, 5, 10), strict=True))
    if not text or any(c not in values for c in text) or len(text) > 6:
        return None
    total = 0
    for k, c in enumerate(text):
        nxt = values[text[k + 1]] if k + 1 < len(text) else 0
        total += -values[c] if values[c] < nxt else values[c]
    return total


def other_spelling(e: Span, ship: Span) -> bool:
    """`e` spells the ship `ship` otherwise ('Ceres 1' for 'Ceres I'); a name spelt alike under
    another label ('Indian Navy' beside a ship wrongly so named) is left to the label rules below."""
    if ship.start == e.start:
        return False
    return e.label_ == "VESSEL" or normalise_name(e.text) != normalise_name(span_ext(ship, "canonical") or ship.text)


def vessel_variants(ents: list[Span]) -> dict[str, Span]:
    """The ships of a document by their variant keys ('Ceres I' -> 'ceres1'), a prefixed hull
    number's number alone ('CCG 5205' -> '5205') and a prefixed name without its prefix ('USS Tern'
    -> 'tern': the canonical name keeps a naval prefix that later mentions drop): other spellings
    of the same ship."""
    ships: dict[str, Span] = {}
    numbers: dict[str, Span] = {}
    for e in ents:
        if e.label_ == "VESSEL":
            name = span_ext(e, "canonical") or e.text
            ships.setdefault(variant_key(name), e)
            bare = bare_vessel_name(name)  # 'Fitzgerald' after 'USS Fitzgerald': the prefix dropped
            if bare != name:
                numbers.setdefault(variant_key(bare), e)
            last = name.split()[-1] if len(name.split()) > 1 else ""
            if last.isdigit() and len(last) >= 3 and name.split()[0].isupper():
                numbers.setdefault(normalise_name(last), e)
    return {**ships, **numbers}  # the prefixed name wins over the number alone


# -- spans
