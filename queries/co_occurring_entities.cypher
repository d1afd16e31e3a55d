// Which entities co-occur most, i.e. appear together in the most papers?
// params: {"limit": 15}
MATCH (a)<--(paper:Paper)-->(b)
WHERE a.key < b.key
RETURN a.name AS entity_a, labels(a)[0] AS kind_a, b.name AS entity_b, labels(b)[0] AS kind_b,
       count(DISTINCT paper) AS papers
ORDER BY papers DESC, entity_a, entity_b
LIMIT $limit
