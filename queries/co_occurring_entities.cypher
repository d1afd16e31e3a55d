// Which entities co-occur most, i.e. appear together in the most papers?
// Reads the counts kg derives whenever it writes the graph to a Cypher store (`kg load`,
// graph.cypher, `kg export neo4j-csv`): one :CoOccurrence node per pair, for the top 10,000
// pairs, ranked by papers, then the two names (kg/co_occurrence.py). Counting the pairs here
// instead did not finish in 5 s on the 175,745-paper corpus; this answers in milliseconds.
// params: {"limit": 15}
MATCH (c:CoOccurrence)
WHERE c.rank <= $limit
RETURN c.entity_a AS entity_a, c.kind_a AS kind_a, c.entity_b AS entity_b, c.kind_b AS kind_b, c.papers AS papers
ORDER BY c.rank
