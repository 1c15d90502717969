"""Page furniture (osint_furniture): made-up pages with a headline, bylines, captions and credits."""

from __future__ import annotations

from osint_graph.nlp.furniture import find_furniture, is_furniture

PAGE = """Tanker Grey Falcon Seen Near Port of Varnholm

By Jane Doravik, Staff writer

2 min read

date 2024-05-02 VARNHOLM (Reuters) — The tanker Grey Falcon was boarded by the Ostland Coast Guard on Tuesday.
The crew of the Grey Falcon were questioned by Ostland police.
A tug beside the Silver Heron off Kesport (Photo: Piet Norlund/Getty Images)
Image Credit: Nordfoto/Vesselwatch
Share this article
Also read | Tanker Blue Marlow detained in Kesport
Tags: shipping, Ostland, tankers"""


def _kinds(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for kind, start, end in find_furniture(text):
        out.setdefault(kind, []).append(text[start:end])
    return out


def test_every_kind_of_furniture_is_found_with_exact_offsets():
    kinds = _kinds(PAGE)
    assert kinds["headline"] == ["Tanker Grey Falcon Seen Near Port of Varnholm"]
    assert kinds["byline"] == ["By Jane Doravik, Staff writer"]
    assert kinds["reading_time"] == ["2 min read"]
    assert kinds["date"] == ["date 2024-05-02 "]
    assert kinds["dateline"] == ["VARNHOLM"]
    assert kinds["dateline_agency"] == ["Reuters"]
    assert kinds["caption"] == ["A tug beside the Silver Heron off Kesport (Photo: Piet Norlund/Getty Images)"]
    assert kinds["credit"] == ["Image Credit: Nordfoto/Vesselwatch"]
    assert kinds["share"] == ["Share this article"]
    assert kinds["related"] == ["Also read | Tanker Blue Marlow detained in Kesport"]
    assert kinds["tags"] == ["Tags: shipping, Ostland, tankers"]


def test_a_caption_given_twice_and_a_headline_repeated():
    text = (
        "Coast guard said the Kerrin Bay cargo ship dragged its anchor\n"
        "Coast guard said the Kerrin Bay cargo ship dragged its anchor AFP\n\n"
        "A cargo ship dragged its anchor over a cable, the coast guard said.\n"
        "A view of the Kerrin Bay at the quay (photo credit: Marlo Tesk)\n"
        "A view of the Kerrin Bay at the quay\n"
        "Coast guard said the Kerrin Bay cargo ship dragged its anchor"
    )
    kinds = _kinds(text)
    assert kinds["headline"] == [
        "Coast guard said the Kerrin Bay cargo ship dragged its anchor",
        "Coast guard said the Kerrin Bay cargo ship dragged its anchor",
    ]
    assert "Coast guard said the Kerrin Bay cargo ship dragged its anchor AFP" in kinds["caption"]
    assert "A view of the Kerrin Bay at the quay" in kinds["caption"]
    assert "A view of the Kerrin Bay at the quay (photo credit: Marlo Tesk)" in kinds["caption"]


def test_a_first_sentence_is_no_headline():
    text = "The tanker Ostra Wind sank off Kesport on Sunday.\nIts crew was rescued."
    assert "headline" not in _kinds(text)


def test_no_entity_from_bylines_captions_and_credits(nlp):
    doc = nlp(PAGE)
    names = {(e.label_, e.text) for e in doc.ents}
    assert ("VESSEL", "Grey Falcon") in names  # named in the body
    assert not any("Doravik" in text for _, text in names)  # the byline
    assert not any("Silver Heron" in text or "Norlund" in text for _, text in names)  # the caption
    assert not any("Nordfoto" in text or "Vesselwatch" in text for _, text in names)  # the credit
    assert not any("Blue Marlow" in text for _, text in names)  # a related link
    assert not any(e.text == "Grey Falcon Seen" for e in doc.ents)  # the headline's run of capitals
    # the dateline's place, kept; a Port, as the headline's "Port of Varnholm" names its port (place22)
    assert ("PORT", "VARNHOLM") in names
    assert ("OUTLET", "Reuters") in names  # the dateline's agency
    assert all(not is_furniture(e) for e in doc.ents)


def test_a_headline_entity_stays_only_when_the_body_names_it(nlp):
    headline = "Norway Detains Tanker, Varnholm Police Say\n\n"
    confirmed = nlp(headline + "Norway detained the tanker Ostra Wind on Monday.")
    assert [(e.label_, e.text, e._.furniture) for e in confirmed.ents][:2] == [
        ("COUNTRY", "Norway", "headline"),
        ("COUNTRY", "Norway", None),
    ]
    assert not any("Varnholm" in e.text for e in confirmed.ents)  # only in the headline
    alone = nlp(headline + "The tanker Ostra Wind was detained on Monday.")
    assert [e.text for e in alone.ents] == ["Ostra Wind"]


def test_the_span_group_and_the_extension_agree(nlp):
    doc = nlp(PAGE)
    group = [(s.label_, s.text) for s in doc.spans["furniture"]]
    assert ("byline", "By Jane Doravik, Staff writer") in group
    assert [(s.label_, s.text) for s in doc._.furniture] == group


def test_a_subheading_in_the_body_but_not_a_cut_last_line():
    text = (
        "Tanker Ostra Wind Detained\n"
        "The tanker Ostra Wind was detained off Kesport on Monday.\n"
        "Not the First Incident\n"
        "A similar tanker was held in May.\n"
        "Leave a Reply\n"
        "The multinational Combined Maritime Force information cen"
    )
    kinds = _kinds(text)
    assert kinds["subhead"] == ["Not the First Incident"]
    assert kinds["comments"] == ["Leave a Reply"]


def test_an_embedded_post_is_furniture():
    text = (
        "Officials seized the tanker Ostra Wind on Monday.\n"
        "Ostland has seized the Ostra Wind pending payment https://t.co/abcDEF123\n"
        "— Mara Tellen (@MaraTellen) April 13, 2021\n"
        "The owner said it would appeal."
    )
    kinds = _kinds(text)
    assert kinds["embed"] == [
        "Ostland has seized the Ostra Wind pending payment https://t.co/abcDEF123",
        "— Mara Tellen (@MaraTellen) April 13, 2021",
    ]


def test_a_credit_glued_to_its_caption():
    text = "The tanker Ostra Wind sank on Monday.\n152 mm shellsPhoto: Nordfoto/Vesselwatch\nIts crew was rescued."
    kinds = _kinds(text)
    assert kinds["credit"] == ["Photo: Nordfoto/Vesselwatch"]
    assert "subhead" not in kinds


def test_a_piece_boundary_on_white_space_after_a_token(nlp):
    """A repeated headline whose line ends in control characters and spaces: the boundary falls on
    white space that belongs to no token (found by the fuzz suite; it raised IndexError)."""
    line = "The Nordvik Star reached Port Halden on May 3, 2021, Harbour Daily said."
    doc = nlp(f"{line} \x07\x1b[31m  \n{line} ")
    assert [t.text for t in doc if t.is_sent_start][:1] == ["The"]
    assert len(list(doc.sents)) >= 2


def test_the_text_of_an_embedded_post_is_furniture():
    text = (
        "The Corvin Star ran aground off Varnholm on Monday, the coast guard said.\n"
        "Coast Guard Evacuates 19 People From Stranded Tanker\n"
        "The Varnholm Coast Guard today evacuated 19 crew members of the tanker CORVIN STAR,…\n"
        "— Varnholm Coast Guard (@VarnCG) March 3, 2025\n"
        "The tanker carried 8,000 tonnes of fuel oil, the owner said."
    )
    kinds = _kinds(text)
    assert kinds["embed"] == [
        "Coast Guard Evacuates 19 People From Stranded Tanker",
        "The Varnholm Coast Guard today evacuated 19 crew members of the tanker CORVIN STAR,…",
        "— Varnholm Coast Guard (@VarnCG) March 3, 2025",
    ]
    assert "headline" not in kinds or "Coast Guard Evacuates" not in kinds["headline"][0]


def test_a_post_with_its_link_takes_the_lines_above_only_while_they_are_no_prose():
    text = (
        "The Corvin Star was seized at Varnholm, the ministry said.\n"
        "Tanker seized at Varnholm pending $40 million in damages #shipping https://t.co/AbC123\n"
        "— Mara Kestel (@marakestel) April 2, 2024\n"
        "The owner denied any fault."
    )
    assert _kinds(text)["embed"] == [
        "Tanker seized at Varnholm pending $40 million in damages #shipping https://t.co/AbC123",
        "— Mara Kestel (@marakestel) April 2, 2024",
    ]


def test_no_figure_comes_from_furniture(nlp):
    text = (
        "The Corvin Star ran aground off Varnholm on Monday, the coast guard said.\n"
        "The Varnholm Coast Guard today evacuated 19 crew members of the tanker CORVIN STAR,…\n"
        "— Varnholm Coast Guard (@VarnCG) March 3, 2025\n"
        "A tug beside 3 barges off Kesport (Photo: Piet Norlund/Getty Images)\n"
        "The tanker carried 8,000 tonnes of fuel oil, the owner said."
    )
    assert [f.text for f in nlp(text)._.figures] == ["8,000 tonnes"]


def test_a_repeated_headline_gives_its_figure_once(nlp):
    text = (
        "3 Oil Tankers Collide Off Varnholm\n"
        "The Corvin Star on fire off Varnholm (Photo: Piet Norlund/Getty Images)\n"
        "3 Oil Tankers Collide Off Varnholm\n"
        "Three oil tankers collided off Varnholm on Monday, the coast guard said."
    )
    found = [(f.text, f.start_char) for f in nlp(text)._.figures]
    assert found == [("3 Oil Tankers", 0), ("Three oil tankers", text.index("Three oil"))]


def test_no_claim_from_furniture_but_from_the_headline_and_body(claims_extractor):
    from osint_graph.model import Article, article_id

    page = PAGE.replace("Share this article", "Home / News / Tanker Blue Marlow seized by the Ostland Navy in Kesport")
    extraction = claims_extractor.extract(Article(id=article_id(page), text=page, outlet="Harbour Ledger"))
    texts = [c.text for c in extraction.claims]
    assert any("boarded by the Ostland Coast Guard" in t for t in texts)  # the body
    assert any("questioned by Ostland police" in t for t in texts)
    assert not any("Blue Marlow" in t or "Silver Heron" in t for t in texts), texts  # navigation, caption, link
    for claim in extraction.claims:
        assert page[claim.start : claim.end] == claim.text
        assert not any(name in claim.text for name in ("Doravik", "Nordfoto"))


def test_a_dateline_with_a_country_of_three_words_and_its_agency(nlp):
    """'KESPORT, United Arab Emirates (AP) —': the place a Location, the tag the Outlet, and the tag
    no abbreviation of the country before it."""
    doc = nlp("KESPORT, United Arab Emirates (AP) — Fighters said on Wednesday they had seized 70 tons of arms.")
    found = {(e.text, e.label_, e._.canonical) for e in doc.ents}
    assert ("KESPORT", "LOCATION", "Kesport") in found
    assert ("AP", "OUTLET", "Associated Press") in found
    assert not [e for e in doc.ents if e.text == "AP" and e.label_ != "OUTLET"]


def test_two_desks_of_a_dateline_are_both_places_even_a_seaport(nlp):
    """'KESPORT/NEW YORK (Reuters) -': two desks filed the story; New York is a seaport of the
    reference list, but a dateline names where the story was written, not where ships call.
    (The tokenizer keeps 'KESPORT/HAMBURG' one token: a one-word second desk is not split yet.)"""
    doc = nlp("KESPORT/NEW YORK (Reuters) - Fighters said on Wednesday they had seized the Osk Lantern.")
    found = {(e.text, e.label_) for e in doc.ents}
    assert {("KESPORT", "LOCATION"), ("NEW YORK", "LOCATION"), ("Reuters", "OUTLET")} <= found


def test_a_town_where_a_company_is_headquartered_is_no_port(nlp):
    """Hamburg is a seaport of the reference list; where a company sits is the town (as 'Hamburg-based')."""
    doc = nlp("The Osk Lantern belongs to Kessel Lines, a company headquartered in Hamburg.")
    assert ("Hamburg", "LOCATION") in {(e.text, e.label_) for e in doc.ents}
    doc = nlp("The Osk Lantern docked in Hamburg on Monday.")
    assert ("Hamburg", "PORT") in {(e.text, e.label_) for e in doc.ents}


def test_a_caption_line_ending_in_a_bracketed_credit(nlp):
    """'... in November [File: Jane Doe/AP Photo]': a caption and its credit, no entity from them."""
    text = (
        "Sailor hurt as missiles hit a cargo ship\n\n"
        "The Varnian navy began patrols in the Red Sea after the rebels began their attacks in November "
        "[File: Jane Doe/AP Photo]\n\n"
        "Two cruise missiles struck the bulk carrier Osk Lantern in the Gulf of Aden on Thursday."
    )
    doc = nlp(text)
    caption_end = text.index("Photo]") + len("Photo]")
    assert [e.text for e in doc.ents if e.start_char < caption_end and e.start_char > text.index("\n")] == []
    assert "Osk Lantern" in {e.text for e in doc.ents}


def test_a_wire_file_photo_caption_and_a_toggle_caption_credit_are_furniture():
    page = (
        "Ostland demands the return of rifles\n\n"
        "FILE - In this handout photo provided by the Ostland Coast Guard, a Kesland ship uses water cannon.\n\n"
        "Enlarge this image toggle caption Ostland Department of Justice\n\n"
        "The Ostland military chief demanded on Wednesday that Kesland return the rifles."
    )
    kinds = _kinds(page)
    assert any(t.startswith("FILE - In this handout photo") for t in kinds.get("caption", []))
    assert "Enlarge this image toggle caption Ostland Department of Justice" in kinds.get("credit", [])
    assert not any(t.startswith("The Ostland military") for ts in kinds.values() for t in ts)


def test_a_caption_ending_with_its_agency_and_photographer_in_capitals():
    caption = (
        "Firefighters gather on a beach near Varnholm, 26 February 2023. Authorities said at least 30 bodies "
        "were found near Kesport. EPA-EFE/JANE DORAVIK"
    )
    body = "VARNHOLM, Feb 28 (Reuters) - Police arrested three people, police said. They were charged by NORTH/SOUTH."
    kinds = _kinds("Three arrested after shipwreck off Varnholm\n\n" + caption + "\n\n" + body)
    assert kinds["caption"] == [caption]
    assert body not in kinds.get("caption", [])


def test_a_caption_ending_with_its_photographer_and_agency():
    # '... Jane Roe / AP photo': the photographer, a slash, the agency (and "photo")
    caption = "The Tern Vale glides past a pier as the mayor speaks at a lectern in Varnholm. Jane Doravik / AP photo"
    body = "Officials said the Tern Vale sailed on Sunday. The ship carries grain and/or fuel to Kesport."
    kinds = _kinds("Tern Vale sails from Varnholm\n\n" + caption + "\n\n" + body)
    assert kinds["caption"] == [caption]
    assert not any(t.startswith("Officials said") for ts in kinds.values() for t in ts)


def test_an_author_box_at_the_foot_is_furniture():
    """'Author: X' and 'X is the news editor of Y' (a name with an inner capital, 'the' for 'a'): the
    author box, not a claim about the events; a sentence of the body with 'is the' stays."""
    page = (
        "Frigate Osk Lantern Hit Near Kesport\n\n"
        "The frigate Osk Lantern was hit near Kesport on Monday.\n\n"
        "Varnholm is the main base of the fleet, officials said.\n\n"
        "Author: Jan McTarvik\n\n"
        "Jan McTarvik is the news editor of Harbour Ledger, follow him on Twitter @jmct."
    )
    kinds = _kinds(page)
    assert kinds["byline"] == [
        "Author: Jan McTarvik",
        "Jan McTarvik is the news editor of Harbour Ledger, follow him on Twitter @jmct.",
    ]


def test_other_stories_listed_at_the_foot_without_a_label_are_related_links():
    """Three or more lines after a blank line, to the end, none ending as prose does: other stories'
    headlines; a body's last line cut short alone, or lines ending with a full stop, stay content."""
    page = (
        "The frigate Osk Lantern was hit near Kesport on Monday. Divers found a hole in the hull.\n\n"
        "Officials in Varnholm said the port stayed open.\n\n"
        "The Ostland minister named the condition for new talks on fuel\n"
        "A strong explosion was heard in Kesport\n"
        "In Varnholm, new missiles caused alarm among residents"
    )
    related = [text for text in _kinds(page).get("related", [])]
    assert related == [
        "The Ostland minister named the condition for new talks on fuel",
        "A strong explosion was heard in Kesport",
        "In Varnholm, new missiles caused alarm among residents",
    ]
    cut = "The frigate Osk Lantern was hit near Kesport on Monday.\n\nOfficials in Varnholm said the port sta"
    assert "related" not in _kinds(cut)
    prose = page.replace("fuel\n", "fuel.\n").replace("Kesport\n", "Kesport.\n")
    assert "related" not in _kinds(prose)


def test_a_headline_repeated_as_a_photo_text_before_its_caption_and_a_bracketed_credit(nlp):
    page = (
        "Grain freighter lost off Varnholm with 9,000 tonnes aboard\n\n"
        "Grain freighter lost off Varnholm with 9,000 tonnes aboard Sailors of the Grey Falcon "
        "arrive in Kesport on the tug Silver Heron, May 2, 2024.\n"
        "[Photo courtesy Ostland Coast Guard]\n\n"
        "The Grey Falcon went down off Varnholm on Tuesday with 9,000 tonnes of grain, officials said."
    )
    kinds = _kinds(page)
    assert kinds["caption"] == [page.split("\n")[2]], kinds
    assert kinds["credit"] == ["[Photo courtesy Ostland Coast Guard]"], kinds
    figures = [f.text for f in nlp(page)._.figures]
    assert figures.count("9,000 tonnes") == 2, figures  # the headline's and the body's, not the caption's
    assert "Silver Heron" not in {e.text for e in nlp(page).ents}


def test_a_caption_ending_in_a_photographer_and_a_wire_in_brackets():
    """'... in Kesport. (Piet Norlund/Bloomberg)': the bracketed credit names any of the wires the
    credit rules know, Bloomberg, Xinhua and TASS among them."""
    text = (
        "The tanker Grey Falcon was boarded on Tuesday.\n"
        "The compressor station of the Varn pipeline near Kesport. (Piet Norlund/Bloomberg)\n"
        "The crew were questioned."
    )
    caption = "The compressor station of the Varn pipeline near Kesport. (Piet Norlund/Bloomberg)"
    assert _kinds(text).get("caption") == [caption]


def test_a_long_caption_whose_credit_names_a_wire_through_another_agency():
    """'... (Jane Roe/Kespress via AP)': the photographer's agency distributed through a wire; a
    caption naming a row of officials runs long, so the caption rule reads up to 1,200 characters."""
    officials = ", ".join(f"Deputy Commissioner Arno Valk{i}" for i in range(12))
    caption = f"From left, {officials}, attend a news conference in Kesport. (Mira Lunde/Kespress via AP)"
    text = f"Kesland seizes cargo ship\n{caption}\n\nThe coast guard said the ship was stopped on Monday."
    assert len(caption) > 400
    assert _kinds(text).get("caption") == [caption]


def test_a_wire_page_with_a_stray_mark_a_section_label_a_handout_caption_and_an_agency_byline(nlp):
    # a stray mark and a section label before the headline, the byline "Name - Agency", the headline
    # again, a wire's handout caption and its credit line of slashes
    text = (
        "^\n\nHeadlines\n\n"
        "At least 31 killed in Karsk ferry fire\n\n"
        "Lena Varga - Agence France-Presse\n"
        "At least 31 killed in Karsk ferry fire\n"
        "This handout picture taken on March 29, 2023 and released by the Karsk Coast Guard shows a "
        "boat spraying water on the Tern Vale. At least 12 people died and 230 were rescued.\n"
        "Handout / Karsk Coast Guard (KCG) / AFP\n\n"
        "KARSK — At least 31 persons died and 230 others were rescued after a fire engulfed the ferry "
        "Tern Vale late Wednesday night, authorities said.\n"
        "Rescuers recovered 18 bodies from the hold. Photo from Karsk News Agency\n"
        "The ferry carried 205 passengers."
    )
    kinds = _kinds(text)
    assert kinds["navigation"] == ["Headlines"]
    assert kinds["headline"] == ["At least 31 killed in Karsk ferry fire"] * 2
    assert kinds["byline"] == ["Lena Varga - Agence France-Presse"]
    assert kinds["caption"][0].startswith("This handout picture taken on March 29")
    assert kinds["caption"][1] == "Rescuers recovered 18 bodies from the hold. Photo from Karsk News Agency"
    assert kinds["credit"] == ["Handout / Karsk Coast Guard (KCG) / AFP"]
    found = [(f.text, f._.figure_unit) for f in nlp(text)._.figures]
    assert found == [
        ("At least 31", "person"),
        ("At least 31 persons", "person"),
        ("230 others", "person"),
        ("205 passengers", "passenger"),
    ]


def test_edition_switchers_a_credit_in_brackets_thanks_and_a_bracketed_byline_are_furniture():
    """'• Europe edition', '... file (Jane Roe /Varnfoto)' (any agency), 'Edited from reports from ...',
    'Thanks to ... for contributing ...' and '[ May 2, 2024 // Jane Roe ]': no entity from them; a
    sentence of the body with a bracket and a slash stays content."""
    page = (
        "  • International edition\n"
        "  • Ostland edition\n\n"
        "Frigate Osk Lantern Hit Near Kesport\n\n"
        "[ May 2, 2024 // Jan McTarvik ]The frigate Osk Lantern was hit near Kesport on Monday.\n"
        "The Osk Lantern in port, file (Piet Norlund /Nordfoto)\n"
        "The navy said the damage was light (about 2 metres/6 feet of hull plating).\n"
        "Edited from reports from Lise Varga, Tom Brekke and wire services\n"
        "Thanks to Ola Renn for contributing to this post."
    )
    kinds = _kinds(page)
    assert kinds["navigation"] == ["• International edition", "• Ostland edition"]
    assert kinds["caption"] == ["The Osk Lantern in port, file (Piet Norlund /Nordfoto)"]
    assert "[ May 2, 2024 // Jan McTarvik ]" in kinds["byline"]
    assert "Edited from reports from Lise Varga, Tom Brekke and wire services" in kinds["byline"]
    assert kinds["credit"] == ["Thanks to Ola Renn for contributing to this post."]
    assert not any("damage was light" in t for ts in kinds.values() for t in ts)


def _datelines(text: str) -> list[tuple[str, str]]:
    return [(k, text[s:e]) for k, s, e in find_furniture(text) if k.startswith("dateline")]


def test_a_dateline_with_the_year_before_its_dash():
    text = "Tanker feared lost\n\nVARNHOLM, Aug. 12, 2009 — The navy searched for the Tern Vale."
    assert _datelines(text) == [("dateline", "VARNHOLM")]


def test_a_title_case_dateline_with_two_credits_split_by_a_slash():
    text = "Crew rescued\n\nVarnholm (Harbour Ledger/Agencies) – A group of 60 sailors landed."
    assert _datelines(text) == [
        ("dateline", "Varnholm"),
        ("dateline_agency", "Harbour Ledger"),
        ("dateline_agency", "Agencies"),
    ]


def test_a_place_and_a_full_date_alone_on_a_line():
    text = (
        "Tern Vale update\n\nStatement by Karsk Lines\n\nVarnholm, January 10, 2012\n\nThe owner said salvage went on."
    )
    assert _datelines(text) == [("dateline", "Varnholm")]


def test_a_name_and_a_year_in_a_sentence_is_no_dateline():
    text = "Tern Vale update\n\nVarnholm, the owner, said on January 10, 2012 that salvage went on."
    assert _datelines(text) == []


# twentieth round (outlet20, issue 11): the author box at the foot of a page, whose outlets are the
# writer's career, not the story's sources
AUTHOR_PAGE = (
    "Tern Vale detained off Karsk\n\n"
    "The Karsk coast guard detained the tanker Tern Vale on Monday, Wirewatch reported.\n\n"
    "Ola Brenn\n\n"
    "Starting out at Harbour Ledger, Ola Brenn became editor of Nordic Daily. His work has also "
    "appeared in The Tern Courier.\n"
    "Back to top button"
)


def test_an_author_box_at_the_foot_of_the_page_is_furniture(nlp):
    kinds = {AUTHOR_PAGE[s:e][:8]: k for k, s, e in find_furniture(AUTHOR_PAGE)}
    assert kinds.get("Ola Bren") == "author" and kinds.get("Starting") == "author"
    names = {e.text for e in nlp(AUTHOR_PAGE).ents}
    assert "Nordic Daily" not in names and "Harbour Ledger" not in names


def test_a_name_line_before_a_story_paragraph_is_no_author_box():
    text = AUTHOR_PAGE.replace("became editor of Nordic Daily. His work has also appeared in", "said the ship left")
    assert "author" not in {k for k, _, _ in find_furniture(text)}


def test_a_wire_staff_credit_a_byline_with_an_initial_or_after_the_date_and_a_photo_caption():
    # furniture/lines.jsonl: the staff credit on its own line or closing the last paragraph (only the
    # bracket), 'By Name I. Surname | date', 'date - time By Name', '... . Photo: Name'
    body = "The Tern Vale was released on Monday, the ministry said."
    cases = [
        (f"{body} (Reporting by Ola Berg; Editing by Lena Varga)", " (Reporting by Ola Berg; Editing by Lena Varga)"),
        ("(Additional reporting by Ola Berg; Writing by Lena Varga)", None),
        ("Reporting by Ola Berg; Editing by Lena", None),
        ("By Ola P. Berg | Jan 26, 2012", None),
        ("June 21, 2024 - 15:56 By Ola Berg", None),
        ("Harbour master Ola Berg speaks in Varnhamn on 1 July, 2022. Photo: Lena Varga", None),
    ]
    for line, piece in cases:
        text = f"Tanker freed off Karsk\n\n{line}\n\nThe ship sailed on Tuesday."
        start = text.index(piece or line)
        found = [(s, e) for _, s, e in find_furniture(text)]
        assert (start, start + len(piece or line)) in found, line
    assert find_furniture(f"Tanker freed off Karsk\n\n{body}\n\nThe ship sailed.") == [("headline", 0, 22)]


def test_an_upper_case_dateline_closed_by_a_full_stop():
    # datelines.jsonl caps_place_date: 'VARNHAMN, June 17. A group of ships ...' (a wire's style
    # reposted without its agency tag)
    text = "VARNHAMN, June 17. A group of ships left the port of Varnhamn on Monday."
    assert find_furniture(text) == [("dateline", 0, 8)]


def test_a_caption_closed_by_photo_courtesy_without_of():
    """'... Photo courtesy Piet Norlund / The Armed Forces' (gCaptain's captions): the whole line is a
    caption, like 'Photo courtesy of ...' (furniture/lines.jsonl)."""
    text = (
        "Frigate back in Varnholm\n\n"
        "The frigate Grey Falcon sails from Varnholm, May 2, 2024. Photo courtesy Piet Norlund / The Armed Forces\n\n"
        "The frigate Grey Falcon returned to Varnholm on Thursday after a tour off Kesport."
    )
    assert _kinds(text)["caption"] == [
        "The frigate Grey Falcon sails from Varnholm, May 2, 2024. Photo courtesy Piet Norlund / The Armed Forces"
    ]


def test_a_first_line_that_is_a_dateline_is_no_headline():
    """The look-up's date, then 'VARNHOLM (Wirewatch) -' closing its line, or a short first line that
    opens with 'VARNHOLM, June 19': the dateline, not a headline (place21)."""
    text = "date 2019-07-04 VARNHOLM (Wirewatch) -\n\nThe tanker Tern Vale was detained off Karsk."
    assert _datelines(text) == [("dateline", "VARNHOLM"), ("dateline_agency", "Wirewatch")]
    text = "date 2015-06-19 VARNHOLM, June 19 The hijacked tanker Tern Vale\nwas released on Friday."
    assert ("dateline", "VARNHOLM") in _datelines(text)


def test_a_title_case_headline_with_a_colon_stays_the_headline():
    text = "date 2023-12-16 Varn Navy: Destroyer Tern Vale shoots down a drone\n\nThe minister said on Monday."
    assert _datelines(text) == []


def test_a_sites_legal_notice_is_furniture_but_a_company_registered_in_the_body_is_not(nlp):
    """furniture/lines.jsonl, kind `legal`: copyright and company-registration lines give no entity."""
    page = (
        "Tarn Weekly is part of the Kestrel Media Division of Varnholt PLC\n\n"
        "This site is operated by a business owned by Varnholt PLC and all copyright resides with them. "
        "Varnholt PLC's registered office is 5 Brenn Place, Ostby OS1 2AB. Registered in England and Wales. "
        "Number 1234567.\n\n"
        "Tanker Grey Falcon detained at Kesport\n\n"
        "The tanker Grey Falcon was detained at Kesport on Tuesday. Tarvo Shipping Ltd, a company "
        "registered in England and Wales, owns the tanker.\n"
        "Copyright © 2024 Tarn Weekly, LLC.\n"
        "[Copyright (c) Ostland Times. All Rights Reserved.]"
    )
    kinds = _kinds(page)
    assert len(kinds["legal"]) == 3, kinds
    assert not any("owns the tanker" in t for ts in kinds.values() for t in ts)
    names = {e.text for e in nlp(page).ents}
    assert "Brenn Place" not in names and "Ostland Times" not in names
