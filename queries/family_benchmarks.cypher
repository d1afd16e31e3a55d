// On which benchmarks and datasets was a model family evaluated?
// The family is the named model plus everything VARIANT_OF / DERIVED_FROM it (up to 3 steps);
// a paper that uses, proposes or mentions one of them and reports results on X counts for X.
// params: {"family": "LLaMA"}
MATCH (family:Model)
WHERE toLower(family.name) = toLower($family) OR any(alias IN family.aliases WHERE toLower(alias) = toLower($family))
MATCH (member:Model)-[:VARIANT_OF|DERIVED_FROM*0..3]->(family)
MATCH (paper:Paper)-[:USES|PROPOSES|MENTIONS]->(member)
MATCH (paper)-[:EVALUATES_ON]->(target)
RETURN target.name AS evaluated_on, labels(target)[0] AS kind, count(DISTINCT paper) AS papers,
       collect(DISTINCT member.name) AS models, collect(DISTINCT paper.name) AS paper_titles
ORDER BY papers DESC, evaluated_on
