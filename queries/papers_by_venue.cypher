// Which papers appeared at a venue (in a year), and on which datasets and benchmarks do they evaluate?
// "venue" is a substring of the venue as the input names it, any case: the ACL Anthology spells main
// conferences out ("Proceedings of the 2023 Conference on Empirical Methods in Natural Language
// Processing") and abbreviates Findings ("Findings of the Association for Computational Linguistics:
// EMNLP 2023"); an arXiv record's venue is its journal reference. "year" null: every year. Papers
// whose input names no venue are never listed. "link" goes back to the paper: its ACL Anthology page,
// else its DOI, else its arXiv page.
// params: {"venue": "EMNLP", "year": 2023}
MATCH (paper:Paper)
WHERE toLower(paper.venue) CONTAINS toLower($venue) AND ($year IS NULL OR paper.year = $year)
OPTIONAL MATCH (paper)-[:EVALUATES_ON]->(resource)
WITH paper, collect(DISTINCT resource.name) AS evaluates_on
RETURN paper.name AS paper, paper.year AS year, paper.venue AS venue, evaluates_on,
       CASE
         WHEN paper.anthology_id IS NOT NULL THEN 'https://aclanthology.org/' + paper.anthology_id
         WHEN paper.doi IS NOT NULL THEN 'https://doi.org/' + paper.doi
         WHEN paper.arxiv_id IS NOT NULL THEN 'https://arxiv.org/abs/' + paper.arxiv_id
       END AS link
ORDER BY year DESC, venue, paper
