// The differential suite: runs each query of cases.json on kg (the `kg query`
// command, JSON output) and on Kùzu (the same graph loaded by load_graph.mjs)
// and compares the results, as multisets or, where ORDER BY fixes the order,
// as sequences.
//   node differential.mjs --kg path/to/kg --graph graph.kg.json --cases cases.json
//   node differential.mjs --kuzu-only --graph … --cases … [--only SUBSTRING]
// --kuzu-only prints Kùzu's rows of each case (to check a new case against
// the data by eye); --only runs the cases whose name contains SUBSTRING.
//
// A case: "name", "kg" (the query), optional "kuzu" (Kùzu's spelling of the
// same question, with "why"), "params" (an object: given to kg as --param
// NAME=JSON, to Kùzu as prepared-statement parameters), "ordered",
// "sort_lists", "empty". Where Kùzu's semantics differ from openCypher (a
// documented divergence), "expect" holds kg's rows and "kuzu_expect" Kùzu's
// (or "kuzu_error", a part of the error Kùzu gives): each side is checked
// against its own, so both the openCypher behaviour and the divergence stay
// pinned.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import kuzu from 'kuzu';
import { loadByStatements, readGraph } from './load_graph.mjs';

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0 || i + 1 >= process.argv.length) {
    if (fallback !== undefined) return fallback;
    throw new Error(`missing --${name}`);
  }
  return process.argv[i + 1];
}

const kuzuOnly = process.argv.includes('--kuzu-only');
const kgBinary = kuzuOnly ? null : option('kg');
const only = option('only', '');
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
    return sortedMap(value, fromKg);
  }
  return value;
}

// Maps compare with their keys sorted: kg sorts them, Kùzu's structs keep
// the order they were written in.
function sortedMap(value, convert) {
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, convert(value[key])]));
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
    return sortedMap(value, fromKuzu);
  }
  return value;
}

function sortLists(value) {
  if (!Array.isArray(value)) return value;
  return value.map(sortLists).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0));
}

// kg's --param takes a JSON literal, so every value keeps its kind.
function runKg(query, params) {
  const args = ['query', graphFile, query, '--format', 'json'];
  for (const [name, value] of Object.entries(params ?? {})) args.push('--param', `${name}=${JSON.stringify(value)}`);
  const run = spawnSync(kgBinary, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`kg exited ${run.status}: ${run.stderr.trim()}`);
  return JSON.parse(run.stdout).map((row) => Object.values(row).map(fromKg));
}

// Kùzu takes whole numbers as INT64 only from BigInt.
function kuzuParam(value) {
  if (Array.isArray(value)) return value.map(kuzuParam);
  return Number.isInteger(value) ? BigInt(value) : value;
}

async function runKuzu(query, params) {
  let result;
  if (params) {
    const statement = await conn.prepare(query);
    if (!statement.isSuccess()) throw new Error(`Kùzu: ${statement.getErrorMessage()}`);
    result = await conn.execute(statement, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, kuzuParam(v)])));
  } else {
    result = await conn.query(query);
  }
  const columns = await result.getColumnNames();
  return (await result.getAll()).map((row) => columns.map((c) => fromKuzu(row[c])));
}

function canonical(rows, testCase) {
  let lines = rows.map((row) => JSON.stringify(testCase.sort_lists ? row.map(sortLists) : row));
  if (!testCase.ordered) lines = [...lines].sort();
  return lines;
}

function differ(what, left, leftName, right, rightName) {
  if (JSON.stringify(left) === JSON.stringify(right)) return;
  const pad = ' '.repeat(Math.max(leftName.length, rightName.length) + 6);
  throw new Error(`${what}\n    ${leftName}: ${left.join(`\n${pad}`)}\n    ${rightName}: ${right.join(`\n${pad}`)}`);
}

let passed = 0, failed = 0;
const names = new Set();
for (const [i, testCase] of cases.entries()) {
  if (!testCase.name.includes(only)) continue;
  const label = `${i + 1} - ${testCase.name}`;
  try {
    if (names.has(testCase.name)) throw new Error('two cases have this name');
    names.add(testCase.name);
    if (testCase.kuzu && !testCase.why) throw new Error('a case whose Kùzu query differs must say why');
    const kuzuSide = testCase.kuzu_expect ?? testCase.kuzu_error;
    if ((testCase.expect || kuzuSide) && !(testCase.expect && kuzuSide && testCase.why)) {
      throw new Error('a divergence needs "expect", "kuzu_expect" (or "kuzu_error") and "why"');
    }
    let kuzuRows = null;
    try {
      kuzuRows = canonical(await runKuzu(testCase.kuzu ?? testCase.kg, testCase.params), testCase);
    } catch (error) {
      if (!testCase.kuzu_error || !error.message.includes(testCase.kuzu_error)) throw error;
    }
    if (testCase.kuzu_error && kuzuRows !== null) throw new Error(`Kùzu no longer fails with "${testCase.kuzu_error}"`);
    if (kuzuOnly) {
      if (kuzuRows === null) {
        console.log(`${label}: Kùzu fails as documented`);
        ++passed;
        continue;
      }
      console.log(`${label} (${kuzuRows.length} rows)\n    ${kuzuRows.join('\n    ')}`);
      ++passed;
      continue;
    }
    const kg = canonical(runKg(testCase.kg, testCase.params), testCase);
    if (!testCase.empty && kg.length === 0) throw new Error('kg returned no rows (mark the case "empty" if that is right)');
    if (testCase.empty && kg.length !== 0) throw new Error('expected no rows');
    if (testCase.expect) {
      const wanted = canonical(testCase.expect, testCase);
      if (testCase.kuzu_expect) {
        const kuzuWanted = canonical(testCase.kuzu_expect, testCase);
        differ('Kùzu no longer gives the divergent rows this case documents', kuzuRows, 'kuzu', kuzuWanted, 'kuzu_expect');
      }
      differ('kg differs from the openCypher rows of "expect"', kg, 'kg', wanted, 'expect');
    } else {
      differ('results differ', kg, 'kg', kuzuRows, 'kuzu');
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
