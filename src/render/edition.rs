//! The one-file edition: every page of one language in a single
//! self-contained HTML file (`/ar/udha-ar.html`), to pass phone to phone by
//! WhatsApp, Bluetooth or USB and read with no network. Emergency numbers
//! first, a table of contents, every page in the site's order with links
//! turned into links inside the file, the stylesheet inline, no script, no
//! request to any host, and the date of the information and a version on
//! the first screen.
//!
//! It renders with the site's `edition.html` template; a site without one
//! has no one-file edition, and neither has a language of more than
//! `MAX_PAGES` pages (no phone opens such a file well). It writes nothing:
//! `render` hands the file on with the rest.

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::diagnostic::Diagnostic;
use crate::load::config::Language;
use crate::load::locales::Localizer;
use crate::render::{contacts, images, markdown};
use crate::render::templates::LanguageTemplates;
use crate::render::view::{LangView, OutputFile};
use crate::script::digits::Writing;
use crate::site::outline::InternalLink;
use crate::site::status;
use crate::site::{Page, Site, script_of};

/// The template that renders the edition; optional.
pub const TEMPLATE: &str = "edition.html";

/// Above this many pages a language gets no one-file edition.
pub const MAX_PAGES: usize = 1000;

/// The edition as pages link to it.
#[derive(Serialize, Clone)]
pub struct EditionLink {
    /// `/ar/udha-ar.html`
    pub url: String,
    /// The name the file gets when downloaded: `udha-ar.html`.
    pub file_name: String,
    /// Its size in KB, rounded up, as the download link says.
    pub kb: usize,
}

#[derive(Serialize)]
struct SectionView<'a> {
    /// The anchor of the page inside the file.
    anchor: String,
    /// 0 for the home page, 1 for sections under it, ...
    depth: usize,
    title: String,
    description: Option<String>,
    content: String,
    code: u32,
    /// The language the text is in (the source's when not translated).
    content_lang: LangView<'a>,
    fallback: bool,
    /// As in `udha status`: source, machine, draft, reviewed, outdated.
    status: &'static str,
}

/// `/<lang>/<site>-<lang>.html`
pub fn file_name(site: &Site, language: &Language) -> String {
    let slug: String = site
        .config
        .title
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let slug = slug.trim_matches('-');
    format!(
        "{}-{}.html",
        if slug.is_empty() { "site" } else { slug },
        language.code
    )
}

/// The edition of `language`, or `None` when the site turns editions off,
/// has no edition template or has too many pages.
pub(crate) fn render(
    site: &Site,
    localizer: &Localizer,
    language: &Language,
    templates: &LanguageTemplates,
    context: &tera::Context,
) -> Result<Option<OutputFile>, Vec<Diagnostic>> {
    if !site.config.features.editions || !templates.has(TEMPLATE) || site.pages.len() > MAX_PAGES {
        return Ok(None);
    }
    let order = site_order(site);
    let mut sections = Vec::with_capacity(order.len());
    let mut errors = Vec::new();
    for &(index, depth) in &order {
        match section(site, language, &site.pages[index], depth) {
            Ok(view) => sections.push(view),
            Err(mut more) => errors.append(&mut more),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut fingerprint = Sha256::new();
    for view in &sections {
        fingerprint.update(view.title.as_bytes());
        fingerprint.update(view.content.as_bytes());
    }
    let version: String = fingerprint
        .finalize()
        .iter()
        .take(4)
        .map(|b| format!("{b:02x}"))
        .collect();
    // The newest review date: how current the information is. (Not the
    // build's date: two builds of the same site are byte-identical.)
    let as_of = site
        .pages
        .iter()
        .flat_map(|p| p.files.values())
        .filter_map(|f| f.reviewed)
        .max();
    let as_of = match as_of {
        Some(date) => Some(localizer.format_date(language, date).map_err(|message| {
            vec![
                Diagnostic::new("locales", message)
                    .with_help("add the month names and `date` to locales/<lang>/"),
            ]
        })?),
        None => None,
    };
    let mut context = context.clone();
    context.insert("page", &serde_json::json!({ "kind": "edition", "url": site.config.path(&format!("/{}/{}", language.code, file_name(site, language))) }));
    context.insert("sections", &sections);
    context.insert("version", &version);
    context.insert("as_of", &as_of);
    context.insert(
        "online_url",
        &site.config.address(&format!("/{}/", language.code)),
    );
    let bytes = templates
        .render_minified(TEMPLATE, context)
        .map_err(|d| vec![d])?;
    Ok(Some(OutputFile {
        path: format!("{}/{}", language.code, file_name(site, language)),
        bytes,
    }))
}

/// Every page once, depth first from the home page, each section before
/// its pages, in the order the site lists them.
fn site_order(site: &Site) -> Vec<(usize, usize)> {
    let mut order = Vec::with_capacity(site.pages.len());
    let Some(home) = site.pages.iter().position(|p| p.parent.is_none()) else {
        return order;
    };
    let mut stack = vec![(home, 0)];
    while let Some((index, depth)) = stack.pop() {
        order.push((index, depth));
        stack.extend(
            site.pages[index]
                .children
                .iter()
                .rev()
                .map(|&child| (child, depth + 1)),
        );
    }
    order
}

/// The anchor of a page inside the file: `guide/apply`, `home`.
fn anchor(page_id: &str) -> String {
    if page_id.is_empty() {
        "home".to_string()
    } else {
        page_id.to_string()
    }
}

/// Marks links udha made inside the file until heading ids are prefixed.
const INTERNAL: &str = "udha-edition:";

fn section<'a>(
    site: &'a Site,
    language: &'a Language,
    page: &'a Page,
    depth: usize,
) -> Result<SectionView<'a>, Vec<Diagnostic>> {
    let version = site.version(page, language);
    let file = version.file;
    let content_language = if version.fallback {
        version.language
    } else {
        language
    };
    let resolve = |link: &InternalLink| -> Result<String, String> {
        site.resolve(language, link)?;
        Ok(format!("{INTERNAL}{}", anchor(link.page)))
    };
    let folder = images::folder_of(page);
    let html = markdown::render(
        &file.body,
        script_of(language),
        content_language.writing(),
        &markdown::Targets {
            link: &resolve,
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
    let own = anchor(&page.id);
    // Heading and footnote ids are unique in a page, not in the file:
    // prefix them with the page's anchor, and the page's own #links too.
    let content = html
        .replace(" id=\"", &format!(" id=\"{own}:"))
        .replace("href=\"#", &format!("href=\"#{own}:"));
    let content = without_images(&inside_links(&content));
    let writing: Writing = language.writing();
    let script = script_of(language);
    Ok(SectionView {
        anchor: own,
        depth,
        title: site.title(page, language),
        description: file
            .front
            .description
            .as_deref()
            .map(|d| writing.plain(&script.apply(d))),
        content,
        code: page.code,
        content_lang: LangView::from(content_language),
        fallback: version.fallback,
        status: status::cell(site, page, language.content_code()).as_str(),
    })
}

/// `href="udha-edition:guide/apply#where"` → `href="#guide/apply:where"`.
fn inside_links(html: &str) -> String {
    let marker = format!("href=\"{INTERNAL}");
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(&marker) {
        out.push_str(&rest[..start]);
        let target_start = start + marker.len();
        let end = rest[target_start..]
            .find('"')
            .map_or(rest.len(), |e| target_start + e);
        out.push_str("href=\"#");
        out.push_str(&rest[target_start..end].replacen('#', ":", 1));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Images would be requests the file cannot make: each becomes its text
/// alternative, in brackets.
fn without_images(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<img") {
        out.push_str(&rest[..start]);
        let Some(end) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start..start + end + 1];
        let alt = tag
            .split_once("alt=\"")
            .and_then(|(_, after)| after.split_once('"'))
            .map(|(alt, _)| alt)
            .unwrap_or("");
        if !alt.is_empty() {
            out.push_str(&format!("[{alt}]"));
        }
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::{inside_links, without_images};

    #[test]
    fn links_to_pages_point_inside_the_file() {
        assert_eq!(
            inside_links(
                "<a href=\"udha-edition:asylum/apply#where\">x</a> <a href=\"udha-edition:home\">"
            ),
            "<a href=\"#asylum/apply:where\">x</a> <a href=\"#home\">"
        );
    }

    #[test]
    fn images_become_their_text() {
        assert_eq!(
            without_images(
                "<p>A <img src=\"/map.png\" alt=\"map of Pristina\"> B <img src=\"/x.png\"></p>"
            ),
            "<p>A [map of Pristina] B </p>"
        );
    }
}
