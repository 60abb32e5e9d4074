// Opens an exported HTML view in Debian's Chromium, headless, with WebGL
// through SwiftShader (sigma draws with WebGL), and records what a test must
// reject: script errors, console errors, and any request other than the file
// itself and data:/blob: URLs (which are aborted, not served).
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import puppeteer from 'puppeteer-core';

export const CHROMIUM = process.env.KG_CHROMIUM ?? '/usr/bin/chromium';
export const VIEWPORT = {width: 1280, height: 800, deviceScaleFactor: 1};

export async function launch() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (scripts/install-deps.sh does)`);
  }
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    defaultViewport: VIEWPORT,
    args: [
      '--no-sandbox',  // the tests run as root, where Chromium's sandbox refuses to start
      '--use-angle=swiftshader', '--enable-unsafe-swiftshader',  // WebGL on the CPU, no GPU needed
      '--disable-dev-shm-usage',  // containers have a small /dev/shm
      '--no-first-run', '--disable-extensions', '--disable-background-networking',
    ],
  });
}

// A page with the recorders attached, the file opened, and kgView.ready
// awaited. Returns {page, problems, url, loadMs}: `problems` lists every
// script error, console error and foreign request seen so far (and later).
export async function openView(browser, file, {readyTimeout = 60000} = {}) {
  const page = await browser.newPage();
  const url = pathToFileURL(path.resolve(file)).href;
  const problems = [];
  page.on('pageerror', error => problems.push(`script error: ${error.message}`));
  page.on('console', message => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('workercreated', worker => {
    worker.on?.('console', message => {
      if (message.type() === 'error') problems.push(`worker console error: ${message.text()}`);
    });
  });
  await page.setRequestInterception(true);
  page.on('request', request => {
    const requested = request.url();
    if (requested.split('#')[0] === url || requested.startsWith('data:') || requested.startsWith('blob:')) {
      request.continue();
    } else {
      problems.push(`network request: ${requested}`);
      request.abort();
    }
  });
  // A script error while loading ends the wait at once: the page is broken.
  let scriptError;
  const broken = new Promise((_, reject) => { scriptError = reject; });
  broken.catch(() => {});
  page.once('pageerror', error => scriptError(new Error(`script error: ${error.message}`)));
  const started = performance.now();
  try {
    await Promise.race([broken, (async () => {
      await page.goto(url, {waitUntil: 'load', timeout: readyTimeout});
      await page.waitForFunction(() => window.kgView && window.kgView.ready, {timeout: readyTimeout});
      await page.evaluate(timeout => Promise.race([
        window.kgView.ready,
        new Promise((_, reject) => setTimeout(() => reject(new Error(`kgView.ready not resolved in ${timeout} ms`)),
                                              timeout)),
      ]), readyTimeout);
    })()]);
  } catch (error) {
    // What went wrong in the page says more than the timeout.
    throw new Error(`${file} did not load (window.kgView.ready): ${error.message}` +
                    (problems.length ? `\n  ${problems.join('\n  ')}` : ''));
  }
  const loadMs = performance.now() - started;
  return {page, problems, url, loadMs};
}

// Everything the page fetched, by the Resource Timing API: a second witness
// that no request left the file (this one sees requests the interception
// might not, such as a worker's).
export async function foreignResources(page, url) {
  const names = await page.evaluate(() => performance.getEntriesByType('resource').map(entry => entry.name));
  return names.filter(name => name.split('#')[0] !== url && !name.startsWith('data:') && !name.startsWith('blob:'));
}

// Sets a filter input the way the contract says a test may: the value (or
// checked state), then a `change` event.
export async function setInput(page, selector, {checked, value}) {
  const found = await page.evaluate((selector, checked, value) => {
    const input = document.querySelector(selector);
    if (!input) return false;
    if (checked !== undefined) input.checked = checked;
    if (value !== undefined) input.value = String(value);
    input.dispatchEvent(new Event('change', {bubbles: true}));
    return true;
  }, selector, checked, value);
  if (!found) throw new Error(`no element ${selector}`);
}

// Hidden state of many nodes or edges at once: {key: hidden}.
export async function hiddenNodes(page, keys) {
  return page.evaluate(keys => Object.fromEntries(keys.map(k => [k, window.kgView.isNodeHidden(k)])), keys);
}
export async function hiddenEdges(page, keys) {
  return page.evaluate(keys => Object.fromEntries(keys.map(k => [k, window.kgView.isEdgeHidden(k)])), keys);
}

// What #kg-card shows: its selection, title, and evidence items.
export async function readCard(page) {
  return page.evaluate(() => {
    const card = document.querySelector('#kg-card');
    if (!card) return null;
    const text = (root, selector) => root.querySelector(selector)?.textContent.trim() ?? null;
    const evidence = root => [...root.querySelectorAll('.kg-evidence li, .kg-evidence > *')]
      .filter(item => item.querySelector('.kg-sentence'))
      .map(item => ({sentence: text(item, '.kg-sentence'), document: text(item, '.kg-document'),
                     line: text(item, '.kg-line')}));
    return {
      hidden: card.hidden,
      node: card.getAttribute('data-node'),
      edge: card.getAttribute('data-edge'),
      title: text(card, '.kg-card-title'),
      type: text(card, '.kg-card-type'),
      edges: [...card.querySelectorAll('.kg-edge')].map(edge => ({evidence: evidence(edge)})),
      evidence: evidence(card),
    };
  });
}

// The PNG's facts from its bytes: signature, IHDR width and height.
export function decodePng(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 33 || !signature.every((b, i) => bytes[i] === b)) return null;
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), size: bytes.length};
}

export function pngFromDataUrl(url) {
  const prefix = 'data:image/png;base64,';
  if (typeof url !== 'string' || !url.startsWith(prefix)) return null;
  return Buffer.from(url.slice(prefix.length), 'base64');
}

// Clicks `selector` with downloads sent to a scratch folder and returns the
// downloaded file's name and bytes (or throws after `timeout` ms).
export async function download(page, selector, timeout = 30000) {
  const folder = mkdtempSync(path.join(tmpdir(), 'kg-view-download-'));
  try {
    const session = await page.createCDPSession();
    await session.send('Browser.setDownloadBehavior', {behavior: 'allow', downloadPath: folder});
    await page.click(selector);
    const deadline = Date.now() + timeout;
    for (;;) {
      const done = readdirSync(folder).filter(name => !name.endsWith('.crdownload'));
      if (done.length) return {name: done[0], bytes: readFileSync(path.join(folder, done[0]))};
      if (Date.now() > deadline) throw new Error(`no download from ${selector} within ${timeout} ms`);
      await new Promise(resolve => setTimeout(resolve, 100));
    }
  } finally {
    rmSync(folder, {recursive: true, force: true});
  }
}

// Where screenshots go: KG_DOCS_DIR (`make docs-view` sets it to docs/) or
// the build tree's folder given to the test, so routine runs leave the git
// tree clean.
export function screenshotDir(fallback) {
  return process.env.KG_DOCS_DIR ? path.resolve(process.env.KG_DOCS_DIR) : fallback;
}
