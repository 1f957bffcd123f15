//! End to end: a site published under a path (`base_url =
//! "https://example.org/info/"`). Every link, script, stylesheet, offline
//! list, short link, canonical address and sitemap entry points under
//! `/info/`, and each one names a file the build wrote.

mod common;

use common::{build_ok, edit, internal_hrefs, read, resolves, snapshot, with_portal_settings};

/// The rtl fixture with the portal's settings, published under /info/
/// (without the portal's about page, which the fixture does not have).
fn built_under_info() -> (tempfile::TempDir, std::path::PathBuf) {
    let site = with_portal_settings("rtl");
    edit(site.path(), "site.toml", |text| {
        text.replace(
            "base_url = \"https://udha-site.org\"",
            "base_url = \"https://example.org/info/\"",
        )
        .replace("about_page = \"about\"", "")
    });
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    (site, out)
}

/// Every `src=` target starting with `/` (quoted or not).
fn internal_sources(html: &str) -> Vec<String> {
    html.split("src=")
        .skip(1)
        .map(|piece| {
            piece
                .trim_start_matches(['"', '\''])
                .chars()
                .take_while(|&c| !c.is_whitespace() && !"\"'>".contains(c))
                .collect::<String>()
        })
        .filter(|value| value.starts_with('/'))
        .collect()
}

#[test]
fn every_link_of_a_site_under_a_path_stays_under_it_and_finds_its_file() {
    let (_site, out) = built_under_info();
    let files = snapshot(&out);
    let mut checked = 0;
    for (path, bytes) in &files {
        if !path.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8_lossy(bytes);
        for target in internal_hrefs(&html).into_iter().chain(internal_sources(&html)) {
            let inside = target.strip_prefix("/info/").unwrap_or_else(|| {
                panic!("{path} links to {target}, outside the site's path /info/")
            });
            assert!(resolves(&out, inside), "{path} links to {target}, which was not built");
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} links checked");
}

#[test]
fn offline_lists_short_links_and_the_sitemap_know_the_path() {
    let (_site, out) = built_under_info();
    let manifest: serde_json::Value =
        serde_json::from_str(&read(&out, "ar/offline.json")).expect("offline.json");
    let urls = manifest["urls"].as_array().expect("urls");
    assert!(urls.len() > 5, "{manifest}");
    for url in urls {
        let url = url.as_str().expect("a string");
        let inside = url.strip_prefix("/info/").unwrap_or_else(|| panic!("{url} is outside /info/"));
        assert!(resolves(&out, inside), "the offline list names {url}, which was not built");
    }
    let page = read(&out, "ar/numbers/cases/index.html");
    assert!(
        page.contains("href=https://example.org/info/ar/numbers/cases/ rel=canonical")
            || page.contains("rel=canonical href=https://example.org/info/ar/numbers/cases/"),
        "canonical address: {page}"
    );
    assert!(page.contains("example.org/info/ar/"), "short link: {page}");
    assert!(page.contains("data-manifest=/info/ar/offline.json"), "{page}");
    let sitemap = read(&out, "sitemap.xml");
    assert!(
        sitemap.contains("<loc>https://example.org/info/ar/numbers/cases/</loc>")
            && !sitemap.contains("https://example.org/ar/"),
        "{sitemap}"
    );
    assert!(read(&out, "robots.txt").contains("Sitemap: https://example.org/info/sitemap.xml"));
}
