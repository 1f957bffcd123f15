// Debian's Chromium, started the way this machine's closed network needs:
// headless, no sandbox (CI runs as root), and no background connections
// to Google's services.
import { chromium } from "playwright-core";

export const chromePath = process.env.CHROME_PATH || "/usr/bin/chromium";
export const chromeFlags = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export function launchChromium() {
  return chromium.launch({ executablePath: chromePath, args: chromeFlags });
}

/** A phone-sized browser context: touch, 2× pixels, `width`×`height`. */
export function phoneContext(browser, width = 320, height = 640) {
  return browser.newContext({ viewport: { width, height }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
}
