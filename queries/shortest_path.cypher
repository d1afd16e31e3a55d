// How are two entities connected? The shortest chain (up to 4 steps, either direction) between them.
// A name can be on several nodes ("BERT" a Model and, in a few papers, a Task): the chain starts and
// ends at the most connected node of each name. Each length is one pattern with LIMIT 1, searched
// from the less connected end, and the shortest wins: on 175,745 papers allShortestPaths enumerated
// every shortest path between every pair of same-named nodes (BERT → speech recognition 90 s);
// this takes 0.3 s. Neo4j's undirected shortestPath would do, but FalkorDB has only the directed one.
// params: {"from": "SmoothQuant", "to": "MMLU"}
MATCH (a) WHERE a.name = $from
OPTIONAL MATCH (a)--(n)
WITH a, count(n) AS a_degree ORDER BY a_degree DESC, a.key LIMIT 1
MATCH (b) WHERE b.name = $to AND b <> a
OPTIONAL MATCH (b)--(n)
WITH a, a_degree, b, count(n) AS b_degree ORDER BY b_degree DESC, b.key LIMIT 1
WITH a_degree > b_degree AS reversed, CASE WHEN a_degree > b_degree THEN b ELSE a END AS s, CASE WHEN a_degree > b_degree THEN a ELSE b END AS t
CALL {
  WITH s, t MATCH path = (s)--(t) RETURN path LIMIT 1
  UNION
  WITH s, t MATCH path = (s)--()--(t) RETURN path LIMIT 1
  UNION
  WITH s, t MATCH path = (s)--()--()--(t) RETURN path LIMIT 1
  UNION
  WITH s, t MATCH path = (s)--()--()--()--(t) RETURN path LIMIT 1
}
WITH reversed, path, [n IN nodes(path) | n.name] AS names, [r IN relationships(path) | type(r)] AS types
RETURN length(path) AS hops, CASE WHEN reversed THEN reverse(names) ELSE names END AS through,
       CASE WHEN reversed THEN reverse(types) ELSE types END AS via, path
ORDER BY hops
LIMIT 1
