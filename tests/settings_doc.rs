//! docs/settings.md describes every setting `site.toml` takes. udha's
//! parser names the settings it knows when it meets an unknown one; this
//! test asks it, table by table, and looks for each in the document.

use std::path::Path;

const SITE: &str = "title = \"t\"\nbase_url = \"https://example.org\"\nsource_language = \"en\"\n[[languages]]\ncode = \"en\"\ntag = \"en\"\nname = \"English\"\ndirection = \"ltr\"\n";

/// The settings udha knows where `unknown_setting = 1` is added to `text`.
fn known_settings(text: &str) -> Vec<String> {
    let err = udha::load::config::Config::parse(text, Path::new("site.toml"))
        .expect_err("an unknown setting is refused");
    let listed = err
        .message
        .split("expected")
        .nth(1)
        .unwrap_or_else(|| panic!("the error lists what it expects: {}", err.message));
    let names: Vec<String> = listed
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect();
    assert!(!names.is_empty(), "{}", err.message);
    names
}

#[test]
fn every_setting_is_described_in_docs_settings_md() {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/settings.md"))
            .expect("docs/settings.md");
    let tables = [
        ("the site", format!("unknown_setting = 1\n{SITE}")),
        ("[[languages]]", format!("{SITE}unknown_setting = 1\n")),
        (
            "[messages]",
            format!("{SITE}[messages]\nunknown_setting = 1\n"),
        ),
        ("[phones]", format!("{SITE}[phones]\nunknown_setting = 1\n")),
        (
            "[features]",
            format!("{SITE}[features]\nunknown_setting = 1\n"),
        ),
        (
            "[[emergency]]",
            format!("{SITE}[[emergency]]\nnumber = \"110\"\nlabel = \"x\"\nunknown_setting = 1\n"),
        ),
    ];
    let mut missing = Vec::new();
    for (table, text) in tables {
        for name in known_settings(&text) {
            // A table is described under its own heading.
            let described = doc.contains(&format!("| `{name}` |"))
                || doc.contains(&format!("## `[{name}]`"))
                || doc.contains(&format!("## `[[{name}]]`"));
            if !described {
                missing.push(format!("{table}: `{name}`"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "docs/settings.md does not describe: {}",
        missing.join(", ")
    );
}
