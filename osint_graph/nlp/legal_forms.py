"""Company legal forms ('Ltd', 'GmbH', 'PJSC', 'DMCC', 'AG') as data.

The forms are `sources/rules/context/legal_forms.txt`, written by scripts/build_legal_forms.py from
the organisation-type database of the `rigour` package (ISO 20275 entity legal forms, OCCRP's list
and others), not a hand list, so that a company written with any country's form is read as a
company: 'Serenity Ship Management DMCC', 'Kestrel Maritime JSC', 'Tarvik-Lloyd AG'.  A form is a
whole token written with a capital ('as' is a word), a two-letter form in capitals ('AG', 'SA';
'In', 'At', 'Yu' are words and names) or, when it leads one of the database's two-word forms, in
title case ('Co' of 'Co., Ltd.'); the few forms that are common words or abbreviations in
news prose are refused by `sources/rules/context/not_legal_forms.txt`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from osint_graph.nlp.rules import words

LEGAL_FORMS = words("context/legal_forms") - words("context/not_legal_forms")
# 'co' of 'Co Ltd', 'pte' of 'Pte. Ltd.': leading words of the database's two-word forms (written by the
# same script); a two-letter one counts in title case too ('Co', 'Co.' is no English word)
LEADING_FORMS = words("context/legal_form_leads") & LEGAL_FORMS


def is_legal_form(text: str) -> bool:
    """`text` (one token as written) is a company's legal form."""
    if not text[:1].isupper():
        return False
    if len(text.rstrip(".")) <= 2 and not text.isupper() and text.rstrip(".").lower() not in LEADING_FORMS:
        return False  # 'AG', 'SA', 'NV' in capitals; 'In', 'At', 'Yu' are words and names
    low = text.lower()
    return low in LEGAL_FORMS or (low.endswith(".") and low[:-1] in LEADING_FORMS)  # 'Co.', 'Pte.'


def legal_forms_end(doc: Doc, i: int) -> int:
    """The end of a run of legal forms from token i: 'Pte. Ltd.', 'PTE, Ltd.', 'Co., Ltd.' are one
    company's forms, inside its name (GUIDELINES "A company's legal suffix")."""
    k = i + 1
    while k < len(doc):
        j = k + (doc[k].text in (".", ","))
        if j < len(doc) and j - k <= 1 and is_legal_form(doc[j].text) and not doc[k - 1].is_space:
            k = j + 1
        else:
            break
    return k
