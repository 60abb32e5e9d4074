// kg's interactive view: reads the graph kg embedded in the page
// (#kg-data, written by export/html_writer.cpp), draws it with sigma.js
// (WebGL), and wires up search, filters, the card, hover and PNG export.
// The hooks on window.kgView are the interface tests/view/ relies on
// (see the contract in the kg sources).
import Graph from "graphology";
import Sigma from "sigma";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";

import { edgeCard, nodeCard } from "./card.js";
import { buildFilters } from "./filters.js";
import { edgeProgramClasses } from "./picking.js";
import { SearchIndex } from "./search.js";

// One colour per relation type; node type colours come with the data (the
// diagrams' fills, export/dot_writer.cpp).
const RELATION_COLORS = {
  PROPOSED: "#d95f02",
  ISSUED: "#7570b3",
  ADOPTED: "#1b9e77",
  SIGNED: "#e7298a",
  REJECTED: "#a6761d",
  MEMBER_OF: "#66a61e",
  COOPERATES_WITH: "#1f78b4",
  SUPPORTS: "#33a02c",
  OPPOSES: "#e31a1c",
  HOSTED: "#ff7f00",
  PARTICIPATED_IN: "#6a3d9a",
  LEADS: "#b15928",
  IN_YEAR: "#9e9e9e",
};
const DIMMED_NODE = "#e4e4e4";
const DIMMED_EDGE = "#f0f0f0";
const HOVERED_EDGE = "#333333";
// Node sizes in pixels, by degree: square root, so hubs stay readable.
const MIN_NODE_SIZE = 3;
const MAX_NODE_SIZE = 16;
const NODES_AT_FULL_SIZE = 1000;
const MIN_NODE_SCALE = 0.35;
// Graphs up to this many nodes + edges are laid out before the first
// picture, synchronously and deterministically (LAYOUT_WORK / size
// iterations, at most LAYOUT_MAX_ITERATIONS); larger ones are drawn at once
// and laid out by ForceAtlas2 in a web worker for LAYOUT_AUTO_MS plus
// LAYOUT_AUTO_MS_PER_ITEM per node and edge, so the page stays responsive.
const SYNC_LAYOUT_LIMIT = 6000;
const LAYOUT_WORK = 1.5e6;
const LAYOUT_MAX_ITERATIONS = 300;
const LAYOUT_AUTO_MS = 2000;
const LAYOUT_AUTO_MS_PER_ITEM = 0.1;
// The "Run layout" button runs the worker at most this long.
const LAYOUT_RUN_MS = 20000;
// Above this many nodes + edges, hovering does not dim the rest of the graph
// (which re-processes every item) but highlights the neighbourhood only,
// re-processing just those items.
const DIM_LIMIT = 20000;

const errors = [];
const kgView = { errors };
window.kgView = kgView;
window.addEventListener("error", (event) => errors.push(String(event.message || event.error)));
window.addEventListener("unhandledrejection", (event) => errors.push(String(event.reason)));

function readData() {
  const text = document.getElementById("kg-data").textContent;
  return JSON.parse(text);
}

// Seeded pseudo-random positions (mulberry32): the same on every load, and
// with no order in them (nodes come sorted by type), a good start for
// ForceAtlas2.
function positions(count) {
  let seed = 0x6b67;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const scale = Math.sqrt(count) * 10;
  return Array.from({ length: count }, () => ({ x: (random() - 0.5) * scale, y: (random() - 0.5) * scale }));
}

function buildGraph(data) {
  const graph = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  let maxDegree = 1;
  for (const node of data.nodes) maxDegree = Math.max(maxDegree, node.degree);
  // Sizes are in screen pixels: thousands of nodes shown at once need
  // smaller ones not to cover each other.
  const shrink = Math.min(1, Math.max(MIN_NODE_SCALE, Math.sqrt(NODES_AT_FULL_SIZE / Math.max(data.nodes.length, 1))));
  const start = positions(data.nodes.length);
  data.nodes.forEach((node, index) => {
    const position = start[index];
    const scale = Math.sqrt(node.degree / maxDegree);
    graph.addNode(node.key, {
      x: position.x,
      y: position.y,
      size: shrink * (MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * scale),
      label: node.name,
      color: data.nodeTypes[node.type] || "#cccccc",
      nodeType: node.type,
      index,
    });
  });
  data.edges.forEach((edge, index) => {
    graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, {
      size: 1,
      color: RELATION_COLORS[edge.relation] || "#999999",
      type: edge.symmetric ? "line" : "arrow",
      relation: edge.relation,
      index,
    });
  });
  return graph;
}

function isLarge(graph, limit) {
  return graph.order + graph.size > limit;
}

function syncLayout(graph) {
  if (graph.order < 2) return;
  const iterations = Math.min(LAYOUT_MAX_ITERATIONS, Math.round(LAYOUT_WORK / (graph.order + graph.size)));
  forceAtlas2.assign(graph, { iterations, settings: forceAtlas2.inferSettings(graph) });
}

// ForceAtlas2 in a web worker (created from a Blob: no request), started
// and stopped by the "Run layout" button or run() with a time limit. The
// worker moves the nodes of a copy of the graph; the shown graph takes its
// positions every LAYOUT_SHOW_MS and at the end, so that redrawing a large
// graph does not hold the layout back.
const LAYOUT_SHOW_MS = 500;
class WorkerLayout {
  constructor(graph, button) {
    this.graph = graph;
    this.button = button;
    this.copy = null;
    this.layout = null;
    this.timer = null;
    this.shower = null;
    this.done = null;
    button.addEventListener("click", () => (this.running() ? this.stop() : this.run(LAYOUT_RUN_MS)));
  }
  running() {
    return this.layout !== null && this.layout.isRunning();
  }
  show() {
    const copy = this.copy;
    this.graph.updateEachNodeAttributes(
      (node, attributes) => {
        const moved = copy.getNodeAttributes(node);
        attributes.x = moved.x;
        attributes.y = moved.y;
        return attributes;
      },
      { attributes: ["x", "y"] },
    );
  }
  // Resolves when the layout stops (time up, or the button).
  run(milliseconds) {
    if (!this.layout) {
      this.copy = this.graph.copy();
      this.layout = new FA2Layout(this.copy, { settings: forceAtlas2.inferSettings(this.copy) });
    }
    this.layout.start();
    this.button.textContent = "Stop layout";
    this.button.setAttribute("aria-pressed", "true");
    this.timer = setTimeout(() => this.stop(), milliseconds);
    this.shower = setInterval(() => this.show(), LAYOUT_SHOW_MS);
    return new Promise((resolve) => (this.done = resolve));
  }
  stop() {
    if (this.layout) this.layout.stop();
    clearTimeout(this.timer);
    clearInterval(this.shower);
    if (this.copy) this.show();
    this.button.textContent = "Run layout";
    this.button.setAttribute("aria-pressed", "false");
    if (this.done) this.done();
    this.done = null;
  }
}

function main() {
  const data = readData();
  const graph = buildGraph(data);
  const syncLaidOut = !isLarge(graph, SYNC_LAYOUT_LIMIT);
  if (syncLaidOut) syncLayout(graph);
  const dimOnHover = !isLarge(graph, DIM_LIMIT);

  const container = document.getElementById("kg-graph");
  const card = document.getElementById("kg-card");
  const search = new SearchIndex(data);

  // Hover state, read by the reducers on every frame: no allocation there.
  let hovered = null;
  const hoveredNeighbours = new Set();
  let selected = null;

  const filters = buildFilters(document.getElementById("kg-legend"), data, RELATION_COLORS, graph, () =>
    renderer.refresh({ skipIndexation: true }),
  );

  const renderer = new Sigma(graph, container, {
    renderEdgeLabels: false,
    enableEdgeEvents: true,
    edgeProgramClasses,
    labelRenderedSizeThreshold: graph.order > 300 ? 10 : 4,
    labelFont: '"Noto Sans CJK SC", "Noto Sans", sans-serif',
    labelSize: 13,
    // Sorting by zIndex costs a sort of every item per refresh: small graphs only.
    zIndex: graph.size <= 5000,
    // Large graphs: thin edges, and none while the camera moves, so a slow
    // (software) GPU has less to fill and panning stays fluid.
    minEdgeThickness: dimOnHover ? 1.7 : 1,
    hideEdgesOnMove: !dimOnHover,
    nodeReducer(node, attributes) {
      if (filters.isNodeHidden(node)) {
        attributes.hidden = true;
        return attributes;
      }
      if (dimOnHover && hovered !== null && node !== hovered && !hoveredNeighbours.has(node)) {
        attributes.color = DIMMED_NODE;
        attributes.label = "";
        attributes.zIndex = 0;
      } else if (node === hovered || node === selected) {
        attributes.highlighted = true;
        attributes.zIndex = 1;
      }
      return attributes;
    },
    edgeReducer(edge, attributes) {
      if (filters.isEdgeHidden(edge)) {
        attributes.hidden = true;
        return attributes;
      }
      if (hovered === null) return attributes;
      if (!graph.hasExtremity(edge, hovered)) {
        if (dimOnHover) {
          attributes.color = DIMMED_EDGE;
          attributes.zIndex = 0;
        }
      } else {
        attributes.size = 2;
        attributes.zIndex = 1;
        if (!dimOnHover) attributes.color = HOVERED_EDGE;
      }
      return attributes;
    },
  });

  function refresh() {
    renderer.refresh({ skipIndexation: true });
  }

  // The items whose look depends on the hovered node: it, its neighbours
  // and its edges (what a large graph re-processes on hover).
  function refreshNeighbourhood(node) {
    if (dimOnHover) {
      refresh();
      return;
    }
    const nodes = [node, ...graph.neighbors(node)];
    renderer.refresh({ partialGraph: { nodes, edges: graph.edges(node) }, skipIndexation: true });
  }
  function setHovered(node) {
    const previous = hovered;
    hovered = node;
    hoveredNeighbours.clear();
    if (node !== null) graph.forEachNeighbor(node, (neighbour) => hoveredNeighbours.add(neighbour));
    if (previous !== null && !dimOnHover) refreshNeighbourhood(previous);
    if (node !== null) refreshNeighbourhood(node);
    else if (dimOnHover) refresh();
  }
  renderer.on("enterNode", ({ node }) => {
    container.style.cursor = "pointer";
    setHovered(node);
  });
  renderer.on("leaveNode", () => {
    container.style.cursor = "";
    setHovered(null);
  });
  renderer.on("enterEdge", () => (container.style.cursor = "pointer"));
  renderer.on("leaveEdge", () => (container.style.cursor = ""));

  // The selected node is drawn highlighted: re-process it and the one before.
  function setSelected(key) {
    const previous = selected;
    selected = key;
    if (dimOnHover) {
      refresh();
      return;
    }
    const nodes = [previous, key].filter((node) => node !== null && graph.hasNode(node));
    if (nodes.length) renderer.refresh({ partialGraph: { nodes }, skipIndexation: true });
  }
  function showNode(key) {
    nodeCard(card, data, data.nodes[graph.getNodeAttribute(key, "index")], graph, selectNode, selectEdge);
    setSelected(key);
  }
  function selectNode(key, moveCamera = true) {
    showNode(key);
    if (moveCamera) {
      const position = renderer.getNodeDisplayData(key);
      if (position) renderer.getCamera().animate({ x: position.x, y: position.y, ratio: 0.3 }, { duration: 400 });
    }
  }
  function selectEdge(key) {
    edgeCard(card, data, data.edges[graph.getEdgeAttribute(key, "index")], graph, selectNode);
    setSelected(null);
  }
  function closeCard() {
    card.hidden = true;
    card.removeAttribute("data-node");
    card.removeAttribute("data-edge");
    setSelected(null);
  }
  renderer.on("clickNode", ({ node }) => showNode(node));
  renderer.on("clickEdge", ({ edge }) => selectEdge(edge));
  renderer.on("clickStage", closeCard);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && event.target === document.body) closeCard();
  });

  wireSearch(search, data, selectNode);
  const layout = new WorkerLayout(graph, document.getElementById("kg-layout"));

  // Labels in the language picked: a node's name_en or name_zh where kg
  // knows it, else the name it was exported with (kg export --lang).
  document.getElementById("kg-names").addEventListener("change", (event) => {
    const language = event.target.value;
    for (const node of data.nodes) {
      const named = language ? node[`name_${language}`] : undefined;
      graph.setNodeAttribute(node.key, "label", named || node.name);
    }
  });

  function snapshotPng() {
    // Drawn in the same task as the render, so the WebGL layers still hold
    // the picture without preserveDrawingBuffer.
    renderer.refresh({ skipIndexation: true });
    const { width, height } = renderer.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const context = canvas.getContext("2d");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    for (const layer of container.querySelectorAll("canvas")) {
      context.drawImage(layer, 0, 0, canvas.width, canvas.height);
    }
    return Promise.resolve(canvas.toDataURL("image/png"));
  }
  document.getElementById("kg-save-png").addEventListener("click", async () => {
    const url = await snapshotPng();
    const link = document.createElement("a");
    link.href = url;
    link.download = "kg-view.png";
    document.body.appendChild(link);
    link.click();
    link.remove();
  });

  Object.assign(kgView, {
    graph,
    renderer,
    search: (text) => search.find(text),
    isNodeHidden: (key) => filters.isNodeHidden(key),
    isEdgeHidden: (key) => filters.isEdgeHidden(key),
    visibleNodeCount: () => filters.visibleNodeCount(),
    visibleEdgeCount: () => filters.visibleEdgeCount(),
    nodeViewportPosition(key) {
      const attributes = graph.getNodeAttributes(key);
      const point = renderer.graphToViewport({ x: attributes.x, y: attributes.y });
      const box = container.getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    },
    snapshotPng,
  });
  // Resolves to true, so that a check for `kgView.ready` that awaits it is truthy too.
  const drawn = new Promise((resolve) => requestAnimationFrame(() => resolve(true)));
  if (syncLaidOut) return drawn;
  const layoutMs = LAYOUT_AUTO_MS + LAYOUT_AUTO_MS_PER_ITEM * (graph.order + graph.size);
  return drawn.then(() => layout.run(layoutMs)).then(() => true);
}

function wireSearch(search, data, selectNode) {
  const input = document.getElementById("kg-search");
  const list = document.getElementById("kg-suggestions");
  const SUGGESTIONS = 12;
  const clear = () => {
    list.replaceChildren();
    list.hidden = true;
  };
  const choose = (key) => {
    clear();
    selectNode(key);
  };
  input.addEventListener("input", () => {
    const keys = search.find(input.value).slice(0, SUGGESTIONS);
    list.replaceChildren();
    for (const key of keys) {
      const node = data.nodes[search.indexOf(key)];
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = node.name;
      const type = document.createElement("span");
      type.className = "kg-suggestion-type";
      type.textContent = node.type;
      button.append(" ", type);
      button.addEventListener("click", () => choose(key));
      item.append(button);
      list.append(item);
    }
    list.hidden = keys.length === 0;
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      const keys = search.find(input.value);
      if (keys.length > 0) {
        choose(keys[0]);
        input.classList.remove("kg-not-found");
      } else {
        input.classList.add("kg-not-found");
      }
    } else if (event.key === "Escape") {
      clear();
    }
  });
}

kgView.ready = Promise.resolve()
  .then(main)
  .catch((error) => {
    errors.push(String(error && error.stack ? error.stack : error));
    const message = document.getElementById("kg-error");
    message.textContent = "The view could not start: " + String(error);
    message.hidden = false;
    throw error;
  });
