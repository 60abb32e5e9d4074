// Reads an export with the parsers Gephi Lite uses (graphology-graphml,
// graphology-gexf) or with Cytoscape.js, and prints what they read as JSON:
//   node read_graph.mjs graphml|gexf|cytoscape FILE
// {"order": n, "size": m, "nodes": {id: attributes}, "edges": [{"key", "source", "target", "attributes"}]}
import {readFileSync} from 'node:fs';
import graphology from 'graphology';
import graphml from 'graphology-graphml';
import gexf from 'graphology-gexf';
import cytoscape from 'cytoscape';

const [kind, file] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const result = {nodes: {}, edges: []};

if (kind === 'cytoscape') {
  const json = JSON.parse(text);
  const cy = cytoscape({headless: true, elements: json.elements});
  cy.nodes().forEach(node => { result.nodes[node.id()] = node.data(); });
  cy.edges().forEach(edge => {
    result.edges.push({key: edge.id(), source: edge.source().id(), target: edge.target().id(),
                       attributes: edge.data()});
  });
  result.order = cy.nodes().length;
  result.size = cy.edges().length;
} else {
  const parser = kind === 'graphml' ? graphml : gexf;
  const graph = parser.parse(graphology.MultiDirectedGraph, text);
  graph.forEachNode((node, attributes) => { result.nodes[node] = attributes; });
  graph.forEachEdge((edge, attributes, source, target) => {
    result.edges.push({key: edge, source, target, attributes});
  });
  result.order = graph.order;
  result.size = graph.size;
}
process.stdout.write(JSON.stringify(result) + '\n');
