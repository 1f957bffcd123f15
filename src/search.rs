//! Search: builds a Pagefind index of the reader pages at build time, with
//! Pagefind used as a Rust library (no Node, no extra step).
//!
//! Pagefind splits the index by each page's `<html lang>`, so a search page
//! in Arabic only ever loads, and finds, Arabic pages. Only the content
//! marked `data-pagefind-body` (the article) is indexed. udha ships
//! Pagefind's search engine (`pagefind.js` and its WebAssembly), not its
//! ready-made UI: the site's own `search.js` drives it with strings from
//! Fluent. This module only turns rendered pages into index files.
//!
//! Pagefind indexes one page at a time, so udha gives each language its
//! own Pagefind instance and runs them in parallel, then joins their
//! outputs: the languages' files are apart already, and only
//! `pagefind-entry.json`, which lists the languages, is merged.

use std::collections::BTreeMap;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostic;
use crate::render::OutputFile;

/// Templates put this attribute on the part of a page to index.
const MARKER: &[u8] = b"data-pagefind-body";

/// Where the index goes in the output.
pub const INDEX_DIR: &str = "pagefind";

/// Pagefind's list of languages, the one file every language shares.
const ENTRY: &str = "pagefind-entry.json";

/// `pagefind-entry.json`, with Pagefind's field order.
#[derive(Serialize, Deserialize)]
struct Entry {
    version: String,
    languages: BTreeMap<String, EntryLanguage>,
    include_characters: Vec<char>,
}

#[derive(Serialize, Deserialize)]
struct EntryLanguage {
    hash: String,
    wasm: Option<String>,
    page_count: usize,
}

/// Files of Pagefind's bundle that udha does not use (its UIs and playground).
fn is_unused(name: &str) -> bool {
    name.contains("-ui.") || name.starts_with("playground") || name == "pagefind-highlight.js"
}

fn failure(err: &dyn std::fmt::Display) -> Diagnostic {
    Diagnostic::new(INDEX_DIR, format!("the search index could not be built: {err}")).with_help("this is a bug in udha or Pagefind; please report it with the page that triggers it")
}

/// The index files for every rendered page that has searchable content.
pub fn index(files: &[OutputFile]) -> Result<Vec<OutputFile>, Diagnostic> {
    let finder = memchr::memmem::Finder::new(MARKER);
    let pages: Vec<&OutputFile> = files.iter().filter(|f| f.is_html() && finder.find(&f.bytes).is_some()).collect();
    let mut by_language: BTreeMap<&[u8], Vec<&OutputFile>> = BTreeMap::new();
    for page in &pages {
        by_language.entry(declared_language(&page.bytes)).or_default().push(page);
    }
    if by_language.len() < 2 {
        return index_pages(&pages);
    }
    let parts = by_language.into_values().collect::<Vec<_>>().into_par_iter().map(|part| index_pages(&part)).collect::<Result<Vec<_>, _>>()?;
    match merge(parts)? {
        Some(files) => Ok(files),
        // Two parts made one Pagefind language (say `lang=EN` and `lang=en`):
        // index everything together, as Pagefind would.
        None => index_pages(&pages),
    }
}

/// The `lang` of a page's `<html>` tag, as written; empty when it has none.
fn declared_language(html: &[u8]) -> &[u8] {
    let Some(start) = memchr::memmem::find(html, b"<html") else { return b"" };
    let tag = &html[start..];
    let tag = &tag[..memchr::memchr(b'>', tag).unwrap_or(tag.len())];
    let Some(at) = memchr::memmem::find_iter(tag, b"lang=").find(|&at| at > 0 && tag[at - 1].is_ascii_whitespace()) else { return b"" };
    let value = &tag[at + 5..];
    match value.first() {
        Some(&quote @ (b'"' | b'\'')) => value[1..].split(|&c| c == quote).next().unwrap_or_default(),
        _ => value.split(|c| c.is_ascii_whitespace() || *c == b'/').next().unwrap_or_default(),
    }
}

/// One Pagefind index of `pages`, in order.
fn index_pages(pages: &[&OutputFile]) -> Result<Vec<OutputFile>, Diagnostic> {
    let runtime = tokio::runtime::Builder::new_current_thread().build().map_err(|err| failure(&err))?;
    runtime.block_on(async {
        let mut index = pagefind::api::PagefindIndex::new(None).map_err(|err| failure(&err))?;
        for file in pages {
            let html = String::from_utf8_lossy(&file.bytes).into_owned();
            index.add_html_file(Some(file.path.clone()), None, html).await.map_err(|err| failure(&err))?;
        }
        let built = index.get_files().await.map_err(|err| failure(&err))?;
        let mut out: Vec<OutputFile> = built
            .into_iter()
            .filter(|f| !is_unused(&f.filename.to_string_lossy()))
            .map(|f| OutputFile { path: format!("{INDEX_DIR}/{}", f.filename.to_string_lossy().replace('\\', "/")), bytes: f.contents })
            .collect();
        out.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(out)
    })
}

/// Joins the indexes of separate languages into one, sorted by path:
/// their entries' language lists are merged, and the files they share
/// (Pagefind's scripts) must be the same. `None` when two parts claim one
/// language or differ in a shared file.
fn merge(parts: Vec<Vec<OutputFile>>) -> Result<Option<Vec<OutputFile>>, Diagnostic> {
    let entry_path = format!("{INDEX_DIR}/{ENTRY}");
    let mut entry: Option<Entry> = None;
    let mut merged: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    for file in parts.into_iter().flatten() {
        if file.path == entry_path {
            let part: Entry = serde_json::from_slice(&file.bytes).map_err(|err| failure(&err))?;
            match &mut entry {
                None => entry = Some(part),
                Some(entry) => {
                    if part.version != entry.version || part.include_characters != entry.include_characters {
                        return Ok(None);
                    }
                    for (language, meta) in part.languages {
                        if entry.languages.insert(language, meta).is_some() {
                            return Ok(None);
                        }
                    }
                }
            }
        } else if let Some(earlier) = merged.get(&file.path) {
            if *earlier != file.bytes {
                return Ok(None);
            }
        } else {
            merged.insert(file.path, file.bytes);
        }
    }
    if let Some(entry) = entry {
        merged.insert(entry_path, serde_json::to_vec(&entry).map_err(|err| failure(&err))?);
    }
    Ok(Some(merged.into_iter().map(|(path, bytes)| OutputFile { path, bytes }).collect()))
}

#[cfg(test)]
mod tests {
    use super::declared_language;

    #[test]
    fn finds_the_declared_language() {
        assert_eq!(declared_language(b"<!doctype html><html dir=rtl lang=ar><head>"), b"ar");
        assert_eq!(declared_language(b"<html lang=\"sr-Latn\" dir=ltr>"), b"sr-Latn");
        assert_eq!(declared_language(b"<html data-lang=x><body lang=en>"), b"");
        assert_eq!(declared_language(b"<p>no html tag</p>"), b"");
    }
}
