//! End to end: every kind of bad input stops the build with exit code 1, a
//! message naming the file (and line) with help on how to fix it, and the
//! previous output left exactly as it was.

mod common;

use std::path::Path;

use common::*;

/// Builds the fixture, breaks it with `damage`, builds again, and returns
/// the second build's stderr after checking the old output is untouched.
fn break_and_build(damage: impl FnOnce(&Path)) -> String {
    let site = copy_fixture("mini");
    let out_dir = tempfile::tempdir().expect("temp dir");
    let out = out_dir.path().join("public");
    build_ok(site.path(), &out);
    let before = snapshot(&out);
    damage(site.path());
    let run = udha(&["build", "--root", &site.path().to_string_lossy(), "--out", &out.to_string_lossy()]);
    assert_eq!(run.code, 1, "expected a content error:\n{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("help: "), "every error says how to fix it:\n{}", run.stderr);
    assert!(run.stderr.contains("nothing was written"), "{}", run.stderr);
    assert!(snapshot(&out) == before, "the previous output changed");
    let leftovers: Vec<_> = std::fs::read_dir(out_dir.path()).expect("list").map(|e| e.expect("entry").file_name()).collect();
    assert_eq!(leftovers.len(), 1, "temporary folders left behind: {leftovers:?}");
    run.stderr
}

fn edit(root: &Path, file: &str, change: impl FnOnce(String) -> String) {
    let path = root.join(file);
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, change(text)).expect("write");
}

#[test]
fn malformed_front_matter() {
    let err = break_and_build(|root| edit(root, "content/guide/stay.en.md", |t| t.replace("title = \"Staying\"", "title = \"Staying")));
    assert!(err.contains("content/guide/stay.en.md:2: front matter"), "{err}");
}

#[test]
fn unknown_front_matter_key() {
    let err = break_and_build(|root| edit(root, "content/guide/stay.en.md", |t| t.replace("weight = 2", "wieght = 2")));
    assert!(err.contains("content/guide/stay.en.md:4: front matter: unknown field `wieght`"), "{err}");
    assert!(err.contains("`weight`"), "lists the keys it expected: {err}");
}

#[test]
fn missing_title() {
    let err = break_and_build(|root| edit(root, "content/guide/stay.en.md", |t| t.replace("title = \"Staying\"\n", "")));
    assert!(err.contains("content/guide/stay.en.md:") && err.contains("missing field `title`"), "{err}");
}

#[test]
fn duplicate_code() {
    let err = break_and_build(|root| edit(root, "content/guide/stay.en.md", |t| t.replace("code = 12", "code = 11")));
    assert!(err.contains("code 11 is already the code of"), "{err}");
    assert!(err.contains("guide/apply.en.md") && err.contains("guide/stay.en.md"), "names both files: {err}");
}

#[test]
fn broken_internal_link() {
    let err = break_and_build(|root| edit(root, "content/guide/stay.en.md", |t| t + "\nSee [the guide](@/guide/aply).\n"));
    assert!(err.contains("content/guide/stay.en.md:10: there is no page @/guide/aply (did you mean @/guide/apply?)"), "{err}");
}

#[test]
fn broken_anchor() {
    let err = break_and_build(|root| edit(root, "content/guide/stay.en.md", |t| t.replace("@/guide/apply#where", "@/guide/apply#nowhere")));
    assert!(err.contains("content/guide/stay.en.md:8: the page @/guide/apply has no heading with the id `nowhere`"), "{err}");
}

#[test]
fn fluent_syntax_error() {
    let err = break_and_build(|root| edit(root, "locales/sr/main.ftl", |t| t + "broken = { $x\n"));
    assert!(err.contains("locales/sr/main.ftl:12: Fluent syntax error"), "{err}");
}

#[test]
fn tera_syntax_error() {
    let err = break_and_build(|root| edit(root, "templates/page.html", |t| t.replace("{% if page.fallback %}", "{% if page.fallback %")));
    assert!(err.contains("templates/page.html:4: template error"), "{err}");
}

#[test]
fn language_suffix_not_in_site_toml() {
    let err = break_and_build(|root| {
        std::fs::copy(root.join("content/guide/stay.en.md"), root.join("content/guide/stay.de.md")).expect("copy");
    });
    assert!(err.contains("content/guide/stay.de.md: the language suffix `de` is not one of the site's languages"), "{err}");
    assert!(err.contains("use one of en, sr, ar"), "{err}");
}

#[test]
fn non_utf8_file() {
    let err = break_and_build(|root| {
        std::fs::write(root.join("content/guide/stay.en.md"), b"+++\ntitle = \"Staying\"\ncode = 12\n+++\nCaf\xe9\n").expect("write");
    });
    assert!(err.contains("content/guide/stay.en.md:5: this file is not UTF-8 text"), "{err}");
}

#[test]
fn two_files_claim_the_same_url() {
    let err = break_and_build(|root| {
        std::fs::create_dir_all(root.join("content/guide/stay")).expect("mkdir");
        std::fs::copy(root.join("content/guide/stay.en.md"), root.join("content/guide/stay/_index.en.md")).expect("copy");
    });
    assert!(err.contains("are both the page `guide/stay` in `en`, at the same URL"), "{err}");
}

#[test]
fn bad_site_toml() {
    let err = break_and_build(|root| edit(root, "site.toml", |t| t.replace("direction = \"rtl\"", "direction = \"right\"")));
    assert!(err.contains("site.toml:28: unknown variant `right`"), "{err}");
}
