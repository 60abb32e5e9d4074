"""Loads a node-link JSON export with NetworkX and prints what it read as JSON:
python3 read_node_link.py FILE"""
import json
import sys

import networkx as nx

with open(sys.argv[1], encoding="utf-8") as f:
    data = json.load(f)
# As NetworkX users call it: the defaults, whose edge key changed from
# "links" to "edges" in NetworkX 3.6.
graph = nx.node_link_graph(data)
print(json.dumps({
    "networkx": nx.__version__,
    "directed": graph.is_directed(),
    "multigraph": graph.is_multigraph(),
    "order": graph.number_of_nodes(),
    "size": graph.number_of_edges(),
    "nodes": {node: attributes for node, attributes in graph.nodes(data=True)},
    "edges": [{"source": s, "target": t, "key": k, "attributes": a}
              for s, t, k, a in graph.edges(keys=True, data=True)],
}, ensure_ascii=False))
