//! The info-line's and editors' tools: the short-code page `/<code>/` that
//! lists a page in every language, the staff directory `/directory/`, the
//! translation status report `/status/`, and a printable
//! A4 poster with a QR code at `<page URL>/poster/` for every page and
//! language.
//!
//! It decides what these staff pages show; reader pages belong to
//! `render`, and nothing here writes files.

use rayon::prelude::*;
use serde::Serialize;

use crate::bidi::Digits;
use crate::diagnostic::Diagnostic;
use crate::render::{LangView, LanguageRun, OutputFile};
use crate::site::{script_of, Page, Site};
use crate::status;

/// Slugs udha uses itself under every page and language URL.
pub const POSTER_SLUG: &str = "poster";

#[derive(Serialize)]
struct VersionView<'a> {
    lang: LangView<'a>,
    title: String,
    url: String,
    /// As in `udha status`: `source`, `missing`, `outdated`, `draft`,
    /// `machine` or `reviewed`.
    status: &'static str,
    reviewed: Option<String>,
}

#[derive(Serialize)]
struct EntryView<'a> {
    code: u32,
    id: &'a str,
    short_link: String,
    versions: Vec<VersionView<'a>>,
}

/// `udha-site.org/12`: what a caller types, without `https://`.
pub fn short_link(site: &Site, page: &Page) -> String {
    let host = site.config.base_url.split_once("://").map(|(_, rest)| rest).unwrap_or(&site.config.base_url);
    format!("{host}/{}", page.code)
}

fn entry<'a>(site: &'a Site, runs: &'a [LanguageRun], page: &'a Page) -> EntryView<'a> {
    let versions = runs
        .iter()
        .map(|run| {
            let version = site.version(page, &run.language);
            VersionView {
                lang: LangView::from(&run.language),
                title: site.title(page, &run.language),
                url: site.url(page, &run.language),
                status: status::cell(site, page, run.language.content_code()).as_str(),
                reviewed: version.file.reviewed.map(|d| d.to_string()),
            }
        })
        .collect();
    EntryView { code: page.code, id: &page.id, short_link: short_link(site, page), versions }
}

/// The code pages, the directory and the status report, rendered with the source language's
/// templates; `root` is the context the language chooser gets.
pub(crate) fn staff_pages(site: &Site, runs: &[LanguageRun], source_run: &LanguageRun, root: &tera::Context) -> Vec<(String, Result<String, Diagnostic>)> {
    let mut pages: Vec<(String, Result<String, Diagnostic>)> = site
        .pages
        .par_iter()
        .flat_map_iter(|page| {
            let mut context = root.clone();
            context.insert("page", &serde_json::json!({ "kind": "code", "url": format!("/{}/", page.code) }));
            context.insert("entry", &entry(site, runs, page));
            let html = source_run.templates.render("code.html", &context);
            // A caller told "page 11" may type it in the digits of their
            // phone's keyboard: /۱۱/ and /١١/ open the same page.
            [Digits::Western, Digits::Persian, Digits::ArabicIndic].map(|digits| (format!("{}/index.html", digits.write(&page.code.to_string())), html.clone()))
        })
        .collect();
    let mut by_code: Vec<&Page> = site.pages.iter().collect();
    by_code.sort_by_key(|page| page.code);
    let entries: Vec<EntryView> = by_code.into_iter().map(|page| entry(site, runs, page)).collect();
    let mut context = root.clone();
    context.insert("page", &serde_json::json!({ "kind": "directory", "url": "/directory/" }));
    context.insert("entries", &entries);
    pages.push(("directory/index.html".into(), source_run.templates.render("directory.html", &context)));
    let mut context = root.clone();
    context.insert("page", &serde_json::json!({ "kind": "status", "url": "/status/" }));
    context.insert("matrix", &status::matrix(site));
    pages.push(("status/index.html".into(), source_run.templates.render("status.html", &context)));
    pages
}

/// The printable poster of `page` in `run`'s language: title,
/// description, short link and a QR code to the page.
pub(crate) fn poster(site: &Site, run: &LanguageRun, page: &Page, mut context: tera::Context) -> Result<OutputFile, Diagnostic> {
    let language = &run.language;
    let version = site.version(page, language);
    let script = script_of(language);
    let url = site.url(page, language);
    let permalink = format!("{}{}", site.config.base_url, url);
    let qr = crate::qr::svg(&permalink).map_err(|message| Diagnostic::new(&version.file.path, message).with_help("shorten base_url in site.toml"))?;
    let content_language = if version.fallback { site.config.source() } else { language };
    context.insert("page", &serde_json::json!({
        "kind": "poster",
        "code": page.code,
        "title": site.title(page, language),
        "description": version.file.front.description.as_deref().map(|d| script.apply(d)),
        "url": format!("{url}{POSTER_SLUG}/"),
        "page_url": url,
        "permalink": permalink,
        "canonical": permalink,
        "short_link": short_link(site, page),
        "qr": qr,
        "content_lang": LangView::from(content_language),
    }));
    let html = run.templates.render("poster.html", &context)?;
    Ok(OutputFile { path: format!("{}{POSTER_SLUG}/index.html", url.trim_start_matches('/')), bytes: html.into_bytes() })
}
