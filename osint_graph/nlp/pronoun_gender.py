"""Whether a person's name may be what "he" or "she" stands for.

"Jane Roe said C. ... Tom Varga, the port's director, praised the crew. “D,” she said": a reader
does not take "she" for Varga, whoever was named last. The only knowledge wanted is the sex a given
name is used for: `sources/rules/reference/given_names_female.txt` and `given_names_male.txt` hold
the given names Faker (MIT licence) lists for one sex only (written by scripts/build_given_names.py;
a name listed for both, 'Andrea', 'Kim', is neither and agrees with both pronouns). A name whose
first word is no given name of the lists ('Commander Varga', 'Ismo'), or a pronoun that is neither
"he" nor "she", agrees with anything: the rule only rules out, it never picks.
"""

from __future__ import annotations

from osint_graph.nlp.rules import words

FEMALE_NAMES = words("reference/given_names_female")
MALE_NAMES = words("reference/given_names_male")
FEMALE_PRONOUNS = frozenset(("she", "her", "hers", "herself"))
MALE_PRONOUNS = frozenset(("he", "him", "his", "himself"))


def name_sex(name: str) -> str | None:
    """'female' or 'male' when a word of the name before its last is a given name of one sex only
    (the first such word: 'Lt. Cmdr. Jane Roe' -> female), else None."""
    parts = [w.strip(".,") for w in name.split()]
    for word in parts[:-1]:
        folded = word.casefold()
        if folded in FEMALE_NAMES:
            return "female"
        if folded in MALE_NAMES:
            return "male"
    return None


def agrees(pronoun: str, name: str) -> bool:
    """May `pronoun` ("he", "she", "his", ...) stand for the person named `name`? False only when the
    name's given name is of the other sex."""
    low = pronoun.lower()
    sex = name_sex(name)
    if sex is None:
        return True
    if low in FEMALE_PRONOUNS:
        return sex == "female"
    if low in MALE_PRONOUNS:
        return sex == "male"
    return True
