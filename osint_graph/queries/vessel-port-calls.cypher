// A vessel's port calls by date, with how many claims (and articles) state each.
// param vessel: the vessel's name or alias, e.g. "Lady R"
WITH toLower($vessel) AS want_vessel
MATCH (pc:PortCall)-[:INVOLVES]->(v:Vessel), (pc)-[:AT_PORT]->(p:Port)
WHERE toLower(v.name) = want_vessel OR any(x IN v.aliases WHERE toLower(x) = want_vessel)
MATCH (pc)-[:SUPPORTED_BY]->(c:Claim)-[:DERIVED_FROM]->(a:Article)
RETURN v.name AS vessel, p.name AS port, pc.date AS date, count(DISTINCT c) AS claims,
       count(DISTINCT a) AS articles
ORDER BY date, port
