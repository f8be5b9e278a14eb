// The baked site in a real browser (system Chromium through playwright-core), served from 127.0.0.1.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { serve } from './lib/server.js';
import { launch } from './lib/browser.js';
import { ARTIFACTS, SITE, briefingIds, table } from './lib/site.js';
import { searchFor } from './lib/search.js';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

let server;
let browser;
let ids;

before(async () => {
  assert.ok(fs.existsSync(path.join(SITE, 'index.html')), `no site at ${SITE}: build it first`);
  assert.ok(fs.existsSync(path.join(SITE, 'pagefind/pagefind-ui.js')), `no search index in ${SITE}: install Pagefind (npm ci) and build`);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  ids = briefingIds();
  server = await serve(SITE);
  browser = await launch();
});

after(async () => {
  if (browser) await browser.close();
  if (server) await server.close();
});

/**
 * Opens a page and records what a reader's browser would complain about: console errors, uncaught
 * exceptions, failed requests, and any request to a host other than the site's own.
 */
async function open(pagePath, { viewport = DESKTOP, colorScheme = 'light' } = {}) {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme });
  const trouble = [];
  const origin = new URL(server.url).origin;
  page.on('console', (m) => { if (m.type() === 'error') trouble.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => trouble.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => trouble.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => { if (r.status() >= 400) trouble.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && new URL(url).origin !== origin) trouble.push(`request to another host: ${url}`);
  });
  await page.goto(server.url + pagePath, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  return { page, trouble };
}

function allPages(dir = SITE, prefix = '') {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isDirectory() && entry.name !== 'pagefind') found.push(...allPages(path.join(dir, entry.name), prefix + entry.name + '/'));
    else if (entry.name.endsWith('.html')) found.push(prefix + entry.name);
  }
  return found;
}

test('every page loads with no console error, no failed request and nothing from another host', async () => {
  const problems = [];
  for (const pagePath of allPages()) {
    const { page, trouble } = await open(pagePath);
    await page.close();
    problems.push(...trouble.map((t) => `${pagePath}: ${t}`));
  }
  assert.deepEqual(problems, []);
});

test('Arabic pages run right to left with the brand at the right; English pages the other way', async () => {
  for (const [pagePath, dir] of [['index.html', 'rtl'], [`ar/${ids[0]}.html`, 'rtl'], ['en/index.html', 'ltr'], [`en/${ids[0]}.html`, 'ltr']]) {
    const { page } = await open(pagePath);
    const layout = await page.evaluate(() => {
      const box = (selector) => document.querySelector(selector).getBoundingClientRect();
      return {
        direction: getComputedStyle(document.body).direction,
        textAlign: getComputedStyle(document.querySelector('main p, main li')).textAlign,
        brand: box('.brand'),
        switcher: box('.lang-switch'),
        width: document.documentElement.clientWidth,
      };
    });
    await page.close();
    assert.equal(layout.direction, dir, pagePath);
    if (dir === 'rtl') {
      assert.ok(layout.brand.right > layout.width / 2, `${pagePath}: brand should sit at the right, is at ${layout.brand.left}..${layout.brand.right}`);
      assert.ok(layout.brand.left > layout.switcher.right, `${pagePath}: brand should be right of the language switch`);
    } else {
      assert.ok(layout.brand.left < layout.width / 2, `${pagePath}: brand should sit at the left`);
      assert.ok(layout.brand.right < layout.switcher.left, `${pagePath}: brand should be left of the language switch`);
    }
  }
});

test('the language switch on a briefing lands on its counterpart, and back', async () => {
  const { page } = await open(`ar/${ids[0]}.html`);
  await page.click('.lang-switch');
  await page.waitForURL(`**/en/${ids[0]}.html`);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.click('.lang-switch');
  await page.waitForURL(`**/ar/${ids[0]}.html`);
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  await page.close();
});

test('a reader follows an entity link on a briefing and finds the briefing listed on its page', async () => {
  for (const lang of ['ar', 'en']) {
    const { page } = await open(`${lang}/${ids[0]}.html`);
    const link = page.locator('#entities ~ .entity-list a').first();
    await link.click();
    await page.waitForLoadState('networkidle');
    assert.match(page.url(), new RegExp(`/${lang}/entities/[a-z0-9-]+\\.html$`), lang);
    const listed = await page.locator('.briefing-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(listed.some((href) => href.endsWith(`${ids[0]}.html`)), `${lang}: ${listed}`);
    await page.close();
  }
});

test('a reader follows a link from the home page to a briefing and sees it', async () => {
  for (const home of ['index.html', 'en/index.html']) {
    const { page } = await open(home);
    const link = page.locator('.briefing-list a').first();
    const title = (await link.innerText()).trim();
    await link.click();
    await page.waitForLoadState('networkidle');
    assert.match(page.url(), /\/(ar|en)\/[^/]+\.html$/, home);
    assert.equal((await page.locator('h1').innerText()).trim(), title, home);
    assert.ok(await page.locator('article.briefing').isVisible(), home);
    await page.close();
  }
});

/**
 * Words of the shown results (titles, section titles, excerpts) that do not occur in the page they link
 * to: results must read as published, not in the folded spelling the index uses.
 */
async function wordsNotAsPublished(page) {
  return page.evaluate(async () => {
    const clean = (word) => word.replace(/^…+|…+$/g, '').replace(/\.$/, '');
    const problems = [];
    for (const result of document.querySelectorAll('.pagefind-ui__result')) {
      const href = result.querySelector('.pagefind-ui__result-link').href.split('#')[0];
      const doc = new DOMParser().parseFromString(await (await fetch(href)).text(), 'text/html');
      const published = new Set();
      const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) for (const word of walker.currentNode.data.split(/\s+/)) published.add(clean(word));
      for (const shown of result.querySelectorAll('.pagefind-ui__result-title, .pagefind-ui__result-excerpt')) {
        for (const word of shown.textContent.split(/\s+/).map(clean).filter(Boolean)) {
          if (!published.has(word)) problems.push(`${new URL(href).pathname}: "${word}" in "${shown.textContent.trim()}"`);
        }
      }
    }
    return problems;
  });
}

test('Arabic search finds words spelt differently (search-cases.tsv), and only Arabic pages', async () => {
  const { page, trouble } = await open('index.html');
  assert.equal(await page.locator('.pagefind-ui__search-input').getAttribute('placeholder').then(Boolean), true);
  const failures = [];
  for (const { line, cells: [query, expected] } of table('search-cases.tsv')) {
    const found = await searchFor(page, query);
    for (const id of expected.split(' ')) {
      if (!found.some((p) => p.endsWith(`/ar/${id}.html`))) failures.push(`search-cases.tsv:${line}: "${query}" did not find ar/${id}.html (found ${found.join(', ') || 'nothing'})`);
    }
    const foreign = found.filter((p) => !/\/ar\/[^/]+\.html$/.test(p));
    if (foreign.length) failures.push(`search-cases.tsv:${line}: "${query}" found non-Arabic pages ${foreign.join(', ')}`);
    failures.push(...(await wordsNotAsPublished(page)).map((p) => `search-cases.tsv:${line}: "${query}" shows ${p}`));
  }
  assert.deepEqual(failures, []);
  assert.equal(await page.locator('.pagefind-ui__form').evaluate((el) => getComputedStyle(el).direction), 'rtl');
  await page.screenshot({ path: path.join(ARTIFACTS, 'search-ar-desktop.png') });
  assert.deepEqual(trouble, []);
  await page.close();
});

test('English search finds English pages only', async () => {
  const { page, trouble } = await open('en/index.html');
  const found = await searchFor(page, 'coalition');
  assert.ok(found.length > 0, 'no result for "coalition"');
  assert.deepEqual(found.filter((p) => !/\/en\/[^/]+\.html$/.test(p)), []);
  assert.deepEqual(trouble, []);
  await page.close();
});

async function seriousViolations(page) {
  await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
}

test('axe-core finds no serious or critical violation on the main page types, light and dark', async () => {
  const problems = [];
  for (const colorScheme of ['light', 'dark']) {
    for (const pagePath of ['index.html', 'en/index.html', `ar/${ids[0]}.html`, `en/${ids[0]}.html`,
      'ar/timeline.html', 'en/timeline.html', 'ar/entities/index.html', 'en/entities/index.html']) {
      const { page } = await open(pagePath, { colorScheme });
      problems.push(...(await seriousViolations(page)).map((v) => `${pagePath} [${colorScheme}]: ${v}`));
      await page.close();
    }
  }
  assert.deepEqual(problems, []);
});

test('axe-core finds no serious or critical violation with search results open', async () => {
  const { page } = await open('index.html');
  await searchFor(page, 'العراق');
  assert.deepEqual(await seriousViolations(page), []);
  await page.close();
});

test('screenshots of home, briefing, entity and timeline pages, both languages, phone and desktop', async () => {
  const briefing = ids.find((id) => id.startsWith('000')) || ids[0];
  const { page: first } = await open(`ar/${briefing}.html`);
  const entityHref = await first.locator('#entities ~ .entity-list a').first().getAttribute('href');
  await first.close();
  const entity = entityHref.replace(/^\.\.\/ar\//, '').replace(/^entities\//, 'entities/');
  for (const [name, pagePath] of [['home-ar', 'index.html'], ['home-en', 'en/index.html'],
    ['briefing-ar', `ar/${briefing}.html`], ['briefing-en', `en/${briefing}.html`],
    ['entity-ar', `ar/${entity}`], ['entity-en', `en/${entity}`],
    ['timeline-ar', 'ar/timeline.html'], ['timeline-en', 'en/timeline.html']]) {
    for (const [size, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
      const { page } = await open(pagePath, { viewport });
      const file = path.join(ARTIFACTS, `${name}-${size}.png`);
      await page.screenshot({ path: file, fullPage: true });
      assert.ok(fs.statSync(file).size > 0);
      await page.close();
    }
  }
  const { page } = await open(`ar/${briefing}.html`, { viewport: PHONE, colorScheme: 'dark' });
  await page.screenshot({ path: path.join(ARTIFACTS, 'briefing-ar-phone-dark.png'), fullPage: true });
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await page.screenshot({ path: path.join(ARTIFACTS, 'briefing-ar-print.png'), fullPage: true });
  assert.equal(await page.locator('.site-header').isVisible(), false, 'the header must not print');
  assert.equal(await page.locator('.site-search').isVisible(), false, 'the search box must not print');
  // A link to an outside source prints with its address; a link within the site does not.
  const printed = await page.evaluate(() => {
    const outside = Object.assign(document.createElement('a'), { href: 'https://example.org/source', textContent: 'المصدر' });
    const inside = Object.assign(document.createElement('a'), { href: '../index.html', textContent: 'الرئيسية' });
    document.querySelector('article').append(outside, inside);
    return [getComputedStyle(outside, '::after').content, getComputedStyle(inside, '::after').content];
  });
  assert.match(printed[0], /https:\/\/example\.org\/source/);
  assert.equal(printed[1], 'none');
  await page.close();
});
