// Sites other than the portal, served by the shipped nginx config: the
// example site examples/newcomers/ (English, German, Urdu right to left;
// published under /info/), and a site just made by `udha init --languages
// de,uk,fa,en`. Every page of both passes the same audit as the portal's;
// in the example, links and search stay under /info/, a language kept
// offline opens without network, and a missing page gets its language's
// 404 page. UDHA_EXAMPLE_SITE and UDHA_INIT_SITE name the build folders;
// without them these tests are skipped (tests/browser/run sets both).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launchChromium, phoneContext } from "./chromium.mjs";
import { startNginx } from "./nginx.mjs";
import { pagePaths } from "./built-site.mjs";
import { auditor, auditPage } from "./audit.mjs";

const site = process.env.UDHA_EXAMPLE_SITE;
const initSite = process.env.UDHA_INIT_SITE;
const under = "/info";
const skip = site ? false : "UDHA_EXAMPLE_SITE is not set";
let browser, server;

before(async () => {
  if (!site && !initSite) return;
  if (site) server = await startNginx(site, under);
  browser = await launchChromium();
});
after(async () => { await browser?.close(); await server?.stop(); });

/** Audits every page of the build `root`, served at `origin` + `prefix`. */
async function auditAll(root, origin, prefix) {
  const paths = pagePaths(root).map((p) => prefix + p).filter((p) => !p.endsWith("/404.html") && !p.endsWith("/not-saved.html"));
  const context = await phoneContext(browser);
  const worker = await auditor(context, origin);
  const problems = [];
  for (const path of paths) problems.push(...await auditPage(worker, path));
  await context.close();
  return { paths, problems };
}

test("every page of the example site passes axe, CSP, console, network, overflow and header checks under /info/", { skip }, async () => {
  const { paths, problems } = await auditAll(site, server.origin, under);
  assert.ok(paths.length >= 9, `only ${paths.length} pages in ${site}`);
  assert.deepEqual(problems, [], `${problems.length} problems:\n${problems.join("\n")}`);
});

test("every page of a site just made by udha init passes the same checks", { skip: initSite ? false : "UDHA_INIT_SITE is not set" }, async () => {
  const initServer = await startNginx(initSite);
  try {
    const { paths, problems } = await auditAll(initSite, initServer.origin, "");
    assert.ok(paths.length >= 8, `only ${paths.length} pages in ${initSite}`);
    assert.deepEqual(problems, [], `${problems.length} problems:\n${problems.join("\n")}`);
  } finally {
    await initServer.stop();
  }
});

test("the example's links, scripts and search results stay under /info/, and Urdu reads right to left", { skip }, async () => {
  const context = await phoneContext(browser, 360, 800);
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.goto(`${server.origin}${under}/ur/emergency/`);
  const report = await page.evaluate(() => ({
    dir: document.documentElement.dir,
    outside: [...document.querySelectorAll("[href], [src]")].map((e) => e.getAttribute("href") ?? e.getAttribute("src")).filter((u) => u.startsWith("/") && !u.startsWith("/info/")),
    emergency: [...document.querySelectorAll(".emergency a")].map((a) => a.getAttribute("href")),
  }));
  assert.equal(report.dir, "rtl");
  assert.deepEqual(report.outside, [], "links outside /info/");
  assert.deepEqual(report.emergency, ["tel:112", "tel:110"], "Germany's numbers first");
  for (const [lang, query] of [["en", "police"], ["de", "Polizei"], ["ur", "پولیس"]]) {
    await page.goto(`${server.origin}${under}/${lang}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => document.querySelectorAll("#search-results li").length > 0, null, { timeout: 15000 });
    const hrefs = await page.locator("#search-results li a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    assert.ok(hrefs.length > 0 && hrefs.every((h) => h.startsWith(`${under}/${lang}/`)), `${lang} results: ${hrefs}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("a language of the example kept offline opens without network, under /info/", { skip }, async () => {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  await page.goto(`${server.origin}${under}/ur/not-saved.html`);
  const notSaved = await page.locator("h1").textContent();
  await page.goto(`${server.origin}${under}/ur/`);
  const button = page.locator(".keep-offline");
  await button.click();
  await page.waitForFunction(() => /\d/.test(document.querySelector(".keep-offline").textContent));
  await button.click();
  await page.waitForFunction(() => { const b = document.querySelector(".keep-offline"); return b.disabled && !b.textContent.includes("…"); }, null, { timeout: 20000 });
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(new URL(scope).pathname, `${under}/`, "the service worker's scope is the site's path");
  await context.setOffline(true);
  for (const url of [`${under}/ur/emergency/`, `${under}/ur/about/`]) {
    await page.goto(server.origin + url);
    assert.notEqual(await page.locator("h1").textContent(), notSaved, `${url} is saved`);
  }
  await page.goto(`${server.origin}${under}/en/emergency/`);
  assert.equal(await page.locator("h1").textContent(), notSaved, "a page not saved says so, in Urdu");
  await context.close();
});

test("a missing page of the example gets its language's 404 page under /info/", { skip }, async () => {
  for (const lang of ["en", "de", "ur"]) {
    const response = await fetch(`${server.origin}${under}/${lang}/no-such-page/`);
    assert.equal(response.status, 404, lang);
    assert.match(await response.text(), new RegExp(`<html[^>]* lang="?${lang}"?`, "i"), lang);
  }
});
