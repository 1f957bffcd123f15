//! Rendering: turns the validated site into the bytes of every output file,
//! in memory, in parallel (rayon), one job per page and language.
//!
//! It decides what each template sees (its context). It writes nothing to
//! disk: `output` does, into a folder that replaces the old output only
//! once everything has rendered without error.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;

use crate::config::{Direction, Language};
use crate::content::PageKind;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::edition;
use crate::html::minify;
use crate::i18n::Localizer;
use crate::infoline;
use crate::markdown;
use crate::site::{script_of, Site};
use crate::sitemap;
use crate::templates::{LanguageTemplates, Templates};

/// Each language's search page is `/<lang>/search/`.
pub const SEARCH_SLUG: &str = "search";

/// One file of the built site.
pub struct OutputFile {
    /// Relative to the output folder, `/`-separated: `en/asylum/apply/index.html`.
    pub path: String,
    pub bytes: Vec<u8>,
}

impl OutputFile {
    pub fn is_html(&self) -> bool {
        self.path.ends_with(".html")
    }
}

/// How many pages one language got, and how many of them show the source
/// text because the translation is missing.
pub struct LanguageCount {
    pub code: String,
    pub pages: usize,
    pub fallbacks: usize,
}

pub struct Rendered {
    pub files: Vec<OutputFile>,
    pub counts: Vec<LanguageCount>,
}

#[derive(Serialize, Clone)]
pub(crate) struct LangView<'a> {
    code: &'a str,
    tag: &'a str,
    name: &'a str,
    dir: &'static str,
}

impl<'a> From<&'a Language> for LangView<'a> {
    fn from(language: &'a Language) -> Self {
        LangView {
            code: &language.code,
            tag: &language.tag,
            name: &language.name,
            dir: match language.direction {
                Direction::Ltr => "ltr",
                Direction::Rtl => "rtl",
            },
        }
    }
}

#[derive(Serialize)]
struct LinkView {
    title: String,
    url: String,
    current: bool,
}

#[derive(Serialize)]
struct AlternateView<'a> {
    lang: LangView<'a>,
    url: String,
    permalink: String,
    current: bool,
    /// False when that language shows the source text (no translation yet).
    translated: bool,
}

#[derive(Serialize)]
struct ChildView {
    title: String,
    description: Option<String>,
    url: String,
    code: u32,
}

#[derive(Serialize)]
struct PageView<'a> {
    id: &'a str,
    kind: &'static str,
    code: u32,
    title: String,
    description: Option<String>,
    content: String,
    url: String,
    permalink: String,
    canonical: String,
    /// `udha-site.org/12`, for the info-line.
    short_link: String,
    reviewed: Option<String>,
    reviewed_iso: Option<String>,
    sources: Vec<SourceView<'a>>,
    translation: &'static str,
    /// The language shows the source text: its translation is missing.
    fallback: bool,
    /// The language of the text in `content` (the source's when `fallback`).
    content_lang: LangView<'a>,
    children: Vec<ChildView>,
    breadcrumbs: Vec<LinkView>,
    /// The section this page is in (or is), and that section's pages.
    section: Option<SectionView>,
}

/// A cited source as readers see it: no file names, the document's own
/// date (not when the site last looked at it).
#[derive(Serialize)]
struct SourceView<'a> {
    title: &'a str,
    /// The language of the title, for `lang=`.
    lang: &'a str,
    publisher: &'a str,
    /// The year of publication; `None` for an undated document.
    year: Option<i32>,
    url: Option<&'a str>,
    /// The web address's host, as the link's text: `help.unhcr.org`.
    host: Option<&'a str>,
}

#[derive(Serialize)]
struct SectionView {
    title: String,
    url: String,
    pages: Vec<LinkView>,
}

/// Per-language data shared by every page of that language.
pub(crate) struct LanguageRun {
    pub(crate) language: Language,
    pub(crate) templates: LanguageTemplates,
    /// What every template of this language sees (site, lang, navigation,
    /// the one-file edition's link), made once and copied into each
    /// page's context.
    pub(crate) context: tera::Context,
    /// The one-file edition, written with the site's other files.
    pub(crate) edition: Option<OutputFile>,
}

/// Renders every page in every language with its poster, then the other
/// site files (see `site_files`), all in memory.
/// `progress(done, total)` is called as pages finish, from any thread.
pub fn render(site: &Site, localizer: &Arc<Localizer>, templates: &Templates, progress: &(dyn Fn(usize, usize) + Sync)) -> Result<Rendered, Diagnostics> {
    let mut files = Vec::new();
    let counts = render_each(site, localizer, templates, progress, &mut |batch| {
        files.extend(batch);
        Ok(())
    })?;
    Ok(Rendered { files, counts })
}

/// Pages rendered at a time by `render_each`, in every language.
const CHUNK: usize = 256;

/// Renders what `render` does, handing the files to `take` as they are
/// done (on another thread, while the next pages render): the pages and
/// posters `CHUNK` pages at a time (each chunk in
/// every language, language by language), then the other site files. Each
/// language's files come in the order `render` gives them. Once a page
/// fails, `take` gets nothing more, but every page is still rendered, to
/// report every error.
pub fn render_each(site: &Site, localizer: &Arc<Localizer>, templates: &Templates, progress: &(dyn Fn(usize, usize) + Sync), take: &mut (dyn FnMut(Vec<OutputFile>) -> Result<(), Diagnostics> + Send)) -> Result<Vec<LanguageCount>, Diagnostics> {
    let runs = language_runs(site, localizer, templates)?;
    let all: Vec<usize> = (0..site.pages.len()).collect();
    let total = runs.len() * all.len();
    let mut diagnostics = Diagnostics::default();
    // `take` works on one chunk while the next renders.
    let mut done: Option<Vec<OutputFile>> = None;
    for chunk in all.chunks(CHUNK) {
        let offset = chunk[0] * runs.len();
        let (taken, rendered) = rayon::join(|| done.take().map_or(Ok(()), &mut *take), || render_pages(site, localizer, &runs, chunk, &|done, _| progress(offset + done, total)));
        taken?;
        match rendered {
            Ok(files) if diagnostics.0.is_empty() => done = Some(files),
            Ok(_) => {}
            Err(errors) => errors.0.into_iter().for_each(|d| diagnostics.push(d)),
        }
    }
    let (taken, rest) = rayon::join(|| done.take().map_or(Ok(()), &mut *take), || site_files(site, localizer, &runs));
    taken?;
    match rest {
        Ok(more) if diagnostics.0.is_empty() => take(more)?,
        Ok(_) => {}
        Err(errors) => errors.0.into_iter().for_each(|d| diagnostics.push(d)),
    }
    let counts = site
        .config
        .languages
        .iter()
        .map(|language| LanguageCount {
            code: language.code.clone(),
            pages: site.pages.len(),
            fallbacks: site.pages.iter().filter(|page| site.version(page, language).fallback).count(),
        })
        .collect();
    diagnostics.into_result(counts)
}

/// Everything but the pages themselves: each language's 404 and search
/// pages, the language chooser, the staff pages, the sitemap and
/// robots.txt; minified.
pub(crate) fn site_files(site: &Site, localizer: &Localizer, runs: &[LanguageRun]) -> Result<Vec<OutputFile>, Diagnostics> {
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
                url: format!("/{}/", other.code),
                permalink: format!("{}/{}/", site.config.base_url, other.code),
                current: other.code == run.language.code,
                translated: true,
            })
            .collect();
        // A code that exists, for the example of how to type one.
        let example_code = site.home().map(|home| home.code);
        context.insert("page", &serde_json::json!({ "kind": "404", "url": format!("/{}/404.html", &run.language.code), "example_code": example_code }));
        context.insert("alternates", &homes);
        push_rendered(&mut files, &mut diagnostics, format!("{}/404.html", &run.language.code), run.templates.render("404.html", &context));
        let search_pages: Vec<AlternateView> = homes
            .into_iter()
            .map(|home| AlternateView { url: format!("{}{SEARCH_SLUG}/", home.url), permalink: format!("{}{SEARCH_SLUG}/", home.permalink), ..home })
            .collect();
        let url = format!("/{}/{SEARCH_SLUG}/", &run.language.code);
        context.insert("page", &serde_json::json!({ "kind": "search", "url": url, "canonical": format!("{}{url}", site.config.base_url) }));
        context.insert("alternates", &search_pages);
        push_rendered(&mut files, &mut diagnostics, format!("{}/{SEARCH_SLUG}/index.html", &run.language.code), run.templates.render("search.html", &context));
    }
    let source_run = runs.iter().find(|run| run.language.code == site.config.source_language).unwrap_or(&runs[0]);
    let everywhere: Vec<serde_json::Value> = runs
        .iter()
        .map(|run| {
            let say = |key: &str| localizer.format(&run.language, key, None).unwrap_or_default();
            serde_json::json!({ "lang": LangView::from(&run.language), "url": format!("/{}/", &run.language.code), "site_name": say("site-name"), "prompt": say("chooser-prompt"), "tagline": say("site-tagline"), "not_found": say("not-found-title") })
        })
        .collect();
    let mut root = tera::Context::new();
    root.insert("site", &site_view(site));
    root.insert("lang", &LangView::from(&source_run.language));
    root.insert("languages", &everywhere);
    root.insert("not_found", &false);
    push_rendered(&mut files, &mut diagnostics, "index.html".into(), source_run.templates.render("chooser.html", &root));
    let mut not_found = root.clone();
    not_found.insert("not_found", &true);
    push_rendered(&mut files, &mut diagnostics, "404.html".into(), source_run.templates.render("chooser.html", &not_found));

    for (path, result) in infoline::staff_pages(site, localizer, runs, source_run, &root) {
        push_rendered(&mut files, &mut diagnostics, path, result);
    }
    files.extend(infoline::short_link_pages(site, runs));
    files.push(OutputFile { path: "sitemap.xml".into(), bytes: sitemap::sitemap(site).into_bytes() });
    files.push(OutputFile { path: "robots.txt".into(), bytes: format!("User-agent: *\nAllow: /\nSitemap: {}/sitemap.xml\n", site.config.base_url).into_bytes() });

    files.par_iter_mut().filter(|file| file.is_html()).for_each(|file| file.bytes = minify(&file.bytes));
    // Minified already: pages link to them with their size.
    files.extend(runs.iter().filter_map(|run| run.edition.as_ref()).map(|edition| OutputFile { path: edition.path.clone(), bytes: edition.bytes.clone() }));
    diagnostics.into_result(files)
}

/// Each language's templates, navigation and one-file edition, made once
/// per build.
pub(crate) fn language_runs(site: &Site, localizer: &Arc<Localizer>, templates: &Templates) -> Result<Vec<LanguageRun>, Diagnostics> {
    let runs: Vec<Result<LanguageRun, Vec<Diagnostic>>> = site
        .config
        .languages
        .par_iter()
        .map(|language| {
            let templates = templates.for_language(language, &site.config.languages, localizer);
            let mut context = language_context(site, language);
            let edition = edition::render(site, localizer, language, &templates, &context)?;
            if let Some(file) = &edition {
                let link = edition::EditionLink { url: format!("/{}", file.path), file_name: edition::file_name(site, language), kb: file.bytes.len().div_ceil(1024) };
                context.insert("edition", &link);
            }
            Ok(LanguageRun { language: language.clone(), templates, context, edition })
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

/// Every language version of the pages at `indexes`, with their posters,
/// minified. `progress(done, total)` is called as they finish.
pub(crate) fn render_pages(site: &Site, localizer: &Localizer, runs: &[LanguageRun], indexes: &[usize], progress: &(dyn Fn(usize, usize) + Sync)) -> Result<Vec<OutputFile>, Diagnostics> {
    let jobs: Vec<(usize, usize)> = (0..runs.len()).flat_map(|l| indexes.iter().map(move |&p| (l, p))).collect();
    let done = AtomicUsize::new(0);
    let rendered: Vec<Result<[OutputFile; 2], Vec<Diagnostic>>> = jobs
        .par_iter()
        .map(|&(l, p)| {
            let mut page = render_page(site, localizer, &runs[l], p)?;
            let mut poster = infoline::poster(site, &runs[l], &site.pages[p], runs[l].context.clone()).map_err(|d| vec![d])?;
            page.bytes = minify(&page.bytes);
            poster.bytes = minify(&poster.bytes);
            progress(done.fetch_add(1, Ordering::Relaxed) + 1, jobs.len());
            Ok([page, poster])
        })
        .collect();
    let mut diagnostics = Diagnostics::default();
    let mut files = Vec::with_capacity(rendered.len() * 2);
    for result in rendered {
        match result {
            Ok(both) => files.extend(both),
            Err(errors) => errors.into_iter().for_each(|d| diagnostics.push(d)),
        }
    }
    diagnostics.into_result(files)
}

fn push_rendered(files: &mut Vec<OutputFile>, diagnostics: &mut Diagnostics, path: String, result: Result<String, Diagnostic>) {
    match result {
        Ok(html) => files.push(OutputFile { path, bytes: html.into_bytes() }),
        Err(diagnostic) => diagnostics.push(diagnostic),
    }
}

/// `site` in every template: its title and address.
fn site_view(site: &Site) -> serde_json::Value {
    serde_json::json!({ "title": site.config.title, "base_url": site.config.base_url, "host": crate::message::host(site) })
}

/// What every template of one language sees: site, lang, and the
/// top-level sections for the main navigation.
fn language_context(site: &Site, language: &Language) -> tera::Context {
    let mut context = tera::Context::new();
    context.insert("site", &site_view(site));
    context.insert("lang", &LangView::from(language));
    context.insert("home_url", &format!("/{}/", language.code));
    let nav: Vec<LinkView> = site
        .home()
        .map(|home| {
            home.children
                .iter()
                .map(|&i| &site.pages[i])
                .filter(|page| page.kind == PageKind::Section)
                .map(|page| LinkView { title: site.title(page, language), url: site.url(page, language), current: false })
                .collect()
        })
        .unwrap_or_default();
    context.insert("sections", &nav);
    context
}

fn render_page(site: &Site, localizer: &Localizer, run: &LanguageRun, index: usize) -> Result<OutputFile, Vec<Diagnostic>> {
    let page = &site.pages[index];
    let language = &run.language;
    let version = site.version(page, language);
    let file = version.file;
    let script = script_of(language);
    let source_language = site.config.source();
    let content_language = if version.fallback { source_language } else { language };
    let content = markdown::render(&file.body, script, content_language.writing(), &|link| site.resolve(language, link)).map_err(|errors| {
        errors.into_iter().map(|e| Diagnostic::new(&file.path, e.message).at_offset(&file.body, e.offset, file.body_line).with_help(e.help)).collect::<Vec<_>>()
    })?;
    let url = site.url(page, language);
    let permalink = format!("{}{}", site.config.base_url, url);
    let canonical = if version.fallback { format!("{}{}", site.config.base_url, site.url(page, source_language)) } else { permalink.clone() };
    let reviewed = match file.reviewed {
        Some(date) => Some(localizer.format_date(language, date).map_err(|message| vec![Diagnostic::new(&file.path, message).with_help("add the month names and `date` to locales/<lang>/")])?),
        None => None,
    };
    let link = |index: usize, current: bool| LinkView { title: site.title(&site.pages[index], language), url: site.url(&site.pages[index], language), current };

    let mut breadcrumbs = Vec::new();
    let mut ancestor = page.parent;
    while let Some(index) = ancestor {
        breadcrumbs.push(link(index, false));
        ancestor = site.pages[index].parent;
    }
    breadcrumbs.reverse();

    let section_index = match page.kind {
        PageKind::Section => Some(index),
        PageKind::Leaf => page.parent.filter(|&i| site.pages[i].kind == PageKind::Section),
        PageKind::Home => None,
    };
    let section = section_index.map(|section_index| {
        let section = &site.pages[section_index];
        SectionView {
            title: site.title(section, language),
            url: site.url(section, language),
            pages: section.children.iter().map(|&i| link(i, i == index)).collect(),
        }
    });
    let children = page
        .children
        .iter()
        .map(|&i| {
            let child = &site.pages[i];
            let child_version = site.version(child, language);
            ChildView {
                title: site.title(child, language),
                description: child_version.file.front.description.as_deref().map(|d| script.apply(d)),
                url: site.url(child, language),
                code: child.code,
            }
        })
        .collect();
    let alternates: Vec<AlternateView> = site
        .config
        .languages
        .iter()
        .map(|other| {
            let other_url = site.url(page, other);
            AlternateView {
                lang: LangView::from(other),
                permalink: format!("{}{}", site.config.base_url, other_url),
                url: other_url,
                current: other.code == language.code,
                translated: !site.version(page, other).fallback,
            }
        })
        .collect();

    let view = PageView {
        id: &page.id,
        kind: match page.kind {
            PageKind::Home => "home",
            PageKind::Section => "section",
            PageKind::Leaf => "page",
        },
        code: page.code,
        title: script.apply(&file.front.title),
        description: file.front.description.as_deref().map(|d| script.apply(d)),
        content,
        url: url.clone(),
        permalink,
        canonical,
        short_link: crate::message::short_link(site, page, language),
        reviewed,
        reviewed_iso: file.reviewed.map(|d| d.to_string()),
        sources: file
            .front
            .sources
            .iter()
            .filter_map(|id| site.register.sources.get(id))
            .map(|source| SourceView {
                title: &source.title,
                lang: &source.language,
                publisher: &source.publisher,
                year: source.published.year(),
                url: source.url.as_deref(),
                host: source.url.as_deref().map(|url| url.split("://").nth(1).unwrap_or(url).split('/').next().unwrap_or(url)),
            })
            .collect(),
        translation: file.translation(&site.config.source_language).as_str(),
        fallback: version.fallback,
        content_lang: LangView::from(content_language),
        children,
        breadcrumbs,
        section,
    };
    let mut context = run.context.clone();
    context.insert("page", &view);
    context.insert("alternates", &alternates);
    let template = match page.kind {
        PageKind::Home => "home.html",
        PageKind::Section => "section.html",
        PageKind::Leaf => "page.html",
    };
    let html = run.templates.render(template, &context).map_err(|d| vec![d])?;
    let path = format!("{}index.html", url.trim_start_matches('/'));
    Ok(OutputFile { path, bytes: html.into_bytes() })
}
