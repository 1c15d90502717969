// Articles by outlet and date (all outlets when outlet is empty).
// param outlet = "": the outlet's name; empty for every outlet
// param limit = 1000: the most rows returned, the first in the order below
MATCH (a:Article)
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Outlet)
WITH a, coalesce(o.name, a.outlet, "(unknown)") AS outlet
WHERE $outlet = "" OR toLower(outlet) = toLower($outlet)
RETURN outlet, a.published AS published, a.title AS title, a.id AS id
ORDER BY outlet, published, title
LIMIT $limit
