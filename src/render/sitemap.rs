//! `sitemap.xml`: every translated page version with `hreflang` alternates
//! for all its translations and an `x-default` pointing at the source.
//!
//! Versions that only show the source text (translation missing) are left
//! out: their canonical URL is the source page, which is listed.

use crate::render::html::escape;
use crate::site::Site;

pub fn sitemap(site: &Site) -> String {
    // `site.url` already starts with the site's path.
    let base = &site.config.origin;
    let source = site.config.source();
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for page in &site.pages {
        let translated: Vec<_> = site
            .config
            .languages
            .iter()
            .filter(|l| !site.version(page, l).fallback)
            .collect();
        for language in &translated {
            xml.push_str(&format!(
                "<url><loc>{}</loc>",
                escape(&format!("{base}{}", site.url(page, language)))
            ));
            if let Some(date) = site.changed(page, language) {
                xml.push_str(&format!("<lastmod>{date}</lastmod>"));
            }
            for alternate in &translated {
                xml.push_str(&format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    escape(&alternate.tag),
                    escape(&format!("{base}{}", site.url(page, alternate)))
                ));
            }
            xml.push_str(&format!(
                "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
                escape(&format!("{base}{}", site.url(page, source)))
            ));
            xml.push_str("</url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    xml
}
