//! End to end: `[features]` in site.toml. A site that turns the portal's
//! features off needs none of their templates, no page codes, and gets
//! none of their files; the bundled portal keeps them all.

mod common;

use common::*;

#[test]
fn a_site_with_every_feature_off_needs_no_codes_or_their_templates_and_gets_none_of_their_files() {
    let site = copy_fixture("mini");
    let root = site.path();
    edit(root, "site.toml", |text| {
        text.replace("[messages]", "[features]\nshort_codes = false\nposters = false\ndirectory = false\nstatus_page = false\neditions = false\nsearch = false\nregister = false\nreview = false\n\n[messages]")
    });
    for template in [
        "code.html",
        "directory.html",
        "poster.html",
        "status.html",
        "search.html",
    ] {
        std::fs::remove_file(root.join("templates").join(template)).expect("remove");
    }
    for entry in walkdir::WalkDir::new(root.join("content"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
    {
        let text = std::fs::read_to_string(entry.path()).expect("read");
        std::fs::write(
            entry.path(),
            text.lines()
                .filter(|line| !line.starts_with("code = "))
                .map(|line| format!("{line}\n"))
                .collect::<String>(),
        )
        .expect("write");
    }
    // Not in the register, and no register check: not an error.
    edit(root, "content/guide/stay.en.md", |text| {
        text + "\nOr call [0800 99 999](tel:080099999).\n"
    });
    let out = root.join("public");
    build_ok(root, &out);
    let files = snapshot(&out);
    for path in files.keys() {
        let first = path.split('/').next().unwrap_or_default();
        assert!(
            !first.chars().all(|c| c.is_ascii_digit())
                && !path.contains("/poster/")
                && !path.contains("directory")
                && !path.starts_with("status/")
                && !path.contains("/search/")
                && !path.starts_with("pagefind/"),
            "{path} belongs to a feature that is off"
        );
        assert!(
            path.split('/')
                .nth(1)
                .is_none_or(|second| !second.chars().all(|c| c.is_ascii_digit())),
            "{path}: a short link"
        );
    }
    assert!(
        files.contains_key("en/guide/apply/index.html")
            && files.contains_key("ar/guide/apply/index.html")
    );
    let check = udha(&["check", "--root", &root.to_string_lossy()]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(
        !check.stderr.contains("ready message") && !check.stderr.contains("last confirmed"),
        "{}",
        check.stderr
    );
}

#[test]
fn posters_and_the_directory_need_short_codes() {
    let site = copy_fixture("mini");
    edit(site.path(), "site.toml", |text| {
        text.replace(
            "[messages]",
            "[features]\nshort_codes = false\n\n[messages]",
        )
    });
    let run = udha(&["check", "--root", &site.path().to_string_lossy()]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("posters show each page's short code, but short_codes is off")
            && run.stderr.contains("set posters = false too"),
        "{}",
        run.stderr
    );
}

#[test]
fn on_the_built_in_theme_a_site_with_features_off_links_to_nothing_it_did_not_build() {
    let site = with_portal_settings("rtl");
    let root = site.path();
    std::fs::remove_dir_all(root.join("themes")).expect("use the built-in theme");
    edit(root, "site.toml", |text| {
        let text = text.replace("about_page = \"about\"\n", "").replace("edition_page = \"about\"\n", "");
        text + "\n[features]\nshort_codes = false\nposters = false\ndirectory = false\nstatus_page = false\neditions = false\n"
    });
    let out = root.join("public");
    build_ok(root, &out);
    let files = snapshot(&out);
    for script in ["directory.", "share."] {
        assert!(
            !files.keys().any(|path| path.starts_with(script)),
            "{script}js belongs to a feature that is off"
        );
    }
    for (path, bytes) in files.iter().filter(|(path, _)| path.ends_with(".html")) {
        let html = String::from_utf8_lossy(bytes);
        for href in internal_hrefs(&html) {
            assert!(resolves(&out, &href), "{path} links to {href}, which was not built");
        }
        assert!(!html.contains("/poster/"), "{path} links to a poster");
    }
}
