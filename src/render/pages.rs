//! Reader pages: for each page and language, what its template sees
//! (title, text, breadcrumbs, section, alternates, sources) and the
//! rendered, minified page with its poster.
//!
//! It renders; it writes nothing and decides nothing about other files.

use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;
use serde::Serialize;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::content::PageKind;
use crate::load::locales::Localizer;
use crate::load::sources::Published;
use crate::render::view::{LangView, LanguageRun, OutputFile};
use crate::render::dated::{self, DatesView};
use crate::render::markdown::Targets;
use crate::render::{contacts, images, infoline, markdown, message};
use crate::site::{Site, script_of};

#[derive(Serialize)]
pub(crate) struct LinkView {
    pub(crate) title: String,
    pub(crate) url: String,
    pub(crate) current: bool,
}

#[derive(Serialize)]
pub(crate) struct AlternateView<'a> {
    pub(crate) lang: LangView<'a>,
    pub(crate) url: String,
    pub(crate) permalink: String,
    pub(crate) current: bool,
    /// False when that language shows the source text (no translation yet).
    pub(crate) translated: bool,
}

#[derive(Serialize)]
struct ChildView {
    title: String,
    description: Option<String>,
    url: String,
    code: u32,
    dates: DatesView,
    /// A notice past its `expires` date: listed in the archive.
    archived: bool,
    /// Its `[extra]`, as `page.extra`.
    extra: toml::Table,
}

/// Where a section's list page stands among the list's pages.
#[derive(Serialize)]
struct PaginationView {
    /// From 1.
    current: usize,
    total: usize,
    previous: Option<String>,
    next: Option<String>,
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
    /// `example.org/12`, for the info-line.
    short_link: String,
    reviewed: Option<String>,
    reviewed_iso: Option<String>,
    /// `date`, `updated` and `expires`, in the language's calendar.
    dates: DatesView,
    /// A notice past its `expires` date.
    archived: bool,
    /// A notice shown on every page while it is current.
    urgent: bool,
    /// On a section whose list is split: this list page's place.
    pagination: Option<PaginationView>,
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
    /// `[extra]` of the front matter: the source's, with the shown
    /// translation's keys in their place.
    extra: toml::Table,
}

/// A cited source as readers see it: no file names, the document's own
/// date (not when the site last looked at it).
#[derive(Serialize)]
struct SourceView<'a> {
    title: &'a str,
    /// The language of the title, for `lang=`.
    lang: &'a str,
    /// In the reader's language (and script) where the register names it so.
    publisher: String,
    /// The language `publisher` is in when it is not the reader's.
    publisher_lang: Option<&'a str>,
    /// The year of publication; `None` for an undated document.
    year: Option<i32>,
    /// For an undated document (a web page): when it was last consulted.
    consulted: Option<String>,
    url: Option<&'a str>,
    /// The web address's host, as the link's text: `help.agency.example`.
    host: Option<&'a str>,
}

#[derive(Serialize)]
struct SectionView {
    title: String,
    url: String,
    pages: Vec<LinkView>,
}

/// `[extra]` of the front matter of `page` as `file` shows it: the
/// source's, with the translation's keys in their place.
fn extra_of(site: &Site, page: &crate::site::Page, file: &crate::load::content::SourceFile) -> toml::Table {
    let mut extra = page
        .files
        .get(&site.config.source_language)
        .map(|source| source.front.extra.clone())
        .unwrap_or_default();
    extra.extend(file.front.extra.clone());
    extra
}

/// Every language version of the pages at `indexes`, with their posters
/// (when `[features]` has them),
/// minified (from the build cache where nothing they show changed). `progress(done, total)` is called as they finish.
pub(crate) fn render_pages(
    site: &Site,
    localizer: &Localizer,
    runs: &[LanguageRun],
    indexes: &[usize],
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<Vec<OutputFile>, Diagnostics> {
    let jobs: Vec<(usize, usize)> = (0..runs.len())
        .flat_map(|l| indexes.iter().map(move |&p| (l, p)))
        .collect();
    let done = AtomicUsize::new(0);
    let rendered: Vec<Result<Vec<OutputFile>, Vec<Diagnostic>>> = jobs
        .par_iter()
        .map(|&(l, p)| {
            let mut files = render_page(site, localizer, &runs[l], p)?;
            if site.config.features.posters {
                files.push(
                    infoline::poster(site, &runs[l], &site.pages[p], runs[l].context.clone())
                        .map_err(|d| vec![d])?,
                );
            }
            progress(done.fetch_add(1, Ordering::Relaxed) + 1, jobs.len());
            Ok(files)
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

fn render_page(
    site: &Site,
    localizer: &Localizer,
    run: &LanguageRun,
    index: usize,
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    let page = &site.pages[index];
    let language = &run.language;
    let version = site.version(page, language);
    let file = version.file;
    let script = script_of(language);
    let source_language = site.config.source();
    let content_language = if version.fallback {
        version.language
    } else {
        language
    };
    let folder = images::folder_of(page);
    let content = markdown::render(
        &file.body,
        script,
        content_language.writing(),
        &Targets {
            link: &|link| site.resolve(language, link),
            image: &|src, alt| images::html(site, folder, src, alt),
            contact: &|id| contacts::lines(site, language, id),
        },
    )
    .map_err(|errors| {
        errors
            .into_iter()
            .map(|e| {
                Diagnostic::new(&file.path, e.message)
                    .at_offset(&file.body, e.offset, file.body_line)
                    .with_help(e.help)
            })
            .collect::<Vec<_>>()
    })?;
    let url = site.url(page, language);
    let permalink = site.config.address(&site.path(page, language));
    let canonical = if version.fallback {
        site.config.address(&site.path(page, version.language))
    } else {
        permalink.clone()
    };
    let reviewed = file
        .reviewed
        .map(|day| dated::date(localizer, language, day, &file.path).map(|d| d.text))
        .transpose()
        .map_err(|d| vec![d])?;
    let dates = dated::dates(localizer, language, &page.dates, &file.path).map_err(|d| vec![d])?;
    let archived = site.is_archived(page);
    let link = |index: usize, current: bool| LinkView {
        title: site.title(&site.pages[index], language),
        url: site.url(&site.pages[index], language),
        current,
    };

    let mut breadcrumbs = Vec::new();
    let mut ancestor = page.parent;
    while let Some(index) = ancestor {
        breadcrumbs.push(link(index, false));
        ancestor = site.pages[index].parent;
    }
    breadcrumbs.reverse();

    let section_index = match page.kind {
        PageKind::Section => Some(index),
        PageKind::Leaf => page
            .parent
            .filter(|&i| site.pages[i].kind == PageKind::Section),
        PageKind::Home => None,
    };
    let section = section_index.map(|section_index| {
        let section = &site.pages[section_index];
        SectionView {
            title: site.title(section, language),
            url: site.url(section, language),
            pages: section
                .children
                .iter()
                .map(|&i| link(i, i == index))
                .collect(),
        }
    });
    let children: Vec<ChildView> = page
        .children
        .iter()
        .map(|&i| {
            let child = &site.pages[i];
            let child_version = site.version(child, language);
            Ok(ChildView {
                title: site.title(child, language),
                description: child_version
                    .file
                    .front
                    .description
                    .as_deref()
                    .map(|d| script.apply(d)),
                url: site.url(child, language),
                code: child.code,
                dates: dated::dates(localizer, language, &child.dates, &child_version.file.path)?,
                archived: site.is_archived(child),
                extra: extra_of(site, child, child_version.file),
            })
        })
        .collect::<Result<_, Diagnostic>>()
        .map_err(|d| vec![d])?;
    let alternates: Vec<AlternateView> = site
        .config
        .languages
        .iter()
        .map(|other| {
            AlternateView {
                lang: LangView::from(other),
                permalink: site.config.address(&site.path(page, other)),
                url: site.url(page, other),
                current: other.code == language.code,
                translated: !site.version(page, other).fallback,
            }
        })
        .collect();

    let mut view = PageView {
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
        short_link: message::short_link(site, page, language),
        reviewed,
        reviewed_iso: file.reviewed.map(|d| d.to_string()),
        dates,
        archived,
        urgent: page.urgent,
        pagination: None,
        extra: extra_of(site, page, file),
        sources: file
            .front
            .sources
            .iter()
            .filter_map(|id| site.register.sources.get(id))
            .map(|source| {
                (
                    source,
                    source
                        .publisher_in(site.config.chain(language).iter().map(|l| l.code.as_str())),
                )
            })
            .map(|(source, publisher)| SourceView {
                consulted: match source.published {
                    Published::Undated => localizer.format_date(language, source.confirmed).ok(),
                    _ => None,
                },
                title: &source.title,
                lang: &source.language,
                publisher: script.apply(publisher.0),
                publisher_lang: match publisher.1 {
                    Some(code) if code == language.content_code() => None,
                    Some(code) => site.config.language(code).map(|l| l.tag.as_str()),
                    None => (language.content_code() != site.config.source_language)
                        .then_some(source_language.tag.as_str()),
                },
                year: source.published.year(),
                url: source.url.as_deref(),
                host: source.url.as_deref().map(|url| {
                    url.split("://")
                        .nth(1)
                        .unwrap_or(url)
                        .split('/')
                        .next()
                        .unwrap_or(url)
                }),
            })
            .collect(),
        translation: file.translation(&site.config.source_language).as_str(),
        fallback: version.fallback,
        content_lang: LangView::from(content_language),
        children,
        breadcrumbs,
        section,
    };
    let template = match page.kind {
        PageKind::Home => "home.html",
        PageKind::Section => "section.html",
        PageKind::Leaf => "page.html",
    };
    let folder = site.path(page, language).trim_start_matches('/').to_string();
    // A long list: `page/2/`, `page/3/` … of the section hold the rest.
    let per_page = file.front.paginate.map_or(usize::MAX, |n| n.get());
    let total = view.children.len().div_ceil(per_page).max(1);
    let list_url = |number: usize| match number {
        1 => url.clone(),
        n => format!("{url}page/{n}/"),
    };
    let mut children = std::mem::take(&mut view.children).into_iter();
    let mut files = Vec::with_capacity(total);
    for number in 1..=total {
        view.children = children.by_ref().take(per_page).collect();
        view.pagination = (total > 1).then(|| PaginationView {
            current: number,
            total,
            previous: (number > 1).then(|| list_url(number - 1)),
            next: (number < total).then(|| list_url(number + 1)),
        });
        let mut context = run.context.clone();
        context.insert("page", &view);
        context.insert("alternates", &alternates);
        let bytes = run.templates.render_minified(template, context).map_err(|d| vec![d])?;
        let path = match number {
            1 => format!("{folder}index.html"),
            n => format!("{folder}page/{n}/index.html"),
        };
        files.push(OutputFile { path, bytes });
    }
    Ok(files)
}
