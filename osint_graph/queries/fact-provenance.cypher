// From a vessel's port call to every claim that states it: quote, sentence, article, outlet and attribution chain.
// param vessel: the vessel's name or alias, e.g. "Lady R"
// param port: the port's name or alias, e.g. "Rajin"
// param date = "": the call's date (YYYY-MM-DD); empty for every date
WITH toLower($port) AS want_port, toLower($vessel) AS want_vessel
MATCH (pc:PortCall)-[:INVOLVES]->(v:Vessel), (pc)-[:AT_PORT]->(p:Port)
WHERE (toLower(v.name) = want_vessel OR any(x IN v.aliases WHERE toLower(x) = want_vessel))
  AND (toLower(p.name) = want_port OR any(x IN p.aliases WHERE toLower(x) = want_port))
  AND ($date = "" OR pc.date = $date)
MATCH (pc)-[:SUPPORTED_BY]->(c:Claim)-[:DERIVED_FROM]->(a:Article)
RETURN v.name AS vessel, p.name AS port, pc.date AS date, c.text AS quote, c.sentence AS sentence,
       c.attribution AS attribution, c.origin AS origin, a.title AS article, a.outlet AS outlet,
       a.published AS published
ORDER BY published, article, quote
