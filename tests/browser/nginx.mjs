// Serves a built site with the shipped deploy/nginx.conf, so the browser
// tests see the real headers, precompressed files and 404 pages a reader
// gets. Only the listen port, root, pid file and error log are changed,
// and, when run as root, the user the workers run as.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
export const shippedConfig = path.resolve(here, "../../deploy/nginx.conf");
const nginx = process.env.NGINX || "/usr/sbin/nginx";

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => { const { port } = probe.address(); probe.close(() => resolve(port)); });
  });
}

function replaceOnce(text, pattern, replacement) {
  if (!pattern.test(text)) throw new Error(`${shippedConfig} no longer has a line matching ${pattern}; update tests/browser/nginx.mjs`);
  return text.replace(pattern, replacement);
}

/** Starts nginx on 127.0.0.1 serving `root`, at the host's root or, for a
 * site under a path, at `under` ("/info"); resolves to { origin, stop }. */
export async function startNginx(root, under = "") {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "udha-nginx-"));
  if (under) {
    // As deploy/nginx.conf says: a folder whose `info` is the build.
    fs.mkdirSync(path.join(dir, "served"));
    fs.symlinkSync(path.resolve(root), path.join(dir, "served", under.replace(/^\//, "")));
    root = path.join(dir, "served");
  }
  let config = fs.readFileSync(shippedConfig, "utf8");
  config = replaceOnce(config, /listen 127\.0\.0\.1:\d+;/, `listen 127.0.0.1:${port};`);
  config = replaceOnce(config, /root \/srv\/udha\/public;/, `root ${path.resolve(root)};`);
  config = replaceOnce(config, /^pid .*;$/m, `pid ${dir}/nginx.pid;`);
  config = replaceOnce(config, /^error_log .*;$/m, `error_log ${dir}/error.log warn;`);
  // Started as root, nginx's workers would read the site as `nobody`, who
  // cannot enter a private checkout (mktemp -d makes folders 0700).
  if (process.getuid?.() === 0) config = `user root;\n${config}`;
  fs.writeFileSync(path.join(dir, "nginx.conf"), config);
  const child = spawn(nginx, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"], { stdio: "ignore" });
  let exited = null;
  child.on("exit", (code) => { exited = code; });
  const origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (exited !== null) throw new Error(`nginx exited with ${exited}: ${fs.existsSync(`${dir}/error.log`) ? fs.readFileSync(`${dir}/error.log`, "utf8") : ""}`);
    try { await fetch(`${origin}/robots.txt`); break; } catch (error) {
      if (tries > 100) throw new Error(`nginx did not answer on ${origin}: ${error}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const stop = () => new Promise((resolve) => {
    if (exited !== null) return resolve();
    child.once("exit", () => { fs.rmSync(dir, { recursive: true, force: true }); resolve(); });
    child.kill("SIGQUIT");
  });
  return { origin, stop };
}
