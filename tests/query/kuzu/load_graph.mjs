// Loads a kg native graph file (.kg.json) into a Kùzu database: one node
// table per node type and one relationship table per relation type, with
// the properties kg queries see. `kid` is the node's (or relationship's)
// position in the file, which is its id() in kg.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const NODE_TYPES = ['Country', 'Region', 'Organization', 'Initiative', 'Event', 'Person', 'Year'];
export const RELATIONS = ['PROPOSED', 'ISSUED', 'ADOPTED', 'SIGNED', 'REJECTED', 'MEMBER_OF', 'COOPERATES_WITH',
  'SUPPORTS', 'OPPOSES', 'HOSTED', 'PARTICIPATED_IN', 'LEADS', 'IN_YEAR'];

function nodeRow(node, kid) {
  const aliases = Object.keys(node.aliases).sort();
  const mentions = Object.values(node.mentions).reduce((a, b) => a + b, 0);
  const year = node.type === 'Year' && /^[0-9]{1,9}$/.test(node.name) ? Number(node.name) : null;
  return { kid, name: node.name, aliases, iso: node.attributes.iso ?? null, year, mentions };
}

// An edge's years: "years" in format version 2, "year" in version 1.
function edgeYears(edge) {
  if (edge.years) return [...edge.years].sort((a, b) => a - b);
  return edge.year === undefined ? [] : [edge.year];
}

function edgeRow(edge, kid) {
  const evidence = edge.evidence ?? [];
  const years = edgeYears(edge);
  return {
    kid,
    year: years.length === 0 ? null : years[0],  // kg's r.year is the earliest
    years: years.length === 0 ? null : years,  // null like r.year when there are none
    weight: evidence.length === 0 ? 1 : evidence.length,
    evidence: [...evidence].sort(compareEvidence).map((e) => e.sentence),
    doc: [...new Set(evidence.map((e) => e.doc))].sort(),
  };
}

// kg keeps evidence in a set ordered by (document, offset): one item per sentence.
function compareEvidence(a, b) {
  for (const key of ['doc', 'offset']) {
    const x = a[key], y = b[key];
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

async function createSchema(conn, graph) {
  for (const type of NODE_TYPES) {
    await conn.query(`CREATE NODE TABLE ${type}(kid INT64 PRIMARY KEY, name STRING, aliases STRING[], ` +
      `iso STRING, year INT64, mentions INT64)`);
  }
  const pairs = new Map(RELATIONS.map((r) => [r, new Set()]));
  for (const edge of graph.edges) {
    pairs.get(edge.relation).add(`${graph.nodes[edge.source].type}|${graph.nodes[edge.target].type}`);
  }
  for (const relation of RELATIONS) {
    const used = [...pairs.get(relation)].sort();
    if (used.length === 0) used.push('Country|Country');  // a table needs one pair to exist
    const from = used.map((p) => { const [a, b] = p.split('|'); return `FROM ${a} TO ${b}`; }).join(', ');
    await conn.query(`CREATE REL TABLE ${relation}(${from}, kid INT64, year INT64, years INT64[], weight INT64, ` +
      `evidence STRING[], doc STRING[])`);
  }
}

// Small graphs: one parameterised CREATE per node and relationship, so any
// text (quotes, commas, brackets) goes in exactly.
export async function loadByStatements(conn, graph) {
  await createSchema(conn, graph);
  const nodeStatements = new Map();
  for (const type of NODE_TYPES) {
    nodeStatements.set(type, await conn.prepare(`CREATE (:${type} {kid: $kid, name: $name, aliases: $aliases, ` +
      `iso: $iso, year: $year, mentions: $mentions})`));
  }
  for (const [kid, node] of graph.nodes.entries()) {
    await conn.execute(nodeStatements.get(node.type), nodeRow(node, kid));
  }
  const edgeStatements = new Map();
  for (const [kid, edge] of graph.edges.entries()) {
    const from = graph.nodes[edge.source].type, to = graph.nodes[edge.target].type;
    const key = `${edge.relation}|${from}|${to}`;
    if (!edgeStatements.has(key)) {
      edgeStatements.set(key, await conn.prepare(`MATCH (a:${from} {kid: $source}), (b:${to} {kid: $target}) ` +
        `CREATE (a)-[:${edge.relation} {kid: $kid, year: $year, years: $years, weight: $weight, evidence: $evidence, ` +
        `doc: $doc}]->(b)`));
    }
    await conn.execute(edgeStatements.get(key), { ...edgeRow(edge, kid), source: edge.source, target: edge.target });
  }
}

// Large graphs: COPY FROM CSV files, per table and per FROM/TO pair. The
// names must need no CSV quoting and the text lists must be empty (as in the
// benchmark's generated graph); years are numbers, quoted as a Kùzu list.
export async function loadByCopy(conn, graph) {
  await createSchema(conn, graph);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-kuzu-'));
  try {
    const nodeLines = new Map(NODE_TYPES.map((t) => [t, []]));
    for (const [kid, node] of graph.nodes.entries()) {
      const row = nodeRow(node, kid);
      nodeLines.get(node.type).push(`${kid},${row.name},[],${row.iso ?? ''},${row.year ?? ''},${row.mentions}`);
    }
    for (const [type, lines] of nodeLines) {
      if (lines.length === 0) continue;
      const file = path.join(dir, `${type}.csv`);
      fs.writeFileSync(file, lines.join('\n') + '\n');
      await conn.query(`COPY ${type} FROM '${file}' (header=false)`);
    }
    const edgeLines = new Map();
    for (const [kid, edge] of graph.edges.entries()) {
      const key = `${edge.relation}|${graph.nodes[edge.source].type}|${graph.nodes[edge.target].type}`;
      if (!edgeLines.has(key)) edgeLines.set(key, []);
      const row = edgeRow(edge, kid);
      const years = row.years ? `"[${row.years.join(',')}]"` : '';
      edgeLines.get(key).push(`${edge.source},${edge.target},${kid},${row.year ?? ''},${years},${row.weight},[],[]`);
    }
    for (const [key, lines] of edgeLines) {
      const [relation, from, to] = key.split('|');
      const file = path.join(dir, `${key.replaceAll('|', '_')}.csv`);
      fs.writeFileSync(file, lines.join('\n') + '\n');
      await conn.query(`COPY ${relation} FROM '${file}' (from='${from}', to='${to}', header=false)`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function readGraph(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}
