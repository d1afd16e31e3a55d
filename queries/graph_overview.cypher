// What is in the graph? Nodes per label and relationships per type, with examples.
// One branch per relationship type of SCHEMA.md, each counted from a labelled end and given
// its two examples by a scan that stops there: grouping every relationship by type(r) took
// 2 s, and collecting an example for every one 3.6 s, at 175,745 papers (now 1.5 s in all).
// Nodes are counted per label of SCHEMA.md (grouping all 517,323 nodes by label and collecting
// their names took 0.95 s of it); the derived :CoOccurrence nodes (kg/co_occurrence.py) are not
// part of the graph.
// params: {}
MATCH (n:Paper) WITH count(n) AS count WHERE count > 0
MATCH (n:Paper) WITH count, n LIMIT 3
RETURN 'node' AS kind, 'Paper' AS name, count, collect(n.name) AS examples
UNION ALL
MATCH (n:Model) WITH count(n) AS count WHERE count > 0
MATCH (n:Model) WITH count, n LIMIT 3
RETURN 'node' AS kind, 'Model' AS name, count, collect(n.name) AS examples
UNION ALL
MATCH (n:Method) WITH count(n) AS count WHERE count > 0
MATCH (n:Method) WITH count, n LIMIT 3
RETURN 'node' AS kind, 'Method' AS name, count, collect(n.name) AS examples
UNION ALL
MATCH (n:Dataset) WITH count(n) AS count WHERE count > 0
MATCH (n:Dataset) WITH count, n LIMIT 3
RETURN 'node' AS kind, 'Dataset' AS name, count, collect(n.name) AS examples
UNION ALL
MATCH (n:Benchmark) WITH count(n) AS count WHERE count > 0
MATCH (n:Benchmark) WITH count, n LIMIT 3
RETURN 'node' AS kind, 'Benchmark' AS name, count, collect(n.name) AS examples
UNION ALL
MATCH (n:Task) WITH count(n) AS count WHERE count > 0
MATCH (n:Task) WITH count, n LIMIT 3
RETURN 'node' AS kind, 'Task' AS name, count, collect(n.name) AS examples
UNION ALL
MATCH (n:Metric) WITH count(n) AS count WHERE count > 0
MATCH (n:Metric) WITH count, n LIMIT 3
RETURN 'node' AS kind, 'Metric' AS name, count, collect(n.name) AS examples
UNION ALL
MATCH (n:Result) WITH count(n) AS count WHERE count > 0
MATCH (n:Result) WITH count, n LIMIT 3
RETURN 'node' AS kind, 'Result' AS name, count, collect(n.name) AS examples
UNION ALL
MATCH (a:Paper)-[r:PROPOSES]->(b) WITH count(r) AS count WHERE count > 0
MATCH (a:Paper)-[:PROPOSES]->(b) WITH count, a, b LIMIT 2
RETURN 'relationship' AS kind, 'PROPOSES' AS name, count, collect(a.name + ' -> ' + b.name) AS examples
UNION ALL
MATCH (a:Paper)-[r:USES]->(b) WITH count(r) AS count WHERE count > 0
MATCH (a:Paper)-[:USES]->(b) WITH count, a, b LIMIT 2
RETURN 'relationship' AS kind, 'USES' AS name, count, collect(a.name + ' -> ' + b.name) AS examples
UNION ALL
MATCH (a:Paper)-[r:EVALUATES_ON]->(b) WITH count(r) AS count WHERE count > 0
MATCH (a:Paper)-[:EVALUATES_ON]->(b) WITH count, a, b LIMIT 2
RETURN 'relationship' AS kind, 'EVALUATES_ON' AS name, count, collect(a.name + ' -> ' + b.name) AS examples
UNION ALL
MATCH (a:Paper)-[r:ADDRESSES]->(b) WITH count(r) AS count WHERE count > 0
MATCH (a:Paper)-[:ADDRESSES]->(b) WITH count, a, b LIMIT 2
RETURN 'relationship' AS kind, 'ADDRESSES' AS name, count, collect(a.name + ' -> ' + b.name) AS examples
UNION ALL
MATCH (a:Paper)-[r:REPORTS_METRIC]->(b) WITH count(r) AS count WHERE count > 0
MATCH (a:Paper)-[:REPORTS_METRIC]->(b) WITH count, a, b LIMIT 2
RETURN 'relationship' AS kind, 'REPORTS_METRIC' AS name, count, collect(a.name + ' -> ' + b.name) AS examples
UNION ALL
MATCH (a:Paper)-[r:MENTIONS]->(b) WITH count(r) AS count WHERE count > 0
MATCH (a:Paper)-[:MENTIONS]->(b) WITH count, a, b LIMIT 2
RETURN 'relationship' AS kind, 'MENTIONS' AS name, count, collect(a.name + ' -> ' + b.name) AS examples
UNION ALL
MATCH (a:Model)-[r:VARIANT_OF]->(b) WITH count(r) AS count WHERE count > 0
MATCH (a:Model)-[:VARIANT_OF]->(b) WITH count, a, b LIMIT 2
RETURN 'relationship' AS kind, 'VARIANT_OF' AS name, count, collect(a.name + ' -> ' + b.name) AS examples
UNION ALL
MATCH (a:Model)-[r:DERIVED_FROM]->(b) WITH count(r) AS count WHERE count > 0
MATCH (a:Model)-[:DERIVED_FROM]->(b) WITH count, a, b LIMIT 2
RETURN 'relationship' AS kind, 'DERIVED_FROM' AS name, count, collect(a.name + ' -> ' + b.name) AS examples
UNION ALL
MATCH (a:Method)-[r:APPLIED_TO]->(b) WITH count(r) AS count WHERE count > 0
MATCH (a:Method)-[:APPLIED_TO]->(b) WITH count, a, b LIMIT 2
RETURN 'relationship' AS kind, 'APPLIED_TO' AS name, count, collect(a.name + ' -> ' + b.name) AS examples
UNION ALL
MATCH (:Method)-[r:OUTPERFORMS]->() WITH count(r) AS first
OPTIONAL MATCH (:Model)-[r:OUTPERFORMS]->() WITH first, count(r) AS second
WITH first + second AS count WHERE count > 0
OPTIONAL MATCH (a:Method)-[:OUTPERFORMS]->(b) WITH count, a, b LIMIT 2
WITH count, collect(a.name + ' -> ' + b.name) AS examples
OPTIONAL MATCH (a:Model)-[:OUTPERFORMS]->(b) WITH count, examples, a, b LIMIT 2
WITH count, examples, collect(a.name + ' -> ' + b.name) AS more
RETURN 'relationship' AS kind, 'OUTPERFORMS' AS name, count, (examples + more)[0..2] AS examples
UNION ALL
MATCH (a)-[r:USED_FOR]->(b:Task) WITH count(r) AS count WHERE count > 0
MATCH (a)-[:USED_FOR]->(b:Task) WITH count, a, b LIMIT 2
RETURN 'relationship' AS kind, 'USED_FOR' AS name, count, collect(a.name + ' -> ' + b.name) AS examples
UNION ALL
MATCH (:Benchmark)-[r:PART_OF]->() WITH count(r) AS first
OPTIONAL MATCH (:Dataset)-[r:PART_OF]->() WITH first, count(r) AS second
WITH first + second AS count WHERE count > 0
OPTIONAL MATCH (a:Benchmark)-[:PART_OF]->(b) WITH count, a, b LIMIT 2
WITH count, collect(a.name + ' -> ' + b.name) AS examples
OPTIONAL MATCH (a:Dataset)-[:PART_OF]->(b) WITH count, examples, a, b LIMIT 2
WITH count, examples, collect(a.name + ' -> ' + b.name) AS more
RETURN 'relationship' AS kind, 'PART_OF' AS name, count, (examples + more)[0..2] AS examples
UNION ALL
MATCH (a:Paper)-[r:REPORTS_RESULT]->(b) WITH count(r) AS count WHERE count > 0
MATCH (a:Paper)-[:REPORTS_RESULT]->(b) WITH count, a, b LIMIT 2
RETURN 'relationship' AS kind, 'REPORTS_RESULT' AS name, count, collect(a.name + ' -> ' + b.name) AS examples
UNION ALL
MATCH (a:Result)-[r:RESULT_OF]->(b) WITH count(r) AS count WHERE count > 0
MATCH (a:Result)-[:RESULT_OF]->(b) WITH count, a, b LIMIT 2
RETURN 'relationship' AS kind, 'RESULT_OF' AS name, count, collect(a.name + ' -> ' + b.name) AS examples
UNION ALL
MATCH (a:Result)-[r:RESULT_ON]->(b) WITH count(r) AS count WHERE count > 0
MATCH (a:Result)-[:RESULT_ON]->(b) WITH count, a, b LIMIT 2
RETURN 'relationship' AS kind, 'RESULT_ON' AS name, count, collect(a.name + ' -> ' + b.name) AS examples
UNION ALL
MATCH (a:Result)-[r:RESULT_METRIC]->(b) WITH count(r) AS count WHERE count > 0
MATCH (a:Result)-[:RESULT_METRIC]->(b) WITH count, a, b LIMIT 2
RETURN 'relationship' AS kind, 'RESULT_METRIC' AS name, count, collect(a.name + ' -> ' + b.name) AS examples
UNION ALL
MATCH (a:Task)-[r:SUBTASK_OF]->(b) WITH count(r) AS count WHERE count > 0
MATCH (a:Task)-[:SUBTASK_OF]->(b) WITH count, a, b LIMIT 2
RETURN 'relationship' AS kind, 'SUBTASK_OF' AS name, count, collect(a.name + ' -> ' + b.name) AS examples
