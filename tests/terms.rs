//! End to end: the term register (`terms/`) is read and checked by every
//! build: a term's official names need a source the register has, every
//! table is a language of the site, and a mistake names the file and line.

mod common;

use common::{udha, with_portal_settings};

const TERM: &str = "kind = \"institution\"\nsources = [\"test-numbers\"]\n\n[official]\nsq = \"Linja falas\"\nwhere = \"the test list\"\n\n[en]\nsay = \"Free line\"\nexplain = \"A number you can call for free.\"\n\n[ar]\nsay = \"الخط المجاني\"\nexplain = \"رقم تتصل به مجانًا.\"\n";

fn site_with_term(text: &str) -> tempfile::TempDir {
    let site = with_portal_settings("rtl");
    std::fs::create_dir_all(site.path().join("terms")).expect("mkdir");
    std::fs::write(site.path().join("terms/free-line.toml"), text).expect("write term");
    site
}

fn check(site: &tempfile::TempDir) -> common::Run {
    udha(&["check", "--root", &site.path().to_string_lossy()])
}

#[test]
fn a_well_formed_term_is_accepted() {
    let run = check(&site_with_term(TERM));
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn a_term_citing_a_source_the_register_lacks_is_an_error() {
    let run = check(&site_with_term(&TERM.replace("test-numbers", "test-numbrs")));
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("terms/free-line.toml")
            && run.stderr.contains("the term `free-line` cites the source \"test-numbrs\", which is not in the source register")
            && run.stderr.contains("did you mean \"test-numbers\"?"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_table_that_is_no_language_or_a_missing_explanation_names_the_line() {
    let run = check(&site_with_term(&TERM.replace("[ar]", "[de]")));
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("free-line.toml:12") && run.stderr.contains("`de` is not a key of a term nor a language of the site"), "{}", run.stderr);
    let run = check(&site_with_term(&TERM.replace("explain = \"A number you can call for free.\"\n", "")));
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("free-line.toml:8") && run.stderr.contains("[en]: missing field `explain`"), "{}", run.stderr);
    let run = check(&site_with_term(&TERM.replace("sources = [\"test-numbers\"]", "sources = []")));
    assert!(run.stderr.contains("official names need the source that shows them"), "{}", run.stderr);
}
