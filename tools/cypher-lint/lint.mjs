// Lint Cypher with Neo4j's own front-end (lintCypherQuery from @neo4j-cypher/language-support).
//
// stdin:  JSON, either a list of statements or {"statements": [...], "schema": {...}}, where a
//         statement is a string or {"query": "...", "parameters": {...}} and "schema" is a DbSchema
//         (labels, relationshipTypes, propertyKeys, parameters) shared by all statements.
// stdout: JSON list, one entry per statement, in order:
//         {"query": "...", "diagnostics": [{"severity": "error"|"warning"|..., "message", "line", "column", "offset"}]}
// Exit code 0 whatever the diagnostics say; 2 on bad input.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// The package's ESM build uses extension-less imports that Node cannot resolve; its CJS build works.
const { lintCypherQuery } = require('@neo4j-cypher/language-support');

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function main(text) {
  let input;
  try {
    input = JSON.parse(text);
  } catch (err) {
    process.stderr.write(`lint.mjs: stdin is not JSON: ${err.message}\n`);
    process.exit(2);
  }
  const statements = Array.isArray(input) ? input : input.statements;
  const schema = (!Array.isArray(input) && input.schema) || {};
  if (!Array.isArray(statements)) {
    process.stderr.write('lint.mjs: expected a list of statements or {"statements": [...]}\n');
    process.exit(2);
  }
  const out = statements.map((stmt) => {
    const query = typeof stmt === 'string' ? stmt : stmt.query;
    const parameters = (typeof stmt === 'object' && stmt.parameters) || {};
    const dbSchema = { ...schema, parameters: { ...(schema.parameters || {}), ...parameters } };
    const diagnostics = lintCypherQuery(query, dbSchema).map((d) => ({
      severity: SEVERITY[d.severity] || String(d.severity),
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      offset: d.offsets ? d.offsets.start : null,
    }));
    return { query, diagnostics };
  });
  process.stdout.write(JSON.stringify(out) + '\n');
}

main(await readStdin());
