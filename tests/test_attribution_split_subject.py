"""A frame whose subject the parser split in two: "Russian state news agency TASS reported that C".

The parser may make the outlet's name a second subject of the verb after its descriptor ("agency"):
the two are one source phrase (`attribution_leading`), so the outlet named speaks, not the state of
"state news agency". The outlet's name is a registry outlet because the split is the parser's reading
of that name; the rest of the text is made up.
"""

from __future__ import annotations

from osint_graph.model import Article


def test_an_outlet_named_after_its_descriptor_opening_a_frame_speaks(claims_extractor):
    text = "Russian state news agency TASS reported that the cruiser Morrow Gale had sunk off Port Lennit."
    claims = claims_extractor.extract(Article(id="ss", text=text, outlet="The Daily Probe")).claims
    sunk = next(c for c in claims if "had sunk" in c.text)
    assert [a.name for a in sunk.attribution] == ["TASS"]
