// Loads a kuzu-csv export into a fresh Kùzu database the way a user would
// (schema.cypher, then copy.cypher, run from the export's directory) and
// prints counts and the nodes and relationships read back as JSON:
//   node load_kuzu.mjs EXPORT_DIR DATABASE_PATH
// {"nodes": n, "rels": m, "names": {id: name}, "rels_by_key": {key: {...}}}
import {readFileSync} from 'node:fs';
import kuzu from 'kuzu';

const [directory, database] = process.argv.slice(2);
process.chdir(directory);
const db = new kuzu.Database(database);
const connection = new kuzu.Connection(db);

async function run(statement) {
  const result = await connection.query(statement);
  return result.getAll();
}
for (const script of ['schema.cypher', 'copy.cypher']) {
  for (const statement of readFileSync(script, 'utf8').split(';\n')) {
    if (statement.trim()) await run(statement);
  }
}
const output = {names: {}, aliases: {}, rels_by_key: {}};
output.nodes = Number((await run('MATCH (n) RETURN count(n) AS c'))[0].c);
output.rels = Number((await run('MATCH ()-[r]->() RETURN count(r) AS c'))[0].c);
for (const row of await run('MATCH (n) RETURN n.id AS id, n.name AS name, n.aliases AS aliases')) {
  output.names[row.id] = row.name;
  if (row.aliases !== null) output.aliases[row.id] = row.aliases;
}
for (const row of await run(
    'MATCH (a)-[r]->(b) RETURN r.key AS key, a.id AS source, b.id AS target, label(r) AS type, ' +
    'r.year AS year, r.years AS years, r.weight AS weight, r.evidence AS evidence')) {
  output.rels_by_key[row.key] = {
    source: row.source, target: row.target, type: row.type,
    year: row.year === null ? null : Number(row.year), years: row.years, weight: Number(row.weight),
    evidence: row.evidence,
  };
}
process.stdout.write(JSON.stringify(output) + '\n');
