"""Ships' names in the list forms of fresh real pages (dev batch dev-dc, twenty-seventh round), each
with a negative twin, on made-up texts no gazetteer entry names: a slash between two names of one
ship in a list, a possessive owner after a naval prefix's list, lower-case words before the object of a
ship verb ("detained the previously blacklisted X"), the Nigerian Navy's prefix NNS."""

from __future__ import annotations


def vessels(nlp, text: str) -> dict[str, str]:
    """Each vessel mention's text -> its canonical name."""
    return {e.text: e._.canonical for e in nlp(text).ents if e.label_ == "VESSEL"}


def test_a_slash_in_a_list_gives_one_ship_two_names_and_the_list_goes_on(nlp):
    found = vessels(nlp, "The ministry listed the tankers Velmora, Tarnwick/Orla Vane, Pell Harrow and Brenn.")
    assert found.get("Orla Vane") == "Tarnwick"
    assert {"Velmora", "Tarnwick", "Pell Harrow", "Brenn"} <= set(found)
    # twin: a slash between two companies in a list of companies names no ship
    assert vessels(nlp, "The ministry sanctioned Karsk Shipping/Tolm Trading and Varn Holdings on Monday.") == {}


def test_a_possessive_after_a_naval_prefixs_list_is_the_next_ships_owner(nlp):
    found = vessels(nlp, "The frigate joined USS Tolmera and Varnia’s Karsk-class destroyer VNS Brennick on Monday.")
    assert "Varnia" not in found and "USS Varnia" not in found.values()
    assert {"USS Tolmera", "VNS Brennick"} <= set(found)
    # twin: a name in the list with no possessive still takes the prefix
    assert vessels(nlp, "The frigates USS Tolmera and Brennick sailed on Monday.") == {
        "USS Tolmera": "USS Tolmera",
        "Brennick": "USS Brennick",
    }


def test_lower_case_words_between_the_and_the_object_of_a_ship_verb(nlp):
    found = vessels(nlp, "Varnia detained the previously blacklisted Tarnwick on 1 October and arrested two crew.")
    assert "Tarnwick" in found
    # twin: a company's name after the same words stays a company
    assert vessels(nlp, "Police detained the previously sanctioned Karsk Holdings director on Monday.") == {}
    # twin: no name after the lower-case words, no ship
    assert vessels(nlp, "The navy seized the heavily armed boat on Monday.") == {}


def test_the_nigerian_navys_prefix_is_a_naval_prefix(nlp):
    found = vessels(nlp, "The navy said it dispatched NNS Tolmera to double-up the search and intercept the tanker.")
    assert found == {"NNS Tolmera": "NNS Tolmera"}
    # twin: the letters with no name after them are no ship
    assert vessels(nlp, "The NNS tag marks a plural noun in the tagger's output.") == {}
