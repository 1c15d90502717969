// A vessel's port calls by date, with how many claims (and articles) state each.
// param vessel: the vessel's name or alias, e.g. "Lady R"
// key vessel
// param limit = 1000: the most rows returned, the first in the order below
MATCH (:NameKey {id: $vessel_key})-[:KEY_OF]->(v:Vessel)
MATCH (pc:PortCall)-[:INVOLVES]->(v), (pc)-[:AT_PORT]->(p:Port)
MATCH (pc)-[:SUPPORTED_BY]->(c:Claim)-[:DERIVED_FROM]->(a:Article)
RETURN v.name AS vessel, p.name AS port, pc.date AS date, count(DISTINCT c) AS claims,
       count(DISTINCT a) AS articles
ORDER BY date, port
LIMIT $limit
