"""Write sources/rules/context/legal_forms.txt: the one-word company legal forms ('Ltd', 'GmbH',
'PJSC', 'DMCC', 'AG') of the organisation-type database of the `rigour` package.

rigour (ISO 20275 entity legal forms, OCCRP's list and Wikipedia's types of business entity) comes
with followthemoney (the `ftm` and `dev` extras); the extractor reads the written list only, so it
needs neither at run time.  rigour offers no listing of its forms, so every string of two to
`--max-len` letters is asked whether it is one whole form; each found form is written in rigour's
display spelling.  Deterministic for a given rigour version: re-run it after upgrading rigour.

    python scripts/build_legal_forms.py [--max-len 5] [--out PATH]
"""

from __future__ import annotations

import argparse
import itertools
import string
from pathlib import Path

from rigour.names.org_types import extract_org_types, replace_org_types_display

OUT = Path(__file__).resolve().parent.parent / "sources" / "rules" / "context" / "legal_forms.txt"
HEADER = """# Company legal forms of one word, lower case, one a line: "ltd", "gmbh", "pjsc", "dmcc", "ag".
# Built by scripts/build_legal_forms.py from the organisation-type database of the rigour package
# (rigour {version}); do not edit by hand: a form news prose uses otherwise goes in
# not_legal_forms.txt. Read by osint_graph/nlp/legal_forms.py.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-len", type=int, default=5, help="longest form to look for, in letters")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    from importlib.metadata import version

    forms = one_word_forms(args.max_len)
    shown = {f: replace_org_types_display("Kestrel " + f).split()[-1] for f in forms}
    lines = [HEADER.format(version=version("rigour"))] + [f"{f}\n" for f in forms]
    args.out.write_text("".join(lines), encoding="utf-8")
    print(f"{len(forms)} forms -> {args.out}: " + ", ".join(shown[f] for f in forms))


if __name__ == "__main__":
    main()
