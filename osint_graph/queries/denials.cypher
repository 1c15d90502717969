// Denials and accusations, with who makes them, when and where they were reported.
// param limit = 1000: the most rows returned, the first in the order below
MATCH (c:Claim)-[:DERIVED_FROM]->(a:Article)
WHERE c.kind IN ["denial", "accusation"] OR c.stance = "denial"
RETURN c.kind AS kind, c.text AS claim, c.attribution AS attribution, a.outlet AS outlet, a.published AS published
ORDER BY published, kind, claim
LIMIT $limit
