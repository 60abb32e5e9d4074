// Query latency of Kùzu on the benchmark graph (the six queries), the same questions as
// query_bench.cpp (bench_queries.h) in Kùzu's spelling: start nodes by
// primary key, type(r) as label(r), the shortest path as -[* SHORTEST 1..8]-.
//   node --max-old-space-size=8192 kuzu_bench.mjs GRAPH.kg.json [--json OUT.json]
// --json also writes the results (load seconds; per query mean, p50, p90 in
// microseconds, runs, rows/query) for bench/run's tables.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const kuzuDir = path.join(here, '../../tests/query/kuzu');
const require = createRequire(path.join(kuzuDir, 'package.json'));
const kuzu = require('kuzu');
const { loadByCopy, readGraph, RELATIONS } = await import(path.join(kuzuDir, 'load_graph.mjs'));

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonOut = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : null;
if (args.length !== 1 || (jsonAt >= 0 && !jsonOut)) {
  console.error('usage: kuzu_bench.mjs GRAPH.kg.json [--json OUT.json]');
  process.exit(2);
}
const file = args[0];

let t0 = performance.now();
const graph = readGraph(file);
const db = new kuzu.Database(':memory:');
const conn = new kuzu.Connection(db);
await loadByCopy(conn, graph);
const loadSeconds = (performance.now() - t0) / 1000;
console.log(`kuzu: loaded ${graph.nodes.length} nodes and ${graph.edges.length} relationships in ${loadSeconds.toFixed(1)} s`);

// As bench_queries.h: Person nodes are n0 .. n(persons - 1).
const persons = graph.nodes.filter((n) => n.type === 'Person').length;
const start = (i) => (i * 7919) % persons;
const end = (i) => (i * 104729 + 12345) % persons;
// As make_bench_graph: every relationship type but IN_YEAR, in kg's order.
const TYPES = RELATIONS.filter((r) => r !== 'IN_YEAR');
const queries = {
  one_hop: (i) => `MATCH (a:Person {kid: ${start(i)}})-[r]->(b) RETURN b.name, label(r)`,
  three_hops_var_length: (i) => `MATCH (a:Person {kid: ${start(i)}})-[*1..3]->(b) RETURN count(DISTINCT b)`,
  shortest_path: (i) => `MATCH p = (a:Person {kid: ${start(i)}})-[* SHORTEST 1..8]-(b:Person {kid: ${end(i)}}) RETURN length(p)`,
  aggregation: (i) => `MATCH (a)-[:${TYPES[i % TYPES.length]}]->(b) ` +
    'RETURN a.name, count(DISTINCT b) AS n ORDER BY n DESC, a.name LIMIT 5',
  with_aggregation: (i) => `MATCH (a:Person {kid: ${start(i)}})-->(b)-->(c) WITH c, count(*) AS paths ` +
    'WHERE paths > 1 RETURN c.name, paths ORDER BY paths DESC, c.name LIMIT 10',
  optional_match: (i) => `MATCH (a:Person {kid: ${start(i)}})-[r]->(b) OPTIONAL MATCH (b)-[:LEADS]->(o) ` +
    'RETURN b.name, label(r), o.name',
};

// make_bench_graph names node i "n<i>" and kg writes nodes in canonical
// order, so kid (the position) is not i: map names to kids.
const kidOf = new Map(graph.nodes.map((n, kid) => [n.name, kid]));
const kid = (i) => kidOf.get(`n${i}`);

const results = {};
for (const [name, make] of Object.entries(queries)) {
  const texts = [];
  for (let i = 0; i < 100; ++i) {
    texts.push(make(i).replace(/kid: (\d+)/g, (_, n) => `kid: ${kid(Number(n))}`));
  }
  for (const text of texts.slice(0, 5)) await (await conn.query(text)).getAll();  // warm up
  const times = [];
  let rows = 0;
  const deadline = performance.now() + 10000;
  for (let round = 0; round < 10 && performance.now() < deadline; ++round) {
    for (const text of texts) {
      t0 = performance.now();
      const result = await conn.query(text);
      rows += (await result.getAll()).length;
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  results[name] = { mean_us: mean * 1000, p50_us: at(0.5) * 1000, p90_us: at(0.9) * 1000,
    runs: times.length, rows_per_query: rows / times.length };
  console.log(`kuzu/${name.padEnd(24)} mean ${(mean * 1000).toFixed(0).padStart(8)} us   ` +
    `p50 ${(at(0.5) * 1000).toFixed(0).padStart(8)} us   p90 ${(at(0.9) * 1000).toFixed(0).padStart(8)} us   ` +
    `${times.length} runs, ${(rows / times.length).toFixed(1)} rows/query`);
}
if (jsonOut) {
  fs.writeFileSync(jsonOut, JSON.stringify({ version: kuzu.VERSION ?? null, load_seconds: loadSeconds,
    nodes: graph.nodes.length, edges: graph.edges.length, queries: results }, null, 1) + '\n');
}
