"""Write sources/rules/reference/given_names.txt: given names of many countries, in Latin letters;
and reference/given_names_female.txt / given_names_male.txt: those of them Faker lists for one sex only.

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


def given_names() -> tuple[str, list[str], dict[str, set[str]]]:
    """Faker's version, the given names of all its locales, and per attribute the names it holds."""
    import faker
    from faker import Faker
    from faker.config import AVAILABLE_LOCALES

    names: set[str] = set()
    by_attribute: dict[str, set[str]] = {attribute: set() for attribute in ATTRIBUTES}
    for locale in AVAILABLE_LOCALES:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # deprecated locales say so
            fake = Faker(locale)
        for provider in fake.providers:
            if provider.__provider__ != "faker.providers.person":
                continue
            for attribute in ATTRIBUTES:
                found = {n for n in getattr(provider, attribute, None) or () if latin_name(n)}
                names |= found
                by_attribute[attribute] |= found
    return faker.VERSION, sorted(names), by_attribute


def one_sex(by_attribute: dict[str, set[str]]) -> dict[str, list[str]]:
    """The names Faker lists as female only and as male only, folded to lower case ('Andrea', 'Kim',
    listed as both somewhere, are neither): the sex a "he" or "she" must agree with."""
    female = {n.casefold() for n in by_attribute["first_names_female"]}
    male = {n.casefold() for n in by_attribute["first_names_male"]}
    return {"female": sorted(female - male), "male": sorted(male - female)}


def main() -> None:
    version, names, by_attribute = given_names()
    path = sources_dir() / "rules" / "reference" / "given_names.txt"
    header = (
        f"# Given names of every locale of Faker {version} (MIT licence), those written in Latin letters:\n"
        "# a name the model typed as an organisation that starts with one of them is a person's\n"
        "# (osint_graph/nlp/given_names.py). Written by scripts/build_given_names.py; do not edit by hand.\n"
    )
    path.write_text(header + "".join(f"{n}\n" for n in names), encoding="utf-8")
    print(f"{path}: {len(names)} names")
    for sex, listed in one_sex(by_attribute).items():
        other = "he" if sex == "female" else "she"
        path = sources_dir() / "rules" / "reference" / f"given_names_{sex}.txt"
        header = (
            f"# Given names Faker {version} (MIT licence) lists as {sex} and never as the other sex, folded to\n"
            f'# lower case: a person of such a name is no "{other}" (osint_graph/nlp/pronoun_gender.py).\n'
            "# Written by scripts/build_given_names.py; do not edit by hand.\n"
        )
        path.write_text(header + "".join(f"{n}\n" for n in listed), encoding="utf-8")
        print(f"{path}: {len(listed)} names")


if __name__ == "__main__":
    main()
