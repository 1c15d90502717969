// Every mention of an entity with its exact sentence, offsets and article.
// param name: the entity's name or alias, e.g. "Maya-1"
WITH toLower($name) AS want_name
MATCH (m:Mention)-[:REFERS_TO]->(e)
WHERE toLower(e.name) = want_name OR any(x IN e.aliases WHERE toLower(x) = want_name)
MATCH (m)-[:DERIVED_FROM]->(a:Article)
RETURN e.name AS entity, m.text AS text, m.startOffset AS startOffset, m.endOffset AS endOffset, m.sentence AS sentence,
       a.title AS article, a.outlet AS outlet, a.published AS published
ORDER BY published, article, startOffset
