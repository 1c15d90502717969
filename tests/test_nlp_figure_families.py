"""Figure rule families on texts written for them (made-up names): counts by nationality that are
parts of a crew, participles between a number and its noun, ranges, approximations, compounds,
currencies, units, and numbers that are not figures (ages, years, dates, phone numbers, names and
IMO numbers)."""

from __future__ import annotations

import pytest


def figures(nlp, text):
    return {f.text: (f._.figure_value, f._.figure_unit, f._.figure_qualifier) for f in nlp(text)._.figures}


@pytest.mark.parametrize(
    "text,span,expected",
    [
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
def test_figure_families(nlp, text, span, expected):
    found = figures(nlp, text)
    assert span in found, found
    assert found[span] == expected


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
