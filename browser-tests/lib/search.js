// Searching in the site's search box as a reader does, for the suite and for bench/search-reader.mjs.

/**
 * Types `query` into the search box of `page` and waits until its results are drawn; resolves to the
 * paths of the pages the results link to, in order, each once.
 */
export async function searchFor(page, query, { timeout = 30_000 } = {}) {
  const input = page.locator('.pagefind-ui__search-input');
  await input.waitFor({ timeout });
  await input.fill(query);
  // Pagefind's message names the query as typed while it searches ("Searching for …...", "يبحث عن …...")
  // and once the results for it are in: wait for the latter, or a slow machine reads no results yet.
  await page.waitForFunction((q) => {
    const message = document.querySelector('.pagefind-ui__message');
    return message !== null && message.textContent.includes(q) && !message.textContent.trim().endsWith('...');
  }, query, { timeout });
  // Results are drawn as placeholders first and filled in as their data arrives: wait until every one has its link.
  await page.waitForFunction(() => !document.querySelector('.pagefind-ui__result .pagefind-ui__loading')
    && [...document.querySelectorAll('.pagefind-ui__result')].every((r) => r.querySelector('.pagefind-ui__result-link')),
  null, { timeout });
  const links = await page.locator('.pagefind-ui__result-title .pagefind-ui__result-link')
    .evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
  return [...new Set(links)];
}
