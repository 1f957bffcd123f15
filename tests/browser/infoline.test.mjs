// The info-line's directory as a worker uses it, in Chromium: the filter
// finds a page by a word in any language or a number in any digits, and
// without script the whole list shows; each message has a copy button.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launchChromium, phoneContext } from "./chromium.mjs";
import { startNginx } from "./nginx.mjs";
import { site } from "./built-site.mjs";

let browser, server;
before(async () => { server = await startNginx(site); browser = await launchChromium(); });
after(async () => { await browser?.close(); await server?.stop(); });

const visibleRows = (page) => page.locator(".directory tbody tr:not([hidden])").count();

test("the directory filter finds pages by a word in any language and a number in any digits", async () => {
  const context = await phoneContext(browser, 360, 800);
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.goto(`${server.origin}/ar/directory/`);
  const all = await visibleRows(page);
  assert.ok(all > 40, `${all} rows`);
  const filter = page.locator("#filter");
  assert.ok(await filter.isVisible(), "the filter shows when script runs");
  for (const [words, mustContain] of [["trafficking", /trafficking/i], ["الاتجار", /الاتجار/], ["قاچاق", /قاچاق/], ["азил", /азил/i], ["azil", /azil/i]]) {
    await filter.fill(words);
    const shown = await visibleRows(page);
    assert.ok(shown > 0 && shown < all, `"${words}" shows ${shown} of ${all} rows`);
    const texts = await page.locator(".directory tbody tr:not([hidden])").allTextContents();
    assert.ok(texts.every((t) => mustContain.test(t)), `every row shown for "${words}" contains it`);
  }
  for (const code of ["71", "۷۱", "٧١"]) {
    await filter.fill(code);
    assert.ok(await page.locator("#p71").isVisible(), `page 71 is found by typing ${code}`);
  }
  await filter.fill("");
  assert.equal(await visibleRows(page), all, "clearing the filter shows every row");
  await page.locator("#p71 details").first().locator("summary").click();
  assert.ok(await page.locator("#p71 button.copy").first().isVisible(), "each message has a copy button");
  assert.deepEqual(errors, []);
  await context.close();
});

test("without script the directory shows every page and every message can be selected", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${server.origin}/fa/directory/`);
  assert.equal(await page.locator(".directory-filter").isVisible(), false, "no filter without script");
  const rows = await page.locator(".directory tbody tr").count();
  assert.equal(await visibleRows(page), rows);
  assert.equal(await page.locator("button.copy:visible").count(), 0, "no copy buttons without script");
  const message = await page.locator(".message-text").first().textContent();
  assert.match(message, /udha-site\.org\/en\/\d+$/, "the message ends with the short link");
  await context.close();
});

test("a short link opens its page in its language", async () => {
  const context = await phoneContext(browser, 360, 800);
  const page = await context.newPage();
  for (const [link, target] of [["/ar/71/", "/ar/contacts/emergency/"], ["/fa/11/", "/fa/asylum/apply/"], ["/sr-latn/1/", "/sr-latn/"]]) {
    await page.goto(server.origin + link);
    await page.waitForURL(server.origin + target);
    assert.equal(new URL(page.url()).pathname, target, link);
  }
  await context.close();
});
