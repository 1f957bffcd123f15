// No page of the portal and no page of the hostile fixture
// (tests/fixtures/hostile) makes the phone contact another host, even
// served with no Content-Security-Policy at all: what keeps readers'
// phones quiet is the HTML udha writes, not only the server's headers.
// Every page is loaded, its <details> opened and the page scrolled, and
// every request the browser starts is recorded.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { launchChromium, phoneContext } from "./chromium.mjs";
import { site, pagePaths, isShortLink } from "./built-site.mjs";

const hostile = path.resolve(process.env.UDHA_HOSTILE_SITE || "../../target/hostile-fixture/public");
const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json", ".wasm": "application/wasm", ".svg": "image/svg+xml", ".png": "image/png", ".webmanifest": "application/manifest+json" };
let browser;

/** Serves `root` on 127.0.0.1 with a content type and no other header. */
function bareServer(root) {
  const server = http.createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    let file = path.join(root, path.normalize(urlPath));
    if (!file.startsWith(root)) { response.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!fs.existsSync(file)) { response.writeHead(404).end(); return; }
    response.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
    response.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ origin: `http://127.0.0.1:${server.address().port}`, stop: () => new Promise((r) => server.close(r)) })));
}

/** Every request to another host that loading each of `paths` starts. */
async function offSiteRequests(root) {
  const server = await bareServer(root);
  const context = await phoneContext(browser, 360, 640);
  const page = await context.newPage();
  const offSite = [];
  let current = "";
  page.on("request", (r) => { if (!r.url().startsWith(server.origin + "/") && !r.url().startsWith("data:")) offSite.push(`${current}: ${r.url()}`); });
  const paths = pagePaths(root).filter((p) => !isShortLink(p));
  for (current of paths) {
    await page.goto(server.origin + current, { waitUntil: "load" });
    await page.evaluate(() => { for (const d of document.querySelectorAll("details")) d.open = true; window.scrollTo(0, document.body.scrollHeight); });
    await page.waitForTimeout(20);
  }
  await context.close();
  await server.stop();
  return { paths, offSite };
}

before(async () => { browser = await launchChromium(); });
after(async () => { await browser?.close(); });

test("no portal page requests anything from another host, even without the server's policy", async () => {
  const { paths, offSite } = await offSiteRequests(site);
  assert.ok(paths.length > 100, `only ${paths.length} pages in ${site}`);
  console.log(`portal: ${paths.length} pages, ${offSite.length} requests to another host`);
  assert.deepEqual(offSite, []);
});

test("no page of the hostile fixture requests anything from another host", async () => {
  const { paths, offSite } = await offSiteRequests(hostile);
  assert.ok(paths.some((p) => p.endsWith("/edge/cases/")), `the hostile fixture is not built in ${hostile}`);
  const html = fs.readFileSync(path.join(hostile, "en/edge/cases/index.html"), "utf8");
  assert.ok(html.includes("tracker.example"), "the fixture's off-site addresses are on the page, as text and plain links");
  console.log(`hostile fixture: ${paths.length} pages, ${offSite.length} requests to another host`);
  assert.deepEqual(offSite, []);
});
