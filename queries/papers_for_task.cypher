// Which papers address a task, and what do they propose for it?
// params: {"task": "question answering"}
MATCH (paper:Paper)-[:ADDRESSES]->(task:Task)
WHERE toLower(task.name) = toLower($task) OR any(alias IN task.aliases WHERE toLower(alias) = toLower($task))
OPTIONAL MATCH (paper)-[:PROPOSES]->(contribution)
RETURN paper.name AS paper, collect(DISTINCT contribution.name) AS proposes
ORDER BY size(proposes) DESC, paper
