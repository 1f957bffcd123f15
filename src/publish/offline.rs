//! Offline reading: for each language, `/<lang>/offline.json` lists every
//! page of that language and the static files those pages use, with a
//! version and the total size. The site's service worker (`static/sw.js`)
//! caches that list when a reader asks to keep the site on their phone.
//!
//! It only describes what to cache; it renders and writes nothing.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::load::config::Config;
use crate::load::static_files::StaticFile;
use crate::render::OutputFile;
use crate::script::digits::Digits;
use crate::site::reserved::{DIRECTORY_SLUG, POSTER_SLUG, SEARCH_SLUG};

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
    let mut manifests = Manifests::new(config, statics);
    files.iter().for_each(|file| manifests.add(file));
    manifests.finish()
}

/// The manifests, made as files are rendered: each page is taken in, in
/// build order, and its bytes need not be kept.
pub struct Manifests<'a> {
    static_files: BTreeMap<&'a str, &'a [u8]>,
    languages: Vec<Listing<'a>>,
}

/// What one language's manifest has taken in so far.
struct Listing<'a> {
    code: &'a str,
    digits: Digits,
    prefix: String,
    hasher: Sha256,
    bytes: u64,
    urls: Vec<String>,
    used: BTreeSet<&'a str>,
}

impl<'a> Manifests<'a> {
    pub fn new(config: &'a Config, statics: &'a [StaticFile]) -> Manifests<'a> {
        Manifests {
            static_files: statics.iter().map(|file| (file.path.as_str(), file.bytes.as_slice())).collect(),
            languages: config
                .languages
                .iter()
                .map(|language| Listing { code: &language.code, digits: language.digits, prefix: format!("{}/", language.code), hasher: Sha256::new(), bytes: 0, urls: Vec::new(), used: BTreeSet::new() })
                .collect(),
        }
    }

    /// Lists `file` in its language's manifest if it is a reader page, and
    /// a code page `/<code>/` in every language's (in the language's own
    /// digits too), so a page number opens without network.
    pub fn add(&mut self, file: &OutputFile) {
        if !file.is_html() {
            return;
        }
        let code = code_of(&file.path);
        for listing in self.languages.iter_mut().filter(|l| match code {
            Some(code) => {
                let ascii: String = code.chars().filter_map(crate::script::digits::ascii_digit).collect();
                code == ascii || (l.digits != Digits::Western && code == l.digits.write(&ascii))
            }
            None => file.path.starts_with(&l.prefix) && is_reader_page(l.code, &file.path),
        }) {
            for target in local_references(&file.bytes) {
                if let Some((path, _)) = self.static_files.get_key_value(target) {
                    listing.used.insert(path);
                }
            }
            // SHA-256: the version must not change with the Rust toolchain,
            // or every phone would download its copy again.
            listing.hasher.update(&file.bytes);
            listing.bytes += file.bytes.len() as u64;
            listing.urls.push(format!("/{}", file.path.trim_end_matches("index.html")));
        }
    }

    /// The manifests, one per language, with the static files the pages use.
    pub fn finish(self) -> Vec<OutputFile> {
        let static_files = self.static_files;
        self.languages
            .into_iter()
            .map(|mut listing| {
                for path in listing.used {
                    let content = &static_files[path];
                    listing.hasher.update(content);
                    listing.bytes += content.len() as u64;
                    listing.urls.push(format!("/{path}"));
                }
                let version = listing.hasher.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect();
                let manifest = Manifest { lang: listing.code, version, bytes: listing.bytes, urls: listing.urls };
                let json = serde_json::to_vec(&manifest).unwrap_or_default();
                OutputFile { path: format!("{}{MANIFEST}", listing.prefix), bytes: json }
            })
            .collect()
    }
}

/// Pages a reader reads: not posters, not the search page (it needs the
/// network for its index), not the staff directory.
fn is_reader_page(lang: &str, path: &str) -> bool {
    !path.ends_with(&format!("/{POSTER_SLUG}/index.html")) && path != format!("{lang}/{SEARCH_SLUG}/index.html") && path != format!("{lang}/{DIRECTORY_SLUG}/index.html")
}

/// The code of a code page, `11` of `11/index.html` (in any digits).
fn code_of(path: &str) -> Option<&str> {
    let code = path.strip_suffix("/index.html")?;
    (!code.is_empty() && code.chars().all(|c| crate::script::digits::ascii_digit(c).is_some())).then_some(code)
}

/// The site-relative paths (without the leading `/`) a page loads or links
/// through `href=` and `src=`, quoted or not.
fn local_references(html: &[u8]) -> impl Iterator<Item = &str> {
    [&b"href="[..], b"src="].into_iter().flat_map(move |attribute| {
        memchr::memmem::find_iter(html, attribute).filter_map(move |at| {
            let value = &html[at + attribute.len()..];
            let value = match value.first() {
                Some(&quote @ (b'"' | b'\'')) => value[1..].split(|&c| c == quote).next().unwrap_or_default(),
                _ => value.split(|c| c.is_ascii_whitespace() || *c == b'>').next().unwrap_or_default(),
            };
            value.strip_prefix(b"/").filter(|path| !path.starts_with(b"/")).and_then(|path| std::str::from_utf8(path).ok())
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_local_references_quoted_or_not() {
        let html = br#"<link href=/style.css rel=stylesheet><script src="/offline.js" defer></script><a href="https://x.org/">x</a><a href=//cdn.example/y>y</a>"#;
        assert_eq!(local_references(html).collect::<Vec<_>>(), ["style.css", "offline.js"]);
    }

    #[test]
    fn posters_and_search_are_not_kept_offline() {
        assert!(is_reader_page("ar", "ar/asylum/apply/index.html"));
        assert!(is_reader_page("ar", "ar/help/search/index.html"));
        assert!(!is_reader_page("ar", "ar/asylum/apply/poster/index.html"));
        assert!(!is_reader_page("ar", "ar/search/index.html"));
        assert!(!is_reader_page("ar", "ar/directory/index.html"));
    }

    #[test]
    fn code_pages_are_found_in_any_digits() {
        assert_eq!(code_of("11/index.html"), Some("11"));
        assert_eq!(code_of("۱۱/index.html"), Some("۱۱"));
        assert_eq!(code_of("ar/index.html"), None);
        assert_eq!(code_of("ar/11/index.html"), None);
    }
}
