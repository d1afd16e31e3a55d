// Which papers work with both of two models, and what do they claim when they compare them?
// params: {"a": "LLaMA", "b": "OPT"}
MATCH (a:Model)<-[ra]-(paper:Paper)-[rb]->(b:Model)
WHERE (toLower(a.name) = toLower($a) OR any(alias IN a.aliases WHERE toLower(alias) = toLower($a)))
  AND (toLower(b.name) = toLower($b) OR any(alias IN b.aliases WHERE toLower(alias) = toLower($b)))
OPTIONAL MATCH (a)-[claim:OUTPERFORMS]-(b)
WHERE paper.key IN claim.papers
RETURN paper.name AS paper, collect(DISTINCT type(ra)) AS with_a, collect(DISTINCT type(rb)) AS with_b,
       collect(DISTINCT claim.sentence) AS outperforms_claims
ORDER BY size(outperforms_claims) DESC, paper
