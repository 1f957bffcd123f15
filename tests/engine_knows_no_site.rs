//! The engine serves any multilingual site: neither `src/` nor the built-in
//! themes in `themes/` name a phone number, a country or place, or a page
//! of the bundled portal. What a site needs lives in its own settings,
//! templates, UI strings and register. This test reads every `.rs` file of
//! `src/` (code and comments, up to its unit tests, which may use the
//! portal's data as examples) and every file of `themes/`.

use std::path::Path;

/// Words that belong to the bundled portal, not to the engine.
const PORTAL_WORDS: [&str; 14] = [
    "kosovo",
    "kosova",
    "pristina",
    "prishtina",
    "vranidoll",
    "magura",
    "serbia",
    "albania",
    "udha-site",
    "asylum",
    "trafficking",
    "iom",
    "unhcr",
    "crp/k",
];

/// The code of `file` before its `#[cfg(test)]` module.
fn without_tests(text: &str) -> &str {
    text.find("#[cfg(test)]").map_or(text, |at| &text[..at])
}

/// The numbers the bundled portal dials (its register's phone numbers and
/// its emergency numbers) and its country calling code, as digits.
fn portal_numbers() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut numbers = vec!["383".to_string()];
    for entry in std::fs::read_dir(root.join("sources"))
        .expect("sources/")
        .filter_map(Result::ok)
    {
        let text = std::fs::read_to_string(entry.path()).expect("read");
        let register: toml::Value = toml::from_str(&text).expect("a register file");
        for fact in register
            .get("facts")
            .and_then(|f| f.as_array())
            .into_iter()
            .flatten()
        {
            if fact.get("kind").and_then(|k| k.as_str()) == Some("phone") {
                let value = fact
                    .get("value")
                    .and_then(|v| v.as_str())
                    .unwrap_or_default();
                numbers.push(value.chars().filter(char::is_ascii_digit).collect());
            }
        }
    }
    numbers.sort();
    numbers.dedup();
    numbers
}

/// The runs of digits on `line`, spaces between groups dropped
/// (`0800 11 112` → `080011112`), each whole: `1120` is not `112`.
fn digit_runs(line: &str) -> Vec<String> {
    let mut runs = Vec::new();
    let mut run = String::new();
    let chars: Vec<char> = line.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_digit() {
            run.push(c);
        } else if !(c == ' '
            && !run.is_empty()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit))
            && !run.is_empty()
        {
            runs.push(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    runs
}

/// What `line` (line `number` of `name`) says that belongs to the portal.
fn portal_data_on(name: &str, number: usize, line: &str, numbers: &[String]) -> Vec<String> {
    let mut problems = Vec::new();
    let lower = line.to_lowercase();
    for word in PORTAL_WORDS {
        let at_word = lower.match_indices(word).any(|(at, _)| {
            let before = lower[..at].chars().next_back();
            let after = lower[at + word.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        });
        if at_word {
            problems.push(format!("{name}:{number}: names `{word}`: {}", line.trim()));
        }
    }
    for run in digit_runs(line).into_iter().filter(|run| {
        numbers
            .iter()
            .any(|portal| run == portal || (run.len() > 5 && run.contains(portal.as_str())))
    }) {
        problems.push(format!(
            "{name}:{number}: the portal's number {run}: {}",
            line.trim()
        ));
    }
    problems
}

/// The files under `folder` of the repository, as (name, text).
fn files_under(folder: &str) -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    walkdir::WalkDir::new(root.join(folder))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let name = e
                .path()
                .strip_prefix(root)
                .unwrap_or(e.path())
                .display()
                .to_string();
            (name, std::fs::read_to_string(e.path()).expect("read"))
        })
        .collect()
}

#[test]
fn engine_and_themes_name_no_phone_number_country_or_portal_page() {
    let numbers = portal_numbers();
    assert!(
        numbers.contains(&"112".to_string()) && numbers.len() > 4,
        "{numbers:?}"
    );
    let code = files_under("src")
        .into_iter()
        .filter(|(name, _)| name.ends_with(".rs"));
    let mut problems = Vec::new();
    for (name, text) in code.chain(files_under("themes")) {
        let text = if name.ends_with(".rs") {
            without_tests(&text)
        } else {
            &text
        };
        for (index, line) in text.lines().enumerate() {
            problems.extend(portal_data_on(&name, index + 1, line, &numbers));
        }
    }
    assert!(
        problems.is_empty(),
        "site-specific data in the engine or a built-in theme; move it to the site's site.toml, templates, locales or register:\n{}",
        problems.join("\n")
    );
}

#[test]
fn digit_runs_are_read_whole() {
    assert_eq!(
        digit_runs("[112](tel:112) or 0800 11 112, u128"),
        ["112", "112", "080011112", "128"]
    );
    assert_eq!(
        digit_runs("1120 and +383 38 600 521"),
        ["1120", "38338600521"]
    );
}
