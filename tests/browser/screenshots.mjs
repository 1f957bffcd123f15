// Screenshots of pages as a 360 px phone shows them, for looking at what
// readers see (not a test): node tests/browser/screenshots.mjs BASE_URL
// OUT_DIR "/ar/" "/fa/news/|ul.cards" … where `|selector` scrolls to the
// first element it matches before the shot. Needs the suite's npm packages
// (tests/browser/run installs them) and Debian's Chromium.
import { launchChromium, phoneContext } from "./chromium.mjs";

const [base, out, ...pages] = process.argv.slice(2);
const browser = await launchChromium();
const context = await phoneContext(browser, 360, 740);
const page = await context.newPage();
for (const spec of pages) {
  const [path, selector] = spec.split("|");
  await page.goto(base + path);
  if (selector) await page.locator(selector).first().scrollIntoViewIfNeeded();
  const name = (path + (selector ? "-" + selector : "")).replace(/[^a-z0-9]+/gi, "_");
  await page.screenshot({ path: `${out}/${name}.png` });
}
await browser.close();
