// The audit must catch what it is there to catch: a copy of the build with
// four pages broken on purpose (an image without alt, an inline script,
// a font from another host, a phone number not isolated in Arabic) fails, and each message names the page and the
// rule. The checks are the same ones every-page.test.mjs runs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { launchChromium, phoneContext } from "./chromium.mjs";
import { startNginx } from "./nginx.mjs";
import { site } from "./built-site.mjs";
import { auditor, auditPage } from "./audit.mjs";

const breakages = [
  ["/en/asylum/apply/", '<img src="/favicon.svg">', /^\/en\/asylum\/apply\/: axe image-alt/],
  ["/ar/", "<script>document.title = 'changed'</script>", /^\/ar\/: CSP violation: script-src-elem blocked inline/],
  ["/fa/health/", '<link rel="stylesheet" href="https://fonts.example.com/css?family=Vazir">', /^\/fa\/health\/: CSP violation: style-src-elem blocked https:\/\/fonts\.example\.com/],
  ["/ar/contacts/", "<p>الخط المجاني 0800 11 112 للإبلاغ</p>", /^\/ar\/contacts\/: bidi: `0800 11 112` in <p> reads out of order/],
];
let copy, browser, server;

before(async () => {
  copy = fs.mkdtempSync(path.join(os.tmpdir(), "udha-broken-"));
  fs.cpSync(site, copy, { recursive: true });
  for (const [page, html] of breakages) {
    const file = path.join(copy, page, "index.html");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("<main", `${html}<main`));
    for (const twin of [".gz", ".br"]) fs.rmSync(file + twin, { force: true });
  }
  server = await startNginx(copy);
  browser = await launchChromium();
});
after(async () => { await browser?.close(); await server?.stop(); fs.rmSync(copy, { recursive: true, force: true }); });

test("pages broken on purpose fail, each with a message naming the page and the rule", async () => {
  const worker = await auditor(await phoneContext(browser), server.origin);
  for (const [page, , expected] of breakages) {
    const problems = await auditPage(worker, page);
    console.log(problems.join("\n"));
    assert.ok(problems.some((p) => expected.test(p)), `${page}: expected a problem matching ${expected}, got:\n${problems.join("\n")}`);
  }
  assert.deepEqual(await auditPage(worker, "/en/"), [], "an untouched page still passes");
});
