// The legend, which is also the filter panel: a checkbox per node type and
// per relation type present, with its colour, and a year range for edges.
// Hidden flags live in typed arrays indexed like the data, so the renderer's
// reducers only look them up.

// Up to this many nodes + edges, the year range applies while it is dragged.
const LIVE_LIMIT = 20000;

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function countBy(items, field) {
  const counts = new Map();
  for (const item of items) counts.set(item[field], (counts.get(item[field]) || 0) + 1);
  return counts;
}

function checkboxRow(attribute, value, color, count) {
  const label = element("label", "kg-filter");
  const box = element("input");
  box.type = "checkbox";
  box.checked = true;
  box.setAttribute(attribute, value);
  const swatch = element("span", attribute === "data-relation" ? "kg-swatch kg-swatch-line" : "kg-swatch");
  swatch.style.background = color;
  label.append(box, swatch, element("span", "kg-filter-name", value), element("span", "kg-count", String(count)));
  return { label, box };
}

// Builds the panel into `legend` and returns the filter state. `onChange`
// is called after every change (to re-render).
export function buildFilters(legend, data, relationColors, graph, onChange) {
  const nodeHidden = new Uint8Array(data.nodes.length);
  const edgeHidden = new Uint8Array(data.edges.length);
  const shownTypes = new Set();
  const shownRelations = new Set();
  let visibleNodes = data.nodes.length;
  let visibleEdges = data.edges.length;

  const typeCounts = countBy(data.nodes, "type");
  const relationCounts = countBy(data.edges, "relation");
  const typeBoxes = [];
  const relationBoxes = [];

  legend.replaceChildren();
  const nodeSection = element("section", "kg-legend-nodes");
  nodeSection.append(element("h2", null, "Node types"));
  for (const type of Object.keys(data.nodeTypes)) {
    if (!typeCounts.has(type)) continue;
    const { label, box } = checkboxRow("data-node-type", type, data.nodeTypes[type], typeCounts.get(type));
    shownTypes.add(type);
    typeBoxes.push(box);
    nodeSection.append(label);
  }
  const relationSection = element("section", "kg-legend-relations");
  relationSection.append(element("h2", null, "Relations"));
  for (const relation of data.relations) {
    if (!relationCounts.has(relation)) continue;
    const { label, box } = checkboxRow("data-relation", relation, relationColors[relation] || "#999999", relationCounts.get(relation));
    shownRelations.add(relation);
    relationBoxes.push(box);
    relationSection.append(label);
  }
  legend.append(nodeSection, relationSection);

  // The year range, over the years of the edges; absent when none is dated.
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (const edge of data.edges) {
    for (const year of edge.years) {
      minYear = Math.min(minYear, year);
      maxYear = Math.max(maxYear, year);
    }
  }
  const hasYears = minYear <= maxYear;
  let from = minYear;
  let to = maxYear;
  let showUndated = true;
  let fromInput = null;
  let toInput = null;
  let undatedBox = null;
  let rangeText = null;
  if (hasYears) {
    const section = element("section", "kg-legend-years");
    section.append(element("h2", null, "Years"));
    const range = (id, value, labelText) => {
      const label = element("label", "kg-year");
      const input = element("input");
      input.type = "range";
      input.id = id;
      input.min = String(minYear);
      input.max = String(maxYear);
      input.step = "1";
      input.value = String(value);
      label.append(element("span", null, labelText), input);
      section.append(label);
      return input;
    };
    fromInput = range("kg-year-from", minYear, "from");
    toInput = range("kg-year-to", maxYear, "to");
    rangeText = element("div", "kg-year-range");
    section.append(rangeText);
    const undatedLabel = element("label", "kg-filter");
    undatedBox = element("input");
    undatedBox.type = "checkbox";
    undatedBox.id = "kg-year-undated";
    undatedBox.checked = true;
    undatedLabel.append(undatedBox, element("span", "kg-filter-name", "undated relations"));
    section.append(undatedLabel);
    legend.append(section);
  }

  function edgeInYears(edge) {
    if (edge.years.length === 0) return showUndated;
    for (const year of edge.years) {
      if (year >= from && year <= to) return true;
    }
    return false;
  }

  function recompute() {
    visibleNodes = 0;
    data.nodes.forEach((node, index) => {
      nodeHidden[index] = shownTypes.has(node.type) ? 0 : 1;
      visibleNodes += 1 - nodeHidden[index];
    });
    visibleEdges = 0;
    data.edges.forEach((edge, index) => {
      const hidden =
        !shownRelations.has(edge.relation) ||
        !edgeInYears(edge) ||
        nodeHidden[graph.getNodeAttribute(edge.source, "index")] ||
        nodeHidden[graph.getNodeAttribute(edge.target, "index")];
      edgeHidden[index] = hidden ? 1 : 0;
      visibleEdges += 1 - edgeHidden[index];
    });
    if (rangeText) rangeText.textContent = from <= to ? `${from} – ${to}` : "no year";
  }

  function readInputs() {
    shownTypes.clear();
    for (const box of typeBoxes) if (box.checked) shownTypes.add(box.getAttribute("data-node-type"));
    shownRelations.clear();
    for (const box of relationBoxes) if (box.checked) shownRelations.add(box.getAttribute("data-relation"));
    if (hasYears) {
      from = Number(fromInput.value);
      to = Number(toInput.value);
      showUndated = undatedBox.checked;
    }
    recompute();
    onChange();
  }

  // A checkbox fires `input` and `change` alike: `change` applies it. While
  // a slider is dragged (`input`), a small graph follows it; a large one
  // shows the range and applies it when the slider is let go (`change`).
  const live = data.nodes.length + data.edges.length <= LIVE_LIMIT;
  legend.addEventListener("change", readInputs);
  legend.addEventListener("input", (event) => {
    if (event.target.type !== "range") return;
    if (live) {
      readInputs();
    } else if (rangeText) {
      rangeText.textContent = `${fromInput.value} – ${toInput.value}`;
    }
  });
  recompute();

  return {
    isNodeHidden: (key) => nodeHidden[graph.getNodeAttribute(key, "index")] === 1,
    isEdgeHidden: (key) => edgeHidden[graph.getEdgeAttribute(key, "index")] === 1,
    visibleNodeCount: () => visibleNodes,
    visibleEdgeCount: () => visibleEdges,
  };
}
