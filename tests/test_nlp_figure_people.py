"""Round 28 figure units on made-up texts: counts of people (joined groups, casualty headlines,
crew members, demonyms alone), rates and unit spellings ("km/h", "n miles", "mt", "gross-ton"), a
glued scale ("£3.5billion") and a shared currency name decided by a demonym; each with a near text
where the rule must not fire."""

from __future__ import annotations

import pytest


def figures(nlp, text):
    return {f.text: (f._.figure_value, f._.figure_unit, f._.figure_qualifier) for f in nlp(text)._.figures}


@pytest.mark.parametrize(
    "text,span,expected",
    [
        (
            "The Tern Vale was carrying more than 450 passengers and crew when it sank off Tolm.",
            "more than 450 passengers and crew",
            (450, "person", "more than"),
        ),
        ("Karsk Lines flew 900 sailors and Marines to Tolm.", "900 sailors and Marines", (900, "person", None)),
        ("Four Dead, 19 Missing After Karsk Ferry Sinks", "Four Dead", (4, "person", None)),
        ("165 Norwegians were killed in the war off Tolm.", "165 Norwegians", (165, "person", None)),
        ("Two members of the crew of the Tern Vale were hurt.", "Two members", (2, "crew member", None)),
        ("Winds reached 230 km/h as the storm passed Karsk.", "230 km/h", (230, "kilometre per hour", None)),
        ("The Morrow Gull sailed at 50 mph per hour.", "50 mph", (50, "mile per hour", None)),
        ("The Tern Vale sank about 20 n miles off Tolm.", "about 20 n miles", (20, "nautical mile", "about")),
        ("The Tolm terminal handled 60,000 mt of grain.", "60,000 mt", (60000, "tonne", None)),
        ("The Tern Vale is a 16,408 gross-ton bulk carrier.", "16,408 gross-ton", (16408, "gross tonne", None)),
        ("Karsk ordered a £3.5billion carrier for Tolm.", "£3.5billion", (3.5e9, "GBP", None)),
        # a currency name several countries share, decided by a demonym
        ("A South Korean court fined the Tern Vale's master 30 million won.", "30 million won", (30e6, "KRW", None)),
    ],
)
def test_people_rates_and_unit_spellings(nlp, text, span, expected):
    found = figures(nlp, text)
    assert found.get(span) == expected, found


@pytest.mark.parametrize(
    "text,span,expected",
    [
        # a number of its own for the second group: two figures, each with its noun
        (
            "The ferry carried 12 passengers and two crew when it sank off Tolm.",
            "12 passengers",
            (12, "passenger", None),
        ),
        # a thing joined to people is no group of people
        ("Karsk Lines sent ten ships and crew to Tolm.", "ten ships", (10, "ship", None)),
        # a casualty word before its noun: the noun is counted
        ("Two dead sailors were found near the Tern Vale.", "Two dead sailors", (2, "crew member", None)),
        # nationals put on board are a crew; nationals with no group keep their noun
        ("The Tern Vale had a crew of 19, including 10 Norwegians.", "10 Norwegians", (10, "crew member", None)),
        ("Police arrested two Varnian nationals in Tolm.", "two Varnian nationals", (2, "national", None)),
        # members of no crew stay members
        ("The union of Karsk dockers has 500 members.", "500 members", (500, "member", None)),
        # a distance with no "/h" stays a distance
        ("The Tern Vale travelled 40 km before it stopped.", "40 km", (40, "kilometre", None)),
        ("The Tern Vale sailed 50 miles per hour.", "50 miles per hour", (50, "mile per hour", None)),
        # a scale word written apart stays a number word
        ("Karsk ordered 3 billion barrels for Tolm.", "3 billion barrels", (3e9, "barrel", None)),
    ],
)
def test_negative_twins(nlp, text, span, expected):
    found = figures(nlp, text)
    assert found.get(span) == expected, found


def test_no_shared_currency_without_a_country(nlp):
    found = figures(nlp, "A court fined the Tern Vale's master 30 million won.")
    assert all(unit != "KRW" for _, unit, _ in found.values()), found


def test_a_class_designation_inside_the_counted_noun(nlp):
    found = figures(nlp, "Varnia operates eleven Type 23 frigates near Tolm.")
    assert found.get("eleven Type 23 frigates") == (11, "frigate", None), found
    found = figures(nlp, "Karsk built three such Project 22800 Tarn-class corvettes.")
    assert found.get("three such Project 22800 Tarn-class corvettes") == (3, "corvette", None), found
    # a class with no count before it is a name, no figure
    assert figures(nlp, "Karsk built the Project 22160 patrol ship near Tolm.") == {}


def test_a_glued_m_before_another_measure_is_a_million(nlp):
    found = figures(nlp, "The Karsk Lines fleet grew to 2.1m dwt last year.")
    assert found.get("2.1m dwt") == (2_100_000, "deadweight tonne", None), found
    # before a noun that is no measure, a glued "m" stays metres
    found = figures(nlp, "The Tern Vale is a 110m ship.")
    assert found.get("110m") == (110, "metre", None), found
