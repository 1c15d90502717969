// Circular reporting: claims of propositions that rest on a single independent origin repeated by several outlets
// (run `osint-graph corroborate` first), with each claim's outlet, date and attribution chain.
// param min_outlets = 2: at least this many outlets repeating the one origin
// param limit = 1000: the most rows returned, the first in the order below
MATCH (p:Proposition)-[:GROUPS]->(c:Claim)-[:DERIVED_FROM]->(a:Article)
WHERE p.independentOrigins = 1 AND p.outlets >= $min_outlets
RETURN p.statement AS statement, p.outlets AS outlets, p.grade AS grade,
       coalesce(a.outlet, "(no outlet)") AS outlet, a.published AS published, c.attribution AS attribution,
       c.text AS claim, p.id AS id
ORDER BY outlets DESC, statement, published, outlet, claim
LIMIT $limit
