// Reads a kg graph file (.kg.json) the way the HTML view names its parts, so a
// test can say what the view must show without asking the view: node keys
// as export/node_ids.h makes them, edge keys "e0", "e1", … in the graph's
// canonical edge order (graph/graph.cpp: nodes by type then name bytes,
// edges by source rank, relation, target rank).
import {readFileSync} from 'node:fs';

export const NODE_TYPES = ['Country', 'Region', 'Organization', 'Initiative', 'Event', 'Person', 'Year'];
export const RELATIONS = ['PROPOSED', 'ISSUED', 'ADOPTED', 'SIGNED', 'REJECTED', 'MEMBER_OF', 'COOPERATES_WITH',
                          'SUPPORTS', 'OPPOSES', 'HOSTED', 'PARTICIPATED_IN', 'LEADS', 'IN_YEAR'];
const PREFIXES = ['country', 'region', 'org', 'initiative', 'event', 'person', 'year'];

// NameChar of XML 1.0 fifth edition, as export/node_ids.cpp tests it.
function isNameChar(c) {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return true;
  if (c === 0x3a || c === 0x5f || c === 0x2d || c === 0x2e || c === 0xb7) return true;
  const ranges = [[0xC0, 0xD6], [0xD8, 0xF6], [0xF8, 0x37D], [0x37F, 0x1FFF], [0x200C, 0x200D],
                  [0x203F, 0x2040], [0x2070, 0x218F], [0x2C00, 0x2FEF], [0x3001, 0xD7FF],
                  [0xF900, 0xFDCF], [0xFDF0, 0xFFFD], [0x10000, 0xEFFFF]];
  return ranges.some(([low, high]) => c >= low && c <= high);
}

// The key part of a node id. Names in a graph file are valid JSON strings;
// valid_text() would only replace control characters, which are not name
// characters either way, so both give '_'.
function nameKey(text) {
  let key = '';
  for (const ch of text) key += isNameChar(ch.codePointAt(0)) ? ch : '_';
  return key;
}

function byteCompare(a, b) {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

// {nodes, edges, nodeById, documents}: nodes in canonical order with their
// view key (`id`), type, name, aliases; edges in canonical order with their
// view key (`key`), source and target ids, relation, years and evidence.
export function loadGraph(path) {
  const file = JSON.parse(readFileSync(path, 'utf8'));
  if (file.format !== 'kg-graph') throw new Error(`${path}: not a kg graph file`);
  const nodes = file.nodes.map((node, index) => ({
    index, type: node.type, name: node.name, aliases: Object.keys(node.aliases ?? {}),
    iso: node.type === 'Country' && node.attributes?.iso ? node.attributes.iso : null,
  }));
  for (const node of nodes) {
    if (!NODE_TYPES.includes(node.type)) throw new Error(`${path}: unknown node type ${node.type}`);
  }
  const order = [...nodes].sort((a, b) =>
    NODE_TYPES.indexOf(a.type) - NODE_TYPES.indexOf(b.type) || byteCompare(a.name, b.name));
  order.forEach((node, rank) => { node.rank = rank; });

  const taken = new Set();
  const assign = (node, key) => {
    const base = `${PREFIXES[NODE_TYPES.indexOf(node.type)]}:${nameKey(key)}`;
    let id = base;
    for (let twin = 2; taken.has(id); ++twin) id = `${base}.${twin}`;
    taken.add(id);
    node.id = id;
  };
  for (const node of order) if (node.iso) assign(node, node.iso);
  for (const node of order) if (!node.iso) assign(node, node.name);

  const edges = file.edges.map(edge => {
    let source = nodes[edge.source], target = nodes[edge.target];
    if (edge.relation === 'COOPERATES_WITH' && target.rank < source.rank) [source, target] = [target, source];
    return {
      source: source.id, target: target.id, sourceRank: source.rank, targetRank: target.rank,
      relation: edge.relation, years: edge.years ?? [], evidence: edge.evidence ?? [],
    };
  });
  edges.sort((a, b) => a.sourceRank - b.sourceRank ||
                       RELATIONS.indexOf(a.relation) - RELATIONS.indexOf(b.relation) ||
                       a.targetRank - b.targetRank);
  edges.forEach((edge, i) => { edge.key = `e${i}`; });

  return {
    nodes: order, edges, documents: file.documents.map(d => d.id),
    nodeById: new Map(order.map(node => [node.id, node])),
  };
}
