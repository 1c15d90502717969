// Entity resolution: the SAME_AS links written by the cross-check (a name merged into a canonical entity of the
// same label, with the rule and score); delete an edge to undo a merge.
// param rule = "": only this rule (normalised or fuzzy); empty for every rule
// param limit = 1000: the most rows returned, the first in the order below
MATCH (a)-[r:SAME_AS]->(b)
WHERE $rule = "" OR r.rule = $rule
RETURN a.name AS name, a.id AS id, b.name AS canonical, b.id AS canonicalId, r.rule AS rule, r.score AS score
ORDER BY score, name, id
LIMIT $limit
