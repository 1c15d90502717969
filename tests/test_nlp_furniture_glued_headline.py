"""A line that repeats the headline and goes on (made-up names): the headline glued to the body's first
paragraph, as some pages print it, is the headline again and then body; the headline with one sentence
after it (a photo's text and its caption) stays a caption."""

from __future__ import annotations

from osint_graph.model import Article
from osint_graph.nlp.furniture import find_furniture

GLUED = (
    "Blast Tears Tanker Apart at Varnholm Pier\n\n"
    "Issue 4 and Volume 12.\n\n"
    "Blast Tears Tanker Apart at Varnholm Pier An explosion aboard the tanker Tern Vale ripped the ship into "
    "three parts on Monday. The Tern Vale, a 200-metre tanker, had docked at Varnholm to discharge 40,000 "
    "barrels of crude. Twelve crew members were injured, the Karsk Coast Guard said."
)
CAPTION = (
    "Blast Tears Tanker Apart at Varnholm Pier\n\n"
    "Blast Tears Tanker Apart at Varnholm Pier The wreck of the Tern Vale seen from the quay on Tuesday\n\n"
    "An explosion aboard the tanker Tern Vale ripped the ship apart on Monday, the Karsk Coast Guard said."
)


def _pieces(text: str) -> list[tuple[str, str]]:
    return [(kind, text[start:end]) for kind, start, end in find_furniture(text)]


def test_a_headline_glued_to_the_first_paragraph_is_the_headline_and_then_body():
    pieces = _pieces(GLUED)
    assert pieces == [
        ("headline", "Blast Tears Tanker Apart at Varnholm Pier"),
        ("headline", "Blast Tears Tanker Apart at Varnholm Pier"),
    ]


def test_the_glued_paragraph_gives_its_entities_figures_and_claims(claims_extractor):
    extraction = claims_extractor.extract(Article(id="glued", text=GLUED))
    assert "Tern Vale" in {e.name for e in extraction.entities}
    assert 40000 in {f.value for f in extraction.figures}
    texts = [c.text for c in extraction.claims]
    assert any(t.startswith("An explosion aboard the tanker Tern Vale") for t in texts), texts
    assert not any(t.startswith("Blast Tears") for t in texts), texts  # the headline runs into no sentence
    injured = next(c for c in extraction.claims if "Twelve crew members" in c.text)
    assert [a.name for a in injured.attribution] == ["Karsk Coast Guard"]


def test_twin_the_headline_with_one_sentence_after_it_stays_a_caption():
    pieces = _pieces(CAPTION)
    caption = "Blast Tears Tanker Apart at Varnholm Pier The wreck of the Tern Vale seen from the quay on Tuesday"
    assert ("caption", caption) in pieces
