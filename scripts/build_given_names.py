"""Write sources/rules/reference/given_names.txt: given names of many countries, in Latin letters.

The list is read from Faker's person providers (MIT licence; `faker`, run with the version named in
the file's header): the first names of every locale Faker ships, kept when written in Latin
letters (a locale's Cyrillic, Greek, Arabic or CJK names are not how an English article writes
them). osint_graph/nlp/given_names.py reads the file. Run by hand; Faker is not a dependency:

    pip install --target /tmp/faker faker==40.63.0
    PYTHONPATH=/tmp/faker .venv/bin/python scripts/build_given_names.py
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from osint_graph.resources import sources_dir  # noqa: E402

ATTRIBUTES = ("first_names", "first_names_male", "first_names_female")


def latin_name(name: object) -> bool:
    """One word (hyphen and apostrophe allowed) in Latin letters, accented ones included."""
    return (
        isinstance(name, str)
        and len(name) >= 2
        and name[:1].isupper()
        and all((c.isalpha() and ord(c) < 0x250) or c in "-'" for c in name)
    )


def given_names() -> tuple[str, list[str]]:
    import faker
    from faker import Faker
    from faker.config import AVAILABLE_LOCALES

    names: set[str] = set()
    for locale in AVAILABLE_LOCALES:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # deprecated locales say so
            fake = Faker(locale)
        for provider in fake.providers:
            if provider.__provider__ != "faker.providers.person":
                continue
            for attribute in ATTRIBUTES:
                names |= {n for n in getattr(provider, attribute, None) or () if latin_name(n)}
    return faker.VERSION, sorted(names)


def main() -> None:
    version, names = given_names()
    path = sources_dir() / "rules" / "reference" / "given_names.txt"
    header = (
        f"# Given names of every locale of Faker {version} (MIT licence), those written in Latin letters:\n"
        "# a name the model typed as an organisation that starts with one of them is a person's\n"
        "# (osint_graph/nlp/given_names.py). Written by scripts/build_given_names.py; do not edit by hand.\n"
    )
    path.write_text(header + "".join(f"{n}\n" for n in names), encoding="utf-8")
    print(f"{path}: {len(names)} names")


if __name__ == "__main__":
    main()
