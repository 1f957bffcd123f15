//! End to end: in Arabic and Farsi every number and Latin run that the
//! bidi algorithm would reorder comes out isolated, Farsi shows Persian
//! digits where the portal says so (but `tel:` links and addresses keep
//! theirs), and a page code typed in Persian or Arabic-Indic digits opens.
//! The fixture (`tests/fixtures/rtl`) is built with the portal's own
//! settings, templates, locales and static files.

mod common;

use std::path::{Path, PathBuf};

use common::*;

fn built() -> (tempfile::TempDir, PathBuf) {
    let site = with_portal_settings("rtl");
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    let check = udha(&["check", "--root", &site.path().to_string_lossy()]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    (site, out)
}

fn page(out: &Path, path: &str) -> String {
    read(out, path)
}

#[test]
fn arabic_isolates_every_run_that_would_be_reordered() {
    let (_site, out) = built();
    let html = page(&out, "ar/numbers/cases/index.html");
    for run in [
        "0800 11 112",
        "06/L-026",
        "15/05/2018",
        "15.05.2018",
        "2018-05-15",
        "2022–2025",
        "07:00",
        "89.7%",
        "CRP/K",
        "help.unhcr.org/kosovo",
        "iompristina@iom.int",
        "+383 38 600 521",
        "07:00–22:00",
    ] {
        assert!(
            html.contains(&format!("<bdi dir=ltr>{run}</bdi>")),
            "`{run}` is not isolated in ar/numbers/cases/"
        );
    }
    assert!(
        html.contains("<h1>كل الحالات: <bdi dir=ltr>0800 11 112</bdi></h1>"),
        "the title is isolated too"
    );
    assert!(html.contains("href=tel:080011112"));
    let section = page(&out, "ar/numbers/index.html");
    assert!(
        section.contains("<bdi dir=ltr>06/L-026</bdi>"),
        "descriptions in lists are isolated"
    );
}

#[test]
fn farsi_shows_persian_digits_but_links_and_identifiers_keep_theirs() {
    let (_site, out) = built();
    let html = page(&out, "fa/numbers/cases/index.html");
    assert!(
        html.contains("<h2 id=line>خط رایگان: <bdi dir=ltr>۰۸۰۰ ۱۱ ۱۱۲</bdi></h2>"),
        "heading in Persian digits, isolated"
    );
    assert!(
        html.contains("href=tel:080011112"),
        "the link dials ASCII digits"
    );
    assert!(
        html.contains("<bdi dir=ltr>06/L-026</bdi>"),
        "a law number keeps its digits"
    );
    assert!(html.contains("<bdi dir=ltr>۲۰۲۲–۲۰۲۵</bdi>"));
    assert!(
        html.contains("<bdi dir=ltr>help.unhcr.org/kosovo</bdi>"),
        "a web address keeps its digits and letters"
    );
    assert!(
        html.contains("شمارهٔ صفحه ۱۲"),
        "a lone number is shown in Persian digits and needs no isolation"
    );
    assert!(
        html.contains("href=/fa/12/ dir=ltr>udha-site.org/fa/12</a>"),
        "page codes in addresses keep ASCII digits"
    );
    assert!(
        html.contains("href=tel:112><span class=num dir=ltr>۱۱۲</span>"),
        "the emergency bar"
    );
    let english = page(&out, "en/numbers/cases/index.html");
    assert!(
        english.contains("The free line is 0800 11 112.") && !english.contains("<bdi dir=ltr>"),
        "left-to-right pages are untouched"
    );
}

#[test]
fn a_page_code_typed_in_any_digits_opens_the_page() {
    let (_site, out) = built();
    let western = page(&out, "12/index.html");
    assert_eq!(page(&out, "۱۲/index.html"), western, "Persian digits");
    assert_eq!(page(&out, "١٢/index.html"), western, "Arabic-Indic digits");
    for lang in ["en", "ar", "fa"] {
        let not_found = page(&out, &format!("{lang}/404.html"));
        assert!(
            not_found.contains("udha-site.org/1</bdi>")
                || not_found.contains("udha-site.org/1</p>"),
            "{lang}/404.html says how to type a page code"
        );
    }
}
