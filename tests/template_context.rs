//! docs/templates.md against the code: every template of the built-in
//! theme is replaced by one that prints its whole context as JSON, the rtl
//! fixture is built with the portal's settings (every feature on), and
//! every variable a template received must be described in the document,
//! and every variable the document describes must have been received.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{build_ok, snapshot, with_portal_settings};

const TEMPLATES: [&str; 12] = [
    "home", "section", "page", "404", "search", "poster", "edition", "chooser", "code", "directory",
    "status", "plain",
];

/// Fields of a language object, described once for all of them.
const LANGUAGE_FIELDS: [&str; 4] = ["code", "tag", "name", "dir"];

/// Every path in `value`: `page.children[].title`; what a site writes
/// itself (`site.extra`, `page.extra`, `site.features`) is not gone into.
fn paths(value: &serde_json::Value, prefix: &str, found: &mut BTreeSet<String>) {
    if ["site.extra", "page.extra", "site.features"].contains(&prefix) {
        return;
    }
    match value {
        serde_json::Value::Object(map) => {
            for (key, inner) in map {
                let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
                found.insert(path.clone());
                paths(inner, &path, found);
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                paths(item, &format!("{prefix}[]"), found);
            }
        }
        _ => {}
    }
}

/// The document's rows: the variable and what it says of it.
fn documented() -> BTreeMap<String, String> {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/templates.md"))
        .expect("docs/templates.md");
    let mut rows: BTreeMap<String, String> = BTreeMap::new();
    for (name, text) in doc
        .lines()
        .filter_map(|line| line.strip_prefix("| `"))
        .filter_map(|row| row.split_once("` | "))
    {
        // A name two templates use differently has a row for each.
        rows.entry(name.to_string()).or_default().push_str(text);
    }
    rows
}

/// `entries[].code` as `entry.code` where the row of `entries` says it is
/// "a list of `entry`".
fn unaliased(path: &str, rows: &BTreeMap<String, String>) -> String {
    for (name, text) in rows {
        let item = text.split("a list of `").nth(1).and_then(|rest| rest.split('`').next());
        let rest = path.strip_prefix(&format!("{name}[]"));
        if let (Some(item), Some(rest)) = (item, rest)
            && rows.contains_key(item)
        {
            return format!("{item}{rest}");
        }
    }
    path.to_string()
}

/// Whether `path` has its own row, is a field of a language, or is named
/// (in backticks) in the row of one of the paths it is inside.
fn is_described(path: &str, rows: &BTreeMap<String, String>) -> bool {
    let path = &unaliased(path, rows);
    if rows.contains_key(path) {
        return true;
    }
    let Some((parent, field)) = path.rsplit_once('.') else {
        return false;
    };
    let parent = parent.trim_end_matches("[]");
    if parent.ends_with("lang") && LANGUAGE_FIELDS.contains(&field) {
        return true;
    }
    let mut ancestor = parent;
    loop {
        if rows.get(ancestor).is_some_and(|text| text.contains(&format!("`{field}`"))) {
            return true;
        }
        match ancestor.rsplit_once('.') {
            Some((up, _)) => ancestor = up.trim_end_matches("[]"),
            None => return false,
        }
    }
}

#[test]
fn docs_templates_describes_exactly_what_templates_receive() {
    let site = with_portal_settings("rtl");
    let templates = site.path().join("templates");
    std::fs::create_dir_all(&templates).expect("mkdir");
    for name in TEMPLATES {
        std::fs::write(templates.join(format!("{name}.html")), "{{ __tera_context | safe }}")
            .expect("write template");
    }
    // A removed page (number 40), so the page it leaves is built too.
    std::fs::write(
        site.path().join("codes.toml"),
        "[codes]\n1 = \"\"\n11 = \"numbers\"\n12 = \"numbers/cases\"\n40 = \"numbers/gone\"\n41 = \"news\"\n42 = \"news/current\"\n43 = \"news/old\"\n",
    )
    .expect("write codes.toml");
    // Notices, one current and urgent, one past its date, on list pages
    // of one notice each.
    let news = site.path().join("content/news");
    std::fs::create_dir_all(&news).expect("mkdir");
    for (file, front) in [
        ("_index.en.md", "title = \"News\"\ncode = 41\npaginate = 1"),
        ("current.en.md", "title = \"Now\"\ncode = 42\ndate = 2026-12-01\nupdated = 2026-12-02\nexpires = 2099-01-01\nurgent = true"),
        ("old.en.md", "title = \"Then\"\ncode = 43\ndate = 2026-01-01\nexpires = 2026-02-01"),
    ] {
        std::fs::write(news.join(file), format!("+++\n{front}\n+++\nText.\n")).expect("write notice");
    }
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    let mut received = BTreeSet::new();
    let mut kinds = BTreeSet::new();
    for (path, bytes) in snapshot(&out) {
        let Ok(context) = serde_json::from_slice::<serde_json::Value>(&bytes) else {
            continue;
        };
        if path.ends_with(".html") {
            kinds.insert(context["page"]["kind"].as_str().unwrap_or("chooser").to_string());
            paths(&context, "", &mut received);
        }
    }
    for kind in ["home", "section", "page", "404", "not-saved", "gone", "search", "poster", "edition", "chooser", "code", "directory", "status"] {
        assert!(kinds.contains(kind), "no {kind} page was built: {kinds:?}");
    }
    let rows = documented();
    let undescribed: Vec<&String> = received.iter().filter(|path| !is_described(path, &rows)).collect();
    assert!(undescribed.is_empty(), "templates receive these, and docs/templates.md does not say what they are: {undescribed:?}");
    let stale: Vec<&String> = rows.keys().filter(|row| !received.contains(*row)).collect();
    assert!(stale.is_empty(), "docs/templates.md describes these, and no template receives them: {stale:?}");
}
