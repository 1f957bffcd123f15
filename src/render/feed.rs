//! The Atom feed of each language (`/<lang>/atom.xml`): its notices and
//! the pages added or changed, newest first, with the dates the pages
//! show: `date` as published; `updated`, else `date`, else the day the
//! page was last reviewed, as updated. Pages with none of these are left
//! out. A page not yet translated is listed with its source-language
//! title, marked with that language.
//!
//! It writes the feed's text; where it goes is `publish`'s.

use crate::load::config::Language;
use crate::load::locales::Localizer;
use crate::render::html::escape;
use crate::site::Site;

/// The feed's file in each language's folder.
pub const FILE_NAME: &str = "atom.xml";

/// Entries in a feed: readers' apps fetch it whole, on slow networks.
const MAX_ENTRIES: usize = 50;

/// `language`'s feed.
pub fn feed(site: &Site, localizer: &Localizer, language: &Language) -> String {
    let say = |key: &str| localizer.format(language, key, None).unwrap_or_default();
    let mut entries: Vec<(time::Date, &crate::site::Page)> = site
        .pages
        .iter()
        .filter_map(|page| Some((site.changed(page, language)?, page)))
        .collect();
    entries.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.id.cmp(&b.1.id)));
    entries.truncate(MAX_ENTRIES);
    let home = site.config.address(&format!("/{}/", language.code));
    let newest = entries.first().map_or(site.today, |(day, _)| *day);
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n<title>{title}</title>\n<subtitle>{subtitle}</subtitle>\n<id>{home}</id>\n<link rel=\"self\" type=\"application/atom+xml\" href=\"{home}{FILE_NAME}\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"{home}\"/>\n<updated>{updated}</updated>\n<author><name>{author}</name></author>\n",
        lang = escape(&language.tag),
        title = escape(&say("site-name")),
        subtitle = escape(&say("feed-title")),
        home = escape(&home),
        updated = timestamp(newest),
        author = escape(&site.config.title),
    );
    for (updated, page) in entries {
        let version = site.version(page, language);
        let address = escape(&site.config.address(&site.path(page, language)));
        let lang = if version.fallback {
            format!(" xml:lang=\"{}\"", escape(&version.language.tag))
        } else {
            String::new()
        };
        xml.push_str(&format!("<entry{lang}>\n<title>{}</title>\n<id>{address}</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"{address}\"/>\n", escape(&site.title(page, language))));
        if let Some(published) = page.dates.date {
            xml.push_str(&format!("<published>{}</published>\n", timestamp(published)));
        }
        xml.push_str(&format!("<updated>{}</updated>\n", timestamp(updated)));
        if page.notice {
            xml.push_str(&format!("<category term=\"notice\" label=\"{}\"/>\n", escape(&say("feed-notice"))));
        }
        if let Some(description) = &version.file.front.description {
            xml.push_str(&format!("<summary>{}</summary>\n", escape(&crate::site::script_of(language).apply(description))));
        }
        xml.push_str("</entry>\n");
    }
    xml.push_str("</feed>\n");
    xml
}

/// The start of `day` in UTC, as Atom writes times.
fn timestamp(day: time::Date) -> String {
    format!("{day}T00:00:00Z")
}
