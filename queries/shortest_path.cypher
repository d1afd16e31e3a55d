// How are two entities connected? The shortest chain (up to 4 steps, either direction) between them.
// Portable Cypher; in Neo4j alone, MATCH p = shortestPath((a)-[*..4]-(b)) RETURN p does the same.
// params: {"from": "SmoothQuant", "to": "MMLU"}
MATCH path = (a)-[*1..4]-(b)
WHERE a.name = $from AND b.name = $to
RETURN length(path) AS hops, [n IN nodes(path) | n.name] AS through, [r IN relationships(path) | type(r)] AS via, path
ORDER BY hops
LIMIT 1
