// Figures reported on a subject (a counted unit such as "container", or a word of the figure), by source and date.
// param subject: a unit or word, e.g. "container" or "shell"
// param limit = 1000: the most rows returned, the first in the order below
MATCH (f:Figure)-[:DERIVED_FROM]->(a:Article)
WHERE toLower(f.unit) = toLower($subject) OR toLower(f.text) CONTAINS toLower($subject)
// the first figures before their claims are looked up (a figure has a row per claim: LIMIT again below)
WITH f, a ORDER BY a.published, f.value, f.text LIMIT $limit
OPTIONAL MATCH (c:Claim)-[:HAS_FIGURE]->(f)
RETURN f.text AS figure, f.value AS value, f.unit AS unit, f.qualifier AS qualifier, c.date AS refersTo,
       c.origin AS origin, c.attribution AS attribution, a.outlet AS outlet, a.published AS published
ORDER BY published, value, figure
LIMIT $limit
