// The HTML view of the samples graph in headless Chromium: it loads with no
// script error and no network request, search, filters, cards with evidence
// (real mouse clicks on a node and along an edge), and the PNG it saves.
//   node view_samples.mjs --kg KG --samples DIR --work DIR
// The screenshot goes to WORK/view-samples.png, or to $KG_DOCS_DIR.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import {parseArgs} from 'node:util';
import {decodePng, download, foreignResources, hiddenEdges, hiddenNodes, launch, openView, pngFromDataUrl,
        readCard, screenshotDir, setInput} from './browser.mjs';
import {loadGraph} from './graph_file.mjs';

const {values: args} = parseArgs({options: {kg: {type: 'string'}, samples: {type: 'string'},
                                             work: {type: 'string'}}});
for (const name of ['kg', 'samples', 'work']) {
  if (!args[name]) throw new Error(`usage: node view_samples.mjs --kg KG --samples DIR --work DIR (--${name} missing)`);
}

let browser, page, problems, url, graph;
const started = performance.now();

// Waits until the card shows `attribute` = `key` (data-node or data-edge).
async function waitForCard(attribute, key, timeout = 10000) {
  await page.waitForFunction((attribute, key) => {
    const card = document.querySelector('#kg-card');
    return card && !card.hidden && card.getAttribute(attribute) === key;
  }, {timeout}, attribute, key).catch(async () => {
    const card = await readCard(page);
    throw new Error(`#kg-card did not show ${attribute}="${key}"; it shows ` +
                    `data-node=${card?.node} data-edge=${card?.edge} hidden=${card?.hidden}`);
  });
}

// The camera at its home state, drawn: what a user sees on opening the file
// (after any animation, such as a search's move, has ended).
async function resetCamera() {
  await page.waitForFunction(() => !window.kgView.renderer.getCamera().isAnimated(), {timeout: 10000});
  await page.evaluate(async () => {
    window.kgView.renderer.getCamera().setState({x: 0.5, y: 0.5, ratio: 1, angle: 0});
    window.kgView.renderer.refresh();
    await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

// Viewport positions of the given nodes, and whether a click there reaches
// the graph's canvas (not the side panel or a control above it).
async function positions(keys) {
  return page.evaluate(keys => Object.fromEntries(keys.map(key => {
    const {x, y} = window.kgView.nodeViewportPosition(key);
    const element = document.elementFromPoint(x, y);
    return [key, {x, y, onCanvas: element?.tagName === 'CANVAS'}];
  })), keys);
}

// Each evidence item the card shows must be one of `expected` (file items:
// doc, line, sentence), and each expected item must be shown.
function assertEvidence(shown, expected, what) {
  const describe = item => `${item.doc}:${item.line} ${item.sentence}`;
  const matches = (item, want) => item.sentence === want.sentence && item.document?.includes(want.doc) &&
                                  new RegExp(`(^|\\D)${want.line}(\\D|$)`).test(item.line ?? '');
  for (const item of shown) {
    assert.ok(expected.some(want => matches(item, want)),
              `${what}: the card shows evidence that the graph file does not have: ${JSON.stringify(item)}`);
  }
  for (const want of expected) {
    assert.ok(shown.some(item => matches(item, want)),
              `${what}: the card lacks the graph file's evidence ${describe(want)} ` +
              `(shown: ${JSON.stringify(shown.slice(0, 3))}${shown.length > 3 ? ' …' : ''})`);
  }
}

// A user's click: the mouse moves there, rests, and clicks once. The rest is
// longer than sigma's double-click window (300 ms), so two clicks of the
// test are never taken for one double click (which zooms instead).
async function clickAt({x, y}) {
  await page.mouse.move(x, y);
  await new Promise(resolve => setTimeout(resolve, 400));
  await page.mouse.click(x, y);
}

// Of `candidates`, the node drawn on the canvas farthest from any other node
// (positions `at`): the mouse there can only mean it.
function mostIsolated(candidates, at) {
  let best = null, bestRoom = -1;
  for (const node of candidates) {
    const p = at[node.id];
    if (!p.onCanvas) continue;
    const room = Math.min(...graph.nodes.filter(other => other !== node)
                                        .map(other => Math.hypot(at[other.id].x - p.x, at[other.id].y - p.y)));
    if (room > bestRoom) [best, bestRoom] = [node, room];
  }
  return best;
}

function distanceToSegment(p, a, b) {
  const dx = b.x - a.x, dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2)) : 0;
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

describe('the HTML view of the samples graph', () => {
  before(async () => {
    mkdirSync(args.work, {recursive: true});
    const graphFile = path.join(args.work, 'samples.kg.json');
    const viewFile = path.join(args.work, 'view.html');
    // From the samples' parent, so documents are named samples/… as a user's
    // `kg build samples` names them (and the screenshot shows no build path).
    execFileSync(path.resolve(args.kg), ['build', path.basename(path.resolve(args.samples)), '-o', path.resolve(graphFile)],
                 {stdio: 'inherit', cwd: path.dirname(path.resolve(args.samples))});
    execFileSync(args.kg, ['export', graphFile, '-o', viewFile], {stdio: 'inherit'});
    graph = loadGraph(graphFile);
    browser = await launch();
    console.log(`# ${await browser.version()}, ${graph.nodes.length} nodes, ${graph.edges.length} edges`);
    ({page, problems, url} = await openView(browser, viewFile, {readyTimeout: 60000}));
  });

  after(async () => {
    await browser?.close();
    console.log(`# samples view tests: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });

  it('opens with no script error and no network request', async () => {
    assert.deepEqual(problems, [], 'errors or requests while opening the view');
    assert.deepEqual(await page.evaluate(() => window.kgView.errors), [], 'kgView.errors after opening');
    assert.deepEqual(await foreignResources(page, url), [], 'resources fetched from outside the file');
  });

  it('holds every node and edge of the graph under its key, all shown', async () => {
    const view = await page.evaluate(() => ({
      order: window.kgView.graph.order, size: window.kgView.graph.size,
      nodes: window.kgView.visibleNodeCount(), edges: window.kgView.visibleEdgeCount(),
    }));
    assert.equal(view.order, graph.nodes.length, 'nodes in kgView.graph');
    assert.equal(view.size, graph.edges.length, 'edges in kgView.graph');
    assert.equal(view.nodes, graph.nodes.length, 'visibleNodeCount() with no filter');
    assert.equal(view.edges, graph.edges.length, 'visibleEdgeCount() with no filter');
    const missing = await page.evaluate((nodes, edges) => [
      ...nodes.filter(key => !window.kgView.graph.hasNode(key)),
      ...edges.filter(([key, source, target]) => !window.kgView.graph.hasEdge(key) ||
                      window.kgView.graph.source(key) !== source || window.kgView.graph.target(key) !== target)
              .map(([key]) => key),
    ], graph.nodes.map(node => node.id), graph.edges.map(edge => [edge.key, edge.source, edge.target]));
    assert.deepEqual(missing, [], 'node ids (export/node_ids.h) and edge keys e0… missing or misplaced');
  });

  it('labels nodes in English or Chinese as the names menu says', async () => {
    const eu = graph.nodes.find(node => node.type === 'Organization' && node.name === '欧盟');
    const label = () => page.evaluate(key => window.kgView.graph.getNodeAttribute(key, 'label'), eu.id);
    assert.equal(await label(), '欧盟', 'exported without --lang: the canonical name');
    await page.select('#kg-names', 'en');
    assert.equal(await label(), 'European Union', 'English names: name_en');
    await page.select('#kg-names', 'zh');
    assert.equal(await label(), '欧盟', 'Chinese names: name_zh');
    await page.select('#kg-names', '');
    assert.equal(await label(), '欧盟', 'back to the names as exported');
  });

  it('finds 欧盟 when one searches EU, and opens its card', async () => {
    const eu = graph.nodes.find(node => node.type === 'Organization' && node.name === '欧盟');
    assert.ok(eu, 'the samples graph has the Organization 欧盟');
    const results = await page.evaluate(() => window.kgView.search('EU'));
    assert.equal(results[0], eu.id, `kgView.search("EU") puts ${eu.id} first (got ${JSON.stringify(results)})`);
    await page.click('#kg-search', {clickCount: 3});
    await page.type('#kg-search', 'EU');
    await page.keyboard.press('Enter');
    await waitForCard('data-node', eu.id);
    const card = await readCard(page);
    assert.equal(card.title, '欧盟', '.kg-card-title of the card that searching EU opens');
    // The picture: the whole graph, 欧盟 highlighted and its card open.
    await resetCamera();
    await page.screenshot({path: path.join(screenshotDir(args.work), 'view-samples.png')});
  });

  it('hides exactly the nodes of a node type that is unchecked, and shows them again', async () => {
    const types = [...new Set(graph.nodes.map(node => node.type))];
    const keys = graph.nodes.map(node => node.id);
    for (const type of types) {
      const selector = `input[type=checkbox][data-node-type="${type}"]`;
      assert.ok(await page.$(selector), `a checkbox ${selector} for the node type present`);
      await setInput(page, selector, {checked: false});
      const hidden = await hiddenNodes(page, keys);
      for (const node of graph.nodes) {
        assert.equal(hidden[node.id], node.type === type,
                     `with ${type} unchecked, ${node.type} ${node.name} (${node.id}) hidden`);
      }
      const count = graph.nodes.filter(node => node.type !== type).length;
      assert.equal(await page.evaluate(() => window.kgView.visibleNodeCount()), count,
                   `visibleNodeCount() with ${type} unchecked`);
      await setInput(page, selector, {checked: true});
      const shown = await hiddenNodes(page, keys);
      assert.deepEqual(keys.filter(key => shown[key]), [], `nodes still hidden after rechecking ${type}`);
    }
  });

  it('hides exactly the edges of a relation that is unchecked, and shows them again', async () => {
    const relations = [...new Set(graph.edges.map(edge => edge.relation))];
    const keys = graph.edges.map(edge => edge.key);
    for (const relation of relations) {
      const selector = `input[type=checkbox][data-relation="${relation}"]`;
      assert.ok(await page.$(selector), `a checkbox ${selector} for the relation present`);
      await setInput(page, selector, {checked: false});
      const hidden = await hiddenEdges(page, keys);
      for (const edge of graph.edges) {
        assert.equal(hidden[edge.key], edge.relation === relation,
                     `with ${relation} unchecked, ${edge.source} ${edge.relation} ${edge.target} (${edge.key}) hidden`);
      }
      await setInput(page, selector, {checked: true});
      const shown = await hiddenEdges(page, keys);
      assert.deepEqual(keys.filter(key => shown[key]), [], `edges still hidden after rechecking ${relation}`);
    }
  });

  it('hides the edges outside the year range, and undated edges when asked', async () => {
    const dated = graph.edges.filter(edge => edge.years.length);
    const years = [...new Set(dated.flatMap(edge => edge.years))].sort((a, b) => a - b);
    assert.ok(years.length >= 2, 'the samples graph has edges of at least two years');
    const range = await page.evaluate(() => ['#kg-year-from', '#kg-year-to'].map(selector => {
      const input = document.querySelector(selector);
      return input && {type: input.type, min: Number(input.min), max: Number(input.max)};
    }));
    for (const input of range) {
      assert.deepEqual(input, {type: 'range', min: years[0], max: years.at(-1)},
                       '#kg-year-from and #kg-year-to: range inputs from the first to the last year');
    }
    // One year in the middle: an edge of that year only is shown, an edge
    // with no year in it hidden (an edge of that year and others is left
    // unasserted: "any year" and "every year" are both readings), undated
    // edges shown while #kg-year-undated is checked.
    const year = years[Math.floor(years.length / 2)];
    await setInput(page, '#kg-year-from', {value: year});
    await setInput(page, '#kg-year-to', {value: year});
    let hidden = await hiddenEdges(page, graph.edges.map(edge => edge.key));
    let checked = 0;
    for (const edge of graph.edges) {
      const inRange = edge.years.filter(y => y === year).length;
      if (edge.years.length && inRange === edge.years.length) {
        assert.equal(hidden[edge.key], false, `years ${year}–${year}: ${edge.key} of ${edge.years} shown`);
      } else if (edge.years.length && inRange === 0) {
        assert.equal(hidden[edge.key], true, `years ${year}–${year}: ${edge.key} of ${edge.years} hidden`);
      } else if (!edge.years.length) {
        assert.equal(hidden[edge.key], false, `years ${year}–${year}: undated ${edge.key} shown`);
      } else {
        continue;
      }
      ++checked;
    }
    assert.ok(checked > graph.edges.length / 2, 'most edges had a definite answer');
    await setInput(page, '#kg-year-undated', {checked: false});
    hidden = await hiddenEdges(page, graph.edges.map(edge => edge.key));
    for (const edge of graph.edges.filter(edge => !edge.years.length)) {
      assert.equal(hidden[edge.key], true, `#kg-year-undated unchecked: undated ${edge.key} hidden`);
    }
    await setInput(page, '#kg-year-undated', {checked: true});
    await setInput(page, '#kg-year-from', {value: years[0]});
    await setInput(page, '#kg-year-to', {value: years.at(-1)});
    assert.equal(await page.evaluate(() => window.kgView.visibleEdgeCount()), graph.edges.length,
                 'every edge shown again over the whole year range');
  });

  it('opens the card of a node clicked with the mouse, with its edges and their evidence', async () => {
    // Not the node whose card was open already (欧盟): the click must open it — the card closed
    // first, so that opening it could move the graph.
    const open = (await readCard(page))?.node;
    await page.evaluate(() => document.activeElement?.blur());
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('#kg-card')?.hidden, {timeout: 3000});
    await resetCamera();
    const withEvidence = graph.nodes.filter(node => node.id !== open && graph.edges.some(
      edge => (edge.source === node.id || edge.target === node.id) && edge.evidence.length));
    const at = await positions(graph.nodes.map(node => node.id));
    const best = mostIsolated(withEvidence, at);
    assert.ok(best, 'a node with evidence drawn on the canvas');
    await clickAt(at[best.id]);
    await waitForCard('data-node', best.id);
    // The card opens over the graph, which stays where it was: the node under the mouse still is.
    const after = (await positions([best.id]))[best.id];
    assert.ok(Math.hypot(after.x - at[best.id].x, after.y - at[best.id].y) < 0.5,
              `${best.name} moved from (${at[best.id].x.toFixed(1)}, ${at[best.id].y.toFixed(1)}) to ` +
              `(${after.x.toFixed(1)}, ${after.y.toFixed(1)}) when its card opened`);
    const card = await readCard(page);
    const edges = graph.edges.filter(edge => edge.source === best.id || edge.target === best.id);
    assert.equal(card.title, best.name, '.kg-card-title of the clicked node');
    assert.equal(card.edges.length, edges.length, `one .kg-edge per edge of ${best.name}`);
    assertEvidence(card.edges.flatMap(edge => edge.evidence), edges.flatMap(edge => edge.evidence),
                   `the card of ${best.name}`);
  });

  it('opens the card of an edge clicked anywhere along its middle, on the line or beside it', async () => {
    // Straight after the node test: its card open, the mouse where it clicked.
    await resetCamera();
    const at = await positions(graph.nodes.map(node => node.id));
    // Points along an edge (as fractions of its length) and across it (in
    // pixels): a 1-pixel line must take a click on it or a pixel and a half
    // beside it, all along its middle.
    const along = [0.35, 0.45, 0.5, 0.55, 0.65];
    const across = [0, 1.5, -1.5];
    const point = (edge, t, offset) => {
      const a = at[edge.source], b = at[edge.target];
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      return {x: a.x + t * (b.x - a.x) - offset * (b.y - a.y) / length,
              y: a.y + t * (b.y - a.y) + offset * (b.x - a.x) / length};
    };
    // Edges alone between their two nodes (a pair with several edges may
    // be drawn curved), whose points along the middle are farthest from
    // every other edge and node.
    const pairs = new Map();
    for (const edge of graph.edges) {
      const pair = [edge.source, edge.target].sort().join(' ');
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
    }
    let best = null, bestRoom = -1;
    for (const edge of graph.edges) {
      if (!edge.evidence.length || pairs.get([edge.source, edge.target].sort().join(' ')) !== 1) continue;
      const points = along.map(t => point(edge, t, 0));
      const onCanvas = await page.evaluate(points => points.every(
        ({x, y}) => document.elementFromPoint(x, y)?.tagName === 'CANVAS'), points);
      if (!onCanvas) continue;
      const room = Math.min(...points.flatMap(p => [
        ...graph.edges.filter(other => other !== edge)
                      .map(other => distanceToSegment(p, at[other.source], at[other.target])),
        ...graph.nodes.map(node => Math.hypot(at[node.id].x - p.x, at[node.id].y - p.y))]));
      if (room > bestRoom) [best, bestRoom] = [edge, room];
    }
    assert.ok(best, 'an edge with evidence alone between its nodes, its middle on the canvas');
    assert.ok(bestRoom >= 8, `${best.key}'s middle is ${bestRoom.toFixed(1)} px from another edge or node`);
    const what = `${best.key} (${best.source} ${best.relation} ${best.target})`;
    for (const t of along) {
      for (const offset of across) {
        // The card closed first, so that each click must open it again.
        await page.evaluate(() => document.activeElement?.blur());
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => document.querySelector('#kg-card')?.hidden, {timeout: 3000});
        await clickAt(point(best, t, offset));
        const opened = await page.waitForFunction(() => {
          const card = document.querySelector('#kg-card');
          return card && !card.hidden && card.getAttribute('data-edge');
        }, {timeout: 3000}).then(handle => handle.jsonValue(), () => null);
        assert.equal(opened, best.key, `a click ${(t * 100).toFixed(0)}% along ${what}, ${offset} px across, ` +
                                       `opened ${opened === null ? 'no edge card' : `the card of ${opened}`}`);
      }
    }
    const card = await readCard(page);
    assertEvidence(card.evidence, best.evidence, `the card of edge ${what}, clicked ${bestRoom.toFixed(0)} px ` +
                                                 'from others');
  });

  it('dims all but the neighbourhood of the node under the mouse, and undims when it leaves', async () => {
    await resetCamera();
    const at = await positions(graph.nodes.map(node => node.id));
    const hub = mostIsolated(graph.nodes.filter(node => graph.edges.some(
      edge => edge.source === node.id || edge.target === node.id)), at);
    assert.ok(hub, 'a node with edges drawn on the canvas');
    const neighbours = new Set([hub.id]);
    for (const edge of graph.edges) {
      if (edge.source === hub.id) neighbours.add(edge.target);
      if (edge.target === hub.id) neighbours.add(edge.source);
    }
    const colors = () => page.evaluate(async keys => {
      await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return Object.fromEntries(keys.map(key => [key, window.kgView.renderer.getNodeDisplayData(key).color]));
    }, graph.nodes.map(node => node.id));
    await page.mouse.move(5, 795);  // off the graph
    const before = await colors();
    await page.mouse.move(at[hub.id].x, at[hub.id].y);
    const hovered = await colors();
    for (const node of graph.nodes) {
      if (neighbours.has(node.id)) {
        assert.equal(hovered[node.id], before[node.id], `hovering ${hub.name}: its neighbour ${node.name} keeps its colour`);
      } else {
        assert.notEqual(hovered[node.id], before[node.id], `hovering ${hub.name}: ${node.name} dimmed`);
      }
    }
    await page.mouse.move(5, 795);
    assert.deepEqual(await colors(), before, 'every colour back once the mouse leaves the node');
  });

  it('gives the view as a PNG from snapshotPng() and from the save button', async () => {
    const snapshot = pngFromDataUrl(await page.evaluate(() => window.kgView.snapshotPng()));
    assert.ok(snapshot, 'snapshotPng() resolves to a data:image/png;base64 URL');
    const png = decodePng(snapshot);
    assert.ok(png, 'snapshotPng() gives PNG bytes (signature and IHDR)');
    assert.ok(png.width >= 200 && png.height >= 200, `a picture of some size (${png.width}x${png.height})`);
    assert.ok(png.size > 10000, `more than a blank picture (${png.size} bytes)`);
    const saved = await download(page, '#kg-save-png');
    assert.equal(saved.name, 'kg-view.png', 'the save button downloads kg-view.png');
    assert.ok(decodePng(saved.bytes), 'the save button downloads PNG bytes');
  });

  it('caught no script error and made no network request during the whole session', async () => {
    assert.deepEqual(problems, [], 'errors or requests while using the view');
    assert.deepEqual(await page.evaluate(() => window.kgView.errors), [], 'kgView.errors at the end');
    assert.deepEqual(await foreignResources(page, url), [], 'resources fetched from outside the file');
  });
});
