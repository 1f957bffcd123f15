//! The info-line's and editors' tools: the short-code page `/<code>/` that
//! lists a page in every language, the short link `/<lang>/<code>/` that
//! opens it in one language, the staff directory `/<lang>/directory/` (and
//! `/directory/` in the source language) with a ready SMS/WhatsApp
//! message for every page and language, the translation status report
//! `/status/`, and a printable A4 poster with a QR code at
//! `<page URL>/poster/` for every page and language.
//!
//! It decides what these staff pages show; reader pages belong to
//! `render`, and nothing here writes files.

use rayon::prelude::*;
use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::load::config::Language;
use crate::load::locales::Localizer;
use crate::render::message::{self, Message};
use crate::render::view::{LangView, LanguageRun, OutputFile};
use crate::script::digits::Digits;
use crate::site::reserved::{DIRECTORY_SLUG, POSTER_SLUG};
use crate::site::status;
use crate::site::{Page, Site, script_of};

#[derive(Serialize)]
struct VersionView<'a> {
    lang: LangView<'a>,
    title: String,
    description: Option<String>,
    url: String,
    /// `example.org/ar/11`
    short_link: String,
    /// What to send a caller by SMS or WhatsApp.
    message: Message,
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

/// `example.org/12`: what a caller types, without `https://`.
pub fn short_link(site: &Site, page: &Page) -> String {
    format!("{}/{}", message::host(site), page.code)
}

fn entry<'a>(
    site: &'a Site,
    localizer: &Localizer,
    runs: &'a [LanguageRun],
    page: &'a Page,
) -> Result<EntryView<'a>, Diagnostic> {
    let versions = runs
        .iter()
        .map(|run| {
            let version = site.version(page, &run.language);
            let message =
                message::compose(site, localizer, page, &run.language).map_err(|problem| {
                    Diagnostic::new(&version.file.path, problem)
                        .with_help("add the message to locales/<lang>/")
                })?;
            Ok(VersionView {
                lang: LangView::from(&run.language),
                title: site.title(page, &run.language),
                description: version
                    .file
                    .front
                    .description
                    .as_deref()
                    .map(|d| script_of(&run.language).apply(d)),
                url: site.url(page, &run.language),
                short_link: message::short_link(site, page, &run.language),
                message,
                status: status::cell(site, page, run.language.content_code()).as_str(),
                reviewed: version.file.reviewed.map(|d| d.to_string()),
            })
        })
        .collect::<Result<_, Diagnostic>>()?;
    Ok(EntryView {
        code: page.code,
        id: &page.id,
        short_link: short_link(site, page),
        versions,
    })
}

/// `/directory/words.json`: for every page code, every word the page has
/// in any language (title, description, text; Serbian in both scripts),
/// lower-cased, each once, space-separated. The directory's filter loads
/// it so a worker finds a page by any word a caller says.
pub const WORDS_FILE: &str = "words.json";

fn page_words(site: &Site, runs: &[LanguageRun], page: &Page) -> String {
    let mut words = std::collections::BTreeSet::new();
    for run in runs {
        let version = site.version(page, &run.language);
        let front = &version.file.front;
        // A contact card of data/contacts.toml: its lines, each after the
        // word for it, as a card written out in full would read.
        let cards: Vec<String> = crate::load::contacts::named_in(&version.file.body)
            .into_iter()
            .filter_map(|(id, _)| crate::render::contacts::lines(site, &run.language, id).ok())
            .map(|card| {
                [("name", &card.name), ("what", &card.what), ("phone", &card.phone), ("email", &card.email), ("address", &card.address)]
                    .into_iter()
                    .filter_map(|(word, line)| line.as_ref().map(|line| format!("{word} {line}")))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let text = [
            front.title.as_str(),
            front.description.as_deref().unwrap_or(""),
            &crate::render::markdown::plain_text(&version.file.body),
            &cards.join(" "),
        ]
        .join(" ");
        let text = script_of(&run.language).apply(&text).to_lowercase();
        // Marks and joiners belong to the word they are in (Arabic vowel
        // marks, the Persian half-space): the filter drops them itself.
        let in_word = |c: char| {
            c.is_alphanumeric()
                || matches!(c, '\u{300}'..='\u{36f}' | '\u{610}'..='\u{61a}' | '\u{64b}'..='\u{65f}' | '\u{670}' | '\u{6d6}'..='\u{6ed}' | '\u{200c}' | '\u{200d}')
        };
        words.extend(
            text.split(|c: char| !in_word(c))
                .filter(|word| word.chars().count() > 1)
                .map(str::to_string),
        );
    }
    words.into_iter().collect::<Vec<_>>().join(" ")
}

/// The status report, the code pages and the directories, as far as
/// `[features]` has them; the code pages and `/directory/` in the source
/// language, each language's directory in its own; `root` is the context
/// the language chooser gets.
pub(crate) fn staff_pages(
    site: &Site,
    localizer: &Localizer,
    runs: &[LanguageRun],
    source_run: &LanguageRun,
    root: &tera::Context,
) -> Vec<(String, Result<Vec<u8>, Diagnostic>)> {
    let features = &site.config.features;
    let mut pages: Vec<(String, Result<Vec<u8>, Diagnostic>)> = Vec::new();
    if features.status_page {
        let mut context = root.clone();
        context.insert(
            "page",
            &serde_json::json!({ "kind": "status", "url": site.config.path("/status/") }),
        );
        context.insert("matrix", &status::matrix(site));
        pages.push((
            "status/index.html".into(),
            source_run.templates.render_minified("status.html", context),
        ));
    }
    if !features.short_codes {
        return pages;
    }
    let mut by_code: Vec<&Page> = site.pages.iter().collect();
    by_code.sort_by_key(|page| page.code);
    let entries: Result<Vec<EntryView>, Diagnostic> = by_code
        .into_par_iter()
        .map(|page| entry(site, localizer, runs, page))
        .collect();
    let entries = match entries {
        Ok(entries) => entries,
        Err(problem) => return vec![("directory/index.html".into(), Err(problem))],
    };
    pages.par_extend(entries.par_iter().flat_map_iter(|entry| {
        let mut context = root.clone();
        context.insert(
            "page",
            &serde_json::json!({ "kind": "code", "url": site.config.path(&format!("/{}/", entry.code)) }),
        );
        context.insert("entry", entry);
        let html = source_run.templates.render_minified("code.html", context);
        // A caller told "page 11" may type it in the digits of their
        // phone's keyboard: /۱۱/ and /١١/ open the same page.
        [Digits::Western, Digits::Persian, Digits::ArabicIndic].map(|digits| {
            (
                format!("{}/index.html", digits.write(&entry.code.to_string())),
                html.clone(),
            )
        })
    }));
    if !features.directory {
        return pages;
    }
    let directory = |context: &tera::Context, run: &LanguageRun, from_root: String| {
        let mut context = context.clone();
        context.insert(
            "page",
            &serde_json::json!({ "kind": "directory", "url": site.config.path(&from_root) }),
        );
        context.insert("entries", &entries);
        context.insert("max_segments", &message::MAX_SEGMENTS);
        (
            format!("{}index.html", from_root.trim_start_matches('/')),
            run.templates.render_minified("directory.html", context),
        )
    };
    let words: std::collections::BTreeMap<String, String> = site
        .pages
        .par_iter()
        .map(|page| (page.code.to_string(), page_words(site, runs, page)))
        .collect();
    pages.push((
        format!("{DIRECTORY_SLUG}/{WORDS_FILE}"),
        serde_json::to_vec(&words).map_err(|err| Diagnostic::new(DIRECTORY_SLUG, err.to_string())),
    ));
    pages.push(directory(root, source_run, format!("/{DIRECTORY_SLUG}/")));
    pages.extend(
        runs.par_iter()
            .map(|run| {
                directory(
                    &run.context,
                    run,
                    format!("/{}/{DIRECTORY_SLUG}/", run.language.code),
                )
            })
            .collect::<Vec<_>>(),
    );
    pages
}

/// The digits a reader of `language` may type a page number in: a
/// language written right to left also gets Persian and Arabic-Indic
/// digits, which its readers' keyboards type.
fn typed_digits(language: &Language) -> &'static [Digits] {
    if language.writing().rtl {
        &[Digits::Western, Digits::Persian, Digits::ArabicIndic]
    } else {
        &[Digits::Western]
    }
}

/// `<lang>/11/index.html` (and `<lang>/۱۱/…`, `<lang>/١١/…` where its
/// readers type those digits): where number `code` opens in `language`.
pub(crate) fn number_paths(language: &Language, code: u32) -> Vec<String> {
    typed_digits(language)
        .iter()
        .map(|digits| format!("{}/{}/index.html", language.code, digits.write(&code.to_string())))
        .collect()
}

/// A small page that sends the reader to `url` at once (no script
/// needed), titled `title`, in `language`.
pub(crate) fn redirect(site: &Site, language: &Language, url: &str, title: &str) -> Vec<u8> {
    let title = crate::render::html::escape(title);
    let html = format!(
        "<!doctype html><html lang={} dir={}><meta charset=utf-8><meta name=viewport content=\"width=device-width,initial-scale=1\"><meta name=robots content=noindex><meta http-equiv=refresh content=\"0; url={url}\"><link rel=canonical href=\"{}{url}\"><title>{title}</title><p><a href=\"{url}\">{title}</a></p></html>",
        language.tag,
        if language.writing().rtl { "rtl" } else { "ltr" },
        site.config.origin,
    );
    crate::render::html::minify(html.as_bytes())
}

/// `/<lang>/<code>/`: sends the reader straight to the page in that
/// language; small, so it costs little on a slow line.
pub(crate) fn short_link_pages(site: &Site, runs: &[LanguageRun]) -> Vec<OutputFile> {
    runs.iter()
        .flat_map(|run| {
            site.pages.iter().flat_map(move |page| {
                let bytes = redirect(site, &run.language, &site.url(page, &run.language), &site.title(page, &run.language));
                number_paths(&run.language, page.code)
                    .into_iter()
                    .map(move |path| OutputFile { path, bytes: bytes.clone() })
            })
        })
        .collect()
}

/// The printable poster of `page` in `run`'s language: title,
/// description, short link and a QR code to the page.
pub(crate) fn poster(
    site: &Site,
    run: &LanguageRun,
    page: &Page,
    mut context: tera::Context,
) -> Result<OutputFile, Diagnostic> {
    let language = &run.language;
    let version = site.version(page, language);
    let script = script_of(language);
    let url = site.url(page, language);
    let permalink = site.config.address(&site.path(page, language));
    // The QR code opens the short link: fewer modules, easier to scan.
    let qr_address = format!("{}/{}/{}", site.config.base_url, language.code, page.code);
    let content_language = if version.fallback {
        version.language
    } else {
        language
    };
    context.insert(
        "page",
        &serde_json::json!({
            "kind": "poster",
            "code": page.code,
            "title": site.title(page, language),
            "description": version.file.front.description.as_deref().map(|d| script.apply(d)),
            "url": format!("{url}{POSTER_SLUG}/"),
            "page_url": url,
            "permalink": permalink,
            "canonical": permalink,
            "short_link": message::short_link(site, page, language),
            // Drawn only if the poster is not in the build cache.
            "qr": qr_address,
            "content_lang": LangView::from(content_language),
        }),
    );
    let bytes = run
        .templates
        .render_minified_then("poster.html", context, |context| {
            let qr = crate::render::qr::svg(&qr_address).map_err(|message| {
                Diagnostic::new(&version.file.path, message)
                    .with_help("shorten base_url in site.toml")
            })?;
            let mut page = context.get("page").cloned().unwrap_or_default();
            page["qr"] = qr.into();
            context.insert("page", &page);
            Ok(())
        })?;
    Ok(OutputFile {
        path: format!("{}{POSTER_SLUG}/index.html", site.path(page, language).trim_start_matches('/')),
        bytes,
    })
}
