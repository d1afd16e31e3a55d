// What is a model's family tree? Every model that is a VARIANT_OF or DERIVED_FROM it, directly or
// through others (up to 4 steps), with the chain that links them.
// params: {"model": "LLaMA"}
MATCH (root:Model)
WHERE toLower(root.name) = toLower($model) OR any(alias IN root.aliases WHERE toLower(alias) = toLower($model))
MATCH tree = (member:Model)-[:VARIANT_OF|DERIVED_FROM*1..4]->(root)
RETURN member.name AS model, length(tree) AS depth, [r IN relationships(tree) | type(r)] AS via,
       [n IN nodes(tree) | n.name] AS lineage
ORDER BY depth, model
