// The HTML view of a generated graph of 10,000 nodes and 50,000 edges
// (make_graph.mjs) in headless Chromium: it loads with no error or request,
// search finds a node by name and by alias, a type filter works. The load
// time and the frames per second of a camera animation are logged, not
// asserted (tests assert no timing).
//   node view_large.mjs --kg KG --work DIR
// The screenshot goes to WORK/view-10k.png, or to $KG_DOCS_DIR.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import {parseArgs} from 'node:util';
import {foreignResources, hiddenNodes, launch, openView, readCard, screenshotDir, setInput} from './browser.mjs';
import {loadGraph} from './graph_file.mjs';
import {makeGraph} from './make_graph.mjs';

const {values: args} = parseArgs({options: {kg: {type: 'string'}, work: {type: 'string'}}});
for (const name of ['kg', 'work']) {
  if (!args[name]) throw new Error(`usage: node view_large.mjs --kg KG --work DIR (--${name} missing)`);
}
const NODES = 10000, EDGES = 50000;

let browser, page, problems, url, graph, loadMs;
const started = performance.now();

describe(`the HTML view of a generated graph of ${NODES} nodes and ${EDGES} edges`, () => {
  before(async () => {
    mkdirSync(args.work, {recursive: true});
    const graphFile = path.join(args.work, 'large.kg.json');
    const viewFile = path.join(args.work, 'large.html');
    writeFileSync(graphFile, JSON.stringify(makeGraph(NODES, EDGES)) + '\n');
    const exportStarted = performance.now();
    execFileSync(args.kg, ['export', graphFile, '-o', viewFile], {stdio: 'inherit'});
    console.log(`# kg export to HTML: ${((performance.now() - exportStarted) / 1000).toFixed(1)} s`);
    graph = loadGraph(graphFile);
    browser = await launch();
    ({page, problems, url, loadMs} = await openView(browser, viewFile, {readyTimeout: 300000}));
    console.log(`# ${await browser.version()}: opened and kgView.ready in ${(loadMs / 1000).toFixed(1)} s`);
  });

  after(async () => {
    await browser?.close();
    console.log(`# large view tests: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });

  it('opens with no script error and no network request, holding the whole graph', async () => {
    assert.deepEqual(problems, [], 'errors or requests while opening the view');
    assert.deepEqual(await page.evaluate(() => window.kgView.errors), [], 'kgView.errors after opening');
    assert.deepEqual(await foreignResources(page, url), [], 'resources fetched from outside the file');
    const view = await page.evaluate(() => ({order: window.kgView.graph.order, size: window.kgView.graph.size,
                                             shown: window.kgView.visibleNodeCount()}));
    assert.deepEqual(view, {order: NODES, size: EDGES, shown: NODES}, 'nodes, edges, and nodes shown');
  });

  it('finds a node by its name and by its alias', async () => {
    const node = graph.nodes.find(n => n.type === 'Organization' && n.aliases.length && n.name.endsWith('0040'));
    assert.ok(node, 'the generated graph has Organization 组织00040 with an alias');
    for (const text of [node.name, node.aliases[0]]) {
      const results = await page.evaluate(text => window.kgView.search(text), text);
      assert.equal(results[0], node.id, `kgView.search(${JSON.stringify(text)}) puts ${node.id} first`);
    }
    await page.click('#kg-search', {clickCount: 3});
    await page.type('#kg-search', node.aliases[0]);
    await page.keyboard.press('Enter');
    await page.waitForFunction(key => document.querySelector('#kg-card')?.getAttribute('data-node') === key,
                               {timeout: 30000}, node.id);
    assert.equal((await readCard(page)).title, node.name, '.kg-card-title of the node found');
  });

  it('hides every Person when Person is unchecked, and shows them again', async () => {
    const people = graph.nodes.filter(node => node.type === 'Person').map(node => node.id);
    const selector = 'input[type=checkbox][data-node-type="Person"]';
    await setInput(page, selector, {checked: false});
    const hidden = await hiddenNodes(page, people);
    assert.deepEqual(people.filter(key => !hidden[key]), [], 'Person nodes shown with Person unchecked');
    assert.equal(await page.evaluate(() => window.kgView.visibleNodeCount()), NODES - people.length,
                 'visibleNodeCount() with Person unchecked');
    await setInput(page, selector, {checked: true});
    assert.equal(await page.evaluate(() => window.kgView.visibleNodeCount()), NODES,
                 'visibleNodeCount() with Person checked again');
  });

  it('animates the camera (frames per second logged) and takes a screenshot', async () => {
    await page.waitForFunction(() => !window.kgView.renderer.getCamera().isAnimated(), {timeout: 30000});
    const measure = await page.evaluate(async () => {
      const renderer = window.kgView.renderer;
      const camera = renderer.getCamera();
      camera.setState({x: 0.5, y: 0.5, ratio: 1, angle: 0});
      let renders = 0, frames = 0, running = true;
      const onRender = () => { ++renders; };
      renderer.on('afterRender', onRender);
      const tick = () => { ++frames; if (running) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
      const start = performance.now();
      await camera.animate({ratio: 0.3, angle: Math.PI / 6}, {duration: 2500});
      await camera.animate({ratio: 1, angle: 0}, {duration: 2500});
      const seconds = (performance.now() - start) / 1000;
      running = false;
      renderer.off('afterRender', onRender);
      return {seconds, renders, frames};
    });
    console.log(`# camera animation: ${measure.renders} renders and ${measure.frames} animation frames in ` +
                `${measure.seconds.toFixed(2)} s: ${(measure.renders / measure.seconds).toFixed(1)} renders/s, ` +
                `${(measure.frames / measure.seconds).toFixed(1)} frames/s`);
    assert.ok(measure.renders > 0, 'sigma rendered during the camera animation');
    await page.screenshot({path: path.join(screenshotDir(args.work), 'view-10k.png')});
    assert.deepEqual(problems, [], 'errors or requests while using the view');
    assert.deepEqual(await page.evaluate(() => window.kgView.errors), [], 'kgView.errors at the end');
  });
});
