//! End to end: the editor's commands `udha new` and `udha status` on a copy
//! of the `mini` fixture.

mod common;

use common::*;

fn status(root: &str) -> serde_json::Value {
    let run = udha(&["status", "--root", root, "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).expect("status --json prints JSON")
}

/// The status of page `id` in language `lang`.
fn cell(matrix: &serde_json::Value, id: &str, lang: &str) -> String {
    let column = matrix["languages"]
        .as_array()
        .expect("languages")
        .iter()
        .position(|l| l == lang)
        .expect("language");
    let row = matrix["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["id"] == id)
        .expect("page");
    row["cells"][column].as_str().expect("cell").to_string()
}

#[test]
fn new_page_gets_the_next_code_and_today_and_builds() {
    let site = copy_fixture("mini");
    let root = site.path().to_string_lossy().into_owned();
    let run = udha(&["new", "guide/visit", "--root", &root]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text =
        std::fs::read_to_string(site.path().join("content/guide/visit.en.md")).expect("created");
    let today = time::OffsetDateTime::now_utc().date();
    assert!(text.starts_with("+++\ntitle = \"Visit\"\n"), "{text}");
    assert!(
        text.contains("code = 13\n")
            && text.contains(&format!("reviewed = {today}\n"))
            && text.contains("sources = []\n"),
        "{text}"
    );
    build_ok(site.path(), &site.path().join("public"));

    let again = udha(&["new", "guide/visit", "--root", &root]);
    assert_eq!(again.code, 1);
    assert!(
        again
            .stderr
            .contains("already exists; udha does not overwrite it"),
        "{}",
        again.stderr
    );
    assert_eq!(
        std::fs::read_to_string(site.path().join("content/guide/visit.en.md")).expect("kept"),
        text
    );

    let orphan = udha(&["new", "travel/bus", "--root", &root]);
    assert_eq!(orphan.code, 1);
    assert!(
        orphan.stderr.contains("udha new travel/_index"),
        "{}",
        orphan.stderr
    );
    assert_eq!(udha(&["new", "travel/_index", "--root", &root]).code, 0);
    assert_eq!(udha(&["new", "travel/bus", "--root", &root]).code, 0);
}

#[test]
fn new_translation_starts_as_a_draft_of_the_current_source() {
    let site = copy_fixture("mini");
    let root = site.path().to_string_lossy().into_owned();
    let run = udha(&["new", "guide/stay", "--lang", "ar", "--root", &root]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text =
        std::fs::read_to_string(site.path().join("content/guide/stay.ar.md")).expect("created");
    assert!(
        text.contains("translation = \"draft\"") && text.contains("source_hash = \""),
        "{text}"
    );
    assert!(
        text.contains("## Rules {#rules}"),
        "starts from the source text: {text}"
    );
    assert_eq!(cell(&status(&root), "guide/stay", "ar"), "draft");
    let bad = udha(&["new", "guide/stay", "--lang", "de", "--root", &root]);
    assert_eq!(bad.code, 1);
    assert!(bad.stderr.contains("use one of sr, ar"), "{}", bad.stderr);
}

#[test]
fn status_sees_translations_go_out_of_date_and_marks_them_current() {
    let site = copy_fixture("mini");
    let root = site.path().to_string_lossy().into_owned();
    let matrix = status(&root);
    assert_eq!(cell(&matrix, "guide/apply", "en"), "source");
    assert_eq!(cell(&matrix, "guide/apply", "sr"), "reviewed");
    assert_eq!(cell(&matrix, "guide/apply", "ar"), "machine");
    assert_eq!(cell(&matrix, "guide/stay", "ar"), "missing");

    for lang in ["sr", "ar"] {
        assert_eq!(
            udha(&["status", "--root", &root, "--mark", "guide/apply", lang]).code,
            0
        );
    }
    let source = site.path().join("content/guide/apply.en.md");
    let text = std::fs::read_to_string(&source).expect("read");
    std::fs::write(
        &source,
        text.replace("reviewed = 2026-11-02", "reviewed = 2026-11-20"),
    )
    .expect("write");
    assert_eq!(
        cell(&status(&root), "guide/apply", "sr"),
        "reviewed",
        "a new review date alone does not outdate translations"
    );
    std::fs::write(
        &source,
        text.replace("Call [112]", "Call the emergency number [112]"),
    )
    .expect("write");
    let matrix = status(&root);
    assert_eq!(cell(&matrix, "guide/apply", "sr"), "outdated");
    assert_eq!(cell(&matrix, "guide/apply", "ar"), "outdated");

    assert_eq!(
        udha(&["status", "--root", &root, "--mark", "guide/apply", "sr"]).code,
        0
    );
    let matrix = status(&root);
    assert_eq!(cell(&matrix, "guide/apply", "sr"), "reviewed");
    assert_eq!(cell(&matrix, "guide/apply", "ar"), "outdated");

    let check = udha(&["check", "--root", &root]);
    assert!(
        check
            .stderr
            .contains("1 ar translations are older than their source: guide/apply"),
        "{}",
        check.stderr
    );

    let table = udha(&["status", "--root", &root]);
    assert!(
        table.stdout.contains("guide/apply") && table.stdout.contains("outdated"),
        "{}",
        table.stdout
    );
    assert!(
        table
            .stdout
            .contains("ar: 1 machine, 1 outdated, 2 missing"),
        "{}",
        table.stdout
    );

    let out = site.path().join("public");
    build_ok(site.path(), &out);
    let report = read(&out, "status/index.html");
    assert!(
        report.contains("<th>11 guide/apply</th><td>source</td><td>reviewed</td><td>outdated</td>"),
        "{report}"
    );

    let missing = udha(&["status", "--root", &root, "--mark", "guide/stay", "ar"]);
    assert_eq!(missing.code, 1);
    assert!(
        missing.stderr.contains("udha new guide/stay --lang ar"),
        "{}",
        missing.stderr
    );
}

#[test]
fn new_refuses_bad_ids_and_translates_sections_beside_their_source() {
    let site = copy_fixture("mini");
    let root = site.path().to_string_lossy().into_owned();
    for bad in ["../../escape", "guide/Bad Name", "guide/a.b"] {
        let run = udha(&["new", bad, "--root", &root]);
        assert_eq!(run.code, 1, "{bad}");
        assert!(run.stderr.contains("is not a page id"), "{}", run.stderr);
    }
    assert!(
        !site.path().join("escape.en.md").exists()
            && !site
                .path()
                .parent()
                .expect("parent")
                .join("escape.en.md")
                .exists()
    );
    let run = udha(&["new", "guide/_index", "--lang", "ar", "--root", &root]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(site.path().join("content/guide/_index.ar.md").is_file());
    build_ok(site.path(), &site.path().join("public"));
}

#[test]
fn mark_keeps_windows_line_endings_and_byte_order_mark() {
    let site = copy_fixture("mini");
    let root = site.path().to_string_lossy().into_owned();
    let file = site.path().join("content/guide/apply.ar.md");
    let text = std::fs::read_to_string(&file)
        .expect("read")
        .replace('\n', "\r\n");
    std::fs::write(&file, format!("\u{feff}{text}")).expect("write");
    let run = udha(&["status", "--root", &root, "--mark", "guide/apply", "ar"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let marked = std::fs::read_to_string(&file).expect("read");
    assert!(marked.starts_with("\u{feff}+++\r\n"), "{marked:?}");
    assert!(
        marked.contains("\r\nsource_hash = \"") && !marked.replace("\r\n", "").contains('\n'),
        "{marked:?}"
    );
    assert_eq!(cell(&status(&root), "guide/apply", "ar"), "machine");
}
