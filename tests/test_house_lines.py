"""The page's own outlet in its house lines (osint_graph/nlp/house_lines.py): a masthead line and the
lines where the site speaks to its reader are furniture; where the story names the outlet as told,
reporting or verifying, it is not. Made-up outlet Wirewatch."""

from __future__ import annotations

import pytest

from osint_graph.nlp.house_lines import house_line

PAGE = (
    "Wirewatch\n"
    "Tanker Orrin Bay seized off Velmora\n"
    "Share the best of Wirewatch with friends. As a subscriber, you can gift 3 articles.\n"
    "The port master told Wirewatch the tanker was held.\n"
    "“We have not seen the crew,” the owner told Wirewatch.\n"
    "Wirewatch could not verify the video.\n"
    "Get Wirewatch updates delivered to your inbox\n"
    "Ola Brenn is a reporter with Wirewatch. She covers shipping.\n"
    "(Wirewatch)\n"
    "A US official told Wirewatch on Monday the ship was boarded.\n"
)


def _at(n: int) -> tuple[int, int]:
    """The n-th (0-based) 'Wirewatch' of the page."""
    start = -1
    for _ in range(n + 1):
        start = PAGE.index("Wirewatch", start + 1)
    return start, start + len("Wirewatch")


@pytest.mark.parametrize(
    ("n", "house"),
    [(0, True), (1, True), (2, False), (3, False), (4, False), (5, True), (6, True), (7, False), (8, False)],
)
def test_the_own_outlet_in_a_house_line_is_furniture(n, house):
    assert house_line(PAGE, *_at(n)) is house
