// Query latency of Kùzu on the benchmark graph, the same questions as
// query_bench.cpp in Kùzu's spelling (start nodes by primary key, the
// shortest path as -[* SHORTEST 1..8]-).
//   node --max-old-space-size=8192 kuzu_bench.mjs GRAPH.kg.json
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const kuzuDir = path.join(here, '../../tests/query/kuzu');
const require = createRequire(path.join(kuzuDir, 'package.json'));
const kuzu = require('kuzu');
const { loadByCopy, readGraph } = await import(path.join(kuzuDir, 'load_graph.mjs'));

const start = (i) => (i * 7919) % 50000;
const end = (i) => (i * 104729 + 12345) % 50000;
const queries = {
  one_hop: (i) => `MATCH (a:Person {kid: ${start(i)}})-[r]->(b) RETURN b.name, label(r)`,
  three_hops_var_length: (i) => `MATCH (a:Person {kid: ${start(i)}})-[*1..3]->(b) RETURN count(DISTINCT b)`,
  shortest_path: (i) => `MATCH p = (a:Person {kid: ${start(i)}})-[* SHORTEST 1..8]-(b:Person {kid: ${end(i)}}) RETURN length(p)`,
};

const file = process.argv[2];
let t0 = performance.now();
const graph = readGraph(file);
const db = new kuzu.Database(':memory:');
const conn = new kuzu.Connection(db);
await loadByCopy(conn, graph);
console.log(`kuzu: loaded ${graph.nodes.length} nodes and ${graph.edges.length} relationships in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// kg_bench's node ids: make_bench_graph names node i "n<i>" and kg writes
// nodes in canonical order, so kid (the position) is not i: map names to kids.
const kidOf = new Map(graph.nodes.map((n, kid) => [n.name, kid]));
const kid = (i) => kidOf.get(`n${i}`);

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
  console.log(`kuzu/${name.padEnd(24)} mean ${(mean * 1000).toFixed(0).padStart(8)} us   ` +
    `p50 ${(at(0.5) * 1000).toFixed(0).padStart(8)} us   p90 ${(at(0.9) * 1000).toFixed(0).padStart(8)} us   ` +
    `${times.length} runs, ${(rows / times.length).toFixed(1)} rows/query`);
}
