// Entities whose name or aliases hold every word of the search (any case, punctuation ignored), with their type and aliases.
// On Neo4j the FULLTEXT index osint_entity_names answers (find.neo4j.cypher); here the nameKeys property.
// param terms: words of a name or alias, e.g. "lady r"
// search terms
// param limit = 1000: the most rows returned, the first in the order below
MATCH (n:Outlet:Organization:Person:Country:Location:Port:Vessel:Weapon)
WHERE list_has_all(n.nameKeys, $words)
RETURN n.name AS name, label(n) AS type, n.id AS id, n.aliases AS aliases
ORDER BY name, id
LIMIT $limit
