// Every claim about an entity (matched by name or alias, any case), with its article, outlet and attribution chain.
// param name: the entity's name or alias, e.g. "Lady R"
// key name
// param limit = 1000: the most rows returned, the first in the order below
MATCH (:NameKey {id: $name_key})-[:KEY_OF]->(e)
MATCH (c:Claim)-[:CONCERNS]->(e)
MATCH (c)-[:DERIVED_FROM]->(a:Article)
RETURN DISTINCT c.text AS claim, c.kind AS kind, c.attribution AS attribution, c.origin AS origin,
       c.hedged AS hedged, a.outlet AS outlet, a.published AS published, a.title AS article
ORDER BY published, claim
LIMIT $limit
