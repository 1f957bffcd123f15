//! End to end: `udha build` on the `mini` fixture, checking what a reader
//! and a search engine would see.

mod common;

use common::*;

fn built() -> (tempfile::TempDir, std::path::PathBuf) {
    let out = tempfile::tempdir().expect("temp dir");
    let public = out.path().join("public");
    let run = build_ok(&fixture("mini"), &public);
    assert!(
        run.stdout.contains("Built 16 pages in 4 languages"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("ar 4 (2 untranslated)"),
        "{}",
        run.stdout
    );
    (out, public)
}

#[test]
fn every_page_exists_in_every_language_with_lang_and_dir() {
    let (_keep, out) = built();
    for (code, tag, dir) in [
        ("en", "en", "ltr"),
        ("sr", "sr-Cyrl", "ltr"),
        ("sr-latn", "sr-Latn", "ltr"),
        ("ar", "ar", "rtl"),
    ] {
        for page in ["", "guide/", "guide/apply/", "guide/stay/"] {
            let html = read(&out, &format!("{code}/{page}index.html"));
            assert!(
                html.contains(&format!("<html lang={tag} dir={dir}>")),
                "{code}/{page}: {}",
                &html[..120]
            );
        }
        assert!(out.join(format!("{code}/404.html")).is_file());
    }
}

#[test]
fn serbian_latin_is_transliterated_but_code_and_urls_are_not() {
    let (_keep, out) = built();
    let html = read(&out, "sr-latn/guide/apply/index.html");
    assert!(
        html.contains("<title>Kako da podnesete zahtev · Mini</title>"),
        "{html}"
    );
    assert!(html.contains("Ljubav i NJEGOŠ"), "{html}");
    assert!(html.contains("<code>код</code>"), "{html}");
    assert!(html.contains("href=/sr-latn/guide/stay/#rules"), "{html}");
    assert!(
        html.contains("Provereno 2. novembar 2026."),
        "UI strings and dates are transliterated: {html}"
    );
    let switcher = read(&out, "sr/guide/apply/index.html");
    assert!(
        switcher.contains("href=/sr-latn/guide/apply/ lang=sr-Latn hreflang=sr-Latn>Srpski</a>"),
        "{switcher}"
    );
}

#[test]
fn missing_translation_shows_source_with_notice_and_canonical() {
    let (_keep, out) = built();
    let html = read(&out, "ar/guide/stay/index.html");
    assert!(
        html.contains("<p class=notice>لم تُترجم بعد: معروضة بلغة English.</p>"),
        "{html}"
    );
    assert!(
        html.contains("<article lang=en dir=ltr>"),
        "content is marked as English: {html}"
    );
    assert!(
        html.contains("<link rel=canonical href=https://mini.example/en/guide/stay/>"),
        "{html}"
    );
    assert!(
        html.contains("href=/ar/guide/apply/#where"),
        "links stay in the reader's language: {html}"
    );
    let translated = read(&out, "ar/guide/apply/index.html");
    assert!(
        translated.contains("<link rel=canonical href=https://mini.example/ar/guide/apply/>"),
        "{translated}"
    );
}

#[test]
fn a_language_falls_back_along_its_chain_before_the_source_language() {
    let site = copy_fixture("mini");
    // Arabic readers see the Serbian text where Arabic has none, before English.
    edit(site.path(), "site.toml", |text| {
        text.replace("code = \"ar\"\n", "code = \"ar\"\nfallback = [\"sr\"]\n")
    });
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    let html = read(&out, "ar/guide/index.html");
    assert!(
        html.contains("<h1>Водич</h1><p>Све по реду.</p>")
            && html.contains("<p class=count>صفحتان</p>"),
        "the Serbian text, around it Arabic: {html}"
    );
    assert!(
        html.contains("<link rel=canonical href=https://mini.example/sr/guide/>"),
        "{html}"
    );
    let stay = read(&out, "ar/guide/stay/index.html");
    assert!(
        stay.contains("<article lang=en dir=ltr>"),
        "no Serbian either: the source language last: {stay}"
    );
    edit(site.path(), "site.toml", |text| {
        text.replace("fallback = [\"sr\"]", "fallback = [\"sr-latn\"]")
    });
    let run = udha(&[
        "build",
        "--root",
        &site.path().to_string_lossy(),
        "--out",
        &out.to_string_lossy(),
    ]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(
            "`ar` falls back to `sr-latn`, which is not another written language of the site"
        ) && run.stderr.contains("site.toml:"),
        "{}",
        run.stderr
    );
}

#[test]
fn markdown_extensions_and_phone_links() {
    let (_keep, out) = built();
    let html = read(&out, "en/guide/apply/index.html");
    assert!(html.contains("<table>"), "tables: {html}");
    assert!(html.contains("<del>old</del>"), "strikethrough: {html}");
    assert!(html.contains("footnote-definition"), "footnotes: {html}");
    assert!(html.contains("<h2 id=where>"), "{html}");
    assert!(
        html.contains("<a class=tel href=tel:112 dir=ltr>112</a>"),
        "{html}"
    );
}

#[test]
fn plural_forms_follow_each_language() {
    let (_keep, out) = built();
    assert!(read(&out, "en/guide/index.html").contains("2 pages"));
    assert!(read(&out, "sr/guide/index.html").contains("2 странице"));
    assert!(read(&out, "sr-latn/guide/index.html").contains("2 stranice"));
    assert!(
        read(&out, "ar/guide/index.html").contains("صفحتان"),
        "Arabic dual"
    );
}

#[test]
fn sitemap_lists_translations_with_hreflang_and_x_default() {
    let (_keep, out) = built();
    let xml = read(&out, "sitemap.xml");
    assert!(
        xml.contains(
            "<url><loc>https://mini.example/sr/guide/apply/</loc><lastmod>2026-11-02</lastmod>"
        ),
        "{xml}"
    );
    assert!(
        xml.contains("<url><loc>https://mini.example/ar/guide/apply/</loc><xhtml:link"),
        "{xml}"
    );
    assert!(
        xml.contains("hreflang=\"sr-Latn\" href=\"https://mini.example/sr-latn/guide/apply/\""),
        "{xml}"
    );
    assert!(
        xml.contains("hreflang=\"x-default\" href=\"https://mini.example/en/guide/apply/\""),
        "{xml}"
    );
    assert!(
        !xml.contains("<loc>https://mini.example/ar/guide/stay/</loc>"),
        "untranslated versions are not listed: {xml}"
    );
    assert!(read(&out, "robots.txt").contains("Sitemap: https://mini.example/sitemap.xml"));
}

#[test]
fn root_chooser_code_pages_and_static_files() {
    let (_keep, out) = built();
    let chooser = read(&out, "index.html");
    for (tag, name) in [
        ("en", "English"),
        ("sr-Cyrl", "Српски"),
        ("sr-Latn", "Srpski"),
        ("ar", "العربية"),
    ] {
        assert!(
            chooser.contains(&format!("lang={tag}")) && chooser.contains(name),
            "{chooser}"
        );
    }
    let code = read(&out, "11/index.html");
    for title in [
        "How to apply",
        "Како да поднесете захтев",
        "Kako da podnesete zahtev",
        "كيف تقدّم الطلب",
    ] {
        assert!(code.contains(title), "{title} missing from {code}");
    }
    assert!(code.contains("href=/ar/guide/apply/"), "{code}");
    let stylesheet = snapshot(&out)
        .into_keys()
        .find(|p| p.starts_with("style.") && p.ends_with(".css"))
        .expect("the stylesheet, fingerprinted");
    assert_eq!(read(&out, &stylesheet), "body { margin: 0 }\n");
    assert!(
        read(&out, "en/guide/apply/index.html").contains(&format!("href=/{stylesheet}")),
        "pages name the fingerprinted file"
    );
    assert!(read(&out, "404.html").contains("href=/ar/"));
}

#[test]
fn every_internal_link_resolves() {
    let (_keep, out) = built();
    for (path, bytes) in snapshot(&out) {
        if path.ends_with(".html") {
            for href in internal_hrefs(&String::from_utf8_lossy(&bytes)) {
                assert!(
                    resolves(&out, &href),
                    "{path} links to {href}, which does not exist"
                );
            }
        }
    }
}

#[test]
fn two_builds_are_byte_identical() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    build_ok(&fixture("mini"), &a);
    build_ok(&fixture("mini"), &b);
    assert_eq!(snapshot(&a), snapshot(&b));
}

#[test]
fn a_rebuild_replaces_old_output_and_leaves_no_temporary_folders() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("public");
    build_ok(&fixture("mini"), &out);
    std::fs::write(out.join("stale.html"), "old").expect("write");
    build_ok(&fixture("mini"), &out);
    assert!(!out.join("stale.html").exists());
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["public"]);
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(udha(&["build", "--no-such-flag"]).code, 2);
    assert_eq!(udha(&["frobnicate"]).code, 2);
}

#[test]
fn refuses_to_replace_folders_it_did_not_write() {
    let site = copy_fixture("mini");
    let root = site.path().to_string_lossy().into_owned();
    for out in [
        root.clone(),
        format!("{root}/content"),
        format!("{root}/static"),
    ] {
        let run = udha(&["build", "--root", &root, "--out", &out]);
        assert_eq!(run.code, 1, "--out {out}: {}", run.stderr);
        assert!(
            run.stderr.contains("holds the site's own files"),
            "{}",
            run.stderr
        );
    }
    assert!(
        site.path().join("content/guide/apply.en.md").is_file(),
        "the site is intact"
    );
    let other = tempfile::tempdir().expect("temp dir");
    std::fs::write(other.path().join("notes.txt"), "mine").expect("write");
    let run = udha(&[
        "build",
        "--root",
        &root,
        "--out",
        &other.path().to_string_lossy(),
    ]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("files that udha did not write"),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_to_string(other.path().join("notes.txt")).expect("kept"),
        "mine"
    );
}

#[test]
fn precompress_writes_gzip_and_brotli_twins_of_text_files() {
    use std::io::Read;
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("public");
    let run = udha(&[
        "build",
        "--precompress",
        "--no-cache",
        "--root",
        &fixture("mini").to_string_lossy(),
        "--out",
        &out.to_string_lossy(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for page in [
        "en/guide/apply/index.html",
        "sitemap.xml",
        "ar/offline.json",
    ] {
        let original = std::fs::read(out.join(page)).expect("page");
        let mut gunzipped = Vec::new();
        flate2::read::GzDecoder::new(
            std::fs::File::open(out.join(format!("{page}.gz"))).expect("gz"),
        )
        .read_to_end(&mut gunzipped)
        .expect("gunzip");
        let mut unbrotlied = Vec::new();
        brotli::Decompressor::new(
            std::fs::File::open(out.join(format!("{page}.br"))).expect("br"),
            4096,
        )
        .read_to_end(&mut unbrotlied)
        .expect("unbrotli");
        assert!(gunzipped == original && unbrotlied == original, "{page}");
    }
    let plain = tempfile::tempdir().expect("temp dir");
    build_ok(&fixture("mini"), &plain.path().join("public"));
    assert!(
        !plain.path().join("public/en/index.html.gz").exists(),
        "only with --precompress"
    );
}
