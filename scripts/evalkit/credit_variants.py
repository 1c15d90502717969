"""Layout variants of a page's top credit line: the layouts real pages use that dev may not hold.

The repost rules read an outlet credited on a short line among the top lines of a page ("Wirewatch |
June 3, 2025", "By WIREWATCH", "Source: Wirewatch"); dev holds a dozen such lines, test others. This
module rewrites one page's credit line in many layouts, keeping the body, so that the extractor can
be run on each (scripts/credit_variants.py) and its chain heads scored by layout family:

- `order`: the outlet before or after the date;
- `date`: the date in CLDR's forms (babel `format_date` short/medium/long/full, en and en_GB), ISO,
  "01.12.2026", "1 December 2026 10:32 GMT", a relative "2 hours ago";
- `stamp`: "Updated: <date>", "Published: <date> | Last updated: <date>";
- `separator`: "|", "-", "–", "•", "/", ",", a tab, two spaces, a line break between outlet and date;
- `label`: "Source:", "By", "From", "Agency:", "Credit:", "— " before the outlet;
- `spelling`: the agency's name written several ways (REUTERS, Thomson Reuters, AFP, Agence
  France-Presse, ...), and other agencies in its place (`swap`);
- `position`: the line first, second or third among the top lines (after the headline, after a
  section name, after a long standfirst);
- `dateline`: the agency in a dateline's brackets or beside a place ("LONDON, Dec 1 (X)", "X, London |
  Dec 1, 2026");
- `desk`: the page's own desk beside the wire ("<page> Staff and X", "By <page> with X");
- `negative`: lines that must NOT make a chain head: a headline naming an outlet, "<Outlet> reported on
  Monday that ..." as the first body sentence, a "Related: ..." line, the page's own masthead with a
  date, a section name with a date, a country's code after the time ("..., 10:32, UK").

A variant is the new text and an offset map (old offset -> new offset, None inside what was
rewritten), so that the gold claims can be moved onto it and scored as `evalkit.scoring` scores them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from babel.dates import format_date

DAY = dt.datetime(2026, 12, 1, 10, 32)
# the ways pages write an agency's name, by the registry's name for it
SPELLINGS = {
    "Reuters": ("Reuters", "REUTERS", "Thomson Reuters"),
    "Associated Press": ("AP", "The Associated Press", "Associated Press"),
    "Agence France-Presse": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "Press Trust of India": ("PTI", "Press Trust of India"),
    "Asian News International": ("ANI", "Asian News International"),
    "Bloomberg": ("Bloomberg", "BLOOMBERG", "Bloomberg News"),
    "The Canadian Press": ("The Canadian Press", "Canadian Press"),
}
# other agencies written in the credited one's place: the head must follow the line
SWAPS = ("Xinhua", "Yonhap", "IANS", "Bernama", "Anadolu Agency", "dpa", "AFP", "Reuters", "ANI", "PTI")
SECTION = "World News"
# a long standfirst between the headline and the credit line (no entity, no claim of its own)
DECK = (
    "Analysts say the incident raises new questions about the safety of shipping in the region, where "
    "traffic has grown over the past year, and insurers are watching closely as crews, owners and port "
    "operators weigh what comes next for the route and for the trade that depends on it, from grain and "
    "fuel to containers and cars, while governments consider whether escorts, new rules or talks can keep "
    "the lanes open through the winter months ahead and what the costs of each would be for everyone."
)


def dates() -> dict[str, str]:
    """name -> the date written in that form."""
    out = {f"cldr_{w}": format_date(DAY, w, locale="en") for w in ("short", "medium", "long", "full")}
    out |= {f"cldr_gb_{w}": format_date(DAY, w, locale="en_GB") for w in ("medium", "long", "full")}
    out |= {
        "iso": DAY.date().isoformat(),
        "dotted": DAY.strftime("%d.%m.%Y"),
        "dotted_time": DAY.strftime("%d.%m.%y, %H:%M"),
        "dated_time_zone": "1 December 2026 10:32 GMT",
        "us_time": "Dec 1, 2026 10:32 AM EST",
        "iso_stamp": "2026-12-01T10:32:00+00:00",
        "relative": "2 hours ago",
        "weekday_short": "Tue, Dec 1, 2026",
    }
    return out


@dataclass
class Variant:
    """One rewritten page: `family` and `name` say what was varied; `outlet` is the name the new line
    credits (None: a negative variant, whose `avoid` outlet must not head a chain)."""

    family: str
    name: str
    text: str
    offsets: list[tuple[int, int, int]] = field(default_factory=list)  # (old start, old end, new start)
    outlet: str | None = None
    avoid: str | None = None

    def moved(self, start: int, end: int) -> tuple[int, int] | None:
        """The span old start..end in the new text, or None when it was rewritten."""
        for old_s, old_e, new_s in self.offsets:
            if old_s <= start and end <= old_e:
                return new_s + start - old_s, new_s + end - old_s
        return None


def credit_line(outlet: str, date: str, sep: str = " | ", label: str = "", outlet_first: bool = True) -> str:
    """A credit line: the label and outlet, the separator and the date, in either order."""
    name = f"{label}{outlet}"
    return f"{name}{sep}{date}" if outlet_first else f"{date}{sep}{name}"


def rebuild(text: str, line: tuple[int, int], new_lines: list[str], after: int | None = None) -> tuple[str, list]:
    """The text without the line `line` (start, end), `new_lines` set on lines of their own after the
    line ending at `after` (None: where the old line was; -1: before the first line); returns the new
    text and its offset map."""
    start, end = line
    cut_end = end + 1 if text[end : end + 1] == "\n" else end  # the line and its break
    pieces: list[tuple[int, int] | str] = []
    block = "\n".join(new_lines)
    if after is None:
        pieces = [(0, start), block + ("\n" if cut_end > end else ""), (cut_end, len(text))]
    elif after == -1:
        pieces = [block + "\n", (0, start), (cut_end, len(text))]
    elif after < start:
        pieces = [(0, after), "\n" + block, (after, start), (cut_end, len(text))]
    else:
        pieces = [(0, start), (cut_end, after), "\n" + block, (after, len(text))]
    out, offsets, pos = [], [], 0
    for piece in pieces:
        if isinstance(piece, str):
            out.append(piece)
            pos += len(piece)
            continue
        s, e = piece
        if e > s:
            offsets.append((s, e, pos))
            out.append(text[s:e])
            pos += e - s
    return "".join(out), offsets


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for raw in text.split("\n"):
        if raw.strip():
            out.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    return out


def variants(text: str, line: tuple[int, int], outlet: str, own: str = "") -> list[Variant]:
    """The layout variants of the credit line `line` (start, end) of `text`, which credits `outlet` (the
    registry's name of the head outlet); `own`: the page's outlet (its masthead is a negative)."""
    lines = _lines(text)
    rank = next(i for i, (s, _e) in enumerate(lines) if s == line[0])
    spellings = SPELLINGS.get(outlet, (outlet, outlet.upper()))
    name = spellings[0]
    forms = dates()
    base_date = forms["cldr_long"]
    out: list[Variant] = []

    def add(family: str, label: str, new: list[str], credited: str | None = name, after=None, avoid=None):
        new_text, offsets = rebuild(text, line, new, after)
        out.append(Variant(family, label, new_text, offsets, credited, avoid))

    add("base", "outlet | long date", [credit_line(name, base_date)])
    add("base", "outlet alone", [name])
    for order in (True, False):
        add("order", "outlet first" if order else "date first", [credit_line(name, base_date, outlet_first=order)])
    for form, date in forms.items():
        add("date", form, [credit_line(name, date)])
        add("date", form + " (date first)", [credit_line(name, date, " | ", "", False)])
    add("stamp", "Updated:", [credit_line(name, "Updated: " + base_date)])
    add("stamp", "Published: | Last updated:", [f"{name} | Published: {base_date} | Last updated: {forms['us_time']}"])
    add("stamp", "date first, Updated", [f"Updated: {forms['dated_time_zone']} {name}"])
    for sep_name, sep in (
        ("bar", " | "),
        ("bar tight", "|"),
        ("hyphen", " - "),
        ("en dash", " – "),
        ("em dash", " — "),
        ("bullet", " • "),
        ("slash", " / "),
        ("comma", ", "),
        ("tab", "\t"),
        ("two spaces", "  "),
        ("space", " "),
    ):
        add("separator", sep_name, [credit_line(name, base_date, sep)])
        add("separator", sep_name + " (date first)", [credit_line(name, base_date, sep, "", False)])
    add("separator", "line break", [name, base_date])
    add("separator", "line break (date first)", [base_date, name])
    for label in ("Source: ", "SOURCE: ", "By ", "BY ", "From ", "Agency: ", "Credit: ", "— ", "Courtesy: "):
        add("label", label.strip(), [credit_line(name, base_date, " | ", label)])
        add("label", label.strip() + " alone", [label + name])
        add("label", label.strip() + " (date first)", [credit_line(name, forms["cldr_gb_long"], "  ", label, False)])
    for spelling in spellings[1:]:
        add("spelling", spelling, [credit_line(spelling, base_date)])
        add(
            "spelling", spelling + " (date first, By)", [credit_line(spelling, forms["cldr_medium"], " ", "By ", False)]
        )
    for swap in SWAPS:
        if swap != name:
            add("swap", swap, [credit_line(swap, base_date)], swap)
            add("swap", swap + " (label)", [credit_line(swap, forms["dated_time_zone"], " | ", "Source: ")], swap)
    for shape in (
        "LONDON, Dec 1 ({name})",
        "London, December 1 ({name}) -",
        "({name}) December 1, 2026",
        "Dec 1, 2026 ({name})",
        "London | December 1, 2026 ({name})",
        "{name}, London | Dec 1, 2026",
        "New Delhi | Dec 1, 2026 | {name}",
        "{name} | Kuala Lumpur | Updated: Dec 01, 2026 10:32 IST",
    ):
        add("dateline", shape.replace("{name}", "X"), [shape.format(name=name)])
    if own:
        for shape in ("{own} Staff and {name} | {date}", "By {own} with {name}", "{own} | {name} | {date}"):
            add("desk", shape.split("{date}")[0].strip(" |"), [shape.format(own=own, name=name, date=base_date)])
    add("desk", "Staff and X", [f"Staff and {name} | {base_date}"])
    first_end = lines[0][1] if rank > 0 else None
    add("position", "first line", [credit_line(name, base_date)], after=-1)
    if first_end is not None:
        add("position", "after headline", [credit_line(name, base_date)], after=first_end)
        add("position", "after headline and section", [SECTION, credit_line(name, base_date)], after=first_end)
        add("position", "after section", [SECTION + " | " + base_date, name], after=first_end)
        add("position", "after a long standfirst", [DECK, credit_line(name, base_date)], after=first_end)
        if len(lines) > 2 and lines[1][0] != line[0]:
            add("position", "third line", [credit_line(name, base_date)], after=lines[1][1])
    # negatives: none may put `avoid` at a chain's head
    for avoid in ("Reuters", "Xinhua"):
        add(
            "negative",
            f"headline naming {avoid}",
            [f"{avoid} poll shows shipping insurers raise war-risk rates"],
            None,
            -1,
            avoid,
        )
        add(
            "negative",
            f"{avoid} reported that (body)",
            [f"{avoid} reported on Monday that the talks had stalled."],
            None,
            None,
            avoid,
        )
        add(
            "negative",
            f"Related: {avoid}",
            [f"Related: {avoid} explains the strait's shipping lanes"],
            None,
            None,
            avoid,
        )
    if own:
        add("negative", "own masthead", [credit_line(own, base_date)], None, None, own)
    add("negative", "section with date", [credit_line(SECTION, base_date)], None, None, SECTION)
    add("negative", "country after the time", [f"{forms['cldr_gb_full']} 10:32, UK"], None, None, "United Kingdom")
    add("negative", "dropped", [], None, None, name)
    return out
