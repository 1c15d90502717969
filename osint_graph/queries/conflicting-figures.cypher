// Conflicting figures: pairs of claims of one proposition whose figures disagree on the same quantity and period
// (run `osint-graph corroborate` first), with the reason, both claims, their outlets and dates.
// param subject = "": a word of the proposition, e.g. "container"; empty for every proposition
// param limit = 1000: the most rows returned, the first in the order below
MATCH (p:Proposition)-[:GROUPS]->(c1:Claim)-[r:CONFLICTS_WITH]->(c2:Claim)<-[:GROUPS]-(p)
WHERE $subject = "" OR toLower(p.statement) CONTAINS toLower($subject)
MATCH (c1)-[:DERIVED_FROM]->(a1:Article), (c2)-[:DERIVED_FROM]->(a2:Article)
RETURN p.statement AS proposition, r.reason AS reason, c1.text AS claim, coalesce(a1.outlet, "(no outlet)") AS outlet,
       a1.published AS published, c2.text AS otherClaim, coalesce(a2.outlet, "(no outlet)") AS otherOutlet,
       a2.published AS otherPublished
ORDER BY proposition, published, otherPublished, claim, otherClaim
LIMIT $limit
