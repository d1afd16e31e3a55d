// Which entities of one kind (Model, Method, Dataset, Benchmark, Task, Metric) do the most papers cite?
// params: {"label": "Model", "limit": 10}
MATCH (paper:Paper)-->(entity)
WHERE $label IN labels(entity)
RETURN entity.name AS entity, count(DISTINCT paper) AS papers, entity.aliases AS aliases
ORDER BY papers DESC, entity
LIMIT $limit
