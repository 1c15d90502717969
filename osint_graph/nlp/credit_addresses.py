"""Credit lines naming the outlet whose story a page carries by its site's address.

Aggregators and blogs credit their copy with the address of the site they took it from, not with the
outlet's name: "Source: harbourwire.com", "source: nordic-daily.net by Ola Berg" (the writer after "by"
is that site's own), on a line of its own at the top or the end of the page. The labels are data,
`sources/rules/attribution/address_credit_labels.txt`; the line's shape (a label, a colon, a bare host
without a path, perhaps "by" and a name) is read here. The address names the registry outlet whose site
it is (`Gazetteer.outlet_of_host`: "abc.net.au" -> ABC News (Australia)); a site the registry does not
list is the outlet as written, unless it is a platform (`attribution/platforms.txt`: "twitter.com") or the
page's own site. nlp/repost.py puts the outlet at the head of the chains as for any other credit line.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from osint_graph.nlp.rules import word_list, words

LABELS = "|".join(re.escape(w) for w in word_list("attribution/address_credit_labels"))
PLATFORMS = words("attribution/platforms")
HOST = r"(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,12}"
ADDRESS_CREDIT = re.compile(
    r"^[ \t]*\(?[ \t]*(?i:" + LABELS + r")[ \t]*:[ \t]*(?P<host>" + HOST + r")/?"
    r"(?:[ \t]+(?i:by)[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})?[ \t]*\)?\.?[ \t]*$",
    re.M | re.I,
)


def _squeezed(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def credited_hosts(text: str) -> list[str]:
    """The site addresses the page's address credit lines name, in page order ('harbourwire.com')."""
    return [m.group("host").lower() for m in ADDRESS_CREDIT.finditer(text)]


def site_name(host: str) -> str:
    """'www.harbourwire.com' -> 'harbourwire' (the site's name before its domain ending)."""
    host = host[4:] if host.startswith("www.") else host
    return host.split(".")[0]


def address_outlets(text: str, own: set[str], by_host: Callable[[str], str | None]) -> list[str]:
    """The outlet names the page's address credits give: the registry outlet of each host (`by_host`),
    else the host as written; a platform and the page's own site (`own`: its outlet's normalised
    names, compared without spaces or punctuation) are left out."""
    own_sites = {_squeezed(name) for name in own}
    found = []
    for host in credited_hosts(text):
        site = site_name(host)
        if site in PLATFORMS or _squeezed(site) in own_sites:
            continue
        found.append(by_host(host) or host)
    return found
