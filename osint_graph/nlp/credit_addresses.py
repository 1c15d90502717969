"""Credit lines naming the outlet whose story a page carries by its site's address.

Aggregators and blogs credit their copy with the address of the site they took it from, not with the
outlet's name: "Source: harbourwire.com", "source: nordic-daily.net by Ola Berg" (the writer after "by"
is that site's own), on a line of its own at the top or the end of the page. The labels are data,
`sources/rules/attribution/address_credit_labels.txt`; the line's shape (a label, a colon, a bare host
without a path, perhaps "by" and a name) is read here. The address names the registry outlet whose site
it is (`Gazetteer.outlet_of_host`: "abc.net.au" -> ABC News (Australia)); a site the registry does not
list is the outlet as written, unless it is a platform (`attribution/platforms.txt`: "twitter.com") or the
page's own site. nlp/repost.py resolves the hosts (`_host_outlet`) and puts the outlet at the head of the
chains as for any other credit line.

The credit may be a full link to the story the page took ("Source: https://www.harbourwire.com/news/
tanker-held.html", thirty-first round, outlet31): the site is the credit, its path the article. A link
may also point at a body's own press release ("Source: https://www.karsk-navy.gov/releases/..."), so a
linked site counts only when the registry lists it as an outlet (`credited_sites(..., linked=True)`; nlp/repost.py).
"""

from __future__ import annotations

import re

from osint_graph.nlp.rules import word_list, words

LABELS = "|".join(re.escape(w) for w in word_list("attribution/address_credit_labels"))
PLATFORMS = words("attribution/platforms")
HOST = r"(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,12}"
ADDRESS_CREDIT = re.compile(
    r"^[ \t]*\(?[ \t]*(?i:" + LABELS + r")[ \t]*:[ \t]*(?:https?://)?(?P<host>" + HOST + r")(?P<path>/[^\s()]*)?"
    r"(?:[ \t]+(?i:by)[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})?[ \t]*\)?\.?[ \t]*$",
    re.M | re.I,
)


def _squeezed(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def credited_hosts(text: str, linked: bool = False) -> list[str]:
    """The site addresses the page's address credit lines name, in page order ('harbourwire.com'): bare
    hosts, or with `linked` the hosts of full links to an article ('https://harbourwire.com/news/x.html')."""
    found = ADDRESS_CREDIT.finditer(text)
    return [m.group("host").lower() for m in found if bool(m.group("path") and m.group("path") != "/") == linked]


def site_name(host: str) -> str:
    """'www.harbourwire.com' -> 'harbourwire' (the site's name before its domain ending)."""
    host = host[4:] if host.startswith("www.") else host
    return host.split(".")[0]


def credited_sites(text: str, own: set[str], linked: bool = False) -> list[str]:
    """The hosts the page's address credits name, less a platform's and the page's own site (`own`: its
    outlet's normalised names, compared without spaces or punctuation); `linked`: of full links instead."""
    own_sites = {_squeezed(name) for name in own}
    return [
        host
        for host in credited_hosts(text, linked)
        if (site := site_name(host)) not in PLATFORMS and _squeezed(site) not in own_sites
    ]
