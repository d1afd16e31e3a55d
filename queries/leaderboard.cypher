// Leaderboard: which models and methods reach which values on a benchmark (or dataset), as their papers report them?
// "metric" keeps one metric's rows (null: every metric). Absolute scores come first, then gains, each by value.
// from_value is the start of a "from X to Y" change (value is Y), null for one number.
// params: {"benchmark": "MMLU", "metric": null}
MATCH (paper:Paper)-[:REPORTS_RESULT]->(result:Result)-[:RESULT_ON]->(bench)
WHERE toLower(bench.name) = toLower($benchmark) OR any(alias IN bench.aliases WHERE toLower(alias) = toLower($benchmark))
OPTIONAL MATCH (result)-[:RESULT_METRIC]->(measure:Metric)
WITH paper, result, bench, measure
WHERE $metric IS NULL OR toLower(measure.name) = toLower($metric) OR any(alias IN measure.aliases WHERE toLower(alias) = toLower($metric))
OPTIONAL MATCH (result)-[:RESULT_OF]->(model)
RETURN model.name AS model, paper.name AS paper, paper.year AS year, result.value AS value,
       result.from_value AS from_value, result.unit AS unit,
       result.kind AS kind, measure.name AS metric, bench.name AS benchmark, result.sentence AS sentence
ORDER BY kind, value DESC, model, paper
