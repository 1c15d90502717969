"""Claims, attribution chains, modality and facts on short texts.

These run the claims component on the stand-alone pipeline (bare model + the
entities named here), so that each rule is tested on its own, whatever the
entity pipeline decides.  The seed and the sample corpus go through the real
pipeline in tests/test_claims_seed.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from osint_graph.model import Claim

ENTITIES = {
    "VESSEL": ["Lady R", "Maya-1", "Angara", "Sparta IV", "Ursa Major"],
    "PORT": ["Rajin", "Vostochny", "Tartus", "Vladivostok"],
    "OUTLET": ["NK Pro", "Reuters", "Bloomberg", "Yonhap", "The Moscow Times", "Agerpres", "Kyodo"],
    "ORG": ["Planet Labs", "National Intelligence Service", "Maxar", "Kpler", "Ministry of Defence",
            "Pentagon", "CSIS", "Sovcomflot", "Justice Department", "Chilean armed forces", "United Nations"],
    "PERSON": ["Shin Won-sik", "John Kirby", "Maria Zakharova", "Dmitry Peskov"],
    "COUNTRY": ["North Korea", "Russia", "South Korea", "Ukraine", "United States", "Japan", "Syria", "Iran",
                "Pyongyang", "Moscow", "Seoul", "Washington"],
    "WEAPON": ["152 mm shells", "ballistic missiles", "artillery shells", "KN-23"],
}  # fmt: skip
CANONICAL = {"Pyongyang": "North Korea", "Moscow": "Russia", "Seoul": "South Korea", "Washington": "United States",
             "152 mm shells": "152 mm shell", "ballistic missiles": "ballistic missile",
             "artillery shells": "artillery shell"}  # fmt: skip
ROLES = {"Shin Won-sik": "South Korean Defense Minister", "John Kirby": "White House spokesman",
         "Maria Zakharova": "Foreign Ministry spokeswoman", "Dmitry Peskov": "Kremlin spokesman"}  # fmt: skip


@pytest.fixture(scope="module")
def nlp():
    from claim_standalone import standalone_pipeline

    return standalone_pipeline(ENTITIES)


@pytest.fixture(scope="module")
def run(nlp):
    from claim_standalone import run as run_doc

    def go(text: str, outlet: str | None = None):
        return run_doc(nlp, text, published=date(2024, 3, 4), outlet=outlet, canonical=CANONICAL, roles=ROLES)

    return go


def claims(run, text: str, outlet: str | None = None) -> list[Claim]:
    doc = run(text, outlet)
    found = doc._.claims
    for c in found:
        assert doc.text[c.start : c.end] == c.text
        assert c.text in c.sentence
    return found


def aid_of(doc) -> str:
    return doc._.article_id.removeprefix("sha256:")[:16]


def claim_with(found: list[Claim], words: str) -> Claim:
    for c in found:
        if words in c.text:
            return c
    raise AssertionError(f"no claim with {words!r}: {[c.text for c in found]}")


def chain(c: Claim) -> list[str]:
    return [a.name for a in c.attribution]


# --------------------------------------------------------------------------- frames


def test_trailing_said_peels_the_frame(run):
    c = claim_with(claims(run, "North Korea sent 6,700 containers to Russia, John Kirby said."), "6,700")
    assert chain(c) == ["John Kirby"]
    assert c.text == "North Korea sent 6,700 containers to Russia"
    assert c.attribution[0].entity == "person:john-kirby"
    assert c.attribution[0].verb == "say"


def test_stacked_trailing_frames_run_from_the_relay_to_the_origin(run):
    text = (
        "North Korea has sent 6,700 containers to Russia since last July, South Korean Defense Minister "
        "Shin Won-sik told local media on Monday, Reuters reported on Tuesday."
    )
    c = claim_with(claims(run, text), "6,700")
    assert chain(c) == ["Reuters", "Shin Won-sik"]
    assert [a.verb for a in c.attribution] == ["report", "tell"]


def test_inverted_frame(run):
    c = claim_with(claims(run, "Maya-1 arrived at Rajin on February 12, writes NK Pro."), "Maya-1")
    assert chain(c) == ["NK Pro"]


def test_inverted_frame_with_a_description(run):
    text = "Deliveries from Rajin were made by the Angara, reports the Seoul-based analytical portal NK Pro."
    assert chain(claim_with(claims(run, text), "Angara")) == ["NK Pro"]


def test_according_to_leading(run):
    c = claim_with(claims(run, "According to Kpler, the Sparta IV left Tartus on May 3."), "Sparta IV")
    assert chain(c) == ["Kpler"]
    assert c.text.startswith("the Sparta IV")


def test_according_to_trailing(run):
    c = claim_with(claims(run, "The Sparta IV left Tartus on May 3, according to Kpler."), "Sparta IV")
    assert chain(c) == ["Kpler"]


def test_reported_that_according_to_nests(run):
    text = "In January, Bloomberg reported that, according to the National Intelligence Service, 2 million shells were delivered to Russia."  # noqa: E501
    c = claim_with(claims(run, text), "2 million")
    assert chain(c) == ["Bloomberg", "National Intelligence Service"]


def test_citing(run):
    text = "Yonhap, citing the National Intelligence Service, reported that North Korea had shipped 1 million shells to Russia."  # noqa: E501
    assert chain(claim_with(claims(run, text), "1 million")) == ["Yonhap", "National Intelligence Service"]


def test_citing_trailing(run):
    text = "North Korea shipped 13,000 containers to Russia, Yonhap reported, citing the National Intelligence Service."
    assert chain(claim_with(claims(run, text), "13,000")) == ["Yonhap", "National Intelligence Service"]


def test_told_an_outlet_makes_it_the_relay(run):
    text = "Dmitry Peskov told Reuters that Russia had received no weapons from North Korea."
    c = claim_with(claims(run, text), "received")
    assert chain(c) == ["Reuters", "Dmitry Peskov"]
    assert c.negated


def test_the_articles_own_outlet_stays_out(run):
    text = "Dmitry Peskov told Reuters that Russia had received no weapons from North Korea."
    assert chain(claim_with(claims(run, text, outlet="Reuters"), "received")) == ["Dmitry Peskov"]


def test_told_an_audience_is_no_source(run):
    text = "Russia received 1 million shells from North Korea, John Kirby told reporters."
    assert chain(claim_with(claims(run, text), "1 million")) == ["John Kirby"]


def test_as_reported_by(run):
    text = "As reported by Kyodo, the Ursa Major sank off Japan in December."
    assert chain(claim_with(claims(run, text), "Ursa Major")) == ["Kyodo"]


def test_quote_with_a_speaker(run):
    text = "“We have never received a single shell from North Korea,” Maria Zakharova said."
    c = claim_with(claims(run, text), "shell")
    assert chain(c) == ["Maria Zakharova"]
    assert c.negated


def test_role_coreference(run):
    text = (
        "North Korea has sent 6,700 containers to Russia, Shin Won-sik told reporters.\n\n"
        "Factories producing shells for Russia are operating at full capacity, the minister said."
    )
    assert chain(claim_with(claims(run, text), "Factories")) == ["Shin Won-sik"]


def test_pronoun_coreference_and_generic_source(run):
    text = (
        "According to a Seoul official, the containers could hold 3 million 152 mm shells. "
        "He specified that North Korea had sent 500,000 shells to Russia."
    )
    found = claims(run, text)
    first = claim_with(found, "3 million")
    assert chain(first) == ["a Seoul official"]
    assert first.attribution[0].entity == "country:south-korea"  # speaks for the state its words name
    assert chain(claim_with(found, "500,000")) == ["a Seoul official"]


def test_unnamed_sources_keep_their_words_or_go(nlp):
    from claim_standalone import run as run_doc

    from osint_graph.nlp.claims import ClaimExtractor

    text = "Industry sources said the Sparta IV loaded 30,000 tonnes of grain at Tartus."
    doc = run_doc(nlp, text, published=date(2024, 3, 4))
    # the default follows tests/gold/GUIDELINES.md: generic unnamed sources are left out
    assert chain(claim_with(doc._.claims, "30,000")) == []
    keeping = ClaimExtractor(nlp, generic_sources="keep")
    kept = keeping(doc)._.claims
    assert chain(claim_with(kept, "30,000")) == ["Industry sources"]
    assert claim_with(kept, "30,000").attribution[0].entity is None


def test_paragraph_closing_frame_covers_its_paragraph_only(run):
    text = (
        "Russian ships have stopped sailing between North Korea and Russia. "
        "No containers were delivered from Rajin for three weeks, The Moscow Times notes.\n\n"
        "The Angara was seen in Vostochny in May."
    )
    found = claims(run, text)
    assert chain(claim_with(found, "stopped sailing")) == ["Moscow Times"]
    assert chain(claim_with(found, "No containers")) == ["Moscow Times"]
    assert chain(claim_with(found, "Angara")) == []


def test_press_review_opening_a_paragraph_covers_the_passage(run):
    text = (
        "Deliveries from Rajin have been carried out by the Angara and the Lady R, reports NK Pro.\n\n"
        "The ships made at least 32 trips to North Korea.\n\n"
        "Earlier transports by the Angara were also identified by experts from CSIS.\n\n"
        "North Korea sent shells to Russia.\n\n"
        "The Maya-1 arrived at Vostochny in May."
    )
    found = claims(run, text)
    assert chain(claim_with(found, "32 trips")) == ["NK Pro"]
    assert chain(claim_with(found, "Earlier transports")) == ["NK Pro", "CSIS"]
    assert chain(claim_with(found, "North Korea sent")) == []  # a subheading ends the passage
    assert chain(claim_with(found, "Maya-1")) == []


def test_quotation_over_two_sentences_takes_the_closing_frame(run):
    text = (
        "“Operations may be suspended due to production delays in North Korea. "
        "It cannot be ruled out that weapons are transported to Russia by rail,” NK Pro analysts estimate."
    )
    found = claims(run, text)
    assert chain(claim_with(found, "Operations")) == ["NK Pro"]
    assert chain(claim_with(found, "weapons")) == ["NK Pro"]


def test_basis_of_an_analysis(run):
    doc = run("NK Pro monitored Rajin by evaluating satellite images provided by Planet Labs.")
    c = claim_with(doc._.claims, "monitored")
    assert chain(c) == ["NK Pro", "Planet Labs"]
    assert doc._.source_bases == {"NK Pro": [["Planet Labs", "organization:planet-labs", "imagery"]]}


def test_accusers_and_deniers_are_the_sources(run):
    text = (
        "Seoul and Washington have accused Pyongyang and Moscow of trading arms. "
        "Pyongyang and Moscow deny the allegations."
    )
    found = claims(run, text)
    acc = claim_with(found, "accused")
    assert acc.kind == "accusation"
    assert chain(acc) == ["South Korea"]  # parallel sources: the first named; the others are entities
    assert "country:united-states" in acc.entities
    den = claim_with(found, "deny")
    assert (den.kind, den.stance, den.negated) == ("denial", "denial", True)
    assert chain(den) == []  # a denial of a noun is an act told in the outlet's voice (sixteenth round)


def test_a_relative_clause_with_its_own_source_is_a_claim(run):
    text = (
        "Containers which, according to the National Intelligence Service, carried artillery shells "
        "were not delivered from North Korea, The Moscow Times notes."
    )
    found = claims(run, text)
    inner = [c for c in found if c.text.startswith("Containers which") and "delivered" not in c.text]
    assert inner and chain(inner[0]) == ["Moscow Times", "National Intelligence Service"]


# --------------------------------------------------------------------------- modality


@pytest.mark.parametrize(
    "text",
    [
        "Operations at Rajin may be suspended due to production delays.",
        "The Angara might have loaded shells at Rajin.",
        "The Lady R was apparently repaired in Vladivostok.",
        "The Angara allegedly carried shells to Vostochny.",
        "It cannot be ruled out that weapons are transported to Russia by air.",
        "It can be assumed that the containers unloaded at Rajin are empty.",
        "The Angara is believed to have carried 1,000 containers.",
        "The Sparta IV appears to have docked at Tartus.",
        "The Maya-1 likely carried shells to Vostochny.",
    ],
)
def test_hedged(run, text):
    found = claims(run, text)
    assert found and all(c.hedged for c in found), [(c.text, c.hedged) for c in found]


@pytest.mark.parametrize(
    "text",
    [
        "The Angara carried 1,000 containers to Vostochny.",
        "Checks on ships suspected of carrying shells continued at Vostochny.",
        "The Angara can carry 1,000 containers.",
    ],
)
def test_not_hedged(run, text):
    found = claims(run, text)
    assert found and not any(c.hedged for c in found), [(c.text, c.hedged) for c in found]


def test_negation_on_the_main_predicate(run):
    found = claims(run, "Since then, satellites have not recorded any flights to Rajin.")
    assert claim_with(found, "satellites").negated
    found = claims(run, "It can be assumed that there is no need to deliver the containers to North Korea.")
    assert not claim_with(found, "assumed").negated
    found = claims(run, "It cannot be ruled out that weapons are transported to Russia.")
    assert not claim_with(found, "ruled out").negated


def test_frame_verbs_that_hedge(run):
    c = claim_with(claims(run, "CSIS analysts believe North Korea sent 1 million shells to Russia."), "1 million")
    assert c.hedged and chain(c) == ["CSIS"]


def test_a_hedge_of_its_own_splits_a_verb_phrase(run):
    text = "The Sparta IV left Tartus on May 3 and may have carried ballistic missiles, Kpler said."
    found = claims(run, text)
    assert not claim_with(found, "left Tartus").hedged
    assert claim_with(found, "may have carried").hedged


# --------------------------------------------------------------------------- claims


def test_captions_and_headings_are_no_claims(run):
    text = "152 mm shells Photo: Some Agency/Some Photographer\n\nDozens of vehicles\n\nThe Angara left Rajin."
    found = claims(run, text)
    assert [c.text for c in found] == ["The Angara left Rajin"]


def test_a_sentence_joining_two_assertions_gives_two_claims(run):
    text = (
        "Hundreds of factories in North Korea operate at 30% capacity, but those producing shells for Russia "
        "operate at full capacity, the minister said."
    )
    found = claims(run, text)
    assert len(found) == 2
    assert found[0].text.endswith("30% capacity")
    assert found[1].text.startswith("those producing")
    assert found[0].kind == "production"


def test_claim_ids_figures_and_dates(run):
    doc = run("Maya-1 arrived at Rajin on February 12.")
    c = doc._.claims[0]
    aid = doc._.article_id.removeprefix("sha256:")[:16]
    assert c.id == f"claim:{aid}:{c.start}-{c.end}"
    assert c.date == "2024-02-12"
    assert c.kind == "port_call"
    assert c.entities == ("vessel:maya-1", "port:rajin")
    text = "The ships made at least 32 trips to North Korea."
    doc = run(text)
    c = doc._.claims[0]
    assert c.kind == "trip_count"
    (fig,) = doc._.figures
    assert c.figures == (f"fig:{aid_of(doc)}:{fig.start_char}-{fig.end_char}",)
    assert text[fig.start_char : fig.end_char].endswith("32")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The United States imposed sanctions on Sovcomflot.", "sanction"),
        ("The Sparta IV docked at Tartus on May 3.", "port_call"),
        ("The Angara made 12 voyages to Vostochny.", "trip_count"),
        ("North Korea shipped 1 million shells to Russia.", "shipment"),
        ("North Korea produces 2 million shells a year.", "production"),
        ("The Ursa Major sank off Japan after an explosion.", "incident"),
        ("The KN-23 has a range of 690 kilometres.", "capability"),
        ("Russia fired 24 KN-23 missiles at Ukraine.", "incident"),
        ("Russia accused Japan of spying.", "accusation"),
        ("Sovcomflot denied the reports.", "denial"),
        ("The containers at Rajin hold 3 million shells.", "quantity"),
        ("John Kirby visited Seoul on Monday.", "statement"),
    ],
)
def test_kinds(run, text, kind):
    assert claims(run, text)[0].kind == kind


def test_entities_subject_first_and_without_cited_sources(run):
    c = claim_with(claims(run, "Russia received 1 million shells from North Korea, John Kirby said."), "1 million")
    assert c.entities == ("country:russia", "country:north-korea")


# --------------------------------------------------------------------------- facts


def test_port_call_fact_with_the_subject_from_the_sentence_start(run):
    text = (
        "The container ship Lady R carried out transportation until October, then it was in Vladivostok, "
        "on January 16 it received a certificate and made another trip, arriving in Rajin on February 4, "
        "writes NK Pro."
    )
    doc = run(text)
    facts = {f.id: f for f in doc._.facts}
    assert "portcall:vessel:lady-r:port:rajin:2024-02-04" in facts
    fact = facts["portcall:vessel:lady-r:port:rajin:2024-02-04"]
    assert (fact.kind, fact.vessel, fact.port, fact.date) == ("port_call", "vessel:lady-r", "port:rajin", "2024-02-04")
    (cid,) = fact.claims
    assert any(c.id == cid and "arriving in Rajin" in c.text for c in doc._.claims)


def test_the_same_port_call_in_two_articles_is_one_fact(run):
    one = run("Maya-1 arrived at Rajin on February 12, NK Pro reported.")
    two = run("According to satellite imagery, the Maya-1 docked at Rajin on February 12 and left a day later.")
    ids_one = {f.id for f in one._.facts}
    ids_two = {f.id for f in two._.facts}
    assert "portcall:vessel:maya-1:port:rajin:2024-02-12" in ids_one & ids_two
    assert one._.claims[0].id != two._.claims[0].id


def test_shipment_fact(run):
    doc = run("North Korea has sent 6,700 containers to Russia since last July, Shin Won-sik said.")
    (fact,) = [f for f in doc._.facts if f.kind == "shipment"]
    assert (fact.origin, fact.destination, fact.quantity, fact.unit) == (
        "country:north-korea", "country:russia", 6700.0, "container"
    )  # fmt: skip
    assert fact.date == "2023-07-01/2024-03-04"
    assert fact.id == "shipment:country:north-korea:country:russia:container:6700container:2023-07-01/2024-03-04"


def test_supply_with(run):
    doc = run("The United States announced that Pyongyang had supplied Moscow with 1 million artillery shells.")
    (fact,) = [f for f in doc._.facts if f.kind == "shipment"]
    assert (fact.origin, fact.destination, fact.item, fact.quantity) == (
        "country:north-korea", "country:russia", "weapon:artillery-shell", 1e6
    )  # fmt: skip


def test_trip_count_fact(run):
    doc = run("The Angara made 12 voyages to Vostochny in January.")
    (fact,) = [f for f in doc._.facts if f.kind == "trip_count"]
    assert (fact.vessel, fact.destination, fact.quantity, fact.unit) == (
        "vessel:angara",
        "port:vostochny",
        12.0,
        "trip",
    )


def test_no_fact_from_hedged_or_negated_claims(run):
    assert run("It cannot be ruled out that North Korea sent 1 million shells to Russia.")._.facts == []
    assert run("The Maya-1 did not arrive at Rajin on February 12.")._.facts == []
    assert run("Russia accused North Korea of sending 1 million shells to Syria.")._.facts == []


# --------------------------------------------------------------------------- more frames


def test_parenthetical_frame_covers_both_clauses(run):
    text = "Factories in North Korea run at 30% capacity, Shin Won-sik said, but plants producing shells for Russia run at full capacity."  # noqa: E501
    found = claims(run, text)
    assert chain(claim_with(found, "30%")) == ["Shin Won-sik"]
    assert chain(claim_with(found, "full capacity")) == ["Shin Won-sik"]
    assert not any("Shin Won-sik said" in c.text for c in found)


def test_leading_citing_goes_after_the_reporter(run):
    text = "Citing Shin Won-sik, Yonhap reported that North Korea had sent 6,700 containers to Russia."
    assert chain(claim_with(claims(run, text), "6,700")) == ["Yonhap", "Shin Won-sik"]


def test_relative_clause_on_the_cited_source_is_residue(run):
    text = "Russia bought 1 million shells from North Korea, Yonhap reported, citing Shin Won-sik, who spoke on Monday."
    c = claim_with(claims(run, text), "1 million")
    assert chain(c) == ["Yonhap", "Shin Won-sik"]
    assert c.text == "Russia bought 1 million shells from North Korea"


def test_dateline_is_no_part_of_the_claim_and_names_the_outlet(run):
    doc = run("SEOUL (Yonhap) — North Korea shipped 1 million shells to Russia, Yonhap reported.")
    c = doc._.claims[0]
    assert c.text == "North Korea shipped 1 million shells to Russia"
    assert chain(c) == []  # the agency of the dateline is the article's outlet


def test_evidence_is_no_speaker(run):
    text = "Satellite images show that the Angara docked at Rajin on May 3."
    c = claim_with(claims(run, text), "Angara")
    assert chain(c) == []
    assert c.text.startswith("the Angara")


def test_a_document_speaks_for_its_author(run):
    text = "A report published by CSIS identified the Angara as one of the vessels."
    assert chain(claim_with(claims(run, text), "Angara")) == ["CSIS"]


def test_an_embedded_question_is_not_peeled(run):
    text = "US officials are assessing how the KN-23 missiles performed in Ukraine."
    assert claim_with(claims(run, text), "assessing")


def test_a_relative_clause_with_its_own_denier(run):
    text = "Russia claimed that the Ursa Major had sunk, which Sovcomflot denied at the time."
    found = claims(run, text)
    den = claim_with(found, "denied")
    assert den.kind == "denial" and chain(den) == []  # the denier's act, not Russia's statement (sixteenth round)
    assert chain(claim_with(found, "Ursa Major")) == ["Russia"]


def test_a_second_speech_act_in_a_conjunction(run):
    text = (
        "Maria Zakharova called the reports baseless and insisted that Russia had received no shells from North Korea."
    )
    found = claims(run, text)
    assert claim_with(found, "baseless").kind == "denial"
    c = claim_with(found, "received no shells")
    assert chain(c) == ["Maria Zakharova"] and c.negated


def test_a_dateline_is_no_speaker(run):
    text = "MOSCOW (Kyodo) - Foreign Ministry spokeswoman Maria Zakharova on Thursday called the reports baseless."
    assert chain(claims(run, text)[0]) == ["Maria Zakharova"]


def test_no_fact_from_an_event_mentioned_inside_a_noun_phrase(run):
    doc = run(
        "The news about North Korea sending 1 million shells to Russia has political motives, Dmitry Peskov said."
    )
    assert not [f for f in doc._.facts if f.kind == "shipment"]


def test_past_tense_frame_closing_a_paragraph_covers_its_sentence_only(run):
    # a news-wire "..., X reported." is not a press review: the sentence before keeps no source
    text = "The Angara was held at Vostochny on Monday. The Maya-1 left Rajin in May, Reuters reported."
    found = claims(run, text)
    assert chain(claim_with(found, "Angara was held")) == []
    assert chain(claim_with(found, "Maya-1 left")) == ["Reuters"]
    # the present-tense press review still covers its paragraph
    text = "The Angara was held at Vostochny on Monday. The Maya-1 left Rajin in May, Reuters reports."
    found = claims(run, text)
    assert chain(claim_with(found, "Angara was held")) == ["Reuters"]


def test_unnamed_source_speaks_for_the_body_of_its_kind_named_before(run):
    text = (
        "The Justice Department charged two traders over fuel sales to Syria. "
        "Prosecutors said the Sparta IV loaded 30,000 tonnes at Tartus."
    )
    assert chain(claim_with(claims(run, text), "30,000")) == ["Justice Department"]
    text = (
        "The Chilean armed forces followed the Angara along the coast. "
        "The military said the Angara carried 152 mm shells."
    )
    assert chain(claim_with(claims(run, text), "Angara carried")) == ["Chilean armed forces"]
    # no body of that kind nearby: the unnamed source stays out of the chain
    text = "Prosecutors said the Sparta IV loaded 30,000 tonnes at Tartus."
    assert chain(claim_with(claims(run, text), "30,000")) == []


def test_possessor_of_a_body_speaks_not_the_body_named_after_it(run):
    text = "Iran's mission to the United Nations said the Sparta IV carried only grain to Tartus."
    assert chain(claim_with(claims(run, text), "only grain")) == ["Iran"]


def test_citing_between_frame_and_complement_is_the_second_link(run):
    text = "Bloomberg reported, citing ship-tracking data from Kpler, that the Sparta IV loaded fuel at Tartus."
    found = claims(run, text)
    first = claim_with(found, "loaded fuel")
    assert chain(first) == ["Bloomberg", "Kpler"]
    assert first.text.startswith("the Sparta IV")


def test_inanimate_subject_of_a_complement_is_no_speaker(nlp, run):
    from osint_graph.nlp.claims import ClaimExtractor

    for text in (
        "John Kirby said the seizure showed that the Ursa Major had carried 152 mm shells.",
        "John Kirby said the Sparta IV seizure showed that the Ursa Major had carried 152 mm shells.",
    ):
        doc = run(text)
        assert chain(claim_with(doc._.claims, "Ursa Major")) == ["John Kirby"]
        kept = ClaimExtractor(nlp, generic_sources="keep")(doc)._.claims
        assert chain(claim_with(kept, "Ursa Major")) == ["John Kirby"]


def test_based_on_what_a_source_said_is_a_frame_of_that_source(run):
    text = (
        "Deliveries from Rajin were carried out by the Angara and the Lady R, reports NK Pro.\n\n"
        "The ships made at least 32 trips to North Korea.\n\n"
        "The Maya-1 docked at Rajin in May, based on what the Ministry of Defence said.\n\n"
        "The Lady R left Vostochny in June."
    )
    found = claims(run, text)
    assert chain(claim_with(found, "32 trips")) == ["NK Pro"]
    docked = claim_with(found, "docked at Rajin")
    assert chain(docked) == ["Ministry of Defence"]
    assert "based on" not in docked.text
    assert chain(claim_with(found, "left Vostochny")) == []


def test_people_of_a_place_do_not_speak_for_its_state(run):
    text = "The Sparta IV loaded 30,000 tonnes at Tartus, Reuters reported, citing Moscow traders."
    assert chain(claim_with(claims(run, text), "30,000")) == ["Reuters"]
    text = "The Sparta IV loaded 30,000 tonnes at Tartus, according to Seoul brokers."
    assert chain(claim_with(claims(run, text), "30,000")) == []
    # officials still speak for their state
    found = claims(run, "Ukrainian officials said the Angara carried 152 mm shells.")
    assert claim_with(found, "Angara").attribution[-1].entity == "country:ukraine"


def test_descriptor_followed_by_a_name_gives_the_name(run):
    for text in (
        "The Angara had anchored off Vostochny, Danish newspaper Dagbladet Nord reported.",
        "Danish newspaper Dagbladet Nord reported that the Angara had anchored off Vostochny.",
    ):
        first = claim_with(claims(run, text), "anchored")
        assert chain(first) == ["Dagbladet Nord"]
        assert first.attribution[0].entity == "outlet:dagbladet-nord"


def test_capitalised_source_noun_or_article_is_no_name(run):
    # a sentence-initial common noun and an article before a place are not names of sources
    text = "Brokers said freight rates for Tartus had doubled since January."
    assert chain(claim_with(claims(run, text), "freight rates")) == []
    text = "A Tokyo-based trader said the Sparta IV loaded 30,000 tonnes at Tartus."
    assert chain(claim_with(claims(run, text), "30,000")) == []


def test_description_points_back_to_the_appositive_name_it_described(run):
    text = (
        "The tanker's manager, Sovcomflot, said the Sparta IV had not called at Tartus. "
        "Kpler had earlier reported that the Sparta IV loaded grain at Tartus. "
        "The manager denied that the Sparta IV loaded grain there."
    )
    found = claims(run, text)
    denied = [c for c in found if "grain there" in c.text]
    assert denied and chain(denied[0]) == ["Sovcomflot"]


def test_in_what_a_source_said_names_the_origin(run):
    for text in (
        "The Maya-1 was stopped near Rajin in what the Ministry of Defence said was a routine check.",
        "The Maya-1 was stopped near Rajin, in what the Ministry of Defence described as a routine check.",
    ):
        assert chain(claim_with(claims(run, text), "stopped"))[-1] == "Ministry of Defence"


def test_the_sources_setting_reaches_the_claims_component():
    from osint_graph.gazetteer import load_gazetteer
    from osint_graph.nlp.pipeline import add_components, load_model
    from osint_graph.resources import sources_dir

    folder = str(sources_dir())
    component = add_components(load_model(), sources=folder).get_pipe("osint_claims")
    assert component.sources == folder
    assert component.gazetteer is load_gazetteer(folder)  # the same gazetteer as the entity components'


def test_a_reported_clause_is_a_claim_even_of_an_unnamed_source_naming_nothing_tracked(run):
    found = claims(run, "Officials said no fuel spill had been detected. The weather was calm on Monday.")
    c = claim_with(found, "no fuel spill")
    assert chain(c) == [] and c.negated  # "officials" are generic: their words, no named source
    assert not any("weather" in x.text for x in found)  # the outlet's own aside naming nothing stays out
