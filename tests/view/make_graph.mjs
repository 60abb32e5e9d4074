// Writes a large graph for the view's browser test, in kg's native format
// (graph/native_file.h, version 2): every node type and relation type, years
// on most edges, evidence with sentence, document and line on every edge.
// The same bytes on every run (a seeded generator).
//   node make_graph.mjs OUT.kg.json [NODES EDGES [SEED]]   (default 10000 50000 20261203)
import {writeFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
import {NODE_TYPES, RELATIONS} from './graph_file.mjs';

// mulberry32: a small seeded generator, floats in [0, 1).
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6D2B79F5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Share of each node type, in NODE_TYPES order; Year nodes are 1900, 1901, ….
const SHARES = [0.02, 0.005, 0.2, 0.2, 0.15, 0.415, 0.01];
const WORDS = {Country: '国家', Region: '地区', Organization: '组织', Initiative: '倡议', Event: '会议', Person: '人物'};
const VERBS = {PROPOSED: '提出', ISSUED: '发布', ADOPTED: '通过', SIGNED: '签署', REJECTED: '拒绝',
               MEMBER_OF: '加入', COOPERATES_WITH: '合作', SUPPORTS: '支持', OPPOSES: '反对', HOSTED: '主办',
               PARTICIPATED_IN: '参加', LEADS: '领导', IN_YEAR: '始于'};

export function makeGraph(nodeTotal = 10000, edgeTotal = 50000, seed = 20261203) {
  const random = generator(seed);
  const below = n => Math.floor(random() * n);
  const documents = Array.from({length: 200}, (_, i) => ({
    id: `corpus/doc${String(i).padStart(3, '0')}.txt`, bytes: 10000 + i, sha1: i.toString(16).padStart(40, '0'),
  }));

  // Nodes in canonical order (type, then name bytes): zero-padded numbers
  // keep name order and number order alike.
  const nodes = [];
  const counts = SHARES.map(share => Math.round(share * nodeTotal));
  counts[NODE_TYPES.indexOf('Person')] += nodeTotal - counts.reduce((a, b) => a + b, 0);
  NODE_TYPES.forEach((type, t) => {
    for (let i = 0; i < counts[t]; ++i) {
      const number = String(i).padStart(5, '0');
      const name = type === 'Year' ? String(1900 + i) : `${WORDS[type]}${number}`;
      const aliases = type === 'Year' || i % 4 !== 0 ? {} : {[`${type} ${number}`]: 'defined'};
      nodes.push({type, name, aliases, attributes: {}, mentions: {}});
    }
  });
  const firstYear = nodes.findIndex(node => node.type === 'Year');

  // Edges: sources uniform, targets skewed towards low indexes (a few hubs),
  // IN_YEAR always to a Year node; one edge per (source, relation, target),
  // COOPERATES_WITH (symmetric) stored from the lower node.
  const seen = new Set();
  const edges = [];
  while (edges.length < edgeTotal) {
    const relation = RELATIONS[below(RELATIONS.length)];
    let source = below(firstYear);
    let target = relation === 'IN_YEAR' ? firstYear + below(nodeTotal - firstYear)
                                        : Math.floor(firstYear * random() * random());
    if (source === target) continue;
    if (relation === 'COOPERATES_WITH' && target < source) [source, target] = [target, source];
    const key = `${source} ${relation} ${target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const years = [];
    if (random() < 0.7) years.push(1990 + below(35));
    if (years.length && random() < 0.2) years.push(1990 + below(35));
    const uniqueYears = [...new Set(years)].sort((a, b) => a - b);
    const evidence = [];
    const items = 1 + (random() < 0.3 ? 1 : 0);
    for (let k = 0; k < items; ++k) {
      const line = 1 + below(500);
      const item = {
        doc: documents[below(documents.length)].id, line, offset: line * 80,
        sentence: `${nodes[source].name}${VERBS[relation]}${nodes[target].name}（第${k + 1}条）。`,
        rule: 'generated', trigger: VERBS[relation],
      };
      if (uniqueYears.length) item.year = uniqueYears[k % uniqueYears.length];
      evidence.push(item);
    }
    evidence.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.line - b.line));
    const edge = {source, target, relation};
    if (uniqueYears.length) edge.years = uniqueYears;
    edge.evidence = evidence;
    edges.push(edge);
  }
  edges.sort((a, b) => a.source - b.source || RELATIONS.indexOf(a.relation) - RELATIONS.indexOf(b.relation) ||
                       a.target - b.target);
  return {format: 'kg-graph', version: 2, documents, nodes, edges};
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [out, nodeText, edgeText, seedText] = process.argv.slice(2);
  if (!out) {
    console.error('usage: node make_graph.mjs OUT.kg.json [NODES EDGES [SEED]]');
    process.exit(2);
  }
  const graph = makeGraph(Number(nodeText ?? 10000), Number(edgeText ?? 50000), Number(seedText ?? 20261203));
  writeFileSync(out, JSON.stringify(graph) + '\n');
  console.log(`wrote ${out}: ${graph.nodes.length} nodes, ${graph.edges.length} edges`);
}
