// The built site under test: where it is, and the URL of every HTML page
// in it. UDHA_SITE names the build folder (default: public/).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
export const site = path.resolve(process.env.UDHA_SITE || path.join(here, "../../public"));

/** True for a language's one-file edition, `/ar/udha-ar.html`. */
export const isEdition = (urlPath) => /^\/([a-z-]+)\/[a-z0-9-]+-\1\.html$/.test(urlPath);

/** True for a per-language short link, `/ar/11/` (or `/fa/۱۱/`, `/ar/١١/`): a redirect to the page. */
export const isShortLink = (urlPath) => /^\/[a-z-]+\/([0-9]+|[۰-۹]+|[٠-٩]+)\/$/.test(decodeURIComponent(urlPath));

/** URL paths of every .html file in `root`: `a/b/index.html` → `/a/b/`. */
export function pagePaths(root = site) {
  const paths = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".html")) paths.push("/" + path.relative(root, file).split(path.sep).join("/").replace(/(^|\/)index\.html$/, "$1"));
    }
  };
  walk(root);
  return paths.sort();
}
