"""The figure component on short texts, with the real spaCy model."""

from __future__ import annotations

import pytest


def figures(nlp, text):
    return {f.text: (f._.figure_value, f._.figure_unit, f._.figure_qualifier) for f in nlp(text)._.figures}


@pytest.mark.parametrize(
    "text,span,expected",
    [
        (
            "Bloomberg said 2 million projectiles were delivered.",
            "2 million projectiles",
            (2_000_000, "projectile", None),
        ),
        ("North Korea has sent 6,700 containers to Russia.", "6,700 containers", (6700, "container", None)),
        ("The ships made at least 32 trips to North Korea.", "at least 32 trips", (32, "trip", "at least")),
        ("It sent several million projectiles.", "several million projectiles", (None, "projectile", "several")),
        ("Dozens of vehicles waited at the pier.", "Dozens of vehicles", (None, "vehicle", "dozens")),
        ("Factories run at about 30% capacity.", "about 30%", (30, "percent", "about")),
        ("The tanker carried about 35,000 tonnes of fuel.", "about 35,000 tonnes", (35000, "tonne", "about")),
        ("Fewer than 40 percent of ships kept the route.", "Fewer than 40 percent", (40, "percent", "fewer than")),
        ("The 650-megawatt link failed.", "650-megawatt", (650, "megawatt", None)),
        ("It lay about 50 nautical miles off the coast.", "about 50 nautical miles", (50, "nautical mile", "about")),
        ("They seized eight of the ship's sailors.", "eight of the ship's sailors", (8, "crew member", None)),
        ("Pyongyang had supplied a million missiles.", "a million missiles", (1_000_000, "missile", None)),
        ("Russia launched more than 400 Shahed drones.", "more than 400 Shahed drones", (400, "drone", "more than")),
        # nationalities joined before the noun modify it; a measure before a noun is what is counted
        (
            "The boat sank with 21 Chinese, Indonesian and Filipino fishermen.",
            "21 Chinese, Indonesian and Filipino fishermen",
            (21, "fisherman", None),
        ),
        ("The Kestrel Moor, a 310,000 dwt VLCC, was towed.", "310,000 dwt", (310_000, "deadweight tonne", None)),
        ("Three lightly wounded sailors were flown out.", "Three lightly wounded sailors", (3, "crew member", None)),
    ],
)
def test_figure_value_unit_and_qualifier(nlp, text, span, expected):
    found = figures(nlp, text)
    assert span in found, found
    assert found[span] == expected


def test_calibre_goes_into_the_attributes(nlp):
    doc = nlp("The containers could hold more than three million 152 mm shells or 500,000 122 mm artillery shells.")
    by_text = {f.text: f for f in doc._.figures}
    big = by_text["more than three million 152 mm shells"]
    assert (big._.figure_value, big._.figure_unit, big._.figure_qualifier) == (3_000_000, "shell", "more than")
    assert big._.figure_attrs == {"calibre": "152 mm"}
    small = by_text["500,000 122 mm artillery shells"]
    assert (small._.figure_value, small._.figure_unit) == (500_000, "shell")
    assert small._.figure_attrs == {"calibre": "122 mm"}


@pytest.mark.parametrize(
    "text",
    [
        "The containers were not delivered for almost three weeks.",  # a duration
        "The ship was launched in 2006.",  # a year
        "Maya 1 arrived at Rajin on January 16.",  # a number inside a name, a date
        "The crew photographed 155 mm projectiles.",  # a calibre alone
        "The bulk carrier (IMO 9387421) was detained.",  # an identifier
        "The captain is more than 15 years old.",  # an age
        "They fired KN-23 missiles.",  # a model designation
    ],
)
def test_no_figure(nlp, text):
    assert figures(nlp, text) == {}


def test_numbers_inside_infrastructure_names_are_no_figures(nlp):
    found = figures(nlp, "The Seaway 2 power cable and the NorthLink 3 interconnector failed; four lines were cut.")
    assert found == {"four lines": (4, "line", None)}


def figure_rows(nlp, text):
    """text -> (value, unit, qualifier, upper) of every figure."""
    return {
        f.text: (f._.figure_value, f._.figure_unit, f._.figure_qualifier, (f._.figure_attrs or {}).get("upper"))
        for f in nlp(text)._.figures
    }


@pytest.mark.parametrize(
    "text,span,expected",
    [
        # spaced, no-break-spaced and dotted thousands
        ("The Corvin Star carried 12 450 tonnes of grain.", "12 450 tonnes", (12450, "tonne", None, None)),
        ("The Corvin Star carried 12\u202f450 tonnes of grain.", "12\u202f450 tonnes", (12450, "tonne", None, None)),
        ("Customs counted 12.450 tonnes of grain at Varnholm.", "12.450 tonnes", (12450, "tonne", None, None)),
        ("The fine was US $1 250 000, the court in Varnholm said.", "$1 250 000", (1_250_000, "USD", None, None)),
        ("It sailed 1 110km to Varnholm.", "1 110km", (1110, "kilometre", None, None)),
        ("The 58 068-dwt bulker Corvin Star sank.", "58 068-dwt", (58068, "deadweight tonne", None, None)),
        # keeps the decimal reading before a multiplier
        ("The fund holds 1.250 million euros.", "1.250 million euros", (1_250_000, "EUR", None, None)),
        # ranges: the lower bound, the upper in the attributes, qualifier "range"
        ("Officials said 600-1,000 ships use the Varn Strait.", "600-1,000 ships", (600, "ship", "range", "1000")),
        ("Three or four shells struck the Corvin Star.", "Three or four shells", (3, "shell", "range", "4")),
        ("Between 10 and 15 drones flew over Varnholm.", "Between 10 and 15 drones", (10, "drone", "range", "15")),
        (
            "An estimated 400 to 750 migrants were aboard.",
            "An estimated 400 to 750 migrants",
            (400, "migrant", "range", "750"),
        ),
        ("It exports 2-3 million barrels.", "2-3 million barrels", (2_000_000, "barrel", "range", "3000000")),
        # a lower bound written in full before a scaled upper one, the sign repeated or not
        (
            "Fees range from $500,000-$1.5 million per call at Varnholm.",
            "$500,000-$1.5 million",
            (500_000, "USD", "range", "1500000"),
        ),
        (
            "A ship could pay $750,000 to $2.5 million at Varnholm.",
            "$750,000 to $2.5 million",
            (750_000, "USD", "range", "2500000"),
        ),
        (
            "The Corvin Star is about 4,000 dwt or 5,000 dwt.",
            "about 4,000 dwt or 5,000 dwt",
            (4000, "deadweight tonne", "range", "5000"),
        ),
        # word numbers, compounds, crews
        ("Twenty-one sailors were held at Varnholm.", "Twenty-one sailors", (21, "crew member", None, None)),
        ("Pirates took a 21-member crew hostage.", "21-member crew", (21, "crew member", None, None)),
        ("A 300-strong crew left Varnholm.", "300-strong crew", (300, "crew member", None, None)),
        ("The Corvin Star, with a crew of 14, sank.", "crew of 14", (14, "crew member", None, None)),
        ("The Corvin Star is a 300-metre ship.", "300-metre", (300, "metre", None, None)),
        ("Nine crew members were rescued.", "Nine crew members", (9, "crew member", None, None)),
        ("It held 23 seafarers hostage off Varnholm.", "23 seafarers", (23, "crew member", None, None)),
        ("One person died aboard the Corvin Star.", "One person", (1, "person", None, None)),
        ("Officials tried to reach the vessel seven times.", "seven times", (7, "time", None, None)),
    ],
)
def test_numbers_ranges_compounds_and_crews(nlp, text, span, expected):
    found = figure_rows(nlp, text)
    assert span in found, found
    assert found[span] == expected


@pytest.mark.parametrize(
    "text,span,expected",
    [
        ("The drone flew 40NM off Varnholm.", "40NM", (40, "nautical mile")),
        ("It anchored 12 nmi off Varnholm.", "12 nmi", (12, "nautical mile")),
        ("It anchored 28 km off Varnholm.", "28 km", (28, "kilometre")),
        ("Varnholm loads 300,000 bpd of crude.", "300,000 bpd", (300_000, "barrel per day")),
        ("Varnholm loads 300,000 barrels a day.", "300,000 barrels a day", (300_000, "barrel per day")),
        ("Varnholm handled 4.2 million TEU last year.", "4.2 million TEU", (4_200_000, "TEU")),
        ("The Corvin Star steamed at 14 knots.", "14 knots", (14, "knot")),
        ("The 20,000 gt Corvin Star sank.", "20,000 gt", (20000, "gross tonne")),
        ("The 650 MW plant at Varnholm stopped.", "650 MW", (650, "megawatt")),
        ("It spilled 3,000 litres of fuel.", "3,000 litres", (3000, "litre")),
        ("The Corvin Star was 183 meters long.", "183 meters", (183, "metre")),
        ("It carried 5,500 US tons of steel.", "5,500 US tons", (5500, "short ton")),
        # money: an ISO 4217 code with the value in units
        ("The cargo was worth $1.2 million.", "$1.2 million", (1_200_000, "USD")),
        ("The cargo was worth US$5 billion.", "US$5 billion", (5_000_000_000, "USD")),
        ("The cargo was worth $900m, Varnholm said.", "$900m", (900_000_000, "USD")),
        ("The cargo was worth USD 1 million.", "USD 1 million", (1_000_000, "USD")),
        ("The mission cost 8 million euros.", "8 million euros", (8_000_000, "EUR")),
        ("The fine was €40,000.", "€40,000", (40_000, "EUR")),
        ("The fine was £2.5bn.", "£2.5bn", (2_500_000_000, "GBP")),
        ("The fine was A$300,000.", "A$300,000", (300_000, "AUD")),
        ("The fine was 60 dollars a barrel.", "60 dollars", (60, "USD")),
        ("Rates at Varnholm rose 2.125 percent.", "2.125 percent", (2.125, "percent")),
    ],
)
def test_measures_and_money_get_one_spelling(nlp, text, span, expected):
    found = figures(nlp, text)
    assert span in found, found
    assert found[span][:2] == expected


@pytest.mark.parametrize(
    "text,span,unit",
    [
        ("Two Varnish navy and coast guard ships shadowed it.", "Two Varnish navy and coast guard ships", "ship"),
        ("Hundreds of Varnish munitions factories work.", "Hundreds of Varnish munitions factories", "factory"),
        ("52 Varnish-linked ships were listed.", "52 Varnish-linked ships", "ship"),
        ("At least six ‘pirates’ boarded.", "At least six ‘pirates", "pirate"),
        ('Varnholm listed 10 more "grey fleet" tankers.', '10 more "grey fleet" tankers', "tanker"),
        ("The mission costs the EU 8 million euros.", "8 million euros", "EUR"),
        ("Over 50 personnel left Varnholm.", "Over 50 personnel", "personnel"),
    ],
)
def test_the_counted_noun_past_modifiers(nlp, text, span, unit):
    found = figures(nlp, text)
    assert span in found, found
    assert found[span][1] == unit


@pytest.mark.parametrize(
    "text",
    [
        "It is three times larger than the Corvin Star.",  # a ratio
        "One of them said the Corvin Star left.",  # 'one' as a pronoun
        "The Corvin Star left at 3 💥💥 last week.",  # no word counted
    ],
)
def test_no_figure_in_ratios_pronouns_and_symbols(nlp, text):
    assert figures(nlp, text) == {}


@pytest.mark.parametrize(
    "text,span,expected",
    [
        # a number whose noun is left out counts a part of the group counted before it
        (
            "Thirteen sailors left the Corvin Star, including one injured person. "
            "At least eight had to be lifted from the water.",
            "At least eight",
            (8, "crew member", "at least"),
        ),
        (
            "Officials said 12 other people had been evacuated from the Corvin Star. "
            "Eleven of those were taken to Varnholm.",
            "Eleven of those",
            (11, "person", None),
        ),
        ("The Varn navy escorted 40 tankers, and three of them were hit.", "three of them", (3, "tanker", None)),
        ("Drones hit five barges at Varnholm and damaged two others.", "two others", (2, "barge", None)),
        # a crew counted in people is a count of crew members
        ("The Corvin Star had a crew of 24 people, the owner said.", "24 people", (24, "crew member", None)),
        # the noun of "the number of <noun>" is what a bare number after it counts
        ("The move brings the total number of listed Varn ships to 25.", "25", (25, "ship", None)),
        # a tonnage named shortly before 'N tonnes'
        (
            "Each had a cargo deadweight of about 4,200 tonnes.",
            "about 4,200 tonnes",
            (4200, "deadweight tonne", "about"),
        ),
        # units of several words chain
        (
            "Varn forces downed 1 unmanned surface vessel.",
            "1 unmanned surface vessel",
            (1, "unmanned surface vessel", None),
        ),
        (
            "The frigate downed two unmanned aerial vehicles.",
            "two unmanned aerial vehicles",
            (2, "unmanned aerial vehicle", None),
        ),
        ("Varnholm received two separate distress calls.", "two separate distress calls", (2, "distress call", None)),
        # 'numbers' after another noun is the counted noun ('a number of' is none)
        ("The Corvin Star had two registry numbers.", "two registry numbers", (2, "number", None)),
        # a Title Case headline: the plural ends the counted noun
        ("3 Oil Tankers Catch Fire Off Varnholm", "3 Oil Tankers", (3, "tanker", None)),
        ("A Varn cutter rammed the Corvin Star thrice on Monday.", "thrice", (3, "time", None)),
        ("The tanker carried 1m barrels of crude.", "1m barrels", (1_000_000, "barrel", None)),
        ("The 110m ship sank off Varnholm.", "110m", (110, "metre", None)),
        ("The fine was 5 million US dollars.", "5 million US dollars", (5_000_000, "USD", None)),
        ("The port of Varnholm lost Rs 500 crore.", "Rs 500 crore", (5_000_000_000, "INR", None)),
        ("The port of Varnholm lost ₹2.5 lakh.", "₹2.5 lakh", (250_000, "INR", None)),
        ("A dozen vessels waited off Varnholm.", "A dozen vessels", (12, "vessel", None)),
        # families on made-up prose: nationality parts of a crew, participles, ranges, money, units
        # counts by nationality that are parts of a crew counted just before
        (
            "The crew of 19 people, seven Veldan nationals and twelve Indonesians, left the Brisa Mar.",
            "twelve Indonesians",
            (12, "crew member", None),
        ),
        (
            "The crew of 19 people, seven Peruvian nationals and twelve Indonesians, left the Brisa Mar.",
            "seven Peruvian nationals",
            (7, "crew member", None),
        ),
        (
            "Nine Filipino nationals were crewing the tanker Olmo Rosso.",
            "Nine Filipino nationals",
            (9, "crew member", None),
        ),
        # a participle (often tagged as a past tense) between the number and its noun
        (
            "Officials logged more than 40 reported boarding attempts.",
            "more than 40 reported boarding attempts",
            (40, "attempt", "more than"),
        ),
        # ranges, approximations, compounds, currencies and units
        (
            "Between 300 and 400 containers fell from the Varo Kestrel.",
            "Between 300 and 400 containers",
            (300, "container", "range"),
        ),
        (
            "The Lumen Dawn carried roughly 1.8 million barrels of crude.",
            "roughly 1.8 million barrels",
            (1_800_000, "barrel", "roughly"),
        ),
        ("The Tarsa Bay has a 23-member crew.", "23-member crew", (23, "crew member", None)),
        ("Owners paid a ransom of $4.5 million to free the Kestrel Moon.", "$4.5 million", (4_500_000, "USD", None)),
        ("The court fined Halvard Lines €2.3 million.", "€2.3 million", (2_300_000, "EUR", None)),
        ("The port loads 350,000 bpd of crude.", "350,000 bpd", (350_000, "barrel per day", None)),
        ("The Ostrava Star sank 38 nautical miles off Port Venn.", "38 nautical miles", (38, "nautical mile", None)),
        ("The 2,700 TEU Marlo Grace caught fire.", "2,700 TEU", (2700, "TEU", None)),
    ],
)
def test_left_out_nouns_crews_tonnages_long_units_and_money(nlp, text, span, expected):
    found = figures(nlp, text)
    assert span in found, found
    assert found[span] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Varnholm-Kesport No. 3 cable was cut on Monday.",  # a number as a name
        "The ship was long, and two of them said so.",  # no group counted before
        "Officials in Varnholm said two had left.",  # no group counted before
    ],
)
def test_no_count_from_numbers_as_names_or_without_a_group_before(nlp, text):
    assert figures(nlp, text) == {}


def test_a_measure_is_no_group_a_left_out_noun_refers_to(nlp):
    found = figures(nlp, "The Corvin Star was 183 metres long, and two of them sank.")
    assert found == {"183 metres": (183, "metre", None)}


def test_a_count_by_nationality_without_a_group_keeps_its_noun(nlp):
    found = figures(nlp, "The blast killed two Veldan engineers and three Peruvian nationals near Port Venn.")
    assert found.get("three Peruvian nationals") == (3, "national", None), found


@pytest.mark.parametrize(
    "text,junk",
    [
        ("Captain Oren Valko, 54, steered the Brisa Mar.", "54"),
        ("The Brisa Mar was built in 1997 at Port Venn.", "1997"),
        ("The Brisa Mar left Port Venn on 12 March 2024.", "12"),
        ("Call the Halvard Lines desk on +44 20 7946 0958 for details.", "7946"),
        ("The Varo Kestrel 7 and the Marlo Grace 3 anchored off Port Venn.", "7"),
        ("The tanker (IMO 9123221) anchored off Port Venn.", "9123221"),
    ],
)
def test_numbers_that_are_not_figures(nlp, text, junk):
    found = figures(nlp, text)
    assert not any(junk in span for span in found), found


def test_no_figure_from_a_caption_with_a_spaced_credit(nlp):
    text = (
        "Pirates free the Kestrel Moon\n\n"
        "A boat carries a $2 million ransom to the Kestrel Moon off Port Venn.  (JANE ROE / AP)\n\n"
        "Pirates freed the Kestrel Moon after a $3 million ransom was paid."
    )
    found = figures(nlp, text)
    assert "$3 million" in found, found
    assert "$2 million" not in found, found


def test_a_number_standing_alone_counts_the_plural_noun_before_it(nlp):
    found = figures(nlp, "Guards detained the Veldan smugglers off Port Venn on Tuesday, but two escaped.")
    assert found.get("two") == (2, "smuggler", None), found
    found = figures(nlp, "The Brisa Mar waited for two weeks off Port Venn. Three said the delay was costly.")
    assert "Three" not in found, found  # a time is not a group


@pytest.mark.parametrize(
    "text,span,expected",
    [
        (
            "Fuel sales paid for roughly a quarter of the Veldan budget.",
            "roughly a quarter",
            (25, "percent", "roughly"),
        ),
        ("Halvard Lines carries about one-fourth of the Venn trade.", "about one-fourth", (25, "percent", "about")),
        ("Three-quarters of the Marlo fleet stayed in port.", "Three-quarters", (75, "percent", None)),
    ],
)
def test_shares_written_as_fractions(nlp, text, span, expected):
    found = figures(nlp, text)
    assert found.get(span) == expected, found


def test_no_share_from_half_as_a_word(nlp):
    found = figures(nlp, "The Brisa Mar broke in half near Port Venn.")
    assert found == {}, found


def test_one_counts_a_singular_noun_in_a_list(nlp):
    found = figures(nlp, "The Olmo Rosso downed six drones, one unmanned aerial vehicle and two missiles.")
    assert found.get("one unmanned aerial vehicle") == (1, "unmanned aerial vehicle", None), found
    found = figures(nlp, "The blast killed one Veldan national and one Peruvian national off Port Venn.")
    assert found.get("one Veldan national") == (1, "national", None), found


# Families of real news prose, on made-up names: areas, exact counts, estimates, parts "of which",
# hyphenated millions, counts in Title Case headlines, fractions of change, numbers set against a
# figure, crews by nationality, weapon models, oil rates.
REAL_PROSE_FIGURES = [
    (
        "A patrol aircraft searched about 2,400 square nautical miles off Varnholm.",
        "about 2,400 square nautical miles",
        (2400, "square nautical mile", "about"),
    ),
    ("Only 12 sailors of the Kestrel Dawn survived the storm.", "12 sailors", (12, "crew member", None)),
    (
        "An estimated 300 migrants were aboard the Sorrel Bay.",
        "An estimated 300 migrants",
        (300, "migrant", "an estimated"),
    ),
    (
        "The Marrow Star carried 24 seafarers, nine of which were Filipino.",
        "nine of which",
        (9, "crew member", None),
    ),
    (
        "The Kestrel Dawn carried approximately 1.2-million barrels of fuel.",
        "approximately 1.2-million barrels",
        (1_200_000, "barrel", "approximately"),
    ),
    ("Varnholm lost $3-billion in fees.", "$3-billion", (3_000_000_000, "USD", None)),
    (
        "Navy Seizes Fuel From 4 Tankers Bound For Freedonia\n\nThe navy of Freedonia seized the fuel.",
        "4 Tankers",
        (4, "tanker", None),
    ),
    ("Cargo through the Varn Canal has fallen by a third.", "a third", (100 / 3, "percent", None)),
    ("Exports through Port Halvard were cut by half.", "half", (50, "percent", None)),
    (
        "Tonnage fell to 2 billion tons from 2.5 billion last season.",
        "2.5 billion",
        (2_500_000_000, "tonne", None),
    ),
    (
        "The Marrow Star's entire crew — 30 Iranians and two Bangladeshis — were missing.",
        "30 Iranians",
        (30, "crew member", None),
    ),
    (
        "The Marrow Star's entire crew — 30 Iranians and two Bangladeshis — were missing.",
        "two Bangladeshis",
        (2, "crew member", None),
    ),
    (
        "Freedonia said it struck the Corvin Star with two Freedonian-made Neptune anti-ship cruise missiles.",
        "two Freedonian-made Neptune anti-ship cruise missiles",
        (2, "missile", None),
    ),
    (
        "At least one person was reported dead on the Kestrel Dawn.",
        "At least one person",
        (1, "person", "at least"),
    ),
    ("Only one minor injury reported aboard the Kestrel Dawn.", "one minor injury", (1, "injury", None)),
    (
        "The Varnholm bureau counted 60 incidents against ships, compared with 65 in 2023.",
        "65",
        (65, "incident", None),
    ),
    ("Pirates held 85 crew hostage off Varnholm, up from 36.", "36", (36, "crew member", None)),
    (
        "A total of 116 vessels waited off Port Halvard, compared with more than 160 in August.",
        "more than 160",
        (160, "vessel", "more than"),
    ),
    ("The Kestrel Dawn has a length of 250 m.", "250 m.", (250, "metre", None)),
    ("The Kestrel Dawn, worth €40 mln, was sold.", "€40 mln", (40_000_000, "EUR", None)),
    ("The Kestrel Dawn carried 3 mln barrels.", "3 mln barrels", (3_000_000, "barrel", None)),
    ("Port Halvard handled about 1.2 mb/d of crude.", "about 1.2 mb/d", (1_200_000, "barrel per day", "about")),
    ("Varnholm exported 450,000 b/d of products.", "450,000 b/d", (450_000, "barrel per day", None)),
    ("The Kestrel Dawn holds 174,000 cbm of gas.", "174,000 cbm", (174_000, "cubic metre", None)),
]


@pytest.mark.parametrize("text,span,expected", REAL_PROSE_FIGURES)
def test_real_prose_figure_families(nlp, text, span, expected):
    found = figures(nlp, text)
    assert span in found, found
    assert found[span] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The drone struck the Tarn Voyager at 0600 GMT near Port Halvard.",
        "One thing is certain: the Tarn Voyager left Port Halvard.",
        "The Project 22160 Corvin Star sustained damage to the stern.",
        "One refugee, a teenager, told reporters the boat rocked off Varnholm.",
        "One source blamed the attack on the Kestrel Dawn on a mine.",
        "One tanker, the Corvin Star, was struck off Varnholm.",
        "The Kestrel Dawn broke in half off Varnholm.",
        "The Estlink 2 cable failed near Varnholm.",
    ],
)
def test_real_prose_numbers_that_count_nothing(nlp, text):
    assert figures(nlp, text) == {}


def test_a_share_lends_no_unit_to_the_number_it_reaches(nlp):
    found = figures(nlp, "Revenue fell 5 percent to 340 at Port Halvard.")
    assert found == {"5 percent": (5, "percent", None)}, found


def test_engagement_counters_and_listening_time_are_page_furniture(nlp):
    text = (
        "Tanker Kestrel Dawn seized off Varnholm\n\nListen to this article 4 min\n\n"
        "The navy seized the Kestrel Dawn with 40,000 tonnes of fuel.\n\n"
        "Bad Week for Tankers — 5 Comments\n\n1.2K views · 23 shares"
    )
    assert figures(nlp, text) == {"40,000 tonnes": (40000, "tonne", None)}


def test_a_part_of_a_counted_whole_takes_its_noun(nlp):
    found = figures(nlp, "Rescuers saved 21 of the 23 crew members of the Kestrel Dawn.")
    assert found["21"] == (21, "crew member", None), found
    assert found["23 crew members"] == (23, "crew member", None), found


@pytest.mark.parametrize(
    "text,span,expected",
    [
        # CLDR's names of the currencies in use, and their endings that name one currency
        (
            "The Kestrel Dawn was fined 120 million Egyptian pounds.",
            "120 million Egyptian pounds",
            (120_000_000, "EGP", None),
        ),
        ("The Corvin Star paid 5 million Hong Kong dollars.", "5 million Hong Kong dollars", (5_000_000, "HKD", None)),
        ("The Corvin Star was fined 2 million Turkish lira.", "2 million Turkish lira", (2_000_000, "TRY", None)),
        ("Repairs at Halvard cost 30 million Taiwan dollars.", "30 million Taiwan dollars", (30_000_000, "TWD", None)),
        # single words of figures/currency_words.csv
        ("The Kestrel Dawn was fined 50 million yen.", "50 million yen", (50_000_000, "JPY", None)),
        ("Damage at Port Halvard was put at 700 million hryvnias.", "700 million hryvnias", (700_000_000, "UAH", None)),
        ("The Corvin Star cargo was worth 10,000 pounds sterling.", "10,000 pounds sterling", (10_000, "GBP", None)),
        # 'pounds' is money when the number is scaled and no 'of' follows, else a weight
        ("The Varnholm blast caused 2 billion pounds in damage.", "2 billion pounds", (2_000_000_000, "GBP", None)),
        ("Customs found 400 pounds of cocaine on the Kestrel Dawn.", "400 pounds", (400, "pound", None)),
        ("The Corvin Star carried 2 million pounds of grain.", "2 million pounds", (2_000_000, "pound", None)),
        ("Each drone of the Varnholm raid carried 660lb of explosives.", "660lb", (660, "pound", None)),
        # a currency sign glued to its number is split off by the tokenizer (CLDR's signs, figures/currency_symbols.csv)
        ("Shares of Corvin Lines closed at HK$48.20 on Friday.", "HK$48.20", (48.2, "HKD", None)),
        ("The Kestrel Dawn's owner was fined S$1.4 million.", "S$1.4 million", (1_400_000, "SGD", None)),
        ("Halvard Shipping paid NT$10 million for the tug.", "NT$10 million", (10_000_000, "TWD", None)),
        ("The owner paid P25,000 to each family of the crew.", "P25,000", (25_000, "PHP", None)),
        # a currency word several currencies share is the one of the country the article names
        (
            "Gunmen seized the tug Kestrel Dawn off the Philippines and asked for 50 million pesos.",
            "50 million pesos",
            (50_000_000, "PHP", None),
        ),
        (
            "Mexico fined the owner of the tanker 3 million pesos for the spill.",
            "3 million pesos",
            (3_000_000, "MXN", None),
        ),
        ("Kenya fined the Varn Star's master 500,000 shillings.", "500,000 shillings", (500_000, "KES", None)),
    ],
)
def test_currencies_named_after_the_number(nlp, text, span, expected):
    found = figures(nlp, text)
    assert found.get(span) == expected, found


@pytest.mark.parametrize(
    "text,span,unit",
    [
        ("Four Varnish small boats approached the Kestrel Dawn.", "Four Varnish small boats", "boat"),
        ("The cutter rammed two Halvard navy inflatable boats.", "two Halvard navy inflatable boats", "boat"),
        ("One civilian mariner of the Corvin Star was injured.", "One civilian mariner", "crew member"),
    ],
)
def test_a_name_or_noun_before_an_adjective_modifies_the_plural_after_it(nlp, text, span, unit):
    found = figures(nlp, text)
    assert span in found and found[span][1] == unit, found


def test_a_number_left_alone_after_money_counts_no_currency(nlp):
    found = figures(nlp, "The smugglers asked for about 8,000 euros each. All three were arrested at Varnholm.")
    assert found["about 8,000 euros"] == (8000, "EUR", "about"), found
    assert all(unit not in ("euro", "EUR") for span, (_, unit, _) in found.items() if span == "three"), found


def test_half_a_million_is_half(nlp):
    found = figures(
        nlp, "Half a million barrels leaked from the Kestrel Dawn, and half a billion dollars went on repairs."
    )
    assert found["Half a million barrels"] == (500_000, "barrel", None), found
    assert found["half a billion dollars"] == (500_000_000, "USD", None), found


def test_a_word_number_after_digits_starts_a_new_number(nlp):
    found = figures(nlp, "The Corvin Star can carry 24,346 twenty-foot containers.")
    assert all(value == 24_346 for span, (value, _, _) in found.items() if span.startswith("24,346")), found
    assert any(span.startswith("24,346") for span in found), found


def test_hundred_and_a_word_number_is_one_number(nlp):
    found = figures(nlp, "One hundred and four people left the Kestrel Dawn, and $5 million and 3 ships were lost.")
    assert found["One hundred and four people"] == (104, "person", None), found
    assert found["$5 million"] == (5_000_000, "USD", None), found
    assert found["3 ships"] == (3, "ship", None), found


def test_the_agent_of_crewed_by_is_a_crew(nlp):
    assert figures(nlp, "The Kestrel Dawn was crewed by 25 Filipinos.")["25 Filipinos"][1] == "crew member"
    assert figures(nlp, "The Kestrel Dawn was seized by 25 Filipinos.")["25 Filipinos"][1] != "crew member"


@pytest.mark.parametrize(
    "text,span,expected",
    [
        # a measure over a period is a rate (figures/rate_periods.csv); a count keeps its noun
        (
            "Oil from the Kestrel Dawn spread east at about two kilometres per hour.",
            "about two kilometres per hour",
            (2, "kilometre per hour", "about"),
        ),
        (
            "Gusts off Varnholm reached up to 60 miles an hour.",
            "up to 60 miles an hour",
            (60, "mile per hour", "up to"),
        ),
        ("The Corvin Star sailed at 40mph past Varnholm.", "40mph", (40, "mile per hour", None)),
        ("The Corvin Star sailed at 70 kph past Varnholm.", "70 kph", (70, "kilometre per hour", None)),
        ("The Varn Canal let through 28 vessels a day.", "28 vessels", (28, "vessel", None)),
        # an angle is a measure, alone or bound to its noun by a hyphen
        ("The Kestrel Dawn took on a 19-degree list off Varnholm.", "19-degree", (19, "degree", None)),
        ("The Kestrel Dawn listed about 19 degrees to port.", "about 19 degrees", (19, "degree", "about")),
    ],
)
def test_rates_over_a_period_and_angles(nlp, text, span, expected):
    found = figures(nlp, text)
    assert span in found, found
    assert found[span] == expected


def test_degrees_of_latitude_are_positions_not_figures(nlp):
    found = figures(
        nlp, "Insurers moved the Varn listed area from 12 degrees north to 16 degrees north; 3 tankers left."
    )
    assert found == {"3 tankers": (3, "tanker", None)}, found


def test_parts_of_a_group_counted_by_the_number_alone(nlp):
    # a number that takes a prepositional phrase, a passive agent or a determiner and adjective of
    # its own stands for the noun counted before it (figures/elliptic_dependents.txt)
    found = figures(
        nlp,
        "The Kestrel Dawn had 17 crew members aboard. All were rescued: 15 by the Varn coast guard "
        "and two by a passing trawler.",
    )
    assert found["15"] == (15, "crew member", None), found
    assert found["two"] == (2, "crew member", None), found
    found = figures(
        nlp,
        "The Corvin Star loaded 410 drums at Varnholm, including 9 with solvents and 7 containing resin.",
    )
    assert found["9"] == (9, "drum", None), found
    assert found["7"] == (7, "drum", None), found  # not 7 'resin'
    found = figures(
        nlp,
        "All 16 sailors left the Kestrel Dawn. Eleven reached the Varn shore by raft, and the "
        "remaining five, the master and four cadets, were lifted off at noon.",
    )
    assert found["five"] == (5, "crew member", None), found


def test_a_number_with_its_own_noun_is_no_part_of_the_group_before(nlp):
    found = figures(nlp, "Varnholm lists 40 ports. Three of the vessels were sold and 5 per cent of the fleet idles.")
    assert found["Three of the vessels"] == (3, "vessel", None), found
    assert found["5 per cent"] == (5, "percent", None), found
    found = figures(nlp, "Varn had 12 ports. There were more than 100 reported pirate attacks in the Varn Strait.")
    assert found["more than 100 reported pirate attacks"] == (100, "attack", "more than"), found


def test_only_codes_of_currencies_in_use_are_money(nlp):
    # ESB is a withdrawn ISO 4217 code (a peseta account) and a hull number's prefix
    found = figures(nlp, "A team from USS Corvin Star (ESB 3) boarded the dhow; the owner paid a fine of 40,000 EUR.")
    assert found == {"40,000 EUR": (40000, "EUR", None)}, found
    assert figures(nlp, "The owner paid USD 40,000 to the port of Varnholm.") == {"USD 40,000": (40000, "USD", None)}


def test_a_compound_of_common_nouns_counts_its_last_plural(nlp):
    found = figures(nlp, "Three coast guard cutters sailed from Varnholm and towed the Kestrel Dawn home.")
    assert found["Three coast guard cutters"] == (3, "cutter", None), found


@pytest.mark.parametrize(
    "text,span,expected",
    [
        # spellings of measures as the press writes them (figures/units.csv, two_word_units.csv)
        ("Exports to Varnholm fell 40pc last year.", "40pc", (40, "percent", None)),
        ("The slick off Varnholm covered 24 sq km.", "24 sq km", (24, "square kilometre", None)),
        ("Customs at Varnholm seized 450 kilos of resin.", "450 kilos", (450, "kilogram", None)),
        # a measure the entity model took for a name
        ("The Kestrel Dawn sank 12 NM off Varnholm.", "12 NM", (12, "nautical mile", None)),
        # a copula after the part: the number still stands for the group's noun
        ("Varnholm listed 23 vessels. Of these, 14 were tankers.", "14", (14, "vessel", None)),
    ],
)
def test_press_spellings_and_parts_before_a_copula(nlp, text, span, expected):
    found = figures(nlp, text)
    assert span in found, found
    assert found[span] == expected


def test_a_left_out_noun_read_from_a_plural_keeps_its_two_word_unit(nlp):
    found = figures(nlp, "The strike on the Kestrel Dawn killed three crew members and injured four others.")
    assert found["four others"] == (4, "crew member", None), found  # not 'member'


@pytest.mark.parametrize(
    "text,span,expected",
    [
        # vague amounts of money: the qualifier is the vague words, the unit the currency's code
        (
            "War cover for the Kestrel Dawn now costs tens of thousands of dollars a voyage.",
            "tens of thousands of dollars",
            (None, "USD", "tens of thousands"),
        ),
        ("The smugglers of Varnholm made millions of dollars.", "millions of dollars", (None, "USD", "millions")),
        (
            "Repairs at Varnholm cost hundreds of millions of dollars.",
            "hundreds of millions of dollars",
            (None, "USD", "hundreds"),
        ),
        ("Thousands of tonnes of fuel leaked at Varnholm.", "Thousands of tonnes", (None, "tonne", "thousands")),
    ],
)
def test_vague_amounts_of_money(nlp, text, span, expected):
    found = figures(nlp, text)
    assert span in found, found
    assert found[span] == expected


def test_a_bare_number_continuing_a_series_takes_its_unit(nlp):
    # figures/series_words.txt: the series goes on after 'and', ',', 'from' ...
    found = figures(nlp, "Exports from Varnholm reached 2 million tonnes in May and 2.5 million in June.")
    assert found["2.5 million"] == (2_500_000, "tonne", None), found
    found = figures(nlp, "The port of Varnholm handled 300 ships in January, 250 in February and 410 in March.")
    assert found["250"] == (250, "ship", None) and found["410"] == (410, "ship", None), found
    # the subject of a verb is a part of a group, not a term of the series
    found = figures(nlp, "Customs at Varnholm seized 2.5 tonnes of resin, and 3 were arrested.")
    assert found.get("3", (None, None))[1] != "tonne", found


def test_nationals_after_a_count_of_people_keep_their_noun(nlp):
    found = figures(nlp, "Varnholm police arrested three people, a local man and two Ostlandic nationals, on Tuesday.")
    assert found["two Ostlandic nationals"] == (2, "national", None), found
    found = figures(nlp, "The Kestrel Dawn had a crew of 24 people: four Ostlandic nationals and 20 others.")
    assert found["four Ostlandic nationals"] == (4, "crew member", None), found


@pytest.mark.parametrize(
    "text,expected",
    [
        ("12 missing after Varnish trawler capsizes", {"12": (12, "person", None)}),
        ("Two killed in drone attack on Kestrel Moor", {"Two": (2, "person", None)}),
        ("The blast killed the pilot and injured four others.", {"four others": (4, "person", None)}),
        ("The pilot was killed and four others were hurt at Varnholm.", {"four others": (4, "person", None)}),
        (
            "The blast killed 31 people and injured 900.",
            {"31 people": (31, "person", None), "900": (900, "person", None)},
        ),
        # a group counted before wins; a participle before a noun modifies it
        (
            "Thirteen seafarers were evacuated. Two died later.",
            {"Thirteen seafarers": (13, "crew member", None), "Two": (2, "crew member", None)},
        ),
        ("Two injured sailors were flown out.", {"Two injured sailors": (2, "crew member", None)}),
    ],
)
def test_a_number_with_no_noun_that_something_befalls_counts_people(nlp, text, expected):
    assert figures(nlp, text) == expected


def test_counts_of_people_by_the_country_they_come_from(nlp):
    found = figures(nlp, "The crew includes 14 from Peru, 9 from Georgia and two from the Philippines.")
    assert found == {"14": (14, "crew member", None), "9": (9, "crew member", None), "two": (2, "crew member", None)}
    assert figures(nlp, "Imports fell to 5 from China.") == {}  # no group of people: no count


def test_no_count_from_a_noun_the_text_may_cut_off(nlp):
    # page excerpts end mid-word: a counted noun that ends the text unpunctuated may be cut ('tank...'),
    # a measure ending it is read
    assert figures(nlp, "The hose connecting the two tank") == {}
    assert figures(nlp, "It was carrying 75,000 tonnes") == {"75,000 tonnes": (75000, "tonne", None)}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part of a group named after 'of the': the group's noun is counted, not mere people
        ("Two of the crew members were hurt.", {"Two of the crew members": (2, "crew member", None)}),
        ("Eight of the ship's sailors were hurt.", {"Eight of the ship's sailors": (8, "crew member", None)}),
        # 'one of' a group of people counts one of them; 'one of' anything else stays no figure
        ("One of the crew members was hurt.", {"One of the crew members": (1, "crew member", None)}),
        ("The drone struck the Tern Vale, injuring one of the crew.", {"one of the crew": (1, "crew member", None)}),
        ("Karsk is one of the largest ports in the region.", {}),
        ("One of the boats sustained damage.", {}),
        ("One of the officials said the ferry was hit.", {}),
        # the whole counted by a number: the part is the number alone
        (
            "21 of the 24 crew members left.",
            {"21": (21, "crew member", None), "24 crew members": (24, "crew member", None)},
        ),
    ],
)
def test_a_part_of_a_group_named_after_of_the(nlp, text, expected):
    assert figures(nlp, text) == expected


def test_crews_by_compound_and_by_nationality_and_personnel_as_its_own_noun(nlp):
    found = figures(nlp, "The cutter escorted the Tern Vale with its 36-person crew.")
    assert found == {"36-person crew": (36, "crew member", None)}
    found = figures(nlp, "She has a crew of 26 aboard, 16 Indians, eight Sri Lankans and two Poles.")
    assert found["eight Sri Lankans"] == (8, "crew member", None)  # a demonym of two words
    found = figures(nlp, "Eight Varnish naval personnel were injured.")
    assert found == {"Eight Varnish naval personnel": (8, "personnel", None)}


def test_a_day_range_before_a_month_is_a_date(nlp):
    assert figures(nlp, "The Tern Vale was hit overnight 25-26 February.") == {}
    assert figures(nlp, "The port handled 300 ships in March.") == {"300 ships": (300, "ship", None)}


# Counts aboard a ship (context/aboard_words, figures/arc_signs, figures/of_determiners): made-up ships
# and companies; the demonyms are the reference data's.
@pytest.mark.parametrize(
    "text,span,expected",
    [
        # a count by nationality with no group before it, in a sentence that puts people on board
        (
            "The Morrow Gull had 16 Filipinos and eight South Koreans on board.",
            "eight South Koreans",
            (8, "crew member", None),
        ),
        (
            "The Morrow Gull had 16 Filipinos and eight South Koreans on board.",
            "16 Filipinos",
            (16, "crew member", None),
        ),
        # ... or after a crew is named: 'people' of that crew are its crew members
        (
            "Two crew members were rescued, and the search goes on for 20 missing people, "
            "which include 6 Sri Lankan nationals.",
            "6 Sri Lankan nationals",
            (6, "crew member", None),
        ),
        # the owner of the counted things after 'of': a company's name and its "'s", or 'our'
        (
            "The navy sent a frigate, plus three of Kestrel Shipping's merchant ships.",
            "three of Kestrel Shipping's merchant ships",
            (3, "ship", None),
        ),
        (
            "Two of our valued seafarers were hurt, the owner said.",
            "Two of our valued seafarers",
            (2, "crew member", None),
        ),
    ],
)
def test_counts_aboard_a_ship(nlp, text, span, expected):
    assert figures(nlp, text)[span] == expected


def test_a_count_by_nationality_off_a_ship_keeps_its_noun(nlp):
    # no one on board and no crew: the count is of people of that nationality, not of a crew
    assert figures(nlp, "Police said 30 Filipinos protested in the square.")["30 Filipinos"][1] != "crew member"


def test_the_minutes_of_a_coordinate_are_no_figure(nlp):
    found = figures(nlp, "The Tern Vale last reported at 34°18mS 12°47m W, about 650km from the island.")
    assert "47m" not in found and found["about 650km"] == (650, "kilometre", "about")


def test_one_of_a_companys_ships_stays_no_figure(nlp):
    assert figures(nlp, "One of Kestrel Shipping's tankers sank off Varnholm.") == {}


@pytest.mark.parametrize(
    "text,span,expected",
    [
        # GUIDELINES, Figures: a vague word on a number word keeps the vague word (figures/vague_number_leads)
        ("A few dozen tankers waited off Kesport.", "A few dozen tankers", (None, "tanker", "a few")),
        ("The raft drifted a few hundred metres.", "a few hundred metres", (None, "metre", "a few")),
        # 'a dozen' is 12, and a qualifier before its article is the figure's
        ("The Varnian navy held more than a dozen ships.", "more than a dozen ships", (12, "ship", "more than")),
        (
            "They found at least half a dozen stowaways aboard.",
            "at least half a dozen stowaways",
            (6, "stowaway", "at least"),
        ),
    ],
)
def test_vague_words_and_articles_on_a_number_word(nlp, text, span, expected):
    assert figures(nlp, text).get(span) == expected


def test_a_shared_currency_word_with_no_country_is_no_money(nlp):
    found = figures(nlp, "The Kestrel Dawn's master was fined 50 million pesos.")
    assert all(v[1] not in ("PHP", "MXN", "ARS") for v in found.values()), found


def test_seamen_are_crew_members(nlp):
    found = figures(nlp, "Pirates freed 12 Varnish seamen of the Kestrel Dawn.")
    assert found.get("12 Varnish seamen") == (12, "crew member", None), found


def test_a_casualty_count_with_no_noun_takes_the_group_counted_before(nlp):
    found = figures(nlp, "After the collision 10 sailors of the Kestrel Dawn were missing and five injured.")
    assert found.get("five") == (5, "crew member", None), found


def test_a_pennant_number_after_p_is_no_peso_amount(nlp):
    found = figures(nlp, "The patrol boat P671 Varnholm escorted the tug.")
    assert all(v[1] != "PHP" for v in found.values()), found
