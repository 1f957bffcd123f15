//! End to end: `udha check` validates like `build` without writing, and
//! warns about missing translations, missing UI strings and stale pages.

mod common;

use common::*;

#[test]
fn check_reports_missing_pages_and_messages_but_passes() {
    let run = udha(&["check", "--root", &fixture("mini").to_string_lossy()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("2 of 4 pages have no ar translation: guide, guide/stay"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("1 of 4 pages have no sr translation: guide/stay"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("locales/ar/: 16 UI messages are missing"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("no errors"), "{}", run.stdout);
}

#[test]
fn strict_check_fails_on_warnings() {
    let run = udha(&[
        "check",
        "--strict",
        "--root",
        &fixture("mini").to_string_lossy(),
    ]);
    assert_eq!(run.code, 1);
}

#[test]
fn check_finds_errors_and_writes_nothing() {
    let site = copy_fixture("mini");
    let page = site.path().join("content/guide/stay.en.md");
    let text = std::fs::read_to_string(&page).expect("read");
    std::fs::write(&page, text + "\n[x](@/nowhere)\n").expect("write");
    let run = udha(&["check", "--root", &site.path().to_string_lossy()]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("there is no page @/nowhere"),
        "{}",
        run.stderr
    );
    assert!(!site.path().join("public").exists());
}

#[test]
fn pages_reviewed_over_a_year_ago_are_stale() {
    let today = time::macros::date!(2027 - 12 - 01);
    let warnings = udha::commands::check::check(&fixture("mini"), today).expect("valid site");
    let stale: Vec<_> = warnings
        .iter()
        .filter(|w| w.message.contains("last reviewed"))
        .collect();
    assert_eq!(
        stale.len(),
        2,
        "apply.en.md and apply.sr.md were reviewed 2026-11-02: {warnings:?}"
    );
    assert!(
        stale[0]
            .message
            .contains("last reviewed 2026-11-02, 394 days ago"),
        "{:?}",
        stale[0]
    );
    let fresh = udha::commands::check::check(&fixture("mini"), time::macros::date!(2027 - 01 - 01))
        .expect("valid site");
    assert!(fresh.iter().all(|w| !w.message.contains("last reviewed")));
}

#[test]
fn facts_confirmed_over_a_year_ago_are_named_with_their_pages() {
    let warnings =
        udha::commands::check::check(&fixture("mini"), time::macros::date!(2027 - 12 - 01))
            .expect("valid site");
    let due: Vec<_> = warnings
        .iter()
        .filter(|w| w.message.contains("last confirmed"))
        .collect();
    assert_eq!(due.len(), 1, "{warnings:?}");
    assert_eq!(
        due[0].file,
        "sources/emergency-numbers.toml:9"
            .replace('/', std::path::MAIN_SEPARATOR_STR)
            .replace(
                "sources",
                &fixture("mini").join("sources").to_string_lossy()
            )
    );
    assert!(due[0].message.contains("phone number 112 (unified emergency number) was last confirmed on 2026-11-01, 395 days ago; stated on guide/apply"), "{:?}", due[0]);
    let fresh = udha::commands::check::check(&fixture("mini"), time::macros::date!(2027 - 01 - 01))
        .expect("valid site");
    assert!(fresh.iter().all(|w| !w.message.contains("last confirmed")));
}

#[test]
fn check_fails_on_a_phone_number_the_register_does_not_list() {
    let site = copy_fixture("mini");
    let page = site.path().join("content/guide/apply.ar.md");
    let text = std::fs::read_to_string(&page).expect("read");
    std::fs::write(
        &page,
        text.replace("[112](tel:112)", "[112](tel:112) أو ۰۴۴ ۱۲۳ ۴۵۶"),
    )
    .expect("write");
    let run = udha(&["check", "--root", &site.path().to_string_lossy()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("the phone number ۰۴۴ ۱۲۳ ۴۵۶ is not in the source register"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("apply.ar.md:7"),
        "names the file and line:\n{}",
        run.stderr
    );
}

#[test]
fn an_emergency_number_of_site_toml_must_be_in_the_register() {
    let site = copy_fixture("mini");
    edit(site.path(), "site.toml", |text| {
        text.replace(
            "[messages]",
            "[[emergency]]\nnumber = \"999\"\nlabel = \"emergency-999\"\n\n[messages]",
        )
    });
    let run = udha(&["check", "--root", &site.path().to_string_lossy()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("the emergency number 999 in [[emergency]] is not in the source register"),
        "{}",
        run.stderr
    );
}
