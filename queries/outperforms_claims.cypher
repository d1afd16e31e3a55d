// What is claimed to outperform what? The OUTPERFORMS claims around one model or method, with the
// sentence and paper behind each.
// params: {"name": "LoRA"}
MATCH (winner)-[r:OUTPERFORMS]->(loser)
WHERE toLower(winner.name) = toLower($name) OR toLower(loser.name) = toLower($name)
RETURN winner.name AS winner, loser.name AS loser, r.weight AS evidence, r.confidence AS confidence,
       r.papers AS papers, r.sentence AS sentence
ORDER BY confidence DESC, winner, loser
