// Which methods and models serve a task?
// Those the papers addressing the task propose or use, and whether the text claims USED_FOR outright.
// params: {"task": "instruction following"}
MATCH (task:Task)
WHERE toLower(task.name) = toLower($task) OR any(alias IN task.aliases WHERE toLower(alias) = toLower($task))
MATCH (paper:Paper)-[:ADDRESSES]->(task)
MATCH (paper)-[:PROPOSES|USES]->(thing)
WHERE thing:Method OR thing:Model
OPTIONAL MATCH (thing)-[claim:USED_FOR]->(task)
RETURN thing.name AS name, labels(thing)[0] AS kind, count(DISTINCT paper) AS papers, claim IS NOT NULL AS claimed_used_for
ORDER BY claimed_used_for DESC, papers DESC, name
