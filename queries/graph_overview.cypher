// What is in the graph? Nodes per label and relationships per type, with examples.
// params: {}
MATCH (n)
WITH labels(n)[0] AS label, count(*) AS count, collect(n.name)[0..3] AS examples
RETURN 'node' AS kind, label AS name, count, examples
UNION ALL
MATCH (a)-[r]->(b)
WITH type(r) AS type, count(*) AS count, collect(a.name + ' -> ' + b.name)[0..2] AS examples
RETURN 'relationship' AS kind, type AS name, count, examples
