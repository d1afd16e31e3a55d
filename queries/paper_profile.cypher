// What does a paper propose, use, evaluate on, address and report? (Title match, case-insensitive.)
// params: {"title": "OPT: Open Pre-trained Transformer Language Models"}
MATCH (paper:Paper)
WHERE toLower(paper.name) CONTAINS toLower($title)
MATCH (paper)-[r]->(entity)
RETURN paper.name AS paper, type(r) AS relation, labels(entity)[0] AS kind, entity.name AS entity,
       r.confidence AS confidence
ORDER BY paper, relation, kind, entity
