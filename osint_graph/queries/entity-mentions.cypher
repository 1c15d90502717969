// Every mention of an entity with its exact sentence, offsets and article.
// param name: the entity's name or alias, e.g. "Maya-1"
// key name
// param limit = 1000: the most rows returned, the first in the order below
MATCH (:NameKey {id: $name_key})-[:KEY_OF]->(e)
MATCH (m:Mention)-[:REFERS_TO]->(e)
MATCH (m)-[:DERIVED_FROM]->(a:Article)
RETURN e.name AS entity, m.text AS text, m.startOffset AS startOffset, m.endOffset AS endOffset, m.sentence AS sentence,
       a.title AS article, a.outlet AS outlet, a.published AS published
ORDER BY published, article, startOffset
LIMIT $limit
