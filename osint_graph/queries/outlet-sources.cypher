// The sources an outlet cites in its articles, with how many claims cite each.
// param outlet: the outlet's name, e.g. "Reuters"
WITH toLower($outlet) AS want_outlet
MATCH (a:Article)-[:PUBLISHED_BY]->(o:Outlet)
WHERE toLower(o.name) = want_outlet OR any(x IN o.aliases WHERE toLower(x) = want_outlet)
MATCH (c:Claim)-[:DERIVED_FROM]->(a)
MATCH (c)-[r:ATTRIBUTED_TO]->(s)
RETURN s.name AS source, r.position AS position, count(DISTINCT c) AS claims
ORDER BY claims DESC, source, position
