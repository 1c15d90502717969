// Entities mentioned in the same articles as a given entity, by number of shared articles.
// param name: the entity's name or alias, e.g. "Rajin"
// key name
// param limit = 50: the most rows returned, the first in the order below
MATCH (:NameKey {id: $name_key})-[:KEY_OF]->(x)
MATCH (m:Mention)-[:REFERS_TO]->(x)
MATCH (m)-[:DERIVED_FROM]->(a:Article)
// each article once before its mentions are read: an entity named 30 times in one article
// would otherwise read that article's mentions 30 times
WITH DISTINCT x, a
MATCH (a)<-[:DERIVED_FROM]-(m2:Mention)-[:REFERS_TO]->(other)
WHERE other.id <> x.id
RETURN other.id AS id, other.name AS entity, count(DISTINCT a) AS articles
ORDER BY articles DESC, entity
LIMIT $limit
