// Entities whose name or aliases hold every word of the search, from the FULLTEXT index over names and aliases.
// param terms: words of a name or alias, e.g. "lady r"
// search terms
// param limit = 1000: the most rows returned, the first in the order below
CALL db.index.fulltext.queryNodes('osint_entity_names', $lucene) YIELD node
WITH node AS n WHERE n:Entity
UNWIND [x IN labels(n) WHERE x <> 'Entity'] AS type
RETURN n.name AS name, type, n.id AS id, n.aliases AS aliases
ORDER BY name, id
LIMIT $limit
