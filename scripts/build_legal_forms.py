"""Write sources/rules/context/legal_forms.txt: the one-word company legal forms ('Ltd', 'GmbH',
'PJSC', 'DMCC', 'AG') of the organisation-type database of the `rigour` package.

rigour (ISO 20275 entity legal forms, OCCRP's list and Wikipedia's types of business entity) comes
with followthemoney (the `ftm` and `dev` extras); the extractor reads the written list only, so it
needs neither at run time.  rigour offers no listing of its forms, so every string of two to
`--max-len` letters is asked whether it is one whole form; each found form is written in rigour's
display spelling.  Two more kinds of form that search cannot reach are asked for too: the longer words
of `sources/rules/common/org_suffixes.txt` (the last words of organisations' names) that the database
reads as a whole form ('Limited'), and the leading words of its two-word forms, a string of two or
three letters that makes one whole form with a form already found ('Co' of 'Co Ltd', 'Pte' of 'Pte.
Ltd.', 'Sdn' of 'Sdn Bhd').  Deterministic for a given rigour version: re-run it after upgrading rigour.

    python scripts/build_legal_forms.py [--max-len 5] [--out PATH]
"""

from __future__ import annotations

import argparse
import itertools
import string
from pathlib import Path

from rigour.names.org_types import extract_org_types, replace_org_types_display

RULES = Path(__file__).resolve().parent.parent / "sources" / "rules"
OUT = RULES / "context" / "legal_forms.txt"
LEADS = RULES / "context" / "legal_form_leads.txt"
ORG_SUFFIXES = RULES / "common" / "org_suffixes.txt"
HEADER = """# Company legal forms of one word, lower case, one a line: "ltd", "gmbh", "pjsc", "dmcc", "ag".
# Built by scripts/build_legal_forms.py from the organisation-type database of the rigour package
# (rigour {version}); do not edit by hand: a form news prose uses otherwise goes in
# not_legal_forms.txt. Read by osint_graph/nlp/legal_forms.py.
"""
LEADS_HEADER = """# Leading words of the database's two-word company legal forms ('co' of 'Co Ltd', 'pte' of
# 'Pte. Ltd.'), lower case, one a line; also in legal_forms.txt. Built by scripts/build_legal_forms.py (rigour
# {version}); do not edit by hand. osint_graph/nlp/legal_forms.py reads a two-letter one as a form in
# title case too ('Co', 'Co.': no English word), where other two-letter forms count in capitals only.
"""


def one_word_forms(max_len: int) -> list[str]:
    found = set()
    for n in range(2, max_len + 1):
        for letters in itertools.product(string.ascii_lowercase, repeat=n):
            word = "".join(letters)
            for written in (word, word + "."):
                hit = extract_org_types(written)
                if len(hit) == 1 and hit[0][0] == written:
                    found.add(written)
    return sorted(found)


def _whole_form(written: str) -> bool:
    hit = extract_org_types(written)
    return len(hit) == 1 and hit[0][0] == written


def long_forms(max_len: int) -> list[str]:
    """The organisations' last words longer than the search reaches that are whole forms ('limited')."""
    lines = ORG_SUFFIXES.read_text(encoding="utf-8").splitlines()
    words = {w.strip().lower() for w in lines if w.strip() and not w.startswith("#")}
    return sorted(w for w in words if len(w) > max_len and w.isalpha() and _whole_form(w))


def leading_words(forms: list[str], lead_len: int = 3) -> list[str]:
    """Strings of two or three letters that make one whole form with a following form:
    'co' ('co ltd'), 'pte' ('pte. ltd.'), 'sdn' ('sdn bhd')."""
    tails = [f for f in forms if not f.endswith(".")]
    found = set()
    for n in range(2, lead_len + 1):
        for letters in itertools.product(string.ascii_lowercase, repeat=n):
            word = "".join(letters)
            if word in forms:
                continue
            for tail in tails:
                if _whole_form(f"{word} {tail}") or _whole_form(f"{word}. {tail}."):
                    found.add(word)
                    break
    return sorted(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-len", type=int, default=5, help="longest form to look for, in letters")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    from importlib.metadata import version

    forms = one_word_forms(args.max_len)
    leads = leading_words(forms)
    forms = sorted({*forms, *long_forms(args.max_len), *leads})
    shown = {f: replace_org_types_display("Kestrel " + f).split()[-1] for f in forms}
    lines = [HEADER.format(version=version("rigour"))] + [f"{f}\n" for f in forms]
    args.out.write_text("".join(lines), encoding="utf-8")
    if args.out == OUT:
        header = LEADS_HEADER.format(version=version("rigour"))
        LEADS.write_text(header + "".join(f"{w}\n" for w in leads), encoding="utf-8")
    print(f"{len(forms)} forms -> {args.out}: " + ", ".join(shown[f] for f in forms))


if __name__ == "__main__":
    main()
