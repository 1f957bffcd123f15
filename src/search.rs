//! Search: builds a Pagefind index of the reader pages at build time, with
//! Pagefind used as a Rust library (no Node, no extra step).
//!
//! Pagefind splits the index by each page's `<html lang>`, so a search page
//! in Arabic only ever loads, and finds, Arabic pages. Only the content
//! marked `data-pagefind-body` (the article) is indexed. udha ships
//! Pagefind's search engine (`pagefind.js` and its WebAssembly), not its
//! ready-made UI: the site's own `search.js` drives it with strings from
//! Fluent. This module only turns rendered pages into index files.

use crate::diagnostic::Diagnostic;
use crate::render::OutputFile;

/// Templates put this attribute on the part of a page to index.
const MARKER: &[u8] = b"data-pagefind-body";

/// Where the index goes in the output.
pub const INDEX_DIR: &str = "pagefind";

/// Files of Pagefind's bundle that udha does not use (its UIs and playground).
fn is_unused(name: &str) -> bool {
    name.contains("-ui.") || name.starts_with("playground") || name == "pagefind-highlight.js"
}

/// The index files for every rendered page that has searchable content.
pub fn index(files: &[OutputFile]) -> Result<Vec<OutputFile>, Diagnostic> {
    let fail = |err: &dyn std::fmt::Display| Diagnostic::new(INDEX_DIR, format!("the search index could not be built: {err}")).with_help("this is a bug in udha or Pagefind; please report it with the page that triggers it");
    let runtime = tokio::runtime::Builder::new_current_thread().build().map_err(|err| fail(&err))?;
    runtime.block_on(async {
        let mut index = pagefind::api::PagefindIndex::new(None).map_err(|err| fail(&err))?;
        for file in files.iter().filter(|f| f.is_html() && f.bytes.windows(MARKER.len()).any(|w| w == MARKER)) {
            let html = String::from_utf8_lossy(&file.bytes).into_owned();
            index.add_html_file(Some(file.path.clone()), None, html).await.map_err(|err| fail(&err))?;
        }
        let built = index.get_files().await.map_err(|err| fail(&err))?;
        let mut out: Vec<OutputFile> = built
            .into_iter()
            .filter(|f| !is_unused(&f.filename.to_string_lossy()))
            .map(|f| OutputFile { path: format!("{INDEX_DIR}/{}", f.filename.to_string_lossy().replace('\\', "/")), bytes: f.contents })
            .collect();
        out.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(out)
    })
}
