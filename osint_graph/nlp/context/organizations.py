"""Context rules that find organisations: "the security firm Ambrey", "US Navy", "Hellenic Coast
Guard", "Armed Forces of the Philippines", "G7", "Prefectura Naval Argentina".

Reads the tokens and the model's entity types; appends `Candidate`s of type Organization.
"""

from __future__ import annotations

from spacy.tokens import Doc

from osint_graph.gazetteer import cldr_country
from osint_graph.nlp.context.names import Candidate, NameContext, name_end, name_start, name_token, title_case_only
from osint_graph.nlp.context.outlets import described
from osint_graph.nlp.context.registry import context_rule, trigger
from osint_graph.nlp.english_words import english_word
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.legal_forms import is_legal_form, legal_forms_end
from osint_graph.nlp.rules import POSSESSIVE_MARKS, words
from osint_graph.nlp.spans import designation_starts, sentence_bounds
from osint_graph.nlp.thing_names import boundary_line
from osint_graph.reference.bodies import demonym_body_name, possessive_body

SHIP_TITLES = words("context/ship_title_services")
ORG_SUFFIXES = words("common/org_suffixes")
TITLE_WORDS = words("common/title_words")
TITLE_ADJECTIVES = words("context/title_adjectives")
STATE_BODY_WORDS = words("context/state_body_words")
LEGAL_SUFFIXES = words("context/legal_suffixes")
UNIT_SUFFIXES = words("context/named_unit_suffixes")
PLATFORMS = words("attribution/platforms")
STATE_POSSESSIVE_BODIES = words("context/state_possessive_bodies")
PLATFORM_CUES = words("context/platform_cues")
# 'Maritime Mobile Service Identities', 'Automatic Identification System': a thing, not a body
NOT_ENTITY_HEADS = words("entity_types/not_entity_heads")
# "People's", "Attorney's": a possessive inside a body's own name (context/name_possessors.txt)
NAME_POSSESSORS = words("context/name_possessors")
POSSESSIVES = (*POSSESSIVE_MARKS, "'", "’")


def _org_suffix(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    tok = doc[start]
    return (start, end) if tok.is_title or tok.lower_ in LEGAL_SUFFIXES else None


def _group_of(text: str) -> bool:
    return len(text) <= 3 and text[0] == "G" and text[1:].isdigit()


trigger("ORG_NOUN", words("context/org_nouns"))
trigger("ORG_SUFFIX", ORG_SUFFIXES, accept=_org_suffix)
trigger("GROUP_OF", attr="TOKEN", text=_group_of)
trigger("LEGAL_FORM", attr="TOKEN", text=is_legal_form)
trigger("ORG_HEAD", words("context/foreign_org_heads"), accept=title_case_only)
trigger(
    "NATIONAL_FORCE",
    words("context/national_force_nouns") | words("context/state_possessive_bodies"),
    accept=lambda doc, start, end: (start, end) if doc[start].is_lower else None,
)
trigger(
    "STATE_BODY",
    words("context/state_possessive_bodies"),
    accept=lambda doc, start, end: (start, end) if start >= 2 and doc[start - 1].lower_ in POSSESSIVE_MARKS else None,
)
trigger("PLATFORM", PLATFORMS, accept=lambda doc, start, end: (start, end) if doc[start].text[:1].isupper() else None)


@context_rule("PLATFORM", order=185)
def platform(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'posted on Telegram', 'its X page', 'X, formerly Twitter': the platforms sources post on are
    companies.  A one-letter name ('X') needs a cue beside it: 'on', 'its', 'formerly', 'platform'
    (a quote between the cue and the name is skipped: "a post on 'X'")."""
    tok = doc[start]
    if len(tok.text) == 1:
        k = start - 1
        while k > 0 and doc[k].is_quote:  # "a post on 'X'"
            k -= 1
        before = doc[k].lower_ if k >= 0 else ""
        after = {t.lower_ for t in doc[end : end + 3]}
        if before not in PLATFORM_CUES and not after & PLATFORM_CUES:
            return
    if ctx.known_types(tok.text) - {"Organization"}:
        return
    cands.append(Candidate(start, end, "Organization", "platform"))


@context_rule("NATIONAL_FORCE", order=171)
def national_force(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'the Indian navy', 'the Sri Lankan coast guard': a demonym and a state's sea force name it."""
    first, _ = sentence_bounds(doc[start])
    demonym = next(
        (
            k
            for k in (start - 3, start - 2, start - 1)  # longest first: 'United Arab Emirates', not 'Arab Emirates'
            if k >= first
            and doc[k].lower_ != "the"
            and (doc[k].is_title or doc[k].is_upper)  # a word of the state's name: not '” the US'
            and (ctx.gazetteer.is_demonym(doc[k:start].text) or "Country" in ctx.known_types(doc[k:start].text))
        ),
        None,
    )  # 'Sri Lankan navy', 'the UAE foreign ministry', 'United Arab Emirates coastguard' too
    if demonym is None:  # 'UAE', 'US' too (title case or capitals: checked above)
        return
    # 'a Dutch navy patrol ship' names the navy too (GUIDELINES, "A state's body": "a Varnian coastguard ship")
    name = doc[demonym:start].text + " " + doc[start:end].text.title()
    entry = ctx.gazetteer.lookup(name, "Organization")
    state = ctx.gazetteer.country_of_demonym(doc[demonym:start].text) if entry is None else None
    if state is not None:  # 'the Japanese coast guard': the gazetteer's Japan Coast Guard
        entry = ctx.gazetteer.lookup(demonym_body_name(state.name, doc[start:end].text), "Organization")
    ids = {"_canonical": entry.name if entry else name}
    if entry is not None:
        ids["_entry"] = entry
    cands.append(Candidate(demonym, end, "Organization", "national-force", ids))


def possessive_state(ctx: NameContext, doc: Doc, poss: int):
    """The Country entry named by the tokens just before the possessive at `poss` ("South Korea's")."""
    first, _ = sentence_bounds(doc[poss])
    for k in range(max(first, poss - 4), poss):  # longest first
        if doc[k].text[:1].isupper():
            entry = ctx.gazetteer.lookup(doc[k:poss].text, "Country")
            if entry is not None:
                return entry
    return None


@context_rule("STATE_BODY", order=172)
def state_possessive_body(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'Karsk's foreign ministry', 'Varnia's Coast Guard': a state's body named after the state's
    possessive, whatever the case, is that body ("<Demonym> <Body>", or the gazetteer's organisation
    named so or "<State> <Body>": 'Japan Coast Guard'), not the state (GUIDELINES, "A state's body");
    the state before it stays its own Country mention."""
    state = possessive_state(ctx, doc, start - 1)
    found = possessive_body(ctx.gazetteer.lookup, state, doc[start:end].text) if state is not None else None
    if found is None:
        return
    name, entry = found
    ids = {"_canonical": name}
    if entry is not None:
        ids["_entry"] = entry
    cands.append(Candidate(start, end, "Organization", "state-body", ids))


@context_rule("ORG_NOUN", order=100)
def org_described(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    described(ctx, doc, start, end, "Organization", cands)


def _joins_name(before) -> bool:
    """Does an 'and' after this token join words of one name? Not after a list's comma or another
    company's legal form ('Brenn Shipping Co and Kestrel Tanker Ltd': two companies)."""
    return not before.is_punct and not is_legal_form(before.text)


def company_start(doc: Doc, i: int, first: int) -> int:
    """Where a company's name ending before its legal form at token i starts: the capitalised words
    before it, and on over what joins them inside one company's name: a bracketed place ('Kestrel
    Tanker (Varnport) Co., Ltd.', the seat or branch of a group's company) and '&' between capitalised
    words ('Kestrel Seaman & Ship Management Co').  Each step needs a capitalised word before it."""
    start = name_start(doc, i, first, max_len=6)
    while start - 2 > first:
        k = start - 1
        if doc[k].text == "&" and doc[k - 1].is_alpha and doc[k - 1].text[:1].isupper():
            before = name_start(doc, k, first, max_len=4)
        elif doc[k].text == ")":
            opening = next((j for j in range(k - 1, max(first, k - 4), -1) if doc[j].text == "("), None)
            inner = doc[opening + 1 : k] if opening is not None else None
            if not inner or not all(t.is_alpha and t.text[:1].isupper() for t in inner):
                break
            before = name_start(doc, opening, first, max_len=4)
            k = opening
        else:
            break
        if before >= k:
            break
        start = before
    return start


@context_rule("LEGAL_FORM", order=169)
def org_by_legal_form(ctx: NameContext, doc: Doc, i: int, end: int, cands: list[Candidate]) -> None:
    """'Serenity Ship Management DMCC', 'Kestrel Maritime JSC': a name and a company's legal form
    (osint_graph/nlp/legal_forms.py) name a company; the form ends the name and is part of it. A
    form with a hyphen glued after it is a word's prefix, no form ('Co-ordination')."""
    if not doc[i].whitespace_ and i + 1 < len(doc) and doc[i + 1].text in ("-", "‐", "–"):
        return  # 'Maritime Rescue Co-ordination Centre', 'Gulf Co-operation Council': a word's prefix
    first, _ = sentence_bounds(doc[i])
    start = company_start(doc, i, first)
    if start == i or (start - 1 > first and doc[start - 1].lower_ in ("and", "&") and _joins_name(doc[start - 2])):
        return  # 'Albros Shipping and Trading Ltd': where 'and' joins the name, the model's span stands
    types = ctx.known_types(doc[start : i + 1].text)
    if types and "Organization" not in types:
        return
    cands.append(Candidate(start, legal_forms_end(doc, i), "Organization", "legal-form"))


@context_rule("GROUP_OF", order=180)
def group_of(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'G7', 'G20'."""
    if not ctx.known_types(doc[start].text) - {"Organization"}:
        cands.append(Candidate(start, end, "Organization", "group-of"))


@context_rule("ORG_HEAD", order=240)
def org_head(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'Prefectura Naval Argentina', 'Guardia Costiera'."""
    _, limit = sentence_bounds(doc[start])
    end = name_end(doc, start, limit, max_len=6)
    if end - start >= 2 and not ctx.known_types(doc[start:end].text) - {"Organization"}:
        cands.append(Candidate(start, end, "Organization", "org-head"))


def possessor_start(doc: Doc, start: int, first: int) -> int:
    """Where a body's name starts when the name stopped after a possessive that is one of its own
    words: 'the Varnian People's Defence Forces', 'the U.S. Attorney's Office' (a capitalised
    common noun of context/name_possessors.txt before the possessive); `start` itself otherwise
    ('Varnia's Coast Guard': the state owns the body)."""
    if start - 2 < first or doc[start - 1].text not in POSSESSIVES:
        return start
    owner = doc[start - 2]
    if not owner.text[:1].isupper() or owner.lower_ not in NAME_POSSESSORS:
        return start
    return name_start(doc, start - 1, first, max_len=4)


@context_rule("ORG_SUFFIX", order=170)
def org_by_suffix(ctx: NameContext, doc: Doc, i: int, end: int, cands: list[Candidate]) -> None:
    """'US Navy', 'Hellenic Coast Guard', 'Third January Maritime', 'Office of Foreign Assets Control'."""
    first, limit = sentence_bounds(doc[i])
    if i == first and doc[i].lower_ in ("customs", "police", "navy", "army"):
        return
    start = possessor_start(doc, min(i, name_start(doc, i + 1, first, max_len=7)), first)
    end = name_end(doc, i, limit, max_len=7) if name_token(doc[i], True) else i + 1
    if (  # 'Armed Forces of the Philippines': 'of the' and a state belong to the name
        end + 2 < limit
        and doc[end - 1].lower_ in STATE_BODY_WORDS
        and doc[end].lower_ == "of"
        and doc[end + 1].lower_ == "the"
        and name_token(doc[end + 2], True)
    ):
        state_end = name_end(doc, end + 2, limit, max_len=4)
        state = doc[end + 2 : state_end].text
        if "Country" in ctx.known_types(state) or cldr_country(state) is not None:
            end = state_end
    for k in range(i + 1, end):  # 'Joint Chiefs of Staff of South Korea': the state is no part of it
        if doc[k].lower_ == "of" and k + 1 < end and doc[k + 1].lower_ == "the":
            break
        if doc[k].lower_ == "of" and k + 1 < end:
            rest = doc[k + 1 : end].text
            if "Country" in ctx.known_types(rest) or cldr_country(rest) is not None:
                end = k
                break
    # 'Navy P-8 Poseidon', 'Royal Air Force Eurofighter Typhoon': a weapon's designation or known name ends it
    weapon = LABEL_OF_TYPE["Weapon"]
    end = next((k for k in range(i + 1, end) if designation_starts(doc, k) or doc[k].ent_type_ == weapon), end)
    # 'the Coast Guard Cutter Sequoia': a ship's title ends the service's name (context/ship_title_services)
    end = next((k for k in range(i + 1, end) if f"{doc[k - 1].lower_} {doc[k].lower_}" in SHIP_TITLES), end)
    if end <= i:
        end = i + 1
    start, end = _before_title(doc, start, i, end)
    ids = {}
    if doc[i].lower_ in UNIT_SUFFIXES and end - start >= 3 and ctx.is_place_or_people(doc[start : start + 1]):
        # 'Russian Black Sea Fleet': the fleet's own name is 'Black Sea Fleet', the state word inside
        # its span all the same (GUIDELINES "A state's name or demonym right before a body's mention")
        ids = {"_canonical": doc[start + 1 : end].text}
    if end - start < 2 or doc[end - 1].lower_ in NOT_ENTITY_HEADS or boundary_line(doc, start, end):
        return  # 'Navy' alone is generic; 'Maritime Mobile Service Identity', 'Nine-Dash Line' are no body
    span = doc[start:end]
    if any(t.ent_type_ in ("PERSON", "VESSEL", "DATE") and t.ent_type_ != "" for t in span if t.i != i):
        if not any(t.lower_ in LEGAL_SUFFIXES for t in span):
            return
    types = ctx.known_types(span.text)
    if types and "Organization" not in types:
        return
    own = next((t.i + 1 for t in reversed(span) if t.text in POSSESSIVES), start)  # "Attorney's Office"
    if any(t.lower_ in TITLE_WORDS for t in doc[own:end]):
        return  # 'Defence Minister', 'Navy commander'
    if (
        start >= 2
        and doc[start - 1].lower_ in POSSESSIVE_MARKS
        and span.text.lower() in STATE_POSSESSIVE_BODIES
        and possessive_state(ctx, doc, start - 1) is not None
    ):
        return  # "Varnia's Foreign Ministry": the state's body, named by state_possessive_body
    cands.append(Candidate(start, end, "Organization", "org-suffix", ids))


def _before_title(doc: Doc, start: int, i: int, end: int) -> tuple[int, int]:
    """'U.S. District Court Judge Ola Brenn', 'Retired Karsk Air Force Colonel Ola Brenn': a title after
    the body's last word starts a person's title, and the body's name ends at its last organisation's
    word before it ('Karsk Treasury Under Secretary' -> 'Karsk Treasury'), without the title's
    adjectives before it ('Retired', 'Former': context/title_adjectives.txt)."""
    title = next((k for k in range(i + 1, end) if doc[k].lower_ in TITLE_WORDS and doc[k].text[:1].isupper()), end)
    if title == end:
        return start, end
    end = max(k for k in range(i, title) if k == i or doc[k].lower_ in ORG_SUFFIXES) + 1
    while start < i and doc[start].lower_ in TITLE_ADJECTIVES:
        start += 1
    return start, end


OFFICE_HOLDERS = words("context/place_office_holders")
OFFICE_QUALIFIERS = words("context/place_office_qualifiers")


def _holders_office(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """'office' after "prosecutor's", "prosecutors'", "attorney's" (context/place_office_holders.txt)."""
    if start < 2 or doc[start - 1].text not in POSSESSIVES or doc[start - 2].lower_ not in OFFICE_HOLDERS:
        return None
    return (start, end)


trigger("PLACE_OFFICE", ("office",), accept=_holders_office)


@context_rule("PLACE_OFFICE", order=173)
def place_office(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """ "the Savona prosecutor's office", "the Odesa regional prosecutor's office", "the U.S.
    attorney's office": a city's or state's prosecuting office written in lower case after the place's
    name is that office's name (GUIDELINES, "A body's proper name written in lower case"), the place
    inside it; canonical in title case ("Savona Prosecutor's Office"). A bare "the prosecutor's
    office" names no place and stays unnamed."""
    k = start - 2
    while k > 0 and doc[k - 1].lower_ in OFFICE_QUALIFIERS:  # 'regional', 'public'
        k -= 1
    first, _ = sentence_bounds(doc[start])
    place = None
    for j in (k - 3, k - 2, k - 1):  # the longest place name right before: 'Daejeon', 'U.S.'
        if j < first or doc[j].lower_ == "the" or any(not t.text[:1].isupper() for t in doc[j:k]):
            continue
        name = doc[j:k]
        known = ctx.known_types(name.text)
        if known & {"Country", "Location", "Port"} or all(t.ent_type_ in ("GPE", "LOC") for t in name):
            place = j
            break
    if place is None:
        return
    words_ = [t.text if t.i < k else t.text[:1].upper() + t.text[1:] for t in doc[place:end]]
    canonical = "".join(w + t.whitespace_ for w, t in zip(words_, doc[place:end], strict=True)).strip()
    cands.append(Candidate(place, end, "Organization", "place-office", {"_canonical": canonical}))


# 'the Varkel app', 'the ship-tracking site Norvin': nouns that describe an unlisted organisation's
# name beside them (context/org_descriptor_nouns.txt), read on the parse
trigger(
    "DESCRIPTOR_NOUN",
    words("context/org_descriptor_nouns"),
    accept=lambda doc, start, end: (start, end) if doc[start].is_lower and doc[start].pos_ == "NOUN" else None,
)
NOT_ENTITY_ACRONYMS = words("entity_types/not_entity_acronyms")
OUTLET_NOUNS = words("context/outlet_nouns")  # an outlet's name follows these ('the channel Kolbek')
DESCRIPTOR_GAP = 3  # lower-case nouns and hyphens between name and descriptor: 'Kestrab ship tracking data'
NAME_TO_NOUN_DEPS = ("compound", "nmod", "amod")  # the name modifies the noun phrase
NOUN_TO_NAME_DEPS = ("appos", "compound", "nmod", "npadvmod")  # the noun and the name after it


def _modifier_noun(doc: Doc, i: int) -> bool:
    """A lower-case noun of the descriptor's phrase, or the hyphen inside one ('ship-tracking')."""
    tok = doc[i]
    if tok.text == "-":
        return i > 0 and doc[i - 1].is_lower
    return tok.is_lower and tok.pos_ in ("NOUN", "VERB") and tok.dep_ in ("compound", "amod")


def compound_word(doc: Doc, i: int) -> bool:
    """A capitalised word of the name before it, joined to it as a compound."""
    tok = doc[i]
    if i > 0 and doc[i - 1].text == "-":
        return False  # 'pro-Kremlin Varkel': the hyphened word modifies the name, no part of it
    return tok.dep_ == "compound" and tok.head.i > i and name_token(tok, True) and not tok.is_punct


def _unlisted_name(ctx: NameContext, span) -> bool:
    """A capitalised proper name the sources do not know, no place, people or common acronym."""
    return (
        len(span) > 0
        and any(t.pos_ == "PROPN" for t in span)
        and not any(t.ent_type_ in ("NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY") for t in span)
        and span.text not in NOT_ENTITY_ACRONYMS
        and not ctx.known_types(span.text)
        and not ctx.is_place_or_people(span)
        and not all(english_word(t) for t in span)  # 'World Heritage', 'Automatic Identification System'
    )


@context_rule("DESCRIPTOR_NOUN", order=186)
def descriptor_noun(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """An unlisted name beside a noun that describes an organisation: before it as the noun phrase's
    modifier ('the Varkel app', 'Kestrab ship tracking data', 'a Norvin channel') or after it as
    its apposition ('the ship-tracking site Varkel', 'messaging app Norvin'). The parse must join
    them (issue 11: on name-swapped dev such a name was missed or read as a person or place)."""
    first, limit = sentence_bounds(doc[start])
    k = start
    while k > first and start - k <= DESCRIPTOR_GAP and _modifier_noun(doc, k - 1):
        k -= 1  # 'ship tracking' or 'ship-tracking' before 'data'
    last = doc[k - 1] if k > first else None
    if (
        last is not None
        and name_token(last, True)
        and last.dep_ in NAME_TO_NOUN_DEPS
        and k <= last.head.i <= start
        and not ctx.known_types(last.text)
        and last.lower_ not in PLATFORMS  # "the Baza Telegram channel": the platform's own word
    ):
        name_from = k - 1
        while name_from > first and k - name_from < 4 and compound_word(doc, name_from - 1):
            name_from -= 1  # 'Haltrugek Ship Data' whole, not 'Kremlin' of 'pro-Kremlin Varkel'
        span = doc[name_from:k]
        # ('the Houthi movement': a name of the sources with its noun, no 'Houthi' of its own)
        if _unlisted_name(ctx, span) and not ctx.known_types(doc[name_from : start + 1].text):
            cands.append(Candidate(name_from, k, "Organization", "descriptor-organization"))
    name_to = name_end(doc, end, limit, max_len=4)
    if name_to > end and doc[start].lower_ not in OUTLET_NOUNS:  # 'the Telegram channel Baza': an outlet's
        span = doc[end:name_to]
        noun = doc[start]
        joined = any(t.head.i == start and t.dep_ in NOUN_TO_NAME_DEPS for t in span) or (
            noun.dep_ in NOUN_TO_NAME_DEPS and end <= noun.head.i < name_to
        )
        if joined and _unlisted_name(ctx, span):
            cands.append(Candidate(end, name_to, "Organization", "descriptor-organization"))
