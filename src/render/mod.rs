//! Stage 3, rendering: turns the validated site into the bytes of every
//! output file, in memory, in parallel (rayon), one job per page and
//! language: reader pages (`pages`, `markdown`, `bidi`), the info-line's
//! pages and posters (`infoline`, `message`, `qr`), the one-file editions
//! (`edition`), the sitemap, and minifying (`html`).
//!
//! It receives the `Site`, the UI strings and the templates, decides what
//! each template sees, and hands `publish` finished files. It writes
//! nothing to disk and never changes the site model.

use std::sync::Arc;

use rayon::prelude::*;

use crate::cache::Cache;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::config::Language;
use crate::load::content::PageKind;
use crate::load::locales::Localizer;
use crate::load::templates::Templates;
use crate::render::pages::{AlternateView, LinkView};
use crate::site::Site;
use crate::site::reserved::{NOT_SAVED_FILE, SEARCH_SLUG};

pub mod bidi;
pub mod contacts;
pub mod dated;
pub mod edition;
pub mod feed;
pub mod html;
pub mod images;
pub mod infoline;
pub mod markdown;
pub mod message;
pub mod moved;
pub mod pages;
pub mod qr;
pub mod sitemap;
pub mod templates;
pub mod view;

pub(crate) use pages::render_pages;
pub(crate) use view::{LangView, LanguageRun};
pub use view::{LanguageCount, OutputFile};

pub struct Rendered {
    pub files: Vec<OutputFile>,
    pub counts: Vec<LanguageCount>,
}

/// Renders every page in every language with its poster, then the other
/// site files (see `site_files`), all in memory.
/// `progress(done, total)` is called as pages finish, from any thread.
pub fn render(
    site: &Site,
    localizer: &Arc<Localizer>,
    templates: &Templates,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<Rendered, Diagnostics> {
    let mut files = Vec::new();
    let counts = render_each(
        site,
        localizer,
        templates,
        &Arc::new(Cache::disabled()),
        progress,
        &mut |batch, _| {
            files.extend(batch);
            Ok(())
        },
    )?;
    Ok(Rendered { files, counts })
}

/// Pages rendered at a time by `render_each`, in one language.
const CHUNK: usize = 256;

/// Renders what `render` does, handing the files to `take` as they are
/// done (on another thread, while the next pages render): language by
/// language, the pages and posters `CHUNK` pages at a time, then the other
/// site files. With the last pages of a language, `take` also gets that
/// language: its pages are all there (the site files come later). Once a
/// page fails, `take` gets nothing more, but every page is still rendered,
/// to report every error. What `cache` holds from earlier builds is not
/// rendered again.
pub fn render_each(
    site: &Site,
    localizer: &Arc<Localizer>,
    templates: &Templates,
    cache: &Arc<Cache>,
    progress: &(dyn Fn(usize, usize) + Sync),
    take: &mut (dyn FnMut(Vec<OutputFile>, Option<&Language>) -> Result<(), Diagnostics> + Send),
) -> Result<Vec<LanguageCount>, Diagnostics> {
    let runs = language_runs(site, localizer, templates, cache)?;
    let all: Vec<usize> = (0..site.pages.len()).collect();
    let total = runs.len() * all.len();
    let mut diagnostics = Diagnostics::default();
    // `take` works on one chunk while the next renders.
    let mut done: Option<(Vec<OutputFile>, Option<&Language>)> = None;
    let mut take_done = |done: &mut Option<(Vec<OutputFile>, Option<&Language>)>| {
        done.take()
            .map_or(Ok(()), |(files, finished)| take(files, finished))
    };
    for (l, run) in runs.iter().enumerate() {
        let chunks: Vec<&[usize]> = all.chunks(CHUNK).collect();
        for (c, chunk) in chunks.iter().enumerate() {
            let offset = l * all.len() + chunk[0];
            let (taken, rendered) = rayon::join(
                || take_done(&mut done),
                || {
                    render_pages(
                        site,
                        localizer,
                        std::slice::from_ref(run),
                        chunk,
                        &|done, _| progress(offset + done, total),
                    )
                },
            );
            taken?;
            match rendered {
                Ok(files) if diagnostics.0.is_empty() => {
                    done = Some((files, (c + 1 == chunks.len()).then_some(&run.language)))
                }
                Ok(_) => {}
                Err(errors) => errors.0.into_iter().for_each(|d| diagnostics.push(d)),
            }
        }
    }
    let (taken, (rest, images)) = rayon::join(
        || take_done(&mut done),
        || rayon::join(|| site_files(site, localizer, &runs), || images::files(site, cache)),
    );
    taken?;
    for made in [rest, images] {
        match made {
            Ok(more) if diagnostics.0.is_empty() => take(more, None)?,
            Ok(_) => {}
            Err(errors) => errors.0.into_iter().for_each(|d| diagnostics.push(d)),
        }
    }
    let counts = site
        .config
        .languages
        .iter()
        .map(|language| LanguageCount {
            code: language.code.clone(),
            pages: site.pages.len(),
            fallbacks: site
                .pages
                .iter()
                .filter(|page| site.version(page, language).fallback)
                .count(),
        })
        .collect();
    diagnostics.into_result(counts)
}

/// Everything but the pages themselves: each language's 404 and search
/// pages, the language chooser, the staff pages, the sitemap and
/// robots.txt; minified.
pub(crate) fn site_files(
    site: &Site,
    localizer: &Localizer,
    runs: &[LanguageRun],
) -> Result<Vec<OutputFile>, Diagnostics> {
    let mut diagnostics = Diagnostics::default();
    let mut files = Vec::new();
    for run in runs {
        let mut context = run.context.clone();
        let homes: Vec<AlternateView> = site
            .config
            .languages
            .iter()
            .map(|other| AlternateView {
                lang: LangView::from(other),
                url: site.config.path(&format!("/{}/", other.code)),
                permalink: site.config.address(&format!("/{}/", other.code)),
                current: other.code == run.language.code,
                translated: true,
            })
            .collect();
        // A code that exists, for the example of how to type one.
        let example_code = site.home().map(|home| home.code);
        context.insert("page", &serde_json::json!({ "kind": "404", "url": site.config.path(&format!("/{}/404.html", &run.language.code)), "example_code": example_code }));
        context.insert("alternates", &homes);
        push_rendered(
            &mut files,
            &mut diagnostics,
            format!("{}/404.html", &run.language.code),
            run.templates.render_minified("404.html", context.clone()),
        );
        // What the service worker shows, offline, for a page that is not saved.
        let mut not_saved = context.clone();
        not_saved.insert("page", &serde_json::json!({ "kind": "not-saved", "url": site.config.path(&format!("/{}/{NOT_SAVED_FILE}", &run.language.code)) }));
        push_rendered(
            &mut files,
            &mut diagnostics,
            format!("{}/{NOT_SAVED_FILE}", &run.language.code),
            run.templates.render_minified("404.html", not_saved),
        );
        for (path, result) in moved::gone_pages(site, run, &context) {
            push_rendered(&mut files, &mut diagnostics, path, result);
        }
        let search_pages: Vec<AlternateView> = homes
            .into_iter()
            .map(|home| AlternateView {
                url: format!("{}{SEARCH_SLUG}/", home.url),
                permalink: format!("{}{SEARCH_SLUG}/", home.permalink),
                ..home
            })
            .collect();
        files.push(OutputFile {
            path: format!("{}/{}", run.language.code, feed::FILE_NAME),
            bytes: feed::feed(site, localizer, &run.language).into_bytes(),
        });
        let from_root = format!("/{}/{SEARCH_SLUG}/", &run.language.code);
        context.insert("page", &serde_json::json!({ "kind": "search", "url": site.config.path(&from_root), "canonical": site.config.address(&from_root) }));
        context.insert("alternates", &search_pages);
        if site.config.features.search {
            push_rendered(
                &mut files,
                &mut diagnostics,
                format!("{}/{SEARCH_SLUG}/index.html", &run.language.code),
                run.templates.render_minified("search.html", context),
            );
        }
    }
    let source_run = runs
        .iter()
        .find(|run| run.language.code == site.config.source_language)
        .unwrap_or(&runs[0]);
    let everywhere: Vec<serde_json::Value> = runs
        .iter()
        .map(|run| {
            let say = |key: &str| localizer.format(&run.language, key, None).unwrap_or_default();
            serde_json::json!({ "lang": LangView::from(&run.language), "url": site.config.path(&format!("/{}/", &run.language.code)), "site_name": say("site-name"), "prompt": say("chooser-prompt"), "tagline": say("site-tagline"), "about": say("site-about"), "not_found": say("not-found-title") })
        })
        .collect();
    let mut root = tera::Context::new();
    root.insert("site", &site_view(site));
    root.insert("lang", &LangView::from(&source_run.language));
    root.insert("languages", &everywhere);
    root.insert("not_found", &false);
    if let Some(notices) = source_run.context.get("notices") {
        root.insert("notices", notices);
    }
    push_rendered(
        &mut files,
        &mut diagnostics,
        "index.html".into(),
        source_run
            .templates
            .render_minified("chooser.html", root.clone()),
    );
    let mut not_found = root.clone();
    not_found.insert("not_found", &true);
    push_rendered(
        &mut files,
        &mut diagnostics,
        "404.html".into(),
        source_run
            .templates
            .render_minified("chooser.html", not_found),
    );

    for (path, result) in infoline::staff_pages(site, localizer, runs, source_run, &root) {
        push_rendered(&mut files, &mut diagnostics, path, result);
    }
    if site.config.features.short_codes {
        files.extend(infoline::short_link_pages(site, runs));
    }
    files.extend(moved::redirects(site, runs));
    files.push(OutputFile {
        path: "sitemap.xml".into(),
        bytes: sitemap::sitemap(site).into_bytes(),
    });
    files.push(OutputFile {
        path: "robots.txt".into(),
        bytes: format!(
            "User-agent: *\nAllow: /\nSitemap: {}/sitemap.xml\n",
            site.config.base_url
        )
        .into_bytes(),
    });
    // Minified already: pages link to them with their size.
    files.extend(
        runs.iter()
            .filter_map(|run| run.edition.as_ref())
            .map(|edition| OutputFile {
                path: edition.path.clone(),
                bytes: edition.bytes.clone(),
            }),
    );
    diagnostics.into_result(files)
}

/// Each language's templates, navigation and one-file edition, made once
/// per build.
pub(crate) fn language_runs(
    site: &Site,
    localizer: &Arc<Localizer>,
    templates: &Templates,
    cache: &Arc<Cache>,
) -> Result<Vec<LanguageRun>, Diagnostics> {
    let runs: Vec<Result<LanguageRun, Vec<Diagnostic>>> = site
        .config
        .languages
        .par_iter()
        .map(|language| {
            let templates = templates::for_language(
                templates,
                language,
                &site.config.languages,
                localizer,
                cache,
            );
            let mut context = language_context(site, language);
            let notices = dated::current_notices(site, localizer, language).map_err(|d| vec![d])?;
            context.insert("notices", &notices);
            let notices_url = site.notice_section().map(|section| site.url(section, language));
            context.insert("notices_url", &notices_url);
            let edition = edition::render(site, localizer, language, &templates, &context)?;
            if let Some(file) = &edition {
                let link = edition::EditionLink {
                    url: site.config.path(&format!("/{}", file.path)),
                    file_name: edition::file_name(site, language),
                    kb: file.bytes.len().div_ceil(1024),
                };
                context.insert("edition", &link);
            }
            Ok(LanguageRun {
                language: language.clone(),
                templates,
                context,
                edition,
            })
        })
        .collect();
    let mut diagnostics = Diagnostics::default();
    let mut ok = Vec::new();
    for run in runs {
        match run {
            Ok(run) => ok.push(run),
            Err(errors) => errors.into_iter().for_each(|d| diagnostics.push(d)),
        }
    }
    diagnostics.into_result(ok)
}

fn push_rendered(
    files: &mut Vec<OutputFile>,
    diagnostics: &mut Diagnostics,
    path: String,
    result: Result<Vec<u8>, Diagnostic>,
) {
    match result {
        Ok(bytes) => files.push(OutputFile { path, bytes }),
        Err(diagnostic) => diagnostics.push(diagnostic),
    }
}

/// `site` in every template: its title and address.
fn site_view(site: &Site) -> serde_json::Value {
    serde_json::json!({ "title": site.config.title, "base_url": site.config.base_url, "base_path": site.config.base_path, "host": crate::render::message::host(site), "source_language": site.config.source_language, "features": site.config.features, "emergency": site.config.emergency, "extra": site.config.extra })
}

/// What every template of one language sees: site, lang, and the
/// top-level sections for the main navigation.
fn language_context(site: &Site, language: &Language) -> tera::Context {
    let mut context = tera::Context::new();
    context.insert("site", &site_view(site));
    context.insert("lang", &LangView::from(language));
    context.insert("home_url", &site.config.path(&format!("/{}/", language.code)));
    context.insert("feed_url", &site.config.path(&format!("/{}/{}", language.code, feed::FILE_NAME)));
    let nav: Vec<LinkView> = site
        .home()
        .map(|home| {
            home.children
                .iter()
                .map(|&i| &site.pages[i])
                .filter(|page| page.kind == PageKind::Section)
                .map(|page| LinkView {
                    title: site.title(page, language),
                    url: site.url(page, language),
                    current: false,
                })
                .collect()
        })
        .unwrap_or_default();
    context.insert("sections", &nav);
    context
}
