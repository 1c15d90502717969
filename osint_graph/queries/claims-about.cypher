// Every claim about an entity (matched by name or alias, any case), with its article, outlet and attribution chain.
// param name: the entity's name or alias, e.g. "Lady R"
WITH toLower($name) AS want_name
MATCH (c:Claim)-[:CONCERNS]->(e)
WHERE toLower(e.name) = want_name OR any(x IN e.aliases WHERE toLower(x) = want_name)
MATCH (c)-[:DERIVED_FROM]->(a:Article)
RETURN DISTINCT c.text AS claim, c.kind AS kind, c.attribution AS attribution, c.origin AS origin,
       c.hedged AS hedged, a.outlet AS outlet, a.published AS published, a.title AS article
ORDER BY published, claim
