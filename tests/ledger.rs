//! End to end: page numbers and addresses that never break. `codes.toml`
//! records every number ever given; a number given to another page is
//! refused, a page's old number and old ids (`aliases`) still open it,
//! and a removed page's number and address say, in every language, that
//! it was removed and where to look now. `udha new` records new numbers.

mod common;

use common::{build_ok, edit, read, udha, with_portal_settings};

const LEDGER: &str = "[codes]\n1 = \"\"\n11 = \"numbers\"\n12 = \"numbers/cases\"\n";

/// The rtl fixture (pages 1, 11 and 12) on the portal's settings, with a
/// ledger that adds `extra` lines.
fn site_with_ledger(extra: &str) -> tempfile::TempDir {
    let site = with_portal_settings("rtl");
    std::fs::write(site.path().join("codes.toml"), format!("{LEDGER}{extra}")).expect("write codes.toml");
    site
}

fn check(site: &tempfile::TempDir) -> common::Run {
    udha(&["check", "--root", &site.path().to_string_lossy()])
}

/// Where a redirect page sends the reader.
fn target(html: &str) -> String {
    html.split("url=").nth(1).expect("a meta refresh").chars().take_while(|&c| c != '"' && c != '>').collect()
}

#[test]
fn a_number_once_given_never_opens_another_page() {
    let site = site_with_ledger("13 = \"numbers/old-cases\"\n");
    edit(site.path(), "content/numbers/cases.en.md", |t| t.replace("code = 12", "code = 13"));
    let run = check(&site);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("page number 13 was given to `numbers/old-cases` (codes.toml, line 5)")
            && run.stderr.contains("code = 14 is free")
            && run.stderr.contains("aliases = [\"numbers/old-cases\"]"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_number_not_in_the_ledger_is_an_error_that_gives_the_line_to_add() {
    let site = site_with_ledger("");
    std::fs::write(site.path().join("codes.toml"), "[codes]\n1 = \"\"\n11 = \"numbers\"\n").expect("write");
    let run = check(&site);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("page number 12 of `numbers/cases` is not in codes.toml")
            && run.stderr.contains("add the line 12 = \"numbers/cases\""),
        "{}",
        run.stderr
    );
}

#[test]
fn a_removed_page_leaves_a_page_that_says_so_at_its_number_and_address_in_every_language() {
    let site = site_with_ledger("40 = \"numbers/gone\"\n");
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    for (path, lang) in [
        ("en/40/index.html", "en"),
        ("en/numbers/gone/index.html", "en"),
        ("ar/numbers/gone/index.html", "ar"),
        ("ar/٤٠/index.html", "ar"),
        ("fa/۴۰/index.html", "fa"),
        ("40/index.html", "en"),
    ] {
        let page = read(&out, path);
        assert!(page.contains(&format!("lang={lang}")), "{path}: {page}");
        assert!(page.contains(&format!("href=/{lang}/numbers/")), "{path} links to the section it was in: {page}");
    }
    assert!(read(&out, "en/40/index.html").contains("This page was removed"));
}

#[test]
fn old_numbers_and_old_ids_still_open_the_page() {
    // 7: an old number; 8: the number of the page's old id, now an alias.
    let site = site_with_ledger("7 = \"numbers/cases\"\n8 = \"numbers/examples\"\n");
    edit(site.path(), "content/numbers/cases.en.md", |t| {
        t.replacen("+++\n", "+++\naliases = [\"numbers/examples\"]\n", 1)
    });
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    assert_eq!(target(&read(&out, "ar/7/index.html")), "/ar/numbers/cases/");
    assert_eq!(target(&read(&out, "fa/۷/index.html")), "/fa/numbers/cases/");
    assert_eq!(target(&read(&out, "7/index.html")), "/12/");
    assert_eq!(target(&read(&out, "en/numbers/examples/index.html")), "/en/numbers/cases/");
    assert_eq!(target(&read(&out, "ar/numbers/examples/index.html")), "/ar/numbers/cases/");
    assert_eq!(target(&read(&out, "ar/8/index.html")), "/ar/numbers/cases/");

    edit(site.path(), "content/numbers/cases.en.md", |t| t.replace("[\"numbers/examples\"]", "[\"numbers\"]"));
    let run = check(&site);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("`numbers` is a page of this site, so it cannot be an old name"), "{}", run.stderr);
}

#[test]
fn udha_new_records_the_number_and_never_reuses_one() {
    let site = site_with_ledger("40 = \"numbers/gone\"\n");
    let run = udha(&["new", "numbers/visit", "--root", &site.path().to_string_lossy()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(read(site.path(), "content/numbers/visit.en.md").contains("code = 41"));
    assert!(read(site.path(), "codes.toml").ends_with("40 = \"numbers/gone\"\n41 = \"numbers/visit\"\n"));
    assert_eq!(check(&site).code, 0, "{}", check(&site).stderr);
}
