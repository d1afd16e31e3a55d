// What evidence is behind an edge? Every supporting sentence, its paper, the rule that fired and
// its confidence. Leave "type" null to see every relationship between the two.
// params: {"source": "SmoothQuant", "type": "APPLIED_TO", "target": "OPT"}
MATCH (source)-[r]->(target)
WHERE source.name = $source AND target.name = $target AND ($type IS NULL OR type(r) = $type)
UNWIND range(0, size(r.evidence_sentences) - 1) AS i
MATCH (paper:Paper {key: r.evidence_papers[i]})
RETURN type(r) AS relationship, paper.name AS paper, r.evidence_fields[i] AS field, r.evidence_rules[i] AS rule,
       r.evidence_confidences[i] AS confidence, r.evidence_sentences[i] AS sentence
ORDER BY confidence DESC, paper
