// The sources an outlet cites in its articles, with how many claims cite each.
// param outlet: the outlet's name, e.g. "Reuters"
// key outlet
MATCH (:NameKey {id: $outlet_key})-[:KEY_OF]->(o:Outlet)
MATCH (a:Article)-[:PUBLISHED_BY]->(o)
MATCH (c:Claim)-[:DERIVED_FROM]->(a)
MATCH (c)-[r:ATTRIBUTED_TO]->(s)
RETURN s.name AS source, r.position AS position, count(DISTINCT c) AS claims
ORDER BY claims DESC, source, position
