// Phone-first reading in a real browser (Debian's Chromium), served by the
// shipped nginx config: search in every language, offline reading, and
// layout at 320 px. Run after `udha build`; UDHA_SITE names the built
// folder (default: public/).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import zlib from "node:zlib";
import { launchChromium, phoneContext } from "./chromium.mjs";
import { startNginx } from "./nginx.mjs";
import { site } from "./built-site.mjs";

let browser, server, origin;

before(async () => {
  server = await startNginx(site);
  origin = server.origin;
  browser = await launchChromium();
});
after(async () => { await browser?.close(); await server?.stop(); });

async function phone(width = 320, height = 640) {
  const context = await phoneContext(browser, width, height);
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
  page.on("request", (r) => { if (!r.url().startsWith(origin)) problems.push(`request to another host: ${r.url()}`); });
  return { context, page, problems };
}

const searches = [
  ["en", "police", /police/i],
  ["sq", "policia", /polic/i],
  ["sr", "азил", /азил/i],
  ["sr-latn", "azil", /azil/i],
  ["ar", "اللجوء", /لجوء/],
  ["fa", "پلیس", /پلیس/],
];

for (const [lang, query, expected] of searches) {
  test(`search finds ${lang} pages, and only ${lang} pages`, async () => {
    const { context, page, problems } = await phone();
    const downloaded = [];
    page.on("response", async (r) => { try { const body = await r.body(); downloaded.push([r.url(), body.length, zlib.gzipSync(body).length]); } catch {} });
    await page.goto(`${origin}/${lang}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => document.querySelectorAll("#search-results li").length > 0, null, { timeout: 15000 });
    const links = await page.locator("#search-results li a").evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.textContent]));
    assert.ok(links.length > 0);
    for (const [href] of links) assert.ok(href.startsWith(`/${lang}/`), `${href} is not a ${lang} page`);
    const excerpts = await page.locator("#search-results li p").allTextContents();
    assert.ok(excerpts.some((t) => expected.test(t)) || links.some(([, t]) => expected.test(t)), `no result mentions ${query}`);
    assert.deepEqual(problems, []);
    const total = downloaded.reduce((sum, [, size]) => sum + size, 0);
    const gzipped = downloaded.reduce((sum, [, , size]) => sum + size, 0);
    console.log(`search ${lang}: ${links.length} results, ${downloaded.length} requests, ${Math.round(total / 1024)} KB (${Math.round(gzipped / 1024)} KB gzip) for the page and one search`);
    await context.close();
  });
}

for (const [lang, query] of searches) {
  test(`a kept language opens without network: ${lang} pages, page numbers, search, and a page that is not saved says so`, async () => {
    const { context, page, problems } = await phone();
    await page.goto(`${origin}/${lang}/not-saved.html`);
    const notSaved = await page.locator("h1").textContent();
    await page.goto(`${origin}/${lang}/`);
    const button = page.locator(".keep-offline");
    await button.click();
    await assert.doesNotReject(page.waitForFunction(() => /\d/.test(document.querySelector(".keep-offline").textContent)));
    await button.click();
    await page.waitForFunction(() => { const b = document.querySelector(".keep-offline"); return b.disabled && !b.textContent.includes("…"); }, null, { timeout: 20000 });
    await context.setOffline(true);
    for (const url of [`/${lang}/asylum/apply/`, `/${lang}/safety/on-the-way/`, `/${lang}/contacts/emergency/`, "/11/", "/۱۱/"]) {
      await page.goto(origin + url);
      assert.ok((await page.locator("h1").textContent()).length > 0, url);
      assert.notEqual(await page.locator("h1").textContent(), notSaved, `${url} is saved`);
    }
    // Search works offline: the language's index was saved with it.
    await page.goto(`${origin}/${lang}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => document.querySelectorAll("#search-results li").length > 0, null, { timeout: 15000 });
    const hrefs = await page.locator("#search-results li a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    assert.ok(hrefs.length > 0 && hrefs.every((h) => h.startsWith(`/${lang}/`)), `offline search results: ${hrefs}`);
    // A page that was not saved says so, in this language; it is not the home page.
    for (const url of [`/${lang}/asylum/apply/poster/`, lang === "en" ? "/ar/asylum/apply/" : "/en/asylum/apply/"]) {
      await page.goto(origin + url);
      assert.equal(await page.locator("h1").textContent(), notSaved, url);
      assert.equal(new URL(page.url()).pathname, url, "the address stays what the reader asked for");
    }
    await page.locator(`main a[href='/${lang}/']`).click();
    assert.equal(new URL(page.url()).pathname, `/${lang}/`, "its link opens the saved home page");
    const saved = await page.evaluate(async () => { const names = await caches.keys(); const cache = await caches.open(names[0]); const all = await cache.keys(); return all.map((r) => new URL(r.url).pathname).filter((p) => p.startsWith("/pagefind/")); });
    console.log(`offline ${lang}: ${saved.length} search index files saved with the pages`);
    assert.deepEqual(problems.filter((p) => !p.includes("ERR_INTERNET_DISCONNECTED") && !p.includes("Failed to load resource")), []);
    await context.close();
  });
}

const samples = ["", "asylum/apply/", "safety/trafficking-signs/", "contacts/organisations/", "search/", "404.html"];

test("every language reads well at 320 px: no sideways scrolling, 16 px text, 44 px tap targets", async () => {
  const { context, page, problems } = await phone(320, 640);
  for (const lang of ["en", "sq", "sr", "sr-latn", "ar", "fa"]) {
    for (const sample of samples) {
      const url = `${origin}/${lang}/${sample}`;
      await page.goto(url);
      const report = await page.evaluate(() => {
        const root = document.documentElement;
        const small = [...document.querySelectorAll("main p, main li")].filter((e) => parseFloat(getComputedStyle(e).fontSize) < 16 && !e.closest(".about-page, .infoline, .crumbs, .count")).map((e) => e.textContent.slice(0, 40));
        const tiny = [...document.querySelectorAll("a, button")].filter((e) => {
          const r = e.getBoundingClientRect();
          if (!r.width || r.right <= 0 || r.left >= innerWidth || e.closest("main article p, main article li, main article td, .cards p")) return false; // links inside running text
          return r.height < 44 && getComputedStyle(e).display !== "inline";
        }).map((e) => e.textContent.trim().slice(0, 30));
        return { overflow: root.scrollWidth - root.clientWidth, small, tiny, dir: root.dir };
      });
      assert.ok(report.overflow <= 0, `${url} scrolls sideways by ${report.overflow}px`);
      assert.deepEqual(report.small, [], `${url}: text under 16px`);
      assert.deepEqual(report.tiny, [], `${url}: tap targets under 44px`);
      assert.equal(report.dir, ["ar", "fa"].includes(lang) ? "rtl" : "ltr", url);
    }
  }
  assert.deepEqual(problems.filter((p) => !p.includes("404")), []);
  await context.close();
});
