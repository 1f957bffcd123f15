// The review workbench of `udha serve` as a native speaker uses it, in
// Chromium at 360 px: from an Arabic page of the preview to the workbench,
// correct a paragraph, save, mark as reviewed; the file, the status and
// the rebuilt page follow. A broken edit and a save from another origin
// are refused, and nothing is written. The workbench passes axe, and
// another page cannot frame it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { launchChromium, phoneContext } from "./chromium.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");
const udha = process.env.UDHA_BIN || path.join(repo, "target/release/udha");
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
let browser, serve, origin, site;

before(async () => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), "udha-review-"));
  for (const part of ["site.toml", "codes.toml", "content", "data", "static", "themes", "locales", "sources"]) fs.cpSync(path.join(repo, part), path.join(site, part), { recursive: true });
  serve = spawn(udha, ["serve", "--root", site, "--port", "0"], { stdio: ["ignore", "pipe", "ignore"] });
  origin = await new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: serve.stdout });
    lines.on("line", (line) => { const m = line.match(/at (http:\/\/127\.0\.0\.1:\d+)\//); if (m) resolve(m[1]); });
    serve.on("exit", () => reject(new Error("udha serve stopped")));
  });
  browser = await launchChromium();
});
after(async () => { await browser?.close(); serve?.kill(); fs.rmSync(site, { recursive: true, force: true }); });

const file = () => path.join(site, "content/asylum/apply.ar.md");
const status = () => JSON.parse(execFileSync(udha, ["status", "--json", "--root", site], { encoding: "utf8" }));

test("a reviewer corrects an Arabic page, saves and marks it reviewed; broken and cross-origin saves are refused", async () => {
  const context = await phoneContext(browser, 360, 800);
  const page = await context.newPage();
  await page.goto(`${origin}/ar/asylum/apply/`);
  await page.getByRole("link", { name: "راجِع هذه الترجمة" }).click();
  await page.waitForURL(`${origin}/__udha/review/ar/asylum/apply/`);
  assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
  assert.equal(await page.locator("table.sides td[lang=en]").first().getAttribute("dir"), "ltr", "the original keeps its direction");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, "usable at 360 px");
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => (await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"] } })).violations.map((v) => `${v.id}: ${v.help}`));
  assert.deepEqual(violations, [], "the workbench passes axe");

  // A broken edit: refused with the build's message, nothing written.
  const before = fs.readFileSync(file(), "utf8");
  const body = page.locator("#body");
  const text = await body.inputValue();
  await body.fill(text + "\n[رابط](@/asylum/nowhere)\n");
  await page.getByRole("button", { name: "احفظ" }).click();
  assert.match(await page.locator("[role=alert]").textContent(), /there is no page @\/asylum\/nowhere/);
  assert.equal(fs.readFileSync(file(), "utf8"), before, "nothing was written");

  // A save from another origin (localhost is not 127.0.0.1), even with the token: refused.
  const token = await page.locator("input[name=token]").first().inputValue();
  const other = await context.newPage();
  await other.goto(`${origin.replace("127.0.0.1", "localhost")}/ar/`);
  const crossStatus = await other.evaluate(async ([url, token]) => {
    const form = new URLSearchParams({ token, action: "mark", reviewer: "Mallory" });
    try { return (await fetch(url, { method: "POST", body: form })).status; } catch { return "blocked"; }
  }, [`${origin}/__udha/review/ar/asylum/apply/`, token]);
  assert.notEqual(crossStatus, 303, `a cross-origin save must not succeed (got ${crossStatus})`);
  assert.equal(fs.readFileSync(file(), "utf8"), before, "nothing was written");

  // A good edit, then marking it reviewed.
  await page.goto(`${origin}/__udha/review/ar/asylum/apply/`);
  await page.locator("#body").fill((await page.locator("#body").inputValue()) + "\nفقرة أضافها المراجع.\n");
  await page.getByRole("button", { name: "احفظ" }).click();
  await page.waitForURL(/done=saved/);
  assert.match(fs.readFileSync(file(), "utf8"), /فقرة أضافها المراجع\./);
  await page.locator("#reviewer").fill("س. ع.");
  await page.getByRole("button", { name: "علّمها بأنها روجعت من متحدث أصلي باللغة" }).click();
  await page.waitForURL(/done=marked/);
  const saved = fs.readFileSync(file(), "utf8");
  assert.match(saved, /translation = "reviewed"/);
  assert.match(saved, /translation_reviewer = "س\. ع\."/);
  const matrix = status();
  const row = matrix.rows.find((r) => r.id === "asylum/apply");
  assert.equal(row.cells[matrix.languages.indexOf("ar")], "reviewed");

  // The rebuilt page shows the change and no longer says "machine translation".
  await page.goto(`${origin}/ar/asylum/apply/`);
  await page.waitForFunction(() => document.body.textContent.includes("فقرة أضافها المراجع."), null, { timeout: 10000 });
  assert.equal(await page.locator(".notice").count(), 0);
  await page.goto(`${origin}/__udha/review/ar/asylum/apply/`);
  await page.screenshot({ path: path.join(os.tmpdir(), "udha-review-ar.png"), fullPage: false });
  await page.goto(`${origin}/__udha/review/sr/asylum/apply/`);
  await page.screenshot({ path: path.join(os.tmpdir(), "udha-review-sr.png"), fullPage: false });
  await context.close();
});

test("another site cannot frame the workbench under a decoy", async () => {
  const context = await phoneContext(browser, 360, 800);
  const page = await context.newPage();
  const refused = [];
  page.on("console", (m) => refused.push(m.text()));
  const workbench = `${origin}/__udha/review/ar/asylum/apply/`;
  const framed = page.waitForEvent("framenavigated", { predicate: (f) => f !== page.mainFrame(), timeout: 10000 }).catch(() => null);
  await page.setContent(`<p>Win a prize! Click the button.</p><iframe src="${workbench}" width="360" height="600"></iframe>`);
  await framed;
  await page.waitForTimeout(500);
  const child = page.frames().find((f) => f !== page.mainFrame());
  assert.ok(child, "the decoy has a frame");
  const buttons = await child.locator("button").count().catch(() => 0);
  assert.equal(buttons, 0, `the workbench loaded inside another page (${child.url()})`);
  assert.ok(refused.some((t) => /frame-ancestors|X-Frame-Options/.test(t)), `Chromium says why: ${refused.join(" | ")}`);
  await context.close();
});
