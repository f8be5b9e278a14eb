// What a reader's search costs: the time from typing a query to its results drawn, and the requests and
// bytes the search box fetched for it, in system Chromium (playwright-core) over a baked site served from
// 127.0.0.1 (no network delay: the requests' count is what a slow connection would feel).
//
//   node bench/search-reader.mjs SITE [--rounds 3] [--lang ar|en] [--queries "q1,q2,..."] [--page PATH] [--slow]
//
// --slow has Chromium throttle the connection as its DevTools' "Slow 4G" does (150 ms round trip,
// 1.6 Mbit/s down, 750 kbit/s up), for what a reader on a phone waits.
//
// Each round opens the language's home page (or PATH, relative to the site) in a fresh browser profile (nothing cached), then searches
// for each query in turn in that page: the first query pays for loading the index (the entry files and
// metadata of every shard, Pagefind's scripts and WebAssembly), the later ones only for their words.
// Prints, per query, the median over rounds of the time and the number and size of the index requests.
import path from 'node:path';
import { serve } from '../browser-tests/lib/server.js';
import { launch } from '../browser-tests/lib/browser.js';
import { searchFor } from '../browser-tests/lib/search.js';

const args = process.argv.slice(2);
const site = path.resolve(args[0] || '');
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const rounds = Number(option('--rounds', '3'));
const lang = option('--lang', 'ar');
const start = option('--page', lang === 'ar' ? 'index.html' : 'en/index.html');
const queries = option('--queries', lang === 'ar' ? 'العراق,التحالف الدولي,بغداد,الانسحاب' : 'coalition,Baghdad,withdrawal,Iraq').split(',');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await serve(site);
const browser = await launch();
const measured = queries.map(() => ({ ms: [], requests: [], kib: [], results: [] }));
try {
  for (let round = 1; round <= rounds; round++) {
    // A fresh profile each round: nothing of the index is cached.
    const context = round === 1 ? browser.context : (await browser.close(), Object.assign(browser, await launch())).context;
    const page = await context.newPage();
    if (args.includes('--slow')) {
      const devtools = await context.newCDPSession(page);
      await devtools.send('Network.enable');
      await devtools.send('Network.emulateNetworkConditions', {
        offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
      });
    }
    let requests = 0;
    let bytes = 0;
    page.on('requestfinished', async (request) => {
      if (!new URL(request.url()).pathname.includes('/pagefind/')) return;
      requests++;
      const sizes = await request.sizes().catch(() => null);
      if (sizes) bytes += sizes.responseBodySize;
    });
    await page.goto(`${server.url}${start}`);
    await page.waitForLoadState('networkidle');
    for (const [n, query] of queries.entries()) {
      requests = 0;
      bytes = 0;
      const typed = performance.now();
      const results = (await searchFor(page, query, { timeout: 120_000 })).length;
      const ms = performance.now() - typed;
      await page.waitForLoadState('networkidle');
      measured[n].ms.push(ms);
      measured[n].requests.push(requests);
      measured[n].kib.push(bytes / 1024);
      measured[n].results.push(results);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${site}, ${start}, ${rounds} rounds${args.includes('--slow') ? ', Slow 4G' : ''} (medians):`);
for (const [n, query] of queries.entries()) {
  const m = measured[n];
  console.log(`  ${n === 0 ? 'first' : 'then '} "${query}": ${median(m.ms).toFixed(0)} ms to results (${m.ms.map((x) => x.toFixed(0)).join(', ')}),`
    + ` ${median(m.requests)} index requests, ${median(m.kib).toFixed(0)} KiB; ${median(m.results)} results shown`);
}
