// What every page must pass in a real browser, served by the real server.
// `auditPage` loads one page and returns its problems, each a line naming
// the page and the rule it breaks; an empty list means the page passes:
//
//   - axe-core finds no WCAG 2.2 A or AA violation
//   - no console error, no uncaught script error, no CSP violation
//   - no request to any host but the server under test
//   - no sideways scrolling at 320×640 and at 360×800
//   - the page and its stylesheets and scripts come compressed, with the
//     security and caching headers of deploy/nginx.conf
//   - in right-to-left text every number reads as it is dialled: the
//     digits of each digit sequence are laid out left to right
import fs from "node:fs";
import { createRequire } from "node:module";

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
export const viewports = [[320, 640], [360, 800]];

const pageHeaders = {
  "content-security-policy": (v) => /default-src 'self'/.test(v) && /frame-ancestors 'none'/.test(v) && !/unsafe-inline/.test(v),
  "x-content-type-options": (v) => v === "nosniff",
  "referrer-policy": (v) => v === "no-referrer",
  "permissions-policy": (v) => /camera=\(\)/.test(v) && /geolocation=\(\)/.test(v) && /microphone=\(\)/.test(v),
  "cache-control": (v) => v === "no-cache",
};
const compressed = (headers) => ["br", "gzip"].includes(headers["content-encoding"]);

/** Problems with one response's headers; `kind` is "page" or "asset". */
export function headerProblems(url, headers, kind) {
  const problems = [];
  if (!compressed(headers)) problems.push(`${url}: compression: served without br or gzip (content-encoding: ${headers["content-encoding"] ?? "none"})`);
  if (kind === "page") {
    for (const [name, ok] of Object.entries(pageHeaders)) if (!ok(headers[name] ?? "")) problems.push(`${url}: header ${name}: got ${JSON.stringify(headers[name] ?? null)}`);
  } else if (!/immutable/.test(headers["cache-control"] ?? "")) {
    problems.push(`${url}: header cache-control: a fingerprinted asset should be immutable, got ${JSON.stringify(headers["cache-control"] ?? null)}`);
  }
  return problems;
}

/** A browser page that records what `auditPage` reports; one per worker. */
export async function auditor(context, origin) {
  await context.addInitScript(() => {
    window.__udhaViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__udhaViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline code"}`));
  });
  const page = await context.newPage();
  const seen = { console: [], requests: [], assets: new Map() };
  page.on("console", (m) => { if (m.type() === "error") seen.console.push(m.text()); });
  page.on("pageerror", (e) => seen.console.push(`uncaught ${e.message}`));
  page.on("request", (r) => { if (!r.url().startsWith(origin + "/")) seen.requests.push(r.url()); });
  page.on("response", (r) => {
    const type = r.request().resourceType();
    if ((type === "stylesheet" || type === "script") && r.url().startsWith(origin)) seen.assets.set(r.url(), r.headers());
  });
  return { page, seen, origin };
}

/** Loads `path` and returns every problem found, or [] if it passes. */
export async function auditPage({ page, seen, origin }, path) {
  seen.console.length = 0;
  seen.requests.length = 0;
  seen.assets.clear();
  const problems = [];
  const [width, height] = viewports[0];
  await page.setViewportSize({ width, height });
  const response = await page.goto(origin + path, { waitUntil: "load" });
  if (!response || response.status() !== 200) problems.push(`${path}: status: ${response?.status()}`);
  else problems.push(...headerProblems(path, response.headers(), "page"));

  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}; at ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  }, wcag);
  problems.push(...violations.map((v) => `${path}: axe ${v}`));

  for (const [w, h] of viewports) {
    await page.setViewportSize({ width: w, height: h });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) problems.push(`${path}: overflow at ${w}×${h}: scrolls sideways by ${overflow}px`);
  }

  problems.push(...(await page.evaluate(misorderedNumbers)).map((p) => `${path}: bidi: ${p}`));

  const csp = await page.evaluate(() => window.__udhaViolations);
  problems.push(...csp.map((v) => `${path}: CSP violation: ${v}`));
  problems.push(...seen.console.filter((text) => !/Content Security Policy/.test(text)).map((text) => `${path}: console error: ${text}`));
  problems.push(...seen.requests.map((url) => `${path}: request to another host: ${url}`));
  for (const [url, headers] of seen.assets) problems.push(...headerProblems(`${path} → ${url.slice(origin.length)}`, headers, "asset"));
  return problems;
}

/**
 * Runs in the page: every digit sequence (digits joined by a space, `/`,
 * `-`, `–`, `.` or `:`) inside right-to-left text whose digits are not laid
 * out left to right on a line, as "`0800 11 112` in <h2> …". Positions
 * are measured on the rendered characters, as a reader sees them.
 */
export function misorderedNumbers() {
  const digit = /[0-9\u0660-\u0669\u06F0-\u06F9]/;
  const sequence = /[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[ \u00A0/\-\u2013.:][0-9\u0660-\u0669\u06F0-\u06F9]+)+/g;
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode());) {
    const element = node.parentElement;
    if (!element || !element.getClientRects().length || getComputedStyle(element).direction === "ltr" && !element.closest("[dir=rtl]")) continue;
    for (const match of node.data.matchAll(sequence)) {
      let previous = null;
      for (let i = 0; i < match[0].length; i++) {
        if (!digit.test(match[0][i])) continue;
        const range = document.createRange();
        range.setStart(node, match.index + i);
        range.setEnd(node, match.index + i + 1);
        const box = range.getBoundingClientRect();
        if (!box.width) continue;
        if (previous && Math.abs(box.top - previous.top) < box.height / 2 && box.left < previous.left) {
          found.push(`\`${match[0]}\` in <${element.localName}> reads out of order: "${element.textContent.trim().slice(0, 80)}"`);
          break;
        }
        previous = box;
      }
    }
  }
  return found;
}
