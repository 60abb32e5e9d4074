// The differential suite: runs each query of cases.json on kg (the `kg query`
// command, JSON output) and on Kùzu (the same graph loaded by load_graph.mjs)
// and compares the results, as multisets or, where ORDER BY fixes the order,
// as sequences.
//   node differential.mjs --kg path/to/kg --graph graph.kg.json --cases cases.json
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import kuzu from 'kuzu';
import { loadByStatements, readGraph } from './load_graph.mjs';

function option(name) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0 || i + 1 >= process.argv.length) throw new Error(`missing --${name}`);
  return process.argv[i + 1];
}

const kgBinary = option('kg');
const graphFile = option('graph');
const cases = JSON.parse(fs.readFileSync(option('cases'), 'utf8'));

const db = new kuzu.Database(':memory:');
const conn = new kuzu.Connection(db);
await loadByStatements(conn, readGraph(graphFile));

// Kùzu names nodes by internal ids {table, offset}; map them to names so
// relationships compare by their ends.
const nameOfId = new Map();
for (const row of await (await conn.query('MATCH (n) RETURN id(n) AS id, n.name AS name')).getAll()) {
  nameOfId.set(`${row.id.table}:${row.id.offset}`, row.name);
}

// Both sides' values as plain, comparable JSON: nodes as "(Type name)",
// relationships as "[TYPE from->to year years]", paths as alternating lists.
function fromKg(value) {
  if (Array.isArray(value)) return value.map(fromKg);
  if (value && typeof value === 'object') {
    if ('name' in value && 'type' in value && !('from' in value)) return `(${value.type} ${value.name})`;
    if ('from' in value) return `[${value.type} ${value.from}->${value.to} ${value.year} ${value.years.join(',')}]`;
  }
  return value;
}

function fromKuzu(value) {
  if (Array.isArray(value)) return value.map(fromKuzu);
  if (typeof value === 'bigint') return Number(value);
  if (value && typeof value === 'object') {
    if ('_nodes' in value && '_rels' in value) {
      const list = [fromKuzu(value._nodes[0])];
      value._rels.forEach((rel, i) => list.push(fromKuzu(rel), fromKuzu(value._nodes[i + 1])));
      return list;
    }
    if ('_src' in value) {
      const from = nameOfId.get(`${value._src.table}:${value._src.offset}`);
      const to = nameOfId.get(`${value._dst.table}:${value._dst.offset}`);
      return `[${value._label} ${from}->${to} ${value.year} ${(value.years ?? []).map(Number).join(',')}]`;
    }
    if ('_label' in value) return `(${value._label} ${value.name})`;
  }
  return value;
}

function sortLists(value) {
  if (!Array.isArray(value)) return value;
  return value.map(sortLists).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0));
}

function runKg(query) {
  const run = spawnSync(kgBinary, ['query', graphFile, query, '--format', 'json'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`kg exited ${run.status}: ${run.stderr.trim()}`);
  return JSON.parse(run.stdout).map((row) => Object.values(row).map(fromKg));
}

async function runKuzu(query) {
  const result = await conn.query(query);
  const columns = await result.getColumnNames();
  return (await result.getAll()).map((row) => columns.map((c) => fromKuzu(row[c])));
}

function canonical(rows, testCase) {
  let lines = rows.map((row) => JSON.stringify(testCase.sort_lists ? row.map(sortLists) : row));
  if (!testCase.ordered) lines = [...lines].sort();
  return lines;
}

let passed = 0, failed = 0;
const names = new Set();
for (const [i, testCase] of cases.entries()) {
  const label = `${i + 1} - ${testCase.name}`;
  try {
    if (names.has(testCase.name)) throw new Error('two cases have this name');
    names.add(testCase.name);
    if (testCase.kuzu && !testCase.why) throw new Error('a case whose Kùzu query differs must say why');
    const kg = canonical(runKg(testCase.kg), testCase);
    const expected = canonical(await runKuzu(testCase.kuzu ?? testCase.kg), testCase);
    if (!testCase.empty && kg.length === 0) throw new Error('kg returned no rows (mark the case "empty" if that is right)');
    if (testCase.empty && kg.length !== 0) throw new Error('expected no rows');
    if (JSON.stringify(kg) !== JSON.stringify(expected)) {
      throw new Error(`results differ\n    kg:   ${kg.join('\n          ')}\n    kuzu: ${expected.join('\n          ')}`);
    }
    console.log(`ok ${label} (${kg.length} rows)`);
    ++passed;
  } catch (error) {
    console.log(`not ok ${label}\n    ${testCase.kg}\n    ${error.message}`);
    ++failed;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
