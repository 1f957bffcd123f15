//! Addresses that never break (`site::ledger` decides what each leads to):
//! a page's old ids (`aliases`) and old numbers send readers to it; the
//! number and the old address of a removed page show, in every language,
//! a page that says so and links to where to look now.
//!
//! It renders those pages; it decides nothing about numbers.

use crate::diagnostic::Diagnostic;
use crate::render::infoline::{number_paths, redirect};
use crate::render::view::{LanguageRun, OutputFile};
use crate::script::digits::Digits;
use crate::site::Site;

/// Redirects from every page's aliases and old numbers, in every language.
pub(crate) fn redirects(site: &Site, runs: &[LanguageRun]) -> Vec<OutputFile> {
    let source = &site.config.source_language;
    let mut files = Vec::new();
    for run in runs {
        let language = &run.language;
        for page in &site.pages {
            let aliases = page.files.get(source).map(|f| f.front.aliases.as_slice()).unwrap_or_default();
            if aliases.is_empty() {
                continue;
            }
            let bytes = redirect(site, language, &site.url(page, language), &site.title(page, language));
            files.extend(aliases.iter().map(|alias| OutputFile {
                path: format!("{}/{alias}/index.html", language.code),
                bytes: bytes.clone(),
            }));
        }
        for &(index, old) in &site.numbers.old {
            let page = &site.pages[index];
            let bytes = redirect(site, language, &site.url(page, language), &site.title(page, language));
            files.extend(number_paths(language, old).into_iter().map(|path| OutputFile { path, bytes: bytes.clone() }));
        }
    }
    // `/<old number>/`: the page's number page, which lists it in every language.
    if let Some(run) = runs.iter().find(|run| run.language.code == *source) {
        for &(index, old) in &site.numbers.old {
            let page = &site.pages[index];
            let bytes = redirect(site, &run.language, &site.config.path(&format!("/{}/", page.code)), &site.title(page, &run.language));
            files.extend(every_digit(old).map(|path| OutputFile { path, bytes: bytes.clone() }));
        }
    }
    files
}

/// `11/index.html`, `۱۱/index.html`, `١١/index.html`: number pages are
/// typed in any digits.
fn every_digit(code: u32) -> impl Iterator<Item = String> {
    [Digits::Western, Digits::Persian, Digits::ArabicIndic]
        .into_iter()
        .map(move |digits| format!("{}/index.html", digits.write(&code.to_string())))
}

/// In `run`'s language, for every removed page: the page that says it was
/// removed (from `404.html`, kind `gone`), at its number and its old
/// address; and, in the source language, at `/<number>/`. `context` has
/// what a 404 page gets.
pub(crate) fn gone_pages(
    site: &Site,
    run: &LanguageRun,
    context: &tera::Context,
) -> Vec<(String, Result<Vec<u8>, Diagnostic>)> {
    let language = &run.language;
    let mut pages = Vec::new();
    for (code, old_id) in &site.numbers.removed {
        // Where to look now: the nearest section it was in that still exists.
        let mut ancestor = old_id.as_str();
        let see = loop {
            ancestor = ancestor.rsplit_once('/').map_or("", |(up, _)| up);
            if let Some(page) = site.page(ancestor) {
                break page;
            }
            if ancestor.is_empty() {
                break match site.home() {
                    Some(home) => home,
                    None => return pages,
                };
            }
        };
        let mut context = context.clone();
        let url = site.config.path(&format!("/{}/{old_id}/", language.code));
        context.insert(
            "page",
            &serde_json::json!({ "kind": "gone", "url": url, "code": code, "see_url": site.url(see, language), "see_title": site.title(see, language) }),
        );
        let html = run.templates.render_minified("404.html", context);
        let mut paths = number_paths(language, *code);
        if !old_id.is_empty() {
            paths.push(format!("{}/{old_id}/index.html", language.code));
        }
        if language.code == site.config.source_language {
            paths.extend(every_digit(*code));
        }
        pages.extend(paths.into_iter().map(|path| (path, html.clone())));
    }
    pages
}
