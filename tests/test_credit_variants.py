"""The layout-variation harness's generator (scripts/evalkit/credit_variants.py) on a made-up page:
each variant rewrites only the credit line, the body is kept and its offsets map onto the new text."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from evalkit.credit_variants import credit_line, dates, rebuild, variants  # noqa: E402

TEXT = (
    "Tanker held off Karsk after boarding\n"
    "Wirewatch | June 3, 2025\n"
    "\n"
    "The Morrow Gull was boarded on Monday, the Karsk coast guard said.\n"
    "Its crew of twelve is safe.\n"
)
LINE = (TEXT.index("Wirewatch"), TEXT.index("\n", TEXT.index("Wirewatch")))
BODY = TEXT.index("The Morrow")


def _made():
    return variants(TEXT, LINE, "Wirewatch", own="Harbour Ledger")


def test_every_variant_keeps_the_body_and_maps_its_offsets():
    made = _made()
    assert len(made) > 60
    claim = (BODY, BODY + len("The Morrow Gull was boarded on Monday"))
    for v in made:
        moved = v.moved(*claim)
        assert moved is not None, v.name
        assert v.text[moved[0] : moved[1]] == "The Morrow Gull was boarded on Monday", v.name
        assert v.text.endswith("Its crew of twelve is safe.\n"), v.name


def test_the_families_and_the_lines_they_write():
    made = _made()
    families = {v.family for v in made}
    assert {
        "date",
        "separator",
        "label",
        "position",
        "order",
        "stamp",
        "swap",
        "dateline",
        "desk",
        "negative",
    } <= families
    by_name = {(v.family, v.name): v for v in made}
    assert "Harbour Ledger Staff and Wirewatch | December 1, 2026" in by_name[("desk", "{own} Staff and {name}")].text
    assert "Wirewatch | December 1, 2026\n" in by_name[("base", "outlet | long date")].text
    assert "December 1, 2026 | Wirewatch\n" in by_name[("order", "date first")].text
    assert "Source: Wirewatch | December 1, 2026" in by_name[("label", "Source:")].text
    assert "Wirewatch\nDecember 1, 2026" in by_name[("separator", "line break")].text
    assert by_name[("position", "first line")].text.startswith("Wirewatch | December 1, 2026\nTanker held")
    third = by_name[("position", "after headline and section")].text.split("\n")
    assert third[:3] == ["Tanker held off Karsk after boarding", "World News", "Wirewatch | December 1, 2026"]
    assert by_name[("swap", "Xinhua")].outlet == "Xinhua"
    negative = by_name[("negative", "own masthead")]
    assert negative.outlet is None and negative.avoid == "Harbour Ledger"
    assert "Wirewatch" not in by_name[("negative", "dropped")].text


def test_the_date_forms_are_cldrs():
    forms = dates()
    assert forms["cldr_medium"] == "Dec 1, 2026"
    assert forms["cldr_gb_long"] == "1 December 2026"
    assert forms["cldr_full"] == "Tuesday, December 1, 2026"
    assert forms["dotted"] == "01.12.2026"
    assert credit_line("WW", "2 hours ago", " • ", "By ", outlet_first=False) == "2 hours ago • By WW"


def test_a_line_moved_above_keeps_the_rest_in_place():
    text, offsets = rebuild("A\nB\nC\n", (4, 5), ["X"], after=-1)
    assert text == "X\nA\nB\n"
    assert offsets == [(0, 4, 2)]  # "A\nB\n" two characters on; "C" and its break rewritten
