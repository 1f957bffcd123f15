// Right-to-left pages as a reader sees them: on a fixture written to
// provoke every case (tests/fixtures/rtl, built with the portal's
// templates into UDHA_RTL_SITE) every digit sequence is laid out in the
// order it is dialled, measured on the rendered characters in Chromium;
// and a page code typed in Persian or Arabic-Indic digits opens.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium, phoneContext } from "./chromium.mjs";
import { startNginx } from "./nginx.mjs";
import { site, pagePaths, isEdition, isShortLink } from "./built-site.mjs";
import { auditor, auditPage, misorderedNumbers } from "./audit.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = path.resolve(process.env.UDHA_RTL_SITE || path.join(here, "../../target/rtl-fixture/public"));
let browser, fixtureServer, portalServer;

before(async () => {
  fixtureServer = await startNginx(fixture);
  portalServer = await startNginx(site);
  browser = await launchChromium();
});
after(async () => { await browser?.close(); await fixtureServer?.stop(); await portalServer?.stop(); });

test("every number on the right-to-left fixture reads as it is dialled at 360 px", async () => {
  const paths = pagePaths(fixture).filter((p) => /^\/(ar|fa)\//.test(p) && !isShortLink(p) && !isEdition(p));
  assert.ok(paths.length >= 8, `only ${paths.length} Arabic and Farsi pages in ${fixture}`);
  const worker = await auditor(await phoneContext(browser), fixtureServer.origin);
  const problems = [];
  for (const p of paths) problems.push(...await auditPage(worker, p));
  assert.deepEqual(problems, []);
  // The check sees what it should: the fixture's sequences are there, and
  // the same text without isolation reads out of order.
  const page = worker.page;
  await page.goto(fixtureServer.origin + "/ar/numbers/cases/");
  const sequences = await page.evaluate(() => document.querySelectorAll("bdi[dir=ltr]").length);
  assert.ok(sequences >= 20, `${sequences} isolated runs on /ar/numbers/cases/`);
  await page.evaluate(() => document.querySelectorAll("bdi[dir=ltr]").forEach((b) => b.replaceWith(b.textContent)));
  const unisolated = await page.evaluate(misorderedNumbers);
  assert.ok(unisolated.some((p) => p.startsWith("`0800 11 112`")), `without isolation the check finds:\n${unisolated.join("\n")}`);
});

test("a page code typed in Persian or Arabic-Indic digits opens that page", async () => {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  for (const code of ["11", "۱۱", "١١"]) {
    const response = await page.goto(`${portalServer.origin}/${code}/`);
    assert.equal(response.status(), 200, `/${code}/`);
    assert.equal((await page.locator("h1").textContent()).trim(), "11", `/${code}/ is the page with code 11`);
  }
  await context.close();
});
