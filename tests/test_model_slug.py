"""An entity's key (`model.slug`): one thing written with an ASCII hyphen or with another dash gets one
id, across articles ('Su‑35' with a non-breaking hyphen is 'Su-35'); accents fold, other marks separate."""

from __future__ import annotations

import pytest

from osint_graph.model import slug


@pytest.mark.parametrize(
    "written,plain",
    [
        ("Kx\u201135", "Kx-35"),  # non-breaking hyphen
        ("Kx\u201035", "Kx-35"),  # hyphen
        ("Varn\u2013Karsk Line", "Varn-Karsk Line"),  # en dash
        ("Varn\u2014Karsk", "Varn - Karsk"),  # em dash, spaced or not
    ],
)
def test_any_dash_joins_words_as_a_hyphen_does(written, plain):
    assert slug(written) == slug(plain)


def test_accents_fold_and_words_join():
    assert slug("Sé Tarvik  Holm") == "se-tarvik-holm"
    assert slug("Kx35") != slug("Kx-35")  # a glued designation stays another key
