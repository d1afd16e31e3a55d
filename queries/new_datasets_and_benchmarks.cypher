// Which datasets and benchmarks do papers introduce, and who else evaluates on them?
// params: {}
MATCH (paper:Paper)-[:PROPOSES]->(resource)
WHERE resource:Dataset OR resource:Benchmark
OPTIONAL MATCH (other:Paper)-[:EVALUATES_ON|USES]->(resource)
WHERE other <> paper
RETURN resource.name AS resource, labels(resource)[0] AS kind, paper.name AS introduced_by,
       count(DISTINCT other) AS reused_by
ORDER BY reused_by DESC, resource
