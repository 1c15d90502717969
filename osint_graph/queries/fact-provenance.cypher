// From a vessel's port call to every claim that states it: quote, sentence, article, outlet and attribution chain.
// param vessel: the vessel's name or alias, e.g. "Lady R"
// param port: the port's name or alias, e.g. "Rajin"
// param date = "": the call's date (YYYY-MM-DD); empty for every date
// key vessel
// key port
// param limit = 1000: the most rows returned, the first in the order below
MATCH (:NameKey {id: $vessel_key})-[:KEY_OF]->(v:Vessel)<-[:INVOLVES]-(pc:PortCall)-[:AT_PORT]->(p:Port)
      <-[:KEY_OF]-(:NameKey {id: $port_key})
WHERE $date = "" OR pc.date = $date
OPTIONAL MATCH (pc)-[:SUPPORTED_BY]->(c:Claim)
OPTIONAL MATCH (c)-[:DERIVED_FROM]->(a:Article)
WITH v, p, pc, c, a WHERE a IS NOT NULL
RETURN v.name AS vessel, p.name AS port, pc.date AS date, c.text AS quote, c.sentence AS sentence,
       c.attribution AS attribution, c.origin AS origin, a.title AS article, a.outlet AS outlet,
       a.published AS published
ORDER BY published, article, quote
LIMIT $limit
