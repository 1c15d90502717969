"""Weapon types in made-up prose: designation shapes, classes, and what names no weapon type."""

from __future__ import annotations

import pytest


def weapons(nlp, text):
    return {e.text for e in nlp(text).ents if e.label_ == "WEAPON"}


@pytest.mark.parametrize(
    "text,weapon",
    [
        # designations with a short prefix name a type alone, whatever their case
        ("A Varnian Zu-47 circled the tanker twice.", "Zu-47"),
        ("The crew saw a VK-19 overhead.", "VK-19"),
        # index designations without a hyphen
        ("Debris of a 7M415 was found on the deck.", "7M415"),
        # a long prefix needs its head noun
        ("The Korvat-210 attack drones flew low.", "Korvat-210 attack drones"),
        # letters and digits without a hyphen, with their head noun
        ("Militants flew VX3 attack drones at the port.", "VX3 attack drones"),
        # anti- makes any noun a class word
        ("A jet launched an anti-radar missile at the ship.", "anti-radar missile"),
        ("They carried anti-submarine torpedoes.", "anti-submarine torpedoes"),
        # a class word beside a descriptive one
        ("It fired a short-range ballistic missile.", "short-range ballistic missile"),
        # a model name of two words before its class words
        ("The destroyer fired two Sea Falcon missiles at the drones.", "Sea Falcon missiles"),
        ("Deploying Storm Lance missiles and guns, the frigate held.", "Storm Lance missiles"),
        ("By a strike of Tarsa V7 maritime drones, the ship was hit.", "Tarsa V7 maritime drones"),
        # an unknown model name after its maker's demonym or an origin word, whatever the model guessed
        ("They struck the cruiser with locally made Korvin missiles.", "Korvin missiles"),
        # an acronym head and a leading quantifier that is no class word
        ("The militants launched a complex attack of one-way attack UAVs.", "one-way attack UAVs"),
        ("The frigate destroyed multiple attack drones.", "attack drones"),
        # a platform named by a slashed designation, a system after its class word, a number before a model
        ("The strike group flew F/A-29 fighter jets over Kesport.", "F/A-29 fighter jets"),
        ("The drone was downed with a Sea Falcon missile system.", "Sea Falcon missile system"),
        # a system named by its model before class words, whatever the statistical model guessed
        ("The tug carried a Varn air defense system on deck.", "Varn air defense system"),
        # a rifle's role and the closed-up spelling of an anti- word are class words
        ("The crates held sniper rifles and spare parts.", "sniper rifles"),
        ("The frigate struck the target with an antiship missile.", "antiship missile"),
        ("One Sea Falcon missile was fired at the drone.", "Sea Falcon missile"),
        # one unknown word before 'missiles', whatever the model guessed ('weapon_model_heads.txt'), and a
        # model's name after a designation without a hyphen
        ("The navy will buy Tarvos missiles for its corvettes.", "Tarvos missiles"),
        ("Varnia will buy MQ7C Harrow drones from the maker.", "MQ7C Harrow drones"),
        # a speed between the model and its class words (weapon_descriptive_modifiers.txt)
        ("Varnia received its first Kestrov supersonic cruise missiles.", "Kestrov supersonic cruise missiles"),
        # a model named by likeness, '-type'/'-style' (weapon_model_likeness.txt)
        ("The rebels launched Korvin-type drones at Kesport.", "Korvin-type drones"),
        ("Varnek-style missiles hit the Osk Lantern.", "Varnek-style missiles"),
    ],
)
def test_weapon_types(nlp, text, weapon):
    assert weapon in weapons(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The guided missile destroyer Varn Hale escorted the tanker.",  # a ship type
        "Two missile boats left Kesport.",  # ships
        "Divers reached the Varnek missile boat overnight.",  # a warship named before its kind
        "The navy watched the pirates through a ship-launched drone.",  # how a drone is launched
        "They fired guided missiles at the port.",  # a describing word is no class (a range word is one)
        "The coast guard sent a Naval Maritime Patrol aircraft.",  # a platform without its model
        "Prices rose after the Korvat-210 report.",  # a long-prefix code alone
        "The ministers met at the G20 summit in Varnholm.",  # letters and digits alone
        "The destroyer USS Kessel Hale (DDG-64) escorted the tanker.",  # a hull number
        "The cutter Harlan Reese (WMSL-754) and the carrier CVN-82 sailed on.",  # hull numbers
        "The EU-27 ministers condemned the seizure of the Osk Lantern.",  # a bloc and its size
        "A crew of Patrol Squadron NINE (VP-9) searched for the Osk Lantern.",  # an air squadron
        "Two drone aircraft were shot down near Kesport.",  # drones by another word, no class
        "They fired supersonic missiles at the Osk Lantern.",  # a speed is no class
        "The rebels flew Iranian-style drones at the Osk Lantern.",  # a demonym's likeness names no model
        "Varnia bought new air defence systems last year.",  # a system without its model
        "The Karsk Navy systems failed at sea.",  # a body's systems, no class word
    ],
)
def test_no_weapon_type(nlp, text):
    assert weapons(nlp, text) == set()


def test_rifles_by_model_or_class_are_weapon_types(nlp):
    found = weapons(nlp, "The dhow carried about 2,500 Kalashnikov rifles and 300 Drovek assault rifles.")
    assert {"Kalashnikov rifles", "Drovek assault rifles"} <= found
    assert weapons(nlp, "Troops at the checkpoint fired assault rifles.") == {"assault rifles"}
    assert not weapons(nlp, "The brigade launched an assault on the port.")
    assert not weapons(nlp, "The guards carried rifles.")  # a bare generic word names no type


def test_generic_words_and_launchers_without_a_class_are_no_weapon_types(nlp):
    """GUIDELINES, Weapon: a class with its type noun counts ('machine guns', 'multiple rocket
    launchers', 'naval drones'); a bare generic word ('small arms'), a describing word before a bare
    head ('naval missiles') and a launcher without its class or model ('rocket launcher') do not."""
    text = "Crews on the Osk Lantern fired small arms, machine guns and naval missiles from a rocket launcher."
    found = weapons(nlp, text)
    assert found == {"machine guns"}
    text = "Varnia fired multiple rocket launchers and naval drones at Kesport."
    assert weapons(nlp, text) == {"multiple rocket launchers", "naval drones"}


def test_a_group_before_class_words_is_no_model(nlp):
    """'a Houthi attack drone': the class is the weapon; the group that flies it is no model name."""
    assert weapons(nlp, "The crew shot down a Houthi attack drone over Kesport.") == {"attack drone"}
    assert weapons(nlp, "Hamas rockets and Hezbollah drones hit the port.") == set()


def test_generic_classes_by_acronym(nlp):
    """'RPGs', 'IEDs': weapon classes named by their usual acronym, as the gazetteer rows list them."""
    assert weapons(nlp, "Pirates fired RPGs at the bulk carrier Kessel Hale.") == {"RPGs"}
    found = weapons(nlp, "The navy intercepted a waterborne improvised explosive device.")
    assert "improvised explosive device" in found


@pytest.mark.parametrize(
    "text,expected",
    [
        # two classes sharing one head noun: the first class word names its own class
        ("The rebels fired ballistic and cruise missiles at Kesport.", {"ballistic", "cruise missiles"}),
        ("The cache held anti-ship and anti-aircraft missiles.", {"anti-ship", "anti-aircraft missiles"}),
        ("A missile attack and cruise missile strikes were reported.", {"cruise missile"}),
        # munitions named by their class; a bare 'munitions' is none
        ("The drones are described as loitering munitions.", {"loitering munitions"}),
        ("Jets dropped cluster munitions on the quay.", {"cluster munitions"}),
        ("Varnian munitions were found in the munitions depot.", set()),
        # a 'Type' designation before its class words
        ("The footage showed Type 358 anti-aircraft missiles.", {"Type 358 anti-aircraft missiles"}),
        ("The Type 45 destroyer fired at the drones.", set()),
        # a describing word before a listed class is left out of the class
        ("Rebels sank the Osk Lantern with explosive drone boats.", {"drone boats"}),
    ],
)
def test_classes_in_coordination_munitions_and_type_designations(nlp, text, expected):
    assert weapons(nlp, text) == expected


def test_sea_drones_naval_drones_and_drone_boats_are_one_class(extractor):
    from osint_graph.model import Article

    text = "Varnia struck the Osk Lantern with sea drones. The naval drones were waterborne drones, not drone boats."
    found = [e for e in extractor.extract(Article(id="usv", text=text)).entities if e.type == "Weapon"]
    assert len(found) == 1
    assert {text[m.start : m.end] for m in found[0].mentions} == {
        "sea drones",
        "naval drones",
        "waterborne drones",
        "drone boats",
    }


def test_a_model_named_once_is_the_model_where_it_recurs_bare(nlp):
    """'Korvin missiles' then 'the Korvin air defence system' and a bare 'Korvin': the model name is the
    weapon where it recurs (with the system's class words, context/weapon_system_heads, or alone)."""
    doc = nlp(
        "Two locally made Korvin missiles downed the plane. The Korvin air defence system was sold to them. "
        "Korvin was never exported."
    )
    found = [(e.text, e._.canonical) for e in doc.ents if e.label_ == "WEAPON"]
    assert ("Korvin air defence system", "Korvin") in found
    assert ("Korvin", "Korvin") in found
    assert not [e for e in doc.ents if e.text == "Korvin" and e.label_ != "WEAPON"]


@pytest.mark.parametrize(
    "text,weapon",
    [
        # an unknown model name after its maker, whatever people the model guessed it for
        ("The rebels fired Varnian-made Zorvak drones at the tanker.", "Zorvak drones"),
        # an unknown word the model took for a group, before words that name a class
        ("Kessia fired Zorvak hypersonic missiles at the port.", "Zorvak hypersonic missiles"),
        # the verb of the clause is no part of the weapon's name
        ("The militants launched Korvat-210 drones at the refinery.", "Korvat-210 drones"),
        # a letter the tokenizer split off the designation's number
        ("The militia has Qarvel-2K loitering munitions.", "Qarvel-2K loitering munitions"),
        # a designation before the model's one-word name
        ("A Varnian ZQ-7 Heron drone was shot down over the strait.", "ZQ-7 Heron drone"),
        ("The navy sent a ZQ-8A Kestrel airplane from Kesport.", "ZQ-8A Kestrel airplane"),
        # a model's name and number written apart
        ("The frigate fired Aster 30 missiles at the boats.", "Aster 30 missiles"),
        # ranges, launch platforms and kinds of mine beside a class word
        ("Kessia tested an intercontinental ballistic missile.", "intercontinental ballistic missile"),
        ("Kessia tested a submarine-launched ballistic missile.", "submarine-launched ballistic missile"),
        ("The cruiser fired two land-attack cruise missiles at Kesport.", "land-attack cruise missiles"),
        ("The destroyer carries surface-to-air interceptor missiles.", "surface-to-air interceptor missiles"),
        ("The tanker struck a limpet mine off Kesport.", "limpet mine"),
        # classes by their usual acronym
        ("The cache held MRBMs bound for the rebels.", "MRBMs"),
        # a model with its other name in brackets
        ("Some can reach Kesport, such as the Varnak (or Zorel) cruise missile.", "Varnak (or Zorel) cruise missile"),
        # designations in the plural
        ("The pirates carried ZK-47s and grenades.", "ZK-47s"),
        ("Two Zu-35s escorted the tanker.", "Zu-35s"),
    ],
)
def test_model_names_and_classes_in_news_prose(nlp, text, weapon):
    assert weapon in weapons(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The destroyer intercepted multiple missiles over the strait.",  # a quantity word is no class
        "The rebels launched one drone at the bulk carrier.",  # nor is a number word
        "The destroyer fired interceptor missiles.",  # what a missile does is no class alone
        "The Osk Lantern was hit by Kestrel Group missiles.",  # a group's name, not a model's
        "The strike used Group 13 drones near Kesport.",  # a unit's name and number
    ],
)
def test_no_model_name_or_class(nlp, text):
    assert weapons(nlp, text) == set()


def test_a_longer_name_before_class_words_is_no_model(nlp):
    """An unknown group of two words ('Kestrel Group') before a class is no model name, though one
    unknown word there is ('Zorvak hypersonic missiles')."""
    assert weapons(nlp, "The Osk Lantern fired Kestrel Group anti-ship missiles.") == {"anti-ship missiles"}
    assert weapons(nlp, "Officials said the Varnak Brigade attack drones hit the port.") == {"attack drones"}


def test_subclasses_are_their_own_weapon_types(extractor):
    """'anti-ship missiles' and 'anti-ship cruise missiles', 'ballistic missiles' and 'short-range ballistic
    missiles' in one text: two classes each, as an annotator names them."""
    from osint_graph.model import Article

    text = (
        "Kessia has anti-ship missiles and ballistic missiles. On Monday it fired two anti-ship cruise "
        "missiles and a short-range ballistic missile at the Osk Lantern."
    )
    found = {e.name.lower() for e in extractor.extract(Article(id="sub", text=text)).entities if e.type == "Weapon"}
    classes = {"anti-ship missile", "anti-ship cruise missile", "ballistic missile", "short-range ballistic missile"}
    assert classes <= found


def test_a_class_word_opening_the_sentence_is_no_model_name(extractor):
    """'Sea drones hit ...': the class word is capitalised because it opens the sentence; the weapon
    type is the class ('sea drones' are listed as uncrewed boats), not a model named 'Sea'."""
    from osint_graph.model import Article

    for text, canonical in [
        ("Sea drones struck the tanker Varn Hale off Kesport on Monday.", "unmanned surface vessel"),  # listed
        ("Attack drones hit the frigate Osk Lantern near Kesport.", "attack drone"),
    ]:
        found = {e.name.lower() for e in extractor.extract(Article(id="cap", text=text)).entities if e.type == "Weapon"}
        assert found == {canonical}, (text, found)


def test_a_group_known_by_its_plural_is_no_model_name(nlp):
    """'one Houthi drone': the group that flew it (the sources know 'Houthis'), not a model 'Houthi';
    a bare 'drone' is no weapon type."""
    assert weapons(nlp, "The destroyer shot down one Houthi drone over Kesport Bay on Tuesday.") == set()


def test_a_force_name_stops_before_a_designation(nlp):
    """'a Navy ZQ-8 Kestrel tracked ...': the aircraft's designation is no word of an organisation's
    name ('Navy ZQ-8 Kestrel'); with the model's name after it, it names the weapon type."""
    text = "Coast guard cutters and a Navy ZQ-8 Kestrel tracked the tanker Osk Lantern for two days."
    doc = nlp(text)
    assert not any("ZQ-8" in e.text for e in doc.ents if e.label_ == "ORG")
    assert "ZQ-8 Kestrel" in weapons(nlp, text)


def test_a_slashed_designation_and_the_model_name_after_it(extractor):
    """'a Varnian Navy F/K-29 Storm Petrel': the model's name after its slashed designation is part of
    the weapon mention, the force's name before it stays an organisation's (the statistical model runs
    them together), and the bare designation later is the same weapon type, named by the designation
    (GUIDELINES, a weapon's canonical name with a maker's or popular name: `F/A-18`, `C-17`)."""
    from osint_graph.model import Article

    text = (
        "A Varnian Navy F/K-29 Storm Petrel was shot down over Kesport Bay on Monday. "
        "The F/K-29 had launched from the carrier Osk Lantern an hour before."
    )
    ents = extractor.extract(Article(id="slash", text=text)).entities
    weapons_ = [e for e in ents if e.type == "Weapon"]
    assert [e.name for e in weapons_] == ["F/K-29"]
    assert sorted(m.text for m in weapons_[0].mentions) == ["F/K-29", "F/K-29 Storm Petrel"]
    assert any(e.type == "Organization" and e.name.endswith("Navy") for e in ents)


@pytest.mark.parametrize(
    "text,weapon",
    [
        # a designation's model name and an aircraft's role words run to the head noun
        ("Two KX-60R Sandpiper helicopters circled the tanker.", "KX-60R Sandpiper helicopters"),
        ("A ZP-8 surveillance aircraft watched the dhow.", "ZP-8 surveillance aircraft"),
        ("Debris of an Ul-96 military transport plane was found.", "Ul-96 military transport plane"),
        # one unknown capitalised word before an aircraft's head noun names its model
        ("Four Kestrane jets struck the radar site.", "Kestrane jets"),
        ("A Tornwing patrol aircraft was sent from Kesport.", "Tornwing patrol aircraft"),
        # a code whose prefix is listed whole as none ('MH-17') leaves the prefix's other codes
        ("An MH-60R flew over the frigate Osk Lantern.", "MH-60R"),
        # a listed model in the plural, and one split off a force's name the model ran into it
        ("Ship-based Tomahawks struck radar sites near Kesport.", "Tomahawks"),
        ("Sorties by the Varnian Air Corps Eurofighter Typhoon jets hit Kesport.", "Eurofighter Typhoon"),
        # capitalised words around a listed name are the name's own
        ("Aegis Combat System operators on the destroyer adjusted radars.", "Aegis Combat System"),
    ],
)
def test_aircraft_and_listed_models(nlp, text, weapon):
    assert weapon in weapons(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Strikes hit missile launchers and drone launchers near Kesport.",  # named by what they fire
        "VFAR aircraft and Navy helicopters searched the bay.",  # a body's acronym, a service
        "The coast guard sent its Maritime Patrol Aircraft over Kesport.",  # a kind of aircraft
        "The Osk aircraft carrier left Kesport.",  # 'aircraft' is no head before 'carrier'
        "Flight MH-17 was downed over the plain.",  # a flight number, listed whole
        "The Varnian parliament renewed its Patriot Act on Monday.",  # a listed model's word, not listed bare
        "The outsourced Tarrow helicopters arrived late, the Kesport coastguard said.",  # an operator
        "The rented Sikorsky helicopters arrived late at Kesport.",  # a maker (context/aircraft_makers.txt)
        "The oiler USNS Osk Lantern (T-AOE-9) and the patrol ship BRP Varn Hale (PS-31) sailed.",  # hull numbers
    ],
)
def test_no_aircraft_model(nlp, text):
    assert weapons(nlp, text) == set()


@pytest.mark.parametrize(
    "text,span,canonical",
    [
        # a designation with a variant number after its block letter (weapon_designators.jsonl)
        ("Varnia bought 12 KRM-40B-2 missiles last year.", "KRM-40B-2 missiles", "KRM-40B-2"),
        # a designation and the model's popular name: the name in the span, the designation names it
        ("The MQ-7 Harrow drone flew over the port.", "MQ-7 Harrow drone", "MQ-7"),
        ("Varnia will buy MQ7C Harrow drones from the maker.", "MQ7C Harrow drones", "MQ7C"),
        # ... with a variant ('Block II', weapon_variant_words.txt) and a hyphenated describing word
        (
            "The deal covers 40 VRM-12C-3 Tarvos Block II surface-launched missiles.",
            "VRM-12C-3 Tarvos Block II surface-launched missiles",
            "VRM-12C-3",
        ),
        # a system named in title case by its designation, class words between
        ("Varnia will buy 40 KR-9 Coastal Defense Systems from the maker.", "KR-9 Coastal Defense Systems", "KR-9"),
        # a class by the coast it guards beside a class word
        (
            "They serve as coastal defence cruise missiles.",
            "coastal defence cruise missiles",
            "coastal defence cruise missile",
        ),
        # two models of one family by a slash: the first alone, the second by its number with the head noun
        ("Varnia launched Korvat-136/131 attack drones at the port.", "Korvat-136", "Korvat-136"),
        ("Varnia launched Korvat-136/131 attack drones at the port.", "131 attack drones", "Korvat-131"),
        # two names of one model by a slash: the one before it a mention too, the first written names both
        ("Karsk fired Storm Lance/SCARP missiles at the depot.", "Storm Lance", "Storm Lance"),
        ("Karsk fired Storm Lance/SCARP missiles at the depot.", "SCARP missiles", "Storm Lance"),
        ("Karsk launched Korvat-136/Zarya-2 drones at the port.", "Zarya-2 drones", "Korvat-136"),
        # a model in quotes: the name inside them
        ("The navy fired a 'Korvat-9' missile at the boat.", "Korvat-9", "Korvat-9"),
        # the maker's possessive and the state's possessive stay outside the span
        ("The navy will buy Varnell Defense's VR-30 missiles.", "VR-30 missiles", "VR-30"),
        ("Varnia's Korvat drones hit the depot.", "Korvat drones", "Korvat"),
        # models sharing one type noun: the earlier one alone, the last with the noun
        ("Karsk fired Zu-300 and Zu-400 systems at the jets.", "Zu-300", "Zu-300"),
        ("Karsk fired Zu-300 and Zu-400 systems at the jets.", "Zu-400 systems", "Zu-400"),
        # the plural of a designation
        ("Varnia received 12 ZF-16s last year.", "ZF-16s", "ZF-16"),
    ],
)
def test_span_shapes_of_weapon_mentions(nlp, text, span, canonical):
    """Where a weapon mention starts and ends, and its name, for the shapes news prose writes it in
    (GUIDELINES, Weapon and the rulings on weapon names)."""
    found = {(e.text, e._.canonical) for e in nlp(text).ents if e.label_ == "WEAPON"}
    assert (span, canonical) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The contract went to Kestrel Missile Systems last year.",  # a maker's name: no weapon before 'Missile'
        "The coastal missiles were moved inland.",  # 'coastal' alone names no class
        "The guided missile destroyer sailed on.",  # a class word before a ship noun names a ship type
        "The deal was signed on 24/7 by the COVID-19/20 team.",  # slashed numbers that are no models
        "The ministry said EU/NATO stocks were low.",  # bodies by a slash, no weapon head
    ],
)
def test_no_weapon_in_these_shapes(nlp, text):
    assert weapons(nlp, text) == set()


def test_a_maker_written_before_the_designation_is_in_the_mention(nlp, monkeypatch):
    """'the Varnell Aero ZF-35 jets': the maker's name (context/weapon_makers) is part of the mention, the
    designation names it; the maker's possessive ('Varnell Aero's ZF-35 jets') stays outside."""
    from osint_graph.nlp.context import weapon_codes

    monkeypatch.setattr(weapon_codes, "MAKERS", {("Varnell", "Aero")})
    found = {
        (e.text, e._.canonical) for e in nlp("Kessia will buy Varnell Aero ZF-35 jets.").ents if e.label_ == "WEAPON"
    }
    assert ("Varnell Aero ZF-35 jets", "ZF-35") in found
    assert "ZF-35 jets" in weapons(nlp, "Kessia will buy Varnell Aero's ZF-35 jets.")
