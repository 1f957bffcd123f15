//! End to end: the portal's one-file editions. Every language has one; it
//! holds every page's title, loads and runs nothing, every link inside it
//! has its target, it stays within 100 KB gzip, and the home and About
//! pages link to it with its size.

mod common;

use std::io::Write;
use std::path::PathBuf;

use common::*;

const BUDGET_GZIP: usize = 100 * 1024;

fn gzip(bytes: &[u8]) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("gzip");
    encoder.finish().expect("gzip").len()
}

/// The values of `attribute="..."` (or unquoted) in minified HTML.
fn attribute_values(html: &str, attribute: &str) -> Vec<String> {
    html.split(&format!(" {attribute}="))
        .skip(1)
        .map(|rest| match rest.chars().next() {
            Some(q @ ('"' | '\'')) => rest[1..].chars().take_while(|&c| c != q).collect(),
            _ => rest
                .chars()
                .take_while(|&c| !c.is_whitespace() && c != '>')
                .collect(),
        })
        .collect()
}

#[test]
fn every_language_has_a_whole_site_file_within_budget() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let site = udha::commands::load_site(&root).expect("the portal loads");
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("public");
    build_ok(&root, &out);
    for language in &site.config.languages {
        let name = format!("{}/udha-{}.html", language.code, language.code);
        let bytes = std::fs::read(out.join(&name)).unwrap_or_else(|err| panic!("{name}: {err}"));
        let html = String::from_utf8_lossy(&bytes);
        let size = gzip(&bytes);
        eprintln!("{name}: {} KB, {} KB gzip", bytes.len() / 1024, size / 1024);
        assert!(
            size <= BUDGET_GZIP,
            "{name} is {size} bytes gzip, over {BUDGET_GZIP}"
        );
        assert!(
            html.contains(&format!(
                "<html lang={} dir={}",
                language.tag,
                if language.code == "ar" || language.code == "fa" {
                    "rtl"
                } else {
                    "ltr"
                }
            )),
            "{name}: lang and dir"
        );
        for page in &site.pages {
            let title = udha::render::html::escape(&site.title(page, language));
            let shown = html.contains(&title) || html.contains("<bdi dir=ltr>");
            assert!(shown, "{name} lacks the page {}", page.id);
        }
        // Its icon is empty and inline: served online, the browser asks for no /favicon.ico.
        let icon = "<link rel=icon href=data:,>";
        assert_eq!(
            html.matches(icon).count(),
            1,
            "{name} declares an inline icon"
        );
        let html = html.replace(icon, "");
        for forbidden in [
            "<script", "<link", "<iframe", "<img", "src=", "@import", "url(",
        ] {
            assert!(
                !html.contains(forbidden),
                "{name} contains {forbidden}: it must stand alone"
            );
        }
        for page in &site.pages {
            let code = language.writing().plain(&page.code.to_string());
            let anchor = if page.id.is_empty() { "home" } else { &page.id };
            assert!(
                html.contains(&format!(
                    "href=#{anchor}><span class=code dir=ltr>{code}</span> "
                )),
                "{name}: the contents give page {} its number {code}",
                page.id
            );
        }
        let ids: std::collections::BTreeSet<String> =
            attribute_values(&html, "id").into_iter().collect();
        for href in attribute_values(&html, "href")
            .into_iter()
            .filter(|href| href != "data:,")
        {
            if let Some(target) = href.strip_prefix('#') {
                assert!(
                    ids.contains(target),
                    "{name}: the link #{target} has no target"
                );
            } else {
                assert!(
                    href.starts_with("https://")
                        || href.starts_with("http://")
                        || href.starts_with("tel:")
                        || href.starts_with("mailto:"),
                    "{name}: `{href}` would not work in a saved file"
                );
            }
        }
        let kb = bytes.len().div_ceil(1024);
        for page in [
            format!("{}/index.html", language.code),
            format!("{}/about/index.html", language.code),
        ] {
            let html = read(&out, &page);
            assert!(
                html.contains(&format!(
                    "href=/{name} download=udha-{}.html",
                    language.code
                )),
                "{page} links to {name}"
            );
            let size = language.writing().plain(&kb.to_string());
            assert!(
                html.contains(&format!("{size} ")),
                "{page} gives the size, {size} KB"
            );
        }
    }
}
