//! Offline reading: for each language, `/<lang>/offline.json` lists every
//! page of that language (its search page too), the static files those
//! pages use and the language's part of the search index, with a version
//! and the total size. The site's service worker (`static/sw.js`) caches
//! that list when a reader asks to keep the site on their phone.
//! `/directory/offline.json` lists the staff directories and their words,
//! which a directory asks to keep when it is opened.
//!
//! It only describes what to cache; it renders and writes nothing.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::load::config::Config;
use crate::load::static_files::StaticFile;
use crate::render::OutputFile;
use crate::render::infoline::WORDS_FILE;
use crate::script::digits::Digits;
use crate::site::reserved::{DIRECTORY_SLUG, INDEX_DIR, POSTER_SLUG};

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

/// One manifest per language, and one for the staff directories.
pub fn manifests(config: &Config, files: &[OutputFile], statics: &[StaticFile]) -> Vec<OutputFile> {
    let mut manifests = Manifests::new(config, statics);
    files.iter().for_each(|file| manifests.add(file));
    manifests.finish()
}

/// The manifests, made as files are rendered: each page is taken in, in
/// build order, and its bytes need not be kept (the search index's are,
/// until `finish` shares them out to the languages).
pub struct Manifests<'a> {
    static_files: BTreeMap<&'a str, &'a [u8]>,
    languages: Vec<Listing<'a>>,
    /// Every language's staff directory and the words its filter finds
    /// (when the site has the directory).
    directory: Option<Listing<'a>>,
    language_codes: Vec<&'a str>,
    search: Vec<(String, Vec<u8>)>,
}

/// What one manifest has taken in so far.
struct Listing<'a> {
    code: &'a str,
    digits: Digits,
    prefix: String,
    /// The language's name in Pagefind's index: its tag in lower case.
    search_key: String,
    hasher: Sha256,
    bytes: u64,
    urls: Vec<String>,
    used: BTreeSet<&'a str>,
    /// `Config::base_path`: what pages' links and the listed URLs start with.
    base_path: &'a str,
}

impl<'a> Listing<'a> {
    fn new(code: &'a str, digits: Digits, prefix: String, search_key: String, base_path: &'a str) -> Listing<'a> {
        Listing {
            base_path,
            code,
            digits,
            prefix,
            search_key,
            hasher: Sha256::new(),
            bytes: 0,
            urls: Vec::new(),
            used: BTreeSet::new(),
        }
    }

    /// Lists `path`, counts its bytes into the size and `fingerprint`
    /// (its bytes, or the part of them this manifest depends on) into the
    /// version, and notes the static files it refers to.
    fn take(
        &mut self,
        path: &str,
        bytes: &[u8],
        fingerprint: &[u8],
        static_files: &BTreeMap<&'a str, &'a [u8]>,
    ) {
        for target in local_references(bytes, self.base_path) {
            if let Some((path, _)) = static_files.get_key_value(target) {
                self.used.insert(path);
            }
        }
        // SHA-256: the version must not change with the Rust toolchain,
        // or every phone would download its copy again.
        self.hasher.update(fingerprint);
        self.bytes += bytes.len() as u64;
        self.urls.push(format!(
            "{}/{}",
            self.base_path,
            path.trim_end_matches("index.html")
        ));
    }
}

impl<'a> Manifests<'a> {
    pub fn new(config: &'a Config, statics: &'a [StaticFile]) -> Manifests<'a> {
        Manifests {
            static_files: statics
                .iter()
                .map(|file| (file.path.as_str(), file.bytes.as_slice()))
                .collect(),
            languages: config
                .languages
                .iter()
                .map(|language| {
                    Listing::new(
                        &language.code,
                        language.digits,
                        format!("{}/", language.code),
                        language.tag.to_lowercase(),
                        &config.base_path,
                    )
                })
                .collect(),
            directory: config.features.directory.then(|| {
                Listing::new(
                    DIRECTORY_SLUG,
                    Digits::Western,
                    format!("{DIRECTORY_SLUG}/"),
                    String::new(),
                    &config.base_path,
                )
            }),
            language_codes: config
                .languages
                .iter()
                .map(|language| language.code.as_str())
                .collect(),
            search: Vec::new(),
        }
    }

    /// Lists `file` in its language's manifest if it is a reader page, a
    /// code page `/<code>/` in every language's (in the language's own
    /// digits too), so a page number opens without network, a staff
    /// directory in the directories' manifest, and keeps a search index
    /// file for `finish`.
    pub fn add(&mut self, file: &OutputFile) {
        if file.path.starts_with(&format!("{INDEX_DIR}/")) {
            self.search.push((file.path.clone(), file.bytes.clone()));
            return;
        }
        if let Some(directory) = self
            .directory
            .as_mut()
            .filter(|_| is_directory(&self.language_codes, &file.path))
        {
            directory.take(&file.path, &file.bytes, &file.bytes, &self.static_files);
            return;
        }
        if !file.is_html() {
            return;
        }
        let code = code_of(&file.path);
        for listing in self.languages.iter_mut().filter(|l| match code {
            Some(code) => {
                let ascii: String = code
                    .chars()
                    .filter_map(crate::script::digits::ascii_digit)
                    .collect();
                code == ascii || (l.digits != Digits::Western && code == l.digits.write(&ascii))
            }
            None => file.path.starts_with(&l.prefix) && is_reader_page(&file.path),
        }) {
            listing.take(&file.path, &file.bytes, &file.bytes, &self.static_files);
        }
    }

    /// The manifests, one per language, with the static files the pages
    /// use and the language's part of the search index, then the
    /// directories'.
    pub fn finish(mut self) -> Vec<OutputFile> {
        let static_files = self.static_files;
        let entry_path = format!("{INDEX_DIR}/pagefind-entry.json");
        let entry: serde_json::Value = self
            .search
            .iter()
            .find(|(path, _)| path == &entry_path)
            .and_then(|(_, bytes)| serde_json::from_slice(bytes).ok())
            .unwrap_or_default();
        for listing in &mut self.languages {
            let Some(language) = entry["languages"].get(&listing.search_key) else {
                continue;
            };
            let hash = language["hash"].as_str().unwrap_or_default();
            let wasm = language["wasm"].as_str().unwrap_or("unknown");
            let shared =
                ["pagefind.js", "pagefind-worker.js"].map(|name| format!("{INDEX_DIR}/{name}"));
            let own = [
                format!("{INDEX_DIR}/pagefind.{hash}.pf_meta"),
                format!("{INDEX_DIR}/wasm.{wasm}.pagefind"),
            ];
            let chunks = [
                format!("{INDEX_DIR}/index/{}_", listing.search_key),
                format!("{INDEX_DIR}/fragment/{}_", listing.search_key),
            ];
            for (path, bytes) in &self.search {
                if path == &entry_path {
                    // It lists every language: only this one's line may
                    // change this language's version.
                    listing.take(path, bytes, language.to_string().as_bytes(), &static_files);
                } else if shared.contains(path)
                    || own.contains(path)
                    || chunks
                        .iter()
                        .any(|prefix| path.starts_with(prefix.as_str()))
                {
                    listing.take(path, bytes, bytes, &static_files);
                }
            }
        }
        self.languages
            .into_iter()
            .chain(self.directory)
            .map(|mut listing| {
                for path in std::mem::take(&mut listing.used) {
                    let content = static_files[path];
                    listing.hasher.update(content);
                    listing.bytes += content.len() as u64;
                    listing.urls.push(format!("{}/{path}", listing.base_path));
                }
                let version = listing
                    .hasher
                    .finalize()
                    .iter()
                    .take(8)
                    .map(|b| format!("{b:02x}"))
                    .collect();
                let manifest = Manifest {
                    lang: listing.code,
                    version,
                    bytes: listing.bytes,
                    urls: listing.urls,
                };
                let json = serde_json::to_vec(&manifest).unwrap_or_default();
                OutputFile {
                    path: format!("{}{MANIFEST}", listing.prefix),
                    bytes: json,
                }
            })
            .collect()
    }
}

/// A staff directory (`/directory/`, `/<lang>/directory/`) or its words.
fn is_directory(languages: &[&str], path: &str) -> bool {
    let Some(rest) = path.strip_suffix(&format!("{DIRECTORY_SLUG}/index.html")) else {
        return path == format!("{DIRECTORY_SLUG}/{WORDS_FILE}");
    };
    rest.is_empty()
        || rest
            .strip_suffix('/')
            .is_some_and(|code| languages.contains(&code))
}

/// Pages a reader reads: not posters (the search page is one: with its
/// index kept, search works offline).
fn is_reader_page(path: &str) -> bool {
    !path.ends_with(&format!("/{POSTER_SLUG}/index.html"))
}

/// The code of a code page, `11` of `11/index.html` (in any digits).
fn code_of(path: &str) -> Option<&str> {
    let code = path.strip_suffix("/index.html")?;
    (!code.is_empty()
        && code
            .chars()
            .all(|c| crate::script::digits::ascii_digit(c).is_some()))
    .then_some(code)
}

/// The site-relative paths (without `base_path` and the leading `/`) a
/// page loads or links through `href=` and `src=`, quoted or not.
fn local_references<'h>(html: &'h [u8], base_path: &'h str) -> impl Iterator<Item = &'h str> {
    [&b"href="[..], b"src="]
        .into_iter()
        .flat_map(move |attribute| {
            memchr::memmem::find_iter(html, attribute).filter_map(move |at| {
                let value = &html[at + attribute.len()..];
                let value = match value.first() {
                    Some(&quote @ (b'"' | b'\'')) => {
                        value[1..].split(|&c| c == quote).next().unwrap_or_default()
                    }
                    _ => value
                        .split(|c| c.is_ascii_whitespace() || *c == b'>')
                        .next()
                        .unwrap_or_default(),
                };
                value
                    .strip_prefix(base_path.as_bytes())
                    .and_then(|value| value.strip_prefix(b"/"))
                    .filter(|path| !path.starts_with(b"/"))
                    .and_then(|path| std::str::from_utf8(path).ok())
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_local_references_quoted_or_not() {
        let html = br#"<link href=/style.css rel=stylesheet><script src="/offline.js" defer></script><a href="https://x.org/">x</a><a href=//cdn.example/y>y</a>"#;
        assert_eq!(
            local_references(html, "").collect::<Vec<_>>(),
            ["style.css", "offline.js"]
        );
        let under_a_path = br#"<link href=/info/style.css rel=stylesheet><a href="/other/x.css">x</a>"#;
        assert_eq!(
            local_references(under_a_path, "/info").collect::<Vec<_>>(),
            ["style.css"]
        );
    }

    #[test]
    fn posters_are_not_kept_offline_and_directories_are_kept_apart() {
        assert!(is_reader_page("ar/asylum/apply/index.html"));
        assert!(is_reader_page("ar/search/index.html"));
        assert!(!is_reader_page("ar/asylum/apply/poster/index.html"));
        let languages = ["en", "ar"];
        assert!(is_directory(&languages, "directory/index.html"));
        assert!(is_directory(&languages, "ar/directory/index.html"));
        assert!(is_directory(&languages, "directory/words.json"));
        assert!(!is_directory(&languages, "ar/help/directory/index.html"));
        assert!(!is_directory(&languages, "ar/index.html"));
    }

    #[test]
    fn code_pages_are_found_in_any_digits() {
        assert_eq!(code_of("11/index.html"), Some("11"));
        assert_eq!(code_of("۱۱/index.html"), Some("۱۱"));
        assert_eq!(code_of("ar/index.html"), None);
        assert_eq!(code_of("ar/11/index.html"), None);
    }
}
