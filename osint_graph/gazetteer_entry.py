"""One gazetteer record (`GazetteerEntry`) and the one folding of names (`normalise_name`).

Apart from `osint_graph.gazetteer` so that the reference data (`osint_graph.reference`), which
builds records that the gazetteer loads, imports no module that imports it back.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from osint_graph.model import entity_id as make_entity_id
from osint_graph.model import slug

_DOTS = re.compile(r"(?<=\w)[.'\u2019](?=\w|$)")
_NON_WORD = re.compile(r"[\W_]+")
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")


def fold_accents(name: str) -> str:
    """'Falcón' -> 'Falcon': the name without its accents (case and punctuation kept)."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@lru_cache(maxsize=65_536)  # the same names are folded again and again, per mention and per look-up
def normalise_name(name: str) -> str:
    """Fold a name for comparison: 'The Maya-1' == 'maya 1' == 'Maya1'; 'U.S.' == 'US'.

    Case folded, accents dropped, a leading 'the' dropped, dots and apostrophes
    inside words removed, other punctuation and hyphens turned into spaces, a
    space put between letters and digits.  Transliteration variants (Rajin /
    Rason) are not guessed here: the data lists them as aliases.
    """
    text = fold_accents(name).casefold()
    text = _DOTS.sub("", text)
    text = _NON_WORD.sub(" ", text)
    text = _LETTER_DIGIT.sub(" ", text)
    text = " ".join(text.split())
    if text.startswith("the "):
        text = text[4:]
    return text


def split_multi(value: str | None) -> tuple[str, ...]:
    """A `;`-separated cell as a tuple of its non-empty, stripped values."""
    if not value:
        return ()
    return tuple(v.strip() for v in value.split(";") if v.strip())


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One known thing: a vessel, port, person, organisation, outlet, country, location or weapon.

    `identifiers` holds imo/mmsi/locode/iso2 where the data gives them;
    `attributes` the other columns as strings (multi-valued ones still
    `;`-joined: use `values()`).
    """

    type: str
    name: str
    aliases: tuple[str, ...] = ()
    identifiers: Mapping[str, str] = field(default_factory=dict, compare=False)
    attributes: Mapping[str, str] = field(default_factory=dict, compare=False)

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name first, then the aliases."""
        return (self.name, *self.aliases)

    def values(self, attribute: str) -> tuple[str, ...]:
        return split_multi(self.attributes.get(attribute))

    @property
    def key(self) -> str:
        return entity_key(self)

    @property
    def id(self) -> str:
        return make_entity_id(self.type, entity_key(self))


def entity_key(entry: GazetteerEntry) -> str:
    """IMO number, else UN/LOCODE, else the slug of the canonical name."""
    imo = re.sub(r"\D", "", entry.identifiers.get("imo", "") or "")
    if imo:
        return f"imo-{imo}"
    locode = re.sub(r"[^A-Za-z0-9]", "", entry.identifiers.get("locode", "") or "")
    if locode:
        return f"locode-{locode.upper()}"
    return slug(entry.name)
