// The info-line's directory as a worker uses it, in Chromium: the filter
// finds a page by a word in any language or a number in any digits, and
// without script the whole list shows; each message has a copy button.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
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
    assert.ok(texts.some((t) => mustContain.test(t)), `a row shown for "${words}" contains it (the others have it in their text)`);
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

// What callers say, per page of docs/questions.md and language (caller-words.json).
const callerWords = JSON.parse(fs.readFileSync(new URL("./caller-words.json", import.meta.url), "utf8"));

test("a worker finds every page of docs/questions.md by a word a caller uses, in any language, from any directory", async () => {
  const context = await phoneContext(browser, 360, 800);
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  let checked = 0;
  for (const directory of ["/directory/", "/ar/directory/", "/fa/directory/"]) {
    await page.goto(server.origin + directory);
    const codes = await page.locator(".directory tbody tr").evaluateAll((rows) => Object.fromEntries(rows.map((row) => [(row.querySelector(".id").textContent.split(" · ")[1] || "").trim(), row.id])));
    const filter = page.locator("#filter");
    await filter.fill("x");
    await page.waitForFunction(() => performance.getEntriesByType("resource").some((r) => r.name.endsWith("/directory/words.json")));
    for (const [id, languages] of Object.entries(callerWords)) {
      const row = codes[id];
      assert.ok(row, `${id} is in the directory`);
      for (const [lang, words] of Object.entries(languages)) {
        for (const word of words) {
          await filter.fill(word);
          assert.ok(await page.locator(`#${row}`).isVisible(), `${directory}: "${word}" (${lang}) finds ${id}`);
          checked += 1;
        }
      }
    }
  }
  console.log(`directory search: ${checked} caller words found their page`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the directory works without network once it has been opened", async () => {
  const context = await phoneContext(browser, 360, 800);
  const page = await context.newPage();
  await page.goto(`${server.origin}/ar/directory/`);
  const kept = () => page.evaluate(async () => {
    const name = (await caches.keys()).find((k) => k.startsWith("udha-directory-"));
    return Boolean(name && navigator.serviceWorker.controller && (await (await caches.open(name)).match("/fa/directory/")));
  });
  for (let tries = 0; !(await kept()); tries += 1) {
    assert.ok(tries < 100, "the directories are kept within 20 s");
    await page.waitForTimeout(200);
  }
  await context.setOffline(true);
  await page.goto(`${server.origin}/fa/directory/`);
  await page.locator("#filter").fill("appeal");
  await page.waitForFunction(() => document.querySelectorAll(".directory tbody tr:not([hidden])").length > 0 && document.querySelectorAll(".directory tbody tr[hidden]").length > 0, null, { timeout: 10000 });
  assert.ok(await page.locator("#p18").isVisible(), "offline, a word of the page's text still finds it");
  await context.close();
});

test("posters fit one sheet of A4 and of A5 in every language", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const languages = ["en", "sq", "sr", "sr-latn", "ar", "fa"];
  const paths = ["", "asylum/apply/", "safety/trafficking-signs/", "about/not-answered/", "contacts/emergency/", "centres/getting-a-place/"];
  let sheets = 0;
  for (const lang of languages) {
    for (const path of paths) {
      await page.goto(`${server.origin}/${lang}/${path}poster/`);
      for (const format of ["A4", "A5"]) {
        const pdf = (await page.pdf({ format, printBackground: true })).toString("latin1");
        const count = (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
        assert.equal(count, 1, `/${lang}/${path}poster/ takes ${count} sheets of ${format}`);
        sheets += 1;
      }
    }
  }
  console.log(`posters: ${sheets} prints, each on one sheet`);
  await context.close();
});

test("the first screen of / and of a number page shows the emergency numbers to tap", async () => {
  const context = await phoneContext(browser, 360, 640);
  const page = await context.newPage();
  for (const url of ["/", "/11/", "/۷۱/"]) {
    await page.goto(server.origin + url);
    for (const number of ["112", "192", "194"]) {
      const box = await page.locator(`a[href="tel:${number}"]`).first().boundingBox();
      assert.ok(box && box.y + box.height <= 640 && box.height >= 44, `${url}: ${number} is on the first screen, big enough to tap`);
    }
    assert.ok(await page.locator(".choices .about").count() >= 5, `${url}: a line per language on what the site is`);
  }
  await context.close();
});
