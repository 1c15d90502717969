// Origins of attributed claims and how many outlets repeat each: one origin echoed by many outlets is circular reporting.
// param limit = 1000: the most rows returned, the first in the order below
MATCH (c:Claim)-[:DERIVED_FROM]->(a:Article)
WHERE size(c.attribution) > 0
RETURN c.origin AS origin, count(DISTINCT coalesce(a.outlet, a.id)) AS outlets, count(DISTINCT c) AS claims,
       collect(DISTINCT a.outlet) AS outletNames
ORDER BY outlets DESC, claims DESC, origin
LIMIT $limit
