"""A naval base named as such is a Port spanning its whole capitalised name (nlp/context/naval_bases.py,
GUIDELINES thirty-first round "A naval base named as such"): the place's name before the base words or
after them; not an air base or air station, not a bare 'Naval Base' with no place, not a state's base
('the Russian Naval Base'), not the lower-case words (a port word about the place, read elsewhere).

Made-up names and texts; each shape has a twin that must not fire.
"""

from __future__ import annotations

import pytest

PORT = "PORT"


def ents(nlp, text):
    return {(e.text, e.label_) for e in nlp(text).ents}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The frigate Tern Vale returned to Quarnby Naval Base on Monday.", "Quarnby Naval Base"),
        ("The boat and its crew were escorted to the Tollvik Navy Base for questioning.", "Tollvik Navy Base"),
        ("Two patrol ships made a port visit at Naval Base Kessary last week.", "Naval Base Kessary"),
        ("The destroyer left Naval Station Varnholm on Tuesday, the navy said.", "Naval Station Varnholm"),
    ],
)
def test_a_named_naval_base_is_one_port(nlp, text, name):
    found = ents(nlp, text)
    assert (name, PORT) in found
    assert not any(label != PORT and (t in name or name in t) for t, label in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The helicopter returned to Quarnby Air Base on Monday.", "Quarnby Air Base"),  # aircraft, no harbour
        ("The jets flew from Naval Air Station Kessary at dawn.", "Naval Air Station Kessary"),
    ],
)
def test_an_air_base_is_no_port(nlp, text, name):
    assert not any(label == PORT and name in t for t, label in ents(nlp, text))


def test_a_state_naval_base_or_a_bare_one_names_no_port(nlp):
    found = ents(nlp, "The Navy said the Russian Naval Base had been closed, and the Naval Base would reopen.")
    assert not any(label == PORT for _, label in found)
