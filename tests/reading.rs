//! End to end on the bundled portal: search indexes per language and the
//! offline manifests the service worker caches.

mod common;

use std::path::PathBuf;

use common::*;

fn built() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("public");
    build_ok(&PathBuf::from(env!("CARGO_MANIFEST_DIR")), &out);
    (dir, out)
}

#[test]
fn every_language_has_its_own_search_index_and_page() {
    let (_keep, out) = built();
    let entry: serde_json::Value =
        serde_json::from_str(&read(&out, "pagefind/pagefind-entry.json")).expect("json");
    for lang in ["en", "sq", "sr-cyrl", "sr-latn", "ar", "fa"] {
        let count = entry["languages"][lang]["page_count"].as_u64().unwrap_or(0);
        assert!(count >= 20, "{lang}: {count} pages indexed");
    }
    assert_eq!(
        entry["languages"].as_object().map(|l| l.len()),
        Some(6),
        "one index per language version: {entry}"
    );
    for code in ["en", "sq", "sr", "sr-latn", "ar", "fa"] {
        let html = read(&out, &format!("{code}/search/index.html"));
        assert!(
            html.contains("<script src=/search.") && html.contains(".js defer></script>"),
            "{code}: {html}"
        );
        assert!(html.contains("id=search-form"), "{code}");
    }
    assert!(
        read(&out, "ar/search/index.html").contains("ابحث في هذا الموقع"),
        "the Arabic search page speaks Arabic"
    );
    assert!(
        !out.join("pagefind/pagefind-ui.js").exists(),
        "Pagefind's own UI is not shipped"
    );
    assert!(out.join("pagefind/pagefind.js").is_file());
}

#[test]
fn offline_manifests_list_every_page_of_their_language() {
    let (_keep, out) = built();
    let en: serde_json::Value = serde_json::from_str(&read(&out, "en/offline.json")).expect("json");
    let pages = snapshot(&out)
        .keys()
        .filter(|p| {
            p.starts_with("en/")
                && p.ends_with("index.html")
                && !p.contains("/poster/")
                && !p.contains("/directory/")
        })
        .count();
    let urls: Vec<&str> = en["urls"]
        .as_array()
        .expect("urls")
        .iter()
        .filter_map(|u| u.as_str())
        .collect();
    assert_eq!(
        urls.iter()
            .filter(|u| u.starts_with("/en/") && u.ends_with('/'))
            .count(),
        pages
    );
    assert!(
        urls.contains(&"/en/search/")
            && urls.contains(&"/pagefind/pagefind.js")
            && urls.contains(&"/pagefind/pagefind-entry.json"),
        "search works offline: {urls:?}"
    );
    assert!(
        urls.iter().any(|u| u.starts_with("/pagefind/fragment/en_"))
            && !urls.iter().any(|u| u.starts_with("/pagefind/fragment/ar_")),
        "with English's index only: {urls:?}"
    );
    assert!(
        urls.contains(&"/en/not-saved.html"),
        "offline, a page not saved says so: {urls:?}"
    );
    let has = |prefix: &str, suffix: &str| {
        urls.iter()
            .any(|u| u.starts_with(prefix) && u.ends_with(suffix))
    };
    assert!(
        urls.contains(&"/en/asylum/apply/") && has("/style.", ".css") && has("/offline.", ".js"),
        "{urls:?}"
    );
    let code_page = |u: &str| u.trim_matches('/').chars().all(|c| c.is_ascii_digit());
    assert!(
        urls.iter().all(|u| u.starts_with("/en/")
            || u.starts_with("/pagefind/")
            || !u[1..].contains('/')
            || code_page(u)),
        "only English pages, code pages, search files and shared files: {urls:?}"
    );
    assert!(
        urls.contains(&"/11/") && urls.contains(&"/en/11/"),
        "page numbers open offline: {urls:?}"
    );
    let bytes = en["bytes"].as_u64().expect("bytes");
    assert!(bytes > 50_000 && bytes < 2_000_000, "{bytes}");
    let ar: serde_json::Value = serde_json::from_str(&read(&out, "ar/offline.json")).expect("json");
    assert_ne!(en["version"], ar["version"]);
    let html = read(&out, "ar/asylum/apply/index.html");
    assert!(
        html.contains("<script src=/offline.") && !html.contains("src=/offline.js"),
        "the script is fingerprinted: {html}"
    );
    assert!(
        html.contains("class=keep-offline")
            && html.contains("data-manifest=/ar/offline.json")
            && html.contains(" hidden"),
        "the button is there, hidden until the script shows it: {html}"
    );
    assert!(out.join("sw.js").is_file());
}

#[test]
fn offline_version_changes_when_a_page_changes() {
    let site = tempfile::tempdir().expect("temp dir");
    copy_tree(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("content"),
        &site.path().join("content"),
    );
    for dir in ["themes", "locales", "sources", "data", "static"] {
        copy_tree(
            &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(dir),
            &site.path().join(dir),
        );
    }
    std::fs::copy(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("site.toml"),
        site.path().join("site.toml"),
    )
    .expect("copy");
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    let version = |lang: &str| -> serde_json::Value {
        serde_json::from_str::<serde_json::Value>(&read(&out, &format!("{lang}/offline.json")))
            .expect("json")["version"]
            .clone()
    };
    let (en, ar) = (version("en"), version("ar"));
    let page = site.path().join("content/asylum/apply.ar.md");
    let text = std::fs::read_to_string(&page).expect("read");
    std::fs::write(&page, text + "\nسطر جديد.\n").expect("write");
    build_ok(site.path(), &out);
    assert_eq!(version("en"), en, "English did not change");
    assert_ne!(
        version("ar"),
        ar,
        "Arabic changed, so phones fetch it again"
    );
}
