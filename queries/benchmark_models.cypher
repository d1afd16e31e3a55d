// Which models were evaluated on a benchmark (or dataset), and in which papers?
// params: {"benchmark": "MT-Bench"}
MATCH (paper:Paper)-[:EVALUATES_ON]->(bench)
WHERE toLower(bench.name) = toLower($benchmark) OR any(alias IN bench.aliases WHERE toLower(alias) = toLower($benchmark))
MATCH (paper)-[:USES|PROPOSES]->(model:Model)
RETURN model.name AS model, count(DISTINCT paper) AS papers, collect(DISTINCT paper.name) AS paper_titles
ORDER BY papers DESC, model
