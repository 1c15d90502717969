// Propositions from the cross-check (run `osint-graph corroborate` first), best graded first: Admiralty grade
// (1 confirmed ... 6 cannot be judged), independent origins, outlets, circular reporting, first and last reported.
// param grade = 0: only this grade (1-6); 0 for every grade
// param limit = 1000: the most rows returned, the first in the order below
MATCH (p:Proposition)-[:GROUPS]->(c:Claim)-[:DERIVED_FROM]->(a:Article)
WHERE $grade = 0 OR p.grade = $grade
RETURN p.grade AS grade, p.statement AS statement, p.kind AS kind, p.independentOrigins AS independentOrigins,
       p.outlets AS outlets, p.circular AS circular, count(DISTINCT c) AS claims,
       collect(DISTINCT coalesce(a.outlet, "(no outlet)")) AS outletNames, p.firstReported AS firstReported,
       p.lastReported AS lastReported, p.id AS id
ORDER BY grade, independentOrigins DESC, claims DESC, statement, id
LIMIT $limit
