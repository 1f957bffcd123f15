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
//! Pagefind indexes one page at a time and keeps every page it was given
//! in memory until it writes the index. So while the site renders, udha
//! only notes which pages each language has (and a hash of what Pagefind
//! will read of each); it gives each language its own Pagefind instance,
//! reading the pages back: one language at a time while the site still
//! renders, if told a language is finished, then as many at a time as
//! there are cores. It joins their outputs: the languages' files are apart
//! already, and only `pagefind-entry.json`, which lists the languages, is
//! merged. Pagefind cannot update an index, so a language with one changed
//! page is indexed again whole; one with none comes from the build cache.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::cache::{Cache, Key, KeyBuilder};
use crate::diagnostic::Diagnostic;
use crate::render::OutputFile;
use crate::site::reserved::INDEX_DIR;

/// Templates put this attribute on the part of a page to index.
const MARKER: &[u8] = b"data-pagefind-body";

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
    Diagnostic::new(
        INDEX_DIR,
        format!("the search index could not be built: {err}"),
    )
    .with_help("this is a bug in udha or Pagefind; please report it with the page that triggers it")
}

/// The index files for every rendered page that has searchable content.
pub fn index(files: &[OutputFile]) -> Result<Vec<OutputFile>, Diagnostic> {
    let by_path: std::collections::HashMap<&str, &[u8]> = files
        .iter()
        .map(|file| (file.path.as_str(), file.bytes.as_slice()))
        .collect();
    let read = |path: &str| {
        by_path
            .get(path)
            .map(|bytes| bytes.to_vec())
            .ok_or_else(|| failure(&format!("{path} is gone")))
    };
    let ((), index) = index_while(read, &Cache::disabled(), |pages| {
        files
            .iter()
            .for_each(|file| pages.add(&file.path, &file.bytes));
        Ok::<_, Diagnostic>(())
    })?;
    Ok(index)
}

/// Runs `render`, which notes every page it writes in the `Searchable` it
/// gets (and says when a language's pages are all there), while indexing
/// each finished language on a thread of its own; then indexes the
/// languages left, as many at a time as there are cores, and joins them
/// into one index. `read` gives a noted page's bytes again. Pagefind keeps
/// every page it is given in memory until it writes the index, so memory
/// holds only the languages being indexed. A language whose pages
/// Pagefind would read exactly as an earlier build's comes from `cache`.
pub fn index_while<T, E: From<Diagnostic>>(
    read: impl Fn(&str) -> Result<Vec<u8>, Diagnostic> + Sync,
    cache: &Cache,
    render: impl FnOnce(&mut Searchable) -> Result<T, E>,
) -> Result<(T, Vec<OutputFile>), E> {
    let (sender, receiver) = std::sync::mpsc::channel();
    let queue = std::sync::Mutex::new(receiver);
    let stop = std::sync::atomic::AtomicBool::new(false);
    let work = || {
        let mut done = Vec::new();
        // One waits for the queue at a time; a closed queue ends them all.
        while let Some((order, language)) = queue.lock().ok().and_then(|queue| queue.recv().ok()) {
            if stop.load(std::sync::atomic::Ordering::Relaxed) {
                break;
            }
            done.push((order, index_language(&language, &read, cache)));
        }
        done
    };
    std::thread::scope(|scope| {
        let mut workers = vec![scope.spawn(work)];
        let mut pages = Searchable {
            ready: Some(sender),
            ..Searchable::default()
        };
        let rendered = render(&mut pages);
        let Searchable {
            languages,
            pages: all,
            ready,
        } = pages;
        let rendered = match rendered {
            Ok(rendered) => rendered,
            Err(err) => {
                // Closing the queue ends the workers once their language is done.
                stop.store(true, std::sync::atomic::Ordering::Relaxed);
                drop(ready);
                return Err(err);
            }
        };
        if let Some(ready) = ready {
            languages
                .into_values()
                .for_each(|language| drop(ready.send((language.order, language))));
        }
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        workers.extend((1..cores).map(|_| scope.spawn(work)));
        let mut parts: Vec<(usize, Result<Vec<OutputFile>, Diagnostic>)> = workers
            .into_iter()
            .flat_map(|worker| {
                worker
                    .join()
                    .unwrap_or_else(|_| vec![(0, Err(failure(&"Pagefind stopped")))])
            })
            .collect();
        parts.sort_by_key(|(order, _)| *order);
        let parts = parts
            .into_iter()
            .map(|(_, part)| part)
            .collect::<Result<Vec<_>, _>>()?;
        let index = match parts.len() {
            0 => index_pages(&[], &read)?,
            1 => parts.into_iter().flatten().collect(),
            _ => match merge(parts)? {
                Some(files) => files,
                // Two parts made one Pagefind language (say `lang=" en"`
                // and `lang=en`): index everything together, as Pagefind would.
                None => index_pages(&all, &read)?,
            },
        };
        Ok((rendered, index))
    })
}

/// The pages with searchable content, per language, noted in build order.
#[derive(Default)]
pub struct Searchable {
    /// Per declared `<html lang>` (lowercased, as Pagefind reads it).
    languages: BTreeMap<Vec<u8>, Language>,
    /// Every page noted, in order.
    pages: Vec<String>,
    /// Where a language goes to be indexed once its pages are all noted.
    ready: Option<std::sync::mpsc::Sender<(usize, Language)>>,
}

/// One Pagefind language's pages, and the hash of what Pagefind reads of
/// each: all its index depends on (with Pagefind's own code).
struct Language {
    /// Languages in the order their first page came.
    order: usize,
    paths: Vec<String>,
    inputs: Vec<Key>,
}

impl Searchable {
    /// Notes the page at `path` if it has searchable content.
    pub fn add(&mut self, path: &str, bytes: &[u8]) {
        if !path.ends_with(".html") || memchr::memmem::find(bytes, MARKER).is_none() {
            return;
        }
        let order = self.pages.len();
        let language = self
            .languages
            .entry(declared_language(bytes).to_ascii_lowercase())
            .or_insert_with(|| Language {
                order,
                paths: Vec::new(),
                inputs: Vec::new(),
            });
        language.inputs.push(
            KeyBuilder::new()
                .bytes(path.as_bytes())
                .bytes(&searchable_part(bytes))
                .finish(),
        );
        language.paths.push(path.to_string());
        self.pages.push(path.to_string());
    }

    /// Says that every page declaring `<html lang=tag>` has been noted:
    /// that language can be indexed now. (Should another come after all,
    /// the languages no longer join, and everything is indexed together.)
    pub fn finished(&mut self, tag: &str) {
        if let (Some(ready), Some(language)) = (
            &self.ready,
            self.languages.remove(tag.to_ascii_lowercase().as_bytes()),
        ) {
            let _ = ready.send((language.order, language));
        }
    }
}

/// One language's index: from `cache`, or made by Pagefind.
fn index_language(
    language: &Language,
    read: &impl Fn(&str) -> Result<Vec<u8>, Diagnostic>,
    cache: &Cache,
) -> Result<Vec<OutputFile>, Diagnostic> {
    let key = language
        .inputs
        .iter()
        .fold(cache.key("search"), |key, input| key.key(*input))
        .finish();
    let files = cache.files(key, || {
        Ok(index_pages(&language.paths, read)?
            .into_iter()
            .map(|file| (file.path, file.bytes))
            .collect())
    })?;
    Ok(files
        .into_iter()
        .map(|(path, bytes)| OutputFile { path, bytes })
        .collect())
}

/// The `lang` of a page's `<html>` tag, as written; empty when it has none.
fn declared_language(html: &[u8]) -> &[u8] {
    let Some(start) = memchr::memmem::find(html, b"<html") else {
        return b"";
    };
    let tag = &html[start..];
    let tag = &tag[..memchr::memchr(b'>', tag).unwrap_or(tag.len())];
    let Some(at) = memchr::memmem::find_iter(tag, b"lang=")
        .find(|&at| at > 0 && tag[at - 1].is_ascii_whitespace())
    else {
        return b"";
    };
    let value = &tag[at + 5..];
    match value.first() {
        Some(&quote @ (b'"' | b'\'')) => {
            value[1..].split(|&c| c == quote).next().unwrap_or_default()
        }
        _ => value
            .split(|c| c.is_ascii_whitespace() || *c == b'/')
            .next()
            .unwrap_or_default(),
    }
}

/// What Pagefind reads of a page: its `<html>` tag (for the language) and
/// the element marked `data-pagefind-body`, which holds the page's first
/// `<h1>` (its title in the results). Pagefind would skip everything else,
/// but parsing it costs as much as the indexing itself, so it is cut off
/// here. The whole page when that element's end cannot be found.
fn searchable_part(html: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    let whole = std::borrow::Cow::Borrowed(html);
    let (Some(html_tag), Some(marker)) = (
        memchr::memmem::find(html, b"<html"),
        memchr::memmem::find(html, MARKER),
    ) else {
        return whole;
    };
    let html_tag = &html[html_tag..];
    let Some(html_tag) = memchr::memchr(b'>', html_tag).map(|end| &html_tag[..=end]) else {
        return whole;
    };
    let Some(start) = memchr::memrchr(b'<', &html[..marker]) else {
        return whole;
    };
    let name_end = html[start + 1..]
        .iter()
        .position(|c| !c.is_ascii_alphanumeric())
        .map_or(html.len(), |at| start + 1 + at);
    let name = &html[start + 1..name_end];
    let Some(end) = element_end(&html[start..], name).map(|end| start + end) else {
        return whole;
    };
    let mut part = Vec::with_capacity(html_tag.len() + end - start + 32);
    part.extend_from_slice(html_tag);
    part.extend_from_slice(b"<body>");
    part.extend_from_slice(&html[start..end]);
    part.extend_from_slice(b"</body></html>");
    std::borrow::Cow::Owned(part)
}

/// Where the element that opens at the start of `html`, named `name`,
/// ends (just past its closing tag), counting nested elements of the same
/// name.
fn element_end(html: &[u8], name: &[u8]) -> Option<usize> {
    let mut depth = 0usize;
    let mut at = 0;
    while let Some(found) = memchr::memchr(b'<', &html[at..]) {
        let tag = at + found + 1;
        let closing = html.get(tag) == Some(&b'/');
        let name_start = tag + usize::from(closing);
        let follows = html.get(name_start + name.len());
        let named = html
            .get(name_start..name_start + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
            && follows.is_some_and(|c| c.is_ascii_whitespace() || *c == b'>' || *c == b'/');
        at = tag;
        if !named {
            continue;
        }
        if closing {
            depth = depth.checked_sub(1)?;
            if depth == 0 {
                return memchr::memchr(b'>', &html[at..]).map(|end| at + end + 1);
            }
        } else {
            depth += 1;
        }
    }
    None
}

/// One Pagefind index of the pages at `paths`, in order.
fn index_pages(
    paths: &[String],
    read: &impl Fn(&str) -> Result<Vec<u8>, Diagnostic>,
) -> Result<Vec<OutputFile>, Diagnostic> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|err| failure(&err))?;
    runtime.block_on(async {
        let mut index = pagefind::api::PagefindIndex::new(None).map_err(|err| failure(&err))?;
        for path in paths {
            let html = String::from_utf8_lossy(&searchable_part(&read(path)?)).into_owned();
            index
                .add_html_file(Some(path.clone()), None, html)
                .await
                .map_err(|err| failure(&err))?;
        }
        let built = index.get_files().await.map_err(|err| failure(&err))?;
        let mut out: Vec<OutputFile> = built
            .into_iter()
            .filter(|f| !is_unused(&f.filename.to_string_lossy()))
            .map(|f| OutputFile {
                path: format!(
                    "{INDEX_DIR}/{}",
                    f.filename.to_string_lossy().replace('\\', "/")
                ),
                bytes: f.contents,
            })
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
                    if part.version != entry.version
                        || part.include_characters != entry.include_characters
                    {
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
        merged.insert(
            entry_path,
            serde_json::to_vec(&entry).map_err(|err| failure(&err))?,
        );
    }
    Ok(Some(
        merged
            .into_iter()
            .map(|(path, bytes)| OutputFile { path, bytes })
            .collect(),
    ))
}

#[cfg(test)]
mod tests {
    use super::{declared_language, searchable_part};

    #[test]
    fn finds_the_declared_language() {
        assert_eq!(
            declared_language(b"<!doctype html><html dir=rtl lang=ar><head>"),
            b"ar"
        );
        assert_eq!(
            declared_language(b"<html lang=\"sr-Latn\" dir=ltr>"),
            b"sr-Latn"
        );
        assert_eq!(declared_language(b"<html data-lang=x><body lang=en>"), b"");
        assert_eq!(declared_language(b"<p>no html tag</p>"), b"");
    }

    #[test]
    fn keeps_only_the_html_tag_and_the_searchable_element() {
        let page = b"<!doctype html><html lang=ar dir=rtl><head><title>T</title></head><body><nav>menu</nav><article data-pagefind-body><h1>A</h1><article>inner</article><p>text</article><ul><li>other pages</ul></body></html>";
        assert_eq!(&*searchable_part(page), &b"<html lang=ar dir=rtl><body><article data-pagefind-body><h1>A</h1><article>inner</article><p>text</article></body></html>"[..]);
        let unclosed = b"<html lang=en><body><main data-pagefind-body><p>text</body></html>";
        assert_eq!(&*searchable_part(unclosed), &unclosed[..]);
    }
}
