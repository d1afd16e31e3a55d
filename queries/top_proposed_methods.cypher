// Which methods do the most papers propose, and how many more papers use them?
// params: {"limit": 10}
MATCH (paper:Paper)-[:PROPOSES]->(method:Method)
WITH method, count(DISTINCT paper) AS proposed_by, collect(DISTINCT paper.name) AS proposing_papers
OPTIONAL MATCH (user:Paper)-[:USES]->(method)
RETURN method.name AS method, proposed_by, count(DISTINCT user) AS used_by, proposing_papers
ORDER BY proposed_by DESC, used_by DESC, method
LIMIT $limit
