// How are two entities connected? The shortest chain (up to 4 steps, either direction) between them.
// allShortestPaths searches breadth-first from the two named nodes, so a node with thousands of
// edges costs milliseconds (enumerating every path of up to 4 steps from BERT did not finish in
// 5 s on 20,000 papers). Neo4j and FalkorDB both accept this form: FalkorDB wants both ends bound
// first (WITH a, b) and allows shortestPath only in RETURN and only directed, so allShortestPaths
// with LIMIT 1; a <> b because Neo4j refuses a shortest path from a node to itself.
// params: {"from": "SmoothQuant", "to": "MMLU"}
MATCH (a) WHERE a.name = $from
MATCH (b) WHERE b.name = $to AND a <> b
WITH a, b
MATCH path = allShortestPaths((a)-[*..4]-(b))
RETURN length(path) AS hops, [n IN nodes(path) | n.name] AS through, [r IN relationships(path) | type(r)] AS via, path
ORDER BY hops
LIMIT 1
