// Finding a node by any name kg knows for it: its canonical name, aliases,
// attribute values (an ISO code) and the extra names kg gave (English and
// other CLDR names, rule-pack aliases), as `kg show` finds it.

// Case and width do not matter: "eu", "EU" and "ＥＵ" are one query.
export function normalize(text) {
  return String(text).normalize("NFKC").toLowerCase().trim();
}

// Match kinds, best first.
const EXACT_NAME = 0;
const EXACT_OTHER = 1;
const PREFIX = 2;
const SUBSTRING = 3;
const NO_MATCH = 4;

export class SearchIndex {
  constructor(data) {
    this.nodes = data.nodes;
    this.indexByKey = new Map();
    // Per node: its normalized canonical name, then every other name.
    this.names = data.nodes.map((node, index) => {
      this.indexByKey.set(node.key, index);
      const others = new Set();
      for (const alias of node.aliases || []) others.add(normalize(alias));
      for (const value of Object.values(node.attributes || {})) others.add(normalize(value));
      for (const name of node.known || []) others.add(normalize(name));
      const name = normalize(node.name);
      others.delete(name);
      others.delete("");
      return { name, others: [...others] };
    });
  }

  indexOf(key) {
    return this.indexByKey.get(key);
  }

  matchKind(index, query) {
    const { name, others } = this.names[index];
    if (name === query) return EXACT_NAME;
    let best = name.startsWith(query) ? PREFIX : name.includes(query) ? SUBSTRING : NO_MATCH;
    for (const other of others) {
      if (other === query) return EXACT_OTHER;
      if (best > PREFIX && other.startsWith(query)) best = PREFIX;
      else if (best > SUBSTRING && other.includes(query)) best = SUBSTRING;
    }
    return best;
  }

  // Keys of the matching nodes, best first: exact canonical name, exact
  // other name, prefix, substring; then by degree (the better-connected
  // node is the likelier one), then in the graph's order.
  find(text) {
    const query = normalize(text);
    if (query === "") return [];
    const found = [];
    for (let index = 0; index < this.names.length; ++index) {
      const kind = this.matchKind(index, query);
      if (kind !== NO_MATCH) found.push({ index, kind });
    }
    found.sort((a, b) => a.kind - b.kind || this.nodes[b.index].degree - this.nodes[a.index].degree || a.index - b.index);
    return found.map(({ index }) => this.nodes[index].key);
  }
}
