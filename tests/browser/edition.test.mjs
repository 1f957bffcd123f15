// The one-file editions as a reader who was sent one gets it: opened from
// a file:// address in Chromium on a 360 px phone, with no network. Each
// has the right language and direction, no console error, no request of
// any kind, no sideways scrolling, every number in order, and every link
// inside it lands on its target; and the served copy comes with its own
// strict policy (no script at all).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { launchChromium, phoneContext } from "./chromium.mjs";
import { startNginx } from "./nginx.mjs";
import { site, pagePaths, isEdition } from "./built-site.mjs";
import { misorderedNumbers } from "./audit.mjs";

let browser;
before(async () => { browser = await launchChromium(); });
after(async () => { await browser?.close(); });

const editions = pagePaths().filter(isEdition);

test("every language has a one-file edition", () => {
  assert.deepEqual(editions.map((p) => p.split("/")[1]).sort(), ["ar", "en", "fa", "sq", "sr", "sr-latn"]);
});

for (const edition of editions) {
  test(`${edition} opens from file:// at 360 px, offline, with every link inside it working`, async () => {
    const context = await phoneContext(browser, 360, 800);
    await context.setOffline(true);
    const page = await context.newPage();
    const problems = [];
    page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
    page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
    page.on("request", (r) => { if (!r.url().startsWith("file:")) problems.push(`request: ${r.url()}`); });
    const url = pathToFileURL(path.join(site, edition)).href;
    await page.goto(url);
    const lang = edition.split("/")[1];
    const html = page.locator("html");
    assert.equal(await html.getAttribute("lang"), { sr: "sr-Cyrl", "sr-latn": "sr-Latn" }[lang] ?? lang);
    assert.equal(await html.getAttribute("dir"), ["ar", "fa"].includes(lang) ? "rtl" : "ltr");
    assert.equal(await page.locator("script").count(), 0, "no script");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, "no sideways scrolling at 360 px");
    assert.deepEqual(await page.evaluate(misorderedNumbers), [], "numbers read as dialled");
    const broken = await page.evaluate(() => [...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute("href")).filter((h) => !document.getElementById(decodeURIComponent(h.slice(1)))));
    assert.deepEqual(broken, [], "every link inside the file has its target");
    // Follow one link from the contents, as a reader would.
    await page.locator(".edition-contents a").nth(3).click();
    assert.notEqual(await page.evaluate(() => window.scrollY), 0, "the contents link scrolls to its page");
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("served, an edition comes with a policy that allows no script and no request", async () => {
  const server = await startNginx(site);
  try {
    const response = await fetch(`${server.origin}${editions[0]}`, { headers: { "accept-encoding": "gzip" } });
    assert.equal(response.status, 200);
    const csp = response.headers.get("content-security-policy");
    assert.match(csp, /default-src 'none'/);
    assert.doesNotMatch(csp, /script-src/);
    assert.equal(response.headers.get("content-encoding"), "gzip");
  } finally {
    await server.stop();
  }
});

test("served, an edition opened in Chromium makes no request but its own (no /favicon.ico)", async () => {
  const server = await startNginx(site);
  try {
    const context = await phoneContext(browser, 360, 800);
    const page = await context.newPage();
    const requests = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    const failed = [];
    page.on("response", (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
    await page.goto(`${server.origin}${editions[0]}`);
    await page.waitForTimeout(500);
    assert.deepEqual(requests, [editions[0]]);
    assert.deepEqual(failed, []);
    await context.close();
  } finally {
    await server.stop();
  }
});
