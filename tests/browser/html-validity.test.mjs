// HTML validity: the Nu Html Checker (vnu-jar from npm, run with the
// machine's Java) reports no error on any page of the build.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { site, pagePaths } from "./built-site.mjs";

const vnu = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

/** Every error vnu reports in the .html files under `dir`, as "page:line: message". */
function htmlErrors(dir) {
  let report;
  try {
    execFileSync("java", ["-jar", vnu, "--errors-only", "--format", "json", "--skip-non-html", dir], { stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 28 });
    return [];
  } catch (failure) {
    if (!failure.stderr?.length) throw failure;
    report = JSON.parse(failure.stderr.toString());
  }
  return report.messages.map((m) => `${decodeURI(m.url ?? "").replace(`file:${dir}`, "")}:${m.lastLine ?? "?"}: ${m.message}`);
}

test("the Nu Html Checker finds no error on any page", () => {
  const pages = pagePaths().length;
  assert.ok(pages > 100, `only ${pages} pages in ${site}; build the site first`);
  const errors = htmlErrors(site);
  assert.deepEqual(errors, [], `${errors.length} HTML errors:\n${errors.join("\n")}`);
  console.log(`vnu: ${pages} pages, no errors`);
});

test("a page broken on purpose is reported with its name and the error", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "udha-vnu-"));
  try {
    const page = path.join(site, "en", "index.html");
    fs.mkdirSync(path.join(dir, "en"));
    fs.writeFileSync(path.join(dir, "en", "index.html"), fs.readFileSync(page, "utf8").replace("<main", '<img src="/favicon.svg"><main'));
    const errors = htmlErrors(dir);
    assert.ok(errors.some((e) => e.startsWith("/en/index.html:") && /alt/.test(e)), `expected an error about alt on /en/index.html, got:\n${errors.join("\n")}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
