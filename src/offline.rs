//! Offline reading: for each language, `/<lang>/offline.json` lists every
//! page of that language and the static files those pages use, with a
//! version and the total size. The site's service worker (`static/sw.js`)
//! caches that list when a reader asks to keep the site on their phone.
//!
//! It only describes what to cache; it renders and writes nothing.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::config::Config;
use crate::output::StaticFile;
use crate::render::{OutputFile, SEARCH_SLUG};
use crate::infoline::POSTER_SLUG;

pub const MANIFEST: &str = "offline.json";

#[derive(Serialize)]
struct Manifest<'a> {
    lang: &'a str,
    /// Changes whenever any listed file changes, so old copies are replaced.
    version: String,
    /// What keeping this language costs in data, in bytes.
    bytes: u64,
    urls: Vec<String>,
}

/// One manifest per language.
pub fn manifests(config: &Config, files: &[OutputFile], statics: &[StaticFile]) -> Vec<OutputFile> {
    let static_files: BTreeMap<&str, &[u8]> = statics.iter().map(|file| (file.path.as_str(), file.bytes.as_slice())).collect();
    config
        .languages
        .iter()
        .map(|language| {
            let prefix = format!("{}/", language.code);
            let pages: Vec<&OutputFile> = files.iter().filter(|f| f.is_html() && f.path.starts_with(&prefix) && is_reader_page(&language.code, &f.path)).collect();
            let mut used: BTreeSet<&str> = BTreeSet::new();
            for page in &pages {
                for target in local_references(&page.bytes) {
                    if let Some((path, _)) = static_files.get_key_value(target.as_str()) {
                        used.insert(path);
                    }
                }
            }
            // SHA-256: the version must not change with the Rust toolchain,
            // or every phone would download its copy again.
            let mut hasher = Sha256::new();
            let mut bytes = 0;
            let mut urls = Vec::new();
            for page in &pages {
                hasher.update(&page.bytes);
                bytes += page.bytes.len() as u64;
                urls.push(format!("/{}", page.path.trim_end_matches("index.html")));
            }
            for path in used {
                let content = &static_files[path];
                hasher.update(content);
                bytes += content.len() as u64;
                urls.push(format!("/{path}"));
            }
            let manifest = Manifest { lang: &language.code, version: hasher.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect(), bytes, urls };
            let json = serde_json::to_vec(&manifest).unwrap_or_default();
            OutputFile { path: format!("{prefix}{MANIFEST}"), bytes: json }
        })
        .collect()
}

/// Pages a reader reads: not posters, not the search page (it needs the
/// network for its index).
fn is_reader_page(lang: &str, path: &str) -> bool {
    !path.ends_with(&format!("/{POSTER_SLUG}/index.html")) && path != format!("{lang}/{SEARCH_SLUG}/index.html")
}

/// The site-relative paths (without the leading `/`) a page loads or links
/// through `href=` and `src=`, quoted or not.
fn local_references(html: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(html);
    let mut found = Vec::new();
    for attribute in ["href=", "src="] {
        for piece in text.split(attribute).skip(1) {
            let value: String = match piece.chars().next() {
                Some(quote @ ('"' | '\'')) => piece[1..].chars().take_while(|&c| c != quote).collect(),
                _ => piece.chars().take_while(|&c| !c.is_whitespace() && c != '>').collect(),
            };
            if let Some(path) = value.strip_prefix('/').filter(|p| !p.starts_with('/')) {
                found.push(path.to_string());
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_local_references_quoted_or_not() {
        let html = br#"<link href=/style.css rel=stylesheet><script src="/offline.js" defer></script><a href="https://x.org/">x</a><a href=//cdn.example/y>y</a>"#;
        assert_eq!(local_references(html), ["style.css", "offline.js"]);
    }

    #[test]
    fn posters_and_search_are_not_kept_offline() {
        assert!(is_reader_page("ar", "ar/asylum/apply/index.html"));
        assert!(is_reader_page("ar", "ar/help/search/index.html"));
        assert!(!is_reader_page("ar", "ar/asylum/apply/poster/index.html"));
        assert!(!is_reader_page("ar", "ar/search/index.html"));
    }
}
