// The side panel: a node's card (names, attributes, every edge with its
// evidence) or an edge's. Built with DOM calls and textContent only: the
// data is text from documents and must never become markup.

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function nodeLink(data, graph, key, onNode) {
  const node = data.nodes[graph.getNodeAttribute(key, "index")];
  const button = element("button", "kg-node-link", node.name);
  button.type = "button";
  button.title = `${node.type} ${node.key}`;
  button.addEventListener("click", () => onNode(key));
  return button;
}

// The edge's evidence: one item per sentence, with its document and line
// (and its page, for a PDF).
function evidenceList(data, edge) {
  const list = element("ol", "kg-evidence");
  for (const [sentence, document, line, year, page] of edge.evidence) {
    const item = element("li");
    item.append(element("q", "kg-sentence", data.sentences[sentence]));
    const where = element("div", "kg-where");
    where.append(element("span", "kg-document", data.documents[document]), ":", element("span", "kg-line", String(line)));
    if (page !== undefined) where.append(", ", element("span", "kg-page", `page ${page}`));
    if (year !== undefined && year !== null) where.append(" ", element("span", "kg-evidence-year", `(${year})`));
    item.append(where);
    list.append(item);
  }
  if (edge.evidence.length === 0) list.append(element("li", "kg-no-evidence", "no evidence sentence recorded"));
  return list;
}

function yearsText(edge) {
  return edge.years.length ? edge.years.join(", ") : "";
}

function open(card, heading) {
  card.replaceChildren();
  card.removeAttribute("data-node");
  card.removeAttribute("data-edge");
  const close = element("button", "kg-card-close", "×");
  close.type = "button";
  close.title = "Close";
  close.addEventListener("click", () => {
    card.hidden = true;
    card.removeAttribute("data-node");
    card.removeAttribute("data-edge");
  });
  card.append(close, heading);
  card.hidden = false;
  card.scrollTop = 0;
}

export function nodeCard(card, data, node, graph, onNode, onEdge) {
  const heading = element("header");
  heading.append(element("h2", "kg-card-title", node.name), element("div", "kg-card-type", node.type));
  open(card, heading);
  card.setAttribute("data-node", node.key);

  const names = [...(node.aliases || []).filter((alias) => alias !== node.name), ...(node.known || [])];
  const aliases = element("ul", "kg-aliases");
  for (const name of names) aliases.append(element("li", null, name));
  const namesSection = element("section");
  namesSection.append(element("h3", null, "Also known as"), aliases);
  if (names.length === 0) aliases.append(element("li", "kg-none", "no other name"));
  card.append(namesSection);

  const attributes = Object.entries(node.attributes || {});
  if (attributes.length > 0) {
    const list = element("dl", "kg-attributes");
    for (const [name, value] of attributes) list.append(element("dt", null, name), element("dd", null, value));
    card.append(list);
  }

  const edges = [];
  graph.forEachEdge(node.key, (key) => edges.push(graph.getEdgeAttribute(key, "index")));
  edges.sort((a, b) => a - b);
  const section = element("section", "kg-edges");
  section.append(element("h3", null, `Relations (${edges.length})`));
  for (const index of edges) {
    const edge = data.edges[index];
    const item = element("article", "kg-edge");
    item.setAttribute("data-edge", edge.key);
    const title = element("h4");
    const relation = element("button", "kg-relation", edge.relation);
    relation.type = "button";
    relation.title = "Show this relation";
    relation.addEventListener("click", () => onEdge(edge.key));
    if (edge.source === node.key && edge.target === node.key) {
      title.append(relation, " ", nodeLink(data, graph, edge.target, onNode));
    } else if (edge.source === node.key) {
      title.append(relation, edge.symmetric ? " — " : " → ", nodeLink(data, graph, edge.target, onNode));
    } else {
      title.append(nodeLink(data, graph, edge.source, onNode), edge.symmetric ? " — " : " → ", relation);
    }
    if (edge.years.length) title.append(" ", element("span", "kg-years", yearsText(edge)));
    item.append(title, evidenceList(data, edge));
    section.append(item);
  }
  card.append(section);
}

export function edgeCard(card, data, edge, graph, onNode) {
  const heading = element("header");
  const title = element("h2", "kg-card-title");
  title.append(
    nodeLink(data, graph, edge.source, onNode),
    ` ${edge.relation} `,
    nodeLink(data, graph, edge.target, onNode),
  );
  heading.append(title, element("div", "kg-card-type", edge.symmetric ? "relation (both ways)" : "relation"));
  open(card, heading);
  card.setAttribute("data-edge", edge.key);
  if (edge.years.length) card.append(element("p", "kg-years", `Years: ${yearsText(edge)}`));
  const section = element("section");
  section.append(element("h3", null, `Evidence (${edge.evidence.length})`), evidenceList(data, edge));
  card.append(section);
}
