// Every page of the build, in every language, served by the shipped nginx
// config and audited in Chromium (see audit.mjs for the rules). Also: a
// missing page gets its own language's 404 page with a 404 status.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launchChromium, phoneContext } from "./chromium.mjs";
import { startNginx } from "./nginx.mjs";
import { site, pagePaths, isEdition, isShortLink } from "./built-site.mjs";
import { auditor, auditPage, headerProblems } from "./audit.mjs";

const workers = Number(process.env.UDHA_BROWSER_WORKERS || 3);
let browser, server;

before(async () => {
  server = await startNginx(site);
  browser = await launchChromium();
});
after(async () => { await browser?.close(); await server?.stop(); });

test("every page passes axe, CSP, console, network, overflow and header checks at 320 and 360 px", async () => {
  // The one-file editions are opened from file:// (edition.test.mjs); the
  // short links are redirects, followed in infoline.test.mjs.
  const paths = pagePaths().filter((p) => !isEdition(p) && !isShortLink(p));
  assert.ok(paths.length > 100, `only ${paths.length} pages in ${site}; build the site first`);
  const queue = [...paths];
  const problems = [];
  const started = Date.now();
  await Promise.all(Array.from({ length: workers }, async () => {
    const context = await phoneContext(browser);
    const worker = await auditor(context, server.origin);
    for (let path; (path = queue.shift()) !== undefined;) problems.push(...await auditPage(worker, path));
    await context.close();
  }));
  console.log(`audited ${paths.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  assert.deepEqual(problems, [], `${problems.length} problems:\n${problems.join("\n")}`);
});

test("a missing page gets its language's 404 page, with status 404 and the same headers", async () => {
  for (const lang of ["en", "sq", "sr", "sr-latn", "ar", "fa"]) {
    const response = await fetch(`${server.origin}/${lang}/no-such-page/`, { headers: { "accept-encoding": "br, gzip" } });
    assert.equal(response.status, 404, lang);
    const html = await response.text();
    assert.match(html, new RegExp(`<html[^>]* lang="?${lang}"?`, "i"), `${lang} 404 page is not in ${lang}`);
    const headers = Object.fromEntries(response.headers);
    assert.deepEqual(headerProblems(`/${lang}/no-such-page/`, headers, "page"), []);
  }
});
