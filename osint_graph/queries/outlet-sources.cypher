// The sources an outlet cites in its articles, with how many claims cite each.
// param outlet: the outlet's name or alias, e.g. "Reuters"
// key outlet
// param limit = 1000: the most rows returned, the first in the order below
MATCH (:NameKey {id: $outlet_key})-[:KEY_OF]->(o:Outlet)
OPTIONAL MATCH (o)<-[:PUBLISHED_BY]-(a:Article)
OPTIONAL MATCH (a)<-[:DERIVED_FROM]-(c:Claim)
OPTIONAL MATCH (c)-[r:ATTRIBUTED_TO]->(s)
WITH s, r, c WHERE r IS NOT NULL
RETURN s.name AS source, r.position AS position, count(DISTINCT c) AS claims
ORDER BY claims DESC, source, position
LIMIT $limit
